package dev.berth.synth.plan.iam;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The planned IAM resources: roles, their inline policies, and the policy documents. */
public final class IamResources {

    private IamResources() {
    }

    /**
     * One Allow statement.
     *
     * @param sid              a statement ID saying why (alphanumeric)
     * @param servicePrincipal for trust policies: the service allowed to assume the role; empty otherwise
     * @param resources        empty for trust policies
     * @param conditions       operator (e.g. {@code StringEquals}) to condition key to value, in order
     */
    public record Statement(String sid, Optional<String> servicePrincipal, List<String> actions,
                            List<Value> resources, Map<String, Map<String, Value>> conditions) {
    }

    public record PolicyDocument(List<Statement> statements) {
    }

    public record Role(ResourceId id, String description, PolicyDocument assumeRolePolicy,
                       Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.role(this);
        }
    }

    /** An inline policy of a role ({@code role} is the role's name). */
    public record RolePolicy(ResourceId id, Value role, String policyName, PolicyDocument document)
            implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.rolePolicy(this);
        }
    }
}
