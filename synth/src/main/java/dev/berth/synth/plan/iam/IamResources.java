package dev.berth.synth.plan.iam;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned IAM resources: roles, their inline policies, and the policy documents. */
public final class IamResources {

    private IamResources() {
    }

    /**
     * One Allow statement.
     *
     * @param sid              a statement ID saying why (alphanumeric)
     * @param effect           {@code Allow}
     * @param servicePrincipal for trust policies: the service allowed to assume the role; null otherwise
     * @param resources        empty for trust policies
     * @param conditions       operator (e.g. {@code StringEquals}) to condition key to value, in order
     */
    public record Statement(String sid, String effect, String servicePrincipal, List<String> actions,
                            List<Value> resources, Map<String, Map<String, Value>> conditions) {
        public Statement {
            actions = Immutable.list(actions);
            resources = Immutable.list(resources);
            conditions = Immutable.nested(conditions);
        }

        /** An Allow statement. */
        public static Statement allow(String sid, String servicePrincipal, List<String> actions, List<Value> resources,
                                      Map<String, Map<String, Value>> conditions) {
            return new Statement(sid, "Allow", servicePrincipal, actions, resources, conditions);
        }
    }

    /** @param version the policy language version, {@code 2012-10-17} */
    public record PolicyDocument(String version, List<Statement> statements) {
        public PolicyDocument {
            statements = Immutable.list(statements);
        }

        public static PolicyDocument of(List<Statement> statements) {
            return new PolicyDocument("2012-10-17", statements);
        }
    }

    /**
     * @param managedPolicyArns AWS managed policies attached to the role, in order (CloudFormation's
     *                          {@code ManagedPolicyArns}; Terraform attaches each with an
     *                          {@code aws_iam_role_policy_attachment} beside the role): an EC2 instance role's
     *                          AmazonEC2ContainerServiceforEC2Role, a Managed Instances infrastructure role's policy;
     *                          empty for Berth's task roles, whose statements are inline and scoped
     */
    public record Role(ResourceId id, String description, PolicyDocument assumeRolePolicy,
                       Map<String, String> tags, List<Value> managedPolicyArns) implements PlannedResource {
        public Role {
            tags = Immutable.map(tags);
            managedPolicyArns = Immutable.list(managedPolicyArns);
        }

        /** A role with inline policies only. */
        public Role(ResourceId id, String description, PolicyDocument assumeRolePolicy, Map<String, String> tags) {
            this(id, description, assumeRolePolicy, tags, List.of());
        }
    }

    /**
     * An EC2 instance profile holding one role ({@code role} is the role's name), for an EC2 Auto Scaling group's
     * launch template or an ECS Managed Instances provider. {@code tags} are Terraform's only: CloudFormation's
     * instance profile takes none.
     */
    public record InstanceProfile(ResourceId id, Value role, Map<String, String> tags) implements PlannedResource {
        public InstanceProfile {
            tags = Immutable.map(tags);
        }

        /** An untagged instance profile. */
        public InstanceProfile(ResourceId id, Value role) {
            this(id, role, Map.of());
        }
    }

    /** An inline policy of a role ({@code role} is the role's name). */
    public record RolePolicy(ResourceId id, Value role, String policyName, PolicyDocument document)
            implements PlannedResource {
    }
}
