package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.cloudformation.CloudFormationStack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The creation order of a synthesised deployment as the target will see it, read from the rendered files only (not
 * from the plan): a resource is created after everything it names in {@code DependsOn} / {@code depends_on} and
 * everything its properties reference ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} variables,
 * {@code Fn::ImportValue}; Terraform {@code ${type.name...}}), transitively. A CloudFormation stack that imports from
 * the shared stack is created after the whole shared stack (an import resolves only once the export exists).
 *
 * <p>Resources are named by logical ID (CloudFormation; unique across a program's stacks) or by address
 * (Terraform), and carry a neutral "kind" so that the deploy-order properties read the same for both targets.
 */
final class DeployedOrder {

    /** The kinds the deploy-order properties look at, with each target's type names. */
    enum Kind {
        SERVICE("AWS::ECS::Service", "aws_ecs_service"),
        TASK_DEFINITION("AWS::ECS::TaskDefinition", "aws_ecs_task_definition"),
        ROLE("AWS::IAM::Role", "aws_iam_role"),
        ROLE_POLICY("AWS::IAM::RolePolicy", "aws_iam_role_policy"),
        SUBNET("AWS::EC2::Subnet", "aws_subnet"),
        ROUTE_TABLE("AWS::EC2::RouteTable", "aws_route_table"),
        ROUTE("AWS::EC2::Route", "aws_route"),
        ROUTE_TABLE_ASSOCIATION("AWS::EC2::SubnetRouteTableAssociation", "aws_route_table_association"),
        ENDPOINT("AWS::EC2::VPCEndpoint", "aws_vpc_endpoint"),
        SECURITY_GROUP("AWS::EC2::SecurityGroup", "aws_security_group"),
        INGRESS("AWS::EC2::SecurityGroupIngress", "aws_vpc_security_group_ingress_rule"),
        EGRESS("AWS::EC2::SecurityGroupEgress", "aws_vpc_security_group_egress_rule"),
        TARGET_GROUP("AWS::ElasticLoadBalancingV2::TargetGroup", "aws_lb_target_group"),
        LISTENER_RULE("AWS::ElasticLoadBalancingV2::ListenerRule", "aws_lb_listener_rule"),
        LOAD_BALANCER("AWS::ElasticLoadBalancingV2::LoadBalancer", "aws_lb"),
        GATEWAY_ATTACHMENT("AWS::EC2::VPCGatewayAttachment", "aws_internet_gateway_attachment"),
        CLUSTER("AWS::ECS::Cluster", "aws_ecs_cluster"),
        CAPACITY_PROVIDERS("AWS::ECS::ClusterCapacityProviderAssociations", "aws_ecs_cluster_capacity_providers"),
        CAPACITY_PROVIDER("AWS::ECS::CapacityProvider", "aws_ecs_capacity_provider"),
        AUTO_SCALING_GROUP("AWS::AutoScaling::AutoScalingGroup", "aws_autoscaling_group"),
        SCALABLE_TARGET("AWS::ApplicationAutoScaling::ScalableTarget", "aws_appautoscaling_target"),
        OTHER("", "");

        final String cloudFormation;
        final String terraform;

        Kind(String cloudFormation, String terraform) {
            this.cloudFormation = cloudFormation;
            this.terraform = terraform;
        }

        static Kind ofCloudFormation(String type) {
            for (Kind k : values()) {
                if (k.cloudFormation.equals(type)) {
                    return k;
                }
            }
            return OTHER;
        }

        static Kind ofTerraform(String type) {
            for (Kind k : values()) {
                if (k.terraform.equals(type)) {
                    return k;
                }
            }
            return OTHER;
        }
    }

    /**
     * One rendered resource.
     *
     * @param id    logical ID or address
     * @param body  CloudFormation {@code Properties} or the Terraform body without meta-arguments
     * @param whole the whole resource as written (with DependsOn / depends_on / lifecycle)
     * @param stack the CloudFormation stack holding it; empty for Terraform
     */
    record Resource(String id, Kind kind, JsonNode body, JsonNode whole, String stack) {
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    /** {@code aws_type.name} inside a template sequence, not preceded by {@code data.} or another name. */
    private static final Pattern TF_ADDRESS = Pattern.compile("(?<![\\w.])(aws_[a-z0-9_]+\\.[a-z0-9_]+)");
    private static final Pattern TF_TEMPLATE = Pattern.compile("\\$\\{([^}]*)}");

    private final boolean cloudFormation;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, Set<String>> edges = new HashMap<>();
    private final Map<String, Set<String>> closure = new HashMap<>();

    private DeployedOrder(boolean cloudFormation) {
        this.cloudFormation = cloudFormation;
    }

    /** Every stack of the program: the first is the shared one (or the only one). */
    static DeployedOrder cloudFormation(List<CloudFormationStack> stacks) {
        DeployedOrder order = new DeployedOrder(true);
        Map<String, Boolean> imports = new HashMap<>();
        for (CloudFormationStack stack : stacks) {
            JsonNode template = Synthesized.JSON.valueToTree(stack.template());
            imports.put(stack.name(), !template.findValues("Fn::ImportValue").isEmpty());
            template.path("Resources").properties().forEach(e -> order.resources.put(e.getKey(), new Resource(
                    e.getKey(), Kind.ofCloudFormation(e.getValue().path("Type").asText()),
                    e.getValue().path("Properties"), e.getValue(), stack.name())));
        }
        String shared = stacks.get(0).name();
        for (Resource r : order.resources.values()) {
            Set<String> before = new LinkedHashSet<>(order.referenced(r.body()));
            JsonNode dependsOn = r.whole().path("DependsOn");
            if (dependsOn.isTextual()) {
                before.add(dependsOn.asText());
            }
            dependsOn.forEach(d -> before.add(d.asText()));
            if (!r.stack().equals(shared) && imports.get(r.stack())) {
                order.resources.values().stream().filter(o -> o.stack().equals(shared))
                        .forEach(o -> before.add(o.id()));
            }
            before.retainAll(order.resources.keySet());
            order.edges.put(r.id(), before);
        }
        return order;
    }

    /** The module's {@code main.tf.json}. */
    static DeployedOrder terraform(JsonNode main) {
        DeployedOrder order = new DeployedOrder(false);
        main.path("resource").properties().forEach(type -> type.getValue().properties().forEach(r -> {
            String address = type.getKey() + "." + r.getKey();
            JsonNode body = r.getValue().deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove(List.of("depends_on", "lifecycle"));
            order.resources.put(address, new Resource(address, Kind.ofTerraform(type.getKey()), body, r.getValue(),
                    ""));
        }));
        for (Resource r : order.resources.values()) {
            Set<String> before = new LinkedHashSet<>(order.referenced(r.body()));
            r.whole().path("depends_on").forEach(d -> before.add(d.asText()));
            before.retainAll(order.resources.keySet());
            order.edges.put(r.id(), before);
        }
        return order;
    }

    boolean isCloudFormation() {
        return cloudFormation;
    }

    List<Resource> all(Kind kind) {
        return resources.values().stream().filter(r -> r.kind() == kind).toList();
    }

    Resource get(String id) {
        return resources.get(id);
    }

    /** Everything created before {@code id}, transitively. */
    Set<String> before(String id) {
        Set<String> known = closure.get(id);
        if (known != null) {
            return known;
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(edges.getOrDefault(id, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, Set.of()));
            }
        }
        closure.put(id, seen);
        return seen;
    }

    /** The resources of the deployment that a part of a body refers to, in order. */
    Set<String> referenced(JsonNode node) {
        Set<String> found = new LinkedHashSet<>();
        if (cloudFormation) {
            cfnReferences(node, found);
        } else {
            tfReferences(node, found);
        }
        found.retainAll(resources.keySet());
        return found;
    }

    /** The resources of one kind a part of a body refers to. */
    List<String> referenced(JsonNode node, Kind kind) {
        return referenced(node).stream().filter(id -> resources.get(id).kind() == kind).toList();
    }

    private static void cfnReferences(JsonNode node, Set<String> found) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            JsonNode argument = node.get(key);
            switch (key) {
                case "Ref" -> found.add(argument.asText());
                case "Fn::GetAtt" -> found.add(argument.isArray() ? argument.path(0).asText()
                        : argument.asText().split("\\.")[0]);
                case "Fn::Sub" -> {
                    JsonNode text = argument.isArray() ? argument.path(0) : argument;
                    Set<String> local = new HashSet<>();
                    if (argument.isArray()) {
                        argument.path(1).fieldNames().forEachRemaining(local::add);
                        cfnReferences(argument.path(1), found);
                    }
                    Matcher m = SUB_VARIABLE.matcher(text.asText());
                    while (m.find()) {
                        String variable = m.group(1);
                        if (!variable.startsWith("!") && !local.contains(variable)) {
                            found.add(variable.split("\\.")[0]);
                        }
                    }
                }
                case "Fn::ImportValue" -> {
                    // ${SharedStackName}:<LogicalId>:<Attribute>
                    String[] parts = argument.path("Fn::Sub").asText().split(":");
                    if (parts.length == 3) {
                        found.add(parts[1]);
                    }
                }
                default -> cfnReferences(argument, found);
            }
            return;
        }
        node.forEach(child -> cfnReferences(child, found));
    }

    private static void tfReferences(JsonNode node, Set<String> found) {
        if (node.isTextual()) {
            String text = node.asText().replace("$${", "");
            Matcher template = TF_TEMPLATE.matcher(text);
            while (template.find()) {
                Matcher address = TF_ADDRESS.matcher(template.group(1));
                while (address.find()) {
                    found.add(address.group(1));
                }
            }
            return;
        }
        node.forEach(child -> tfReferences(child, found));
    }
}
