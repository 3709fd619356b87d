package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import software.amazon.awscdk.CfnResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * cdk-nag suppressions for what its {@code AwsSolutions} pack reports on Berth's resources, written as the
 * {@code cdk_nag} metadata that cdk-nag documents for CloudFormation resources, so this module needs no cdk-nag
 * dependency and the reasons are visible in the template.
 *
 * <p>Note: cdk-nag's rules recognise resources by their L1 class ({@code CfnVPC}, {@code CfnTaskDefinition}, ...),
 * and {@link BerthConstruct} places generic {@link CfnResource}s; so cdk-nag sees Berth's resources only when it
 * runs over the synthesised template, e.g. through {@code CfnInclude} (as Berth's own tests do).
 */
public final class BerthNagSuppressions {

    private BerthNagSuppressions() {
    }

    /** Findings about deliberate, documented Berth choices. {@link BerthConstruct} applies them itself. */
    static void documentedChoices(BerthConstruct berth) {
        accessLogsOptIn(berth);
        eventDeadLetterQueues(berth);
        awsManagedPolicies(berth);
        capacityGroups(berth);
        Set<Value> internetFacingGroups = new HashSet<>();
        for (PlannedResource r : berth.plan().resources()) {
            if (r instanceof LoadBalancingResources.LoadBalancer lb && "internet-facing".equals(lb.scheme())) {
                internetFacingGroups.addAll(lb.securityGroups());
            }
        }
        for (PlannedResource r : berth.plan().resources()) {
            if (r instanceof NetworkResources.SecurityGroupRule rule
                    && r.id().kind() == NetworkResources.SecurityGroupIngress.class
                    && internetFacingGroups.contains(rule.group())
                    && rule.peer() instanceof NetworkResources.Cidr cidr
                    && (cidr.cidrIpv4().equals("0.0.0.0/0") || cidr.cidrIpv4().equals("::/0"))) {
                suppressIfPlaced(berth, CloudFormationRenderer.logicalId(r.id()), "AwsSolutions-EC23",
                        "Listener port " + rule.fromPort() + " of an internet-facing load balancer is open to the "
                                + "internet by design; it is the only 0.0.0.0/0 ingress Berth plans, and tasks admit "
                                + "only the load balancer's security group, only on the container port.", List.of());
            }
        }
        berth.resources().forEach((logicalId, resource) -> {
            if (!CloudFormationRenderer.type(ComputeResources.TaskDefinition.class).equals(resource.getCfnResourceType())) {
                return;
            }
            JsonNode containers = berth.template()
                    .path("Resources").path(logicalId).path("Properties").path("ContainerDefinitions");
            boolean hasEnvironment = false;
            for (JsonNode container : containers) {
                hasEnvironment |= container.path("Environment").size() > 0;
            }
            if (hasEnvironment) {
                suppress(resource, "AwsSolutions-ECS2", "The environment holds only the plain configuration the "
                        + "program gives with env(...); secrets are given with secretFromSsm(...) or "
                        + "secretFromSecretsManager(...) and reach the container as ECS secrets, read by the "
                        + "execution role from exactly the referenced ARNs.", List.of());
            }
        });
    }

    /**
     * The dead-letter queues of schedules and rules (issue 14) are dead-letter queues, but of EventBridge, which
     * cdk-nag's SQS3 does not recognise (it looks for another queue's redrive policy).
     */
    private static void eventDeadLetterQueues(BerthConstruct berth) {
        for (PlannedResource r : berth.plan().resources()) {
            dev.berth.synth.plan.Value dlq = r instanceof dev.berth.synth.plan.events.EventsResources.Schedule s
                    ? s.deadLetterArn()
                    : r instanceof dev.berth.synth.plan.events.EventsResources.EventRule rule
                    ? rule.target().deadLetterArn() : null;
            if (dlq instanceof dev.berth.synth.plan.Value.Ref ref) {
                suppressIfPlaced(berth, CloudFormationRenderer.logicalId(ref.target()), "AwsSolutions-SQS3",
                        "This queue is the dead-letter queue of an EventBridge schedule or rule (its start requests "
                                + "that failed after the retries), not a work queue that needs one of its own.",
                        List.of());
            }
        }
    }

    /**
     * The AWS managed policies Berth attaches are the ones AWS documents for the role (an ECS container instance's
     * {@code AmazonEC2ContainerServiceforEC2Role} and {@code AmazonSSMManagedInstanceCore}, ECS Managed Instances'
     * infrastructure and instance policies, CodeDeploy's {@code AWSCodeDeployRoleForECS}): AWS keeps them current as
     * the agent and the service change, which a copied inline policy would not.
     */
    private static void awsManagedPolicies(BerthConstruct berth) {
        for (PlannedResource r : berth.plan().resources()) {
            if (!(r instanceof dev.berth.synth.plan.iam.IamResources.Role role) || role.managedPolicyArns().isEmpty()) {
                continue;
            }
            List<String> findings = new ArrayList<>();
            for (Value arn : role.managedPolicyArns()) {
                Value last = arn instanceof Value.Concat c ? c.parts().get(c.parts().size() - 1) : arn;
                if (last instanceof Value.Literal literal && literal.text().contains(":iam::aws:policy/")) {
                    findings.add("Policy::arn:<AWS::Partition>" + literal.text());
                }
            }
            if (!findings.isEmpty()) {
                suppressIfPlaced(berth, CloudFormationRenderer.logicalId(r.id()), "AwsSolutions-IAM4",
                        "The AWS managed policy AWS documents for this role (ECS container instances, ECS Managed "
                                + "Instances, CodeDeploy for ECS); AWS keeps it current as the agent and the service "
                                + "change. Every permission Berth derives itself is an inline policy on exact ARNs.",
                        findings);
            }
        }
    }

    /**
     * An ECS capacity provider's Auto Scaling group: its capacity is driven by the provider's managed scaling, and
     * cdk-nag cannot follow the launch template's intrinsic references to see its encrypted volumes.
     */
    private static void capacityGroups(BerthConstruct berth) {
        for (PlannedResource r : berth.plan().resources()) {
            if (r instanceof dev.berth.synth.plan.capacity.CapacityResources.AutoScalingGroup) {
                String id = CloudFormationRenderer.logicalId(r.id());
                suppressIfPlaced(berth, id, "AwsSolutions-AS3", "The group's size is driven by its ECS capacity "
                        + "provider (managed scaling); ECS reports capacity and task events itself (task-state "
                        + "notifications), so the group sends no scaling notifications of its own.", List.of());
                suppressIfPlaced(berth, id, "CdkNagValidationFailure", "EC26 cannot read the launch template "
                        + "through its intrinsic references; the launch template Berth writes encrypts every block "
                        + "device (Encrypted: true), which Berth's own security property checks.",
                        List.of("AwsSolutions-EC26"));
            }
        }
    }

    /** Access logs are opt-in because they need a bucket Berth does not own (see LoadBalancer#accessLogsBucket). */
    private static void accessLogsOptIn(BerthConstruct berth) {
        for (PlannedResource r : berth.plan().resources()) {
            if (r instanceof LoadBalancingResources.LoadBalancer lb && lb.accessLogs() == null) {
                suppressIfPlaced(berth, CloudFormationRenderer.logicalId(r.id()), "AwsSolutions-ELB2",
                        "Access logs are opt-in: LoadBalancer.Builder.accessLogs(bucket) turns them on. They need an "
                                + "S3 bucket (SSE-S3) whose policy names the region's ELB log-delivery principal, "
                                + "which differs between regions, so Berth does not create one.", List.of());
            }
        }
    }

    /** Suppresses on the resource if this construct places it (a split program places one stack per construct). */
    private static void suppressIfPlaced(BerthConstruct berth, String logicalId, String ruleId, String reason,
                                         List<String> appliesTo) {
        CfnResource resource = berth.resources().get(logicalId);
        if (resource != null) {
            suppress(resource, ruleId, reason, appliesTo);
        }
    }

    /** Adds one suppression to a resource's {@code cdk_nag} metadata, keeping those already there. */
    static void suppress(CfnResource resource, String ruleId, String reason, List<String> appliesTo) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", ruleId);
        rule.put("reason", reason);
        if (!appliesTo.isEmpty()) {
            List<Object> findings = new ArrayList<>();
            for (String finding : appliesTo) {
                findings.add(finding.startsWith("/") ? Map.of("regex", finding) : finding);
            }
            rule.put("applies_to", findings);
        }
        List<Object> rules = new ArrayList<>();
        Object existing = resource.getMetadata("cdk_nag");
        if (existing instanceof Map<?, ?> metadata && metadata.get("rules_to_suppress") instanceof List<?> list) {
            rules.addAll(list);
        }
        rules.add(rule);
        resource.addMetadata("cdk_nag", Map.of("rules_to_suppress", rules));
    }
}
