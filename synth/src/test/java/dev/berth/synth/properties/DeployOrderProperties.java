package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.EndpointService;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.NewVpc;
import dev.berth.service.Service;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.planning.References;
import dev.berth.synth.properties.DeployedOrder.Kind;
import dev.berth.synth.properties.DeployedOrder.Resource;
import dev.berth.synth.terraform.TerraformRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploy-safe by construction (issue 10, items 1 and 2), read from the rendered files of both targets, not from the
 * plan: what CloudFormation or Terraform will actually wait for ({@link DeployedOrder}).
 * <ul>
 *   <li>every ECS service is created after the policies of its execution and task roles (ECS checks them when it
 *       starts the first task);</li>
 *   <li>after its network path: the route table associations of its subnets and their default routes (a NAT or
 *       internet gateway route), and, in a VPC without NAT, the VPC endpoints its tasks need to start and the rules
 *       that admit HTTPS to the interface endpoints; and after the egress rules of its tasks' security groups (a
 *       new group has none);</li>
 *   <li>after the listener rule that forwards to its target group, and after the cluster's capacity provider
 *       association when it names capacity providers;</li>
 *   <li>every internet-facing load balancer is created after the internet gateway attachment;</li>
 *   <li>a cluster's capacity provider association is created after the EC2 capacity providers it names, each after
 *       its Auto Scaling group, and each group after the routes out of its subnets;</li>
 *   <li>no auto-scaled service carries a desired count CloudFormation would send again on each update, and every
 *       auto-scaled Terraform service keeps its desired count as the initial one and ignores later changes.</li>
 * </ul>
 */
class DeployOrderProperties {

    private static final String ANYWHERE = "0.0.0.0/0";

    @Test
    void cloudFormationCreatesEveryServiceAfterWhatItNeedsAndLeavesScaledCountsAlone() {
        BerthTheories.check(Programs.valid(), program -> {
            Synthesized s = Synthesized.of(program);
            List<String> problems = problems(s.program().app(),
                    DeployedOrder.cloudFormation(s.synthesis().cloudFormationStacks()));
            assertThat(problems).as("CloudFormation deploy-order problems of\n%s", s.program()).isEmpty();
        });
    }

    @Test
    void terraformCreatesEveryServiceAfterWhatItNeedsAndLeavesScaledCountsAlone() {
        BerthTheories.check(Programs.valid(), program -> {
            Synthesized s = Synthesized.of(program);
            List<String> problems = problems(s.program().app(),
                    DeployedOrder.terraform(s.moduleFiles().get("main.tf.json")));
            assertThat(problems).as("Terraform deploy-order problems of\n%s", s.program()).isEmpty();
        });
    }

    /**
     * The plan's creation order leaves out of DependsOn / depends_on what a reference already orders
     * ({@link References}): so every reference the plan's walker finds must be one both targets write, and every
     * resource must be created after everything the plan says it waits for.
     */
    @Test
    void bothTargetsWriteTheReferencesThePlanCountsOnAndTheOrderItDecides() {
        BerthTheories.check(Programs.valid(), program -> {
            Synthesized s = Synthesized.of(program);
            DeployedOrder cfn = DeployedOrder.cloudFormation(s.synthesis().cloudFormationStacks());
            DeployedOrder tf = DeployedOrder.terraform(s.moduleFiles().get("main.tf.json"));
            List<String> problems = new ArrayList<>();
            for (PlannedResource r : s.plan().resources()) {
                String id = CloudFormationRenderer.logicalId(r.id());
                String address = TerraformRenderer.address(r.id());
                for (ResourceId target : References.of(r)) {
                    if (!cfn.referenced(cfn.get(id).body()).contains(CloudFormationRenderer.logicalId(target))) {
                        problems.add(id + " does not reference " + target + " in CloudFormation");
                    }
                    if (!tfReferences(tf, r, address).contains(TerraformRenderer.address(target))) {
                        problems.add(address + " does not reference " + target + " in Terraform");
                    }
                }
                for (ResourceId first : s.plan().order().waitsFor(r.id())) {
                    // Service stacks of a split deployment deploy independently: an order between two of them
                    // (a Service Connect client after its server) is the deployer's, as the README says.
                    String firstId = CloudFormationRenderer.logicalId(first);
                    boolean otherServiceStack = cfn.get(firstId) != null && cfn.get(id) != null
                            && !cfn.get(firstId).stack().equals(cfn.get(id).stack())
                            && !cfn.get(firstId).stack().equals(s.synthesis().cloudFormationStacks().get(0).name());
                    if (!otherServiceStack && !cfn.before(id).contains(firstId)) {
                        problems.add(id + " may be created before " + first + " in CloudFormation");
                    }
                    if (!tf.before(address).contains(TerraformRenderer.address(first))) {
                        problems.add(address + " may be created before " + first + " in Terraform");
                    }
                }
            }
            assertThat(problems).as("references and order of\n%s", s.program()).isEmpty();
        });
    }

    static List<String> problems(Application app, DeployedOrder order) {
        List<String> problems = new ArrayList<>();
        for (Service service : app.services()) {
            String id = order.isCloudFormation() ? ProgramNames.pascal(service.name()) + "Service"
                    : "aws_ecs_service." + service.name().replace('-', '_');
            Resource r = order.get(id);
            assertThat(r).as("the service %s is rendered as %s", service.name(), id).isNotNull();
            Set<String> needed = new LinkedHashSet<>();
            needed.addAll(rolePolicies(order, r));
            needed.addAll(networkPath(app, service, order, r));
            needed.addAll(listenerRules(order, r));
            needed.addAll(capacityProviders(order, r));
            Set<String> before = order.before(r.id());
            List<String> missing = needed.stream().filter(n -> !before.contains(n)).toList();
            if (!missing.isEmpty()) {
                problems.add(r.id() + " may be created before " + missing);
            }
            steadyState(order, r, problems);
        }
        capacity(order, problems);
        List<String> attachments = order.all(Kind.GATEWAY_ATTACHMENT).stream().map(Resource::id).toList();
        for (Resource lb : order.all(Kind.LOAD_BALANCER)) {
            boolean internetFacing = order.isCloudFormation()
                    ? !lb.body().path("Scheme").asText().equals("internal")
                    : !lb.body().path("internal").asBoolean();
            List<String> missing = attachments.stream().filter(a -> !order.before(lb.id()).contains(a)).toList();
            if (internetFacing && !missing.isEmpty()) {
                problems.add("internet-facing " + lb.id() + " may be created before " + missing);
            }
        }
        return problems;
    }

    /** The policies of the roles its task definition names. */
    private static Set<String> rolePolicies(DeployedOrder order, Resource service) {
        Set<String> policies = new LinkedHashSet<>();
        for (String taskDefinition : order.referenced(field(order, service, "TaskDefinition", "task_definition"),
                Kind.TASK_DEFINITION)) {
            Resource td = order.get(taskDefinition);
            Set<String> roles = new LinkedHashSet<>();
            roles.addAll(order.referenced(field(order, td, "ExecutionRoleArn", "execution_role_arn"), Kind.ROLE));
            roles.addAll(order.referenced(field(order, td, "TaskRoleArn", "task_role_arn"), Kind.ROLE));
            for (Resource policy : order.all(Kind.ROLE_POLICY)) {
                if (order.referenced(policy.body(), Kind.ROLE).stream().anyMatch(roles::contains)) {
                    policies.add(policy.id());
                }
            }
        }
        return policies;
    }

    /**
     * The associations of its subnets and their tables' default routes; the egress rules of its groups; in a VPC
     * without NAT, the endpoints its tasks need to start and the ingress rules of their groups.
     */
    private static Set<String> networkPath(Application app, Service service, DeployedOrder order, Resource r) {
        Set<String> path = new LinkedHashSet<>();
        JsonNode network = order.isCloudFormation() ? r.body().path("NetworkConfiguration")
                .path("AwsvpcConfiguration") : r.body().path("network_configuration");
        List<String> subnets = order.referenced(network.path(order.isCloudFormation() ? "Subnets" : "subnets"),
                Kind.SUBNET);
        for (Resource association : order.all(Kind.ROUTE_TABLE_ASSOCIATION)) {
            if (order.referenced(association.body(), Kind.SUBNET).stream().anyMatch(subnets::contains)) {
                path.add(association.id());
                List<String> tables = order.referenced(association.body(), Kind.ROUTE_TABLE);
                for (Resource route : order.all(Kind.ROUTE)) {
                    boolean defaultRoute = field(order, route, "DestinationCidrBlock", "destination_cidr_block")
                            .asText().equals(ANYWHERE);
                    if (defaultRoute && order.referenced(route.body(), Kind.ROUTE_TABLE).stream()
                            .anyMatch(tables::contains)) {
                        path.add(route.id());
                    }
                }
            }
        }
        List<String> groups = order.referenced(network.path(order.isCloudFormation() ? "SecurityGroups"
                : "security_groups"), Kind.SECURITY_GROUP);
        // egress to addresses: what the tasks reach AWS with; rules to another service's group are not needed to
        // start, come and go with that service and may live in its stack
        path.addAll(rulesOf(order, Kind.EGRESS, groups).stream().filter(rule -> !toAGroup(order, rule)).toList());
        if (!reachesInternet(app)) {
            Set<String> needs = EndpointNeeds.of(service).stream().map(EndpointService::serviceSuffix)
                    .collect(Collectors.toSet());
            for (Resource endpoint : order.all(Kind.ENDPOINT)) {
                // com.amazonaws.<region>.<suffix>, the region being a reference
                JsonNode serviceName = field(order, endpoint, "ServiceName", "service_name");
                String name = serviceName.has("Fn::Sub") ? serviceName.path("Fn::Sub").asText() : serviceName.asText();
                String suffix = name.substring(name.lastIndexOf('}') + 2);
                if (needs.contains(suffix)) {
                    path.add(endpoint.id());
                    path.addAll(rulesOf(order, Kind.INGRESS, order.referenced(endpoint.body(),
                            Kind.SECURITY_GROUP)));
                }
            }
        }
        return path;
    }

    /** Whether the program's private subnets reach the internet through a NAT gateway. */
    private static boolean reachesInternet(Application app) {
        return app.network() instanceof NewVpc vpc ? vpc.natGateways() != NatGateways.NONE
                : ((ExistingVpc) app.network()).privateSubnetsReachInternet();
    }

    /** Whether an egress rule's destination is a security group (rather than a CIDR or prefix list). */
    private static boolean toAGroup(DeployedOrder order, String ruleId) {
        Resource rule = order.all(Kind.EGRESS).stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        return !field(order, rule, "DestinationSecurityGroupId", "referenced_security_group_id").isMissingNode();
    }

    /** The rules of one direction that belong to one of {@code groups}. */
    private static List<String> rulesOf(DeployedOrder order, Kind direction, List<String> groups) {
        return order.all(direction).stream()
                .filter(rule -> order.referenced(field(order, rule, "GroupId", "security_group_id"),
                        Kind.SECURITY_GROUP).stream().anyMatch(groups::contains))
                .map(Resource::id).toList();
    }

    /** The listener rules that forward to one of its target groups. */
    private static List<String> listenerRules(DeployedOrder order, Resource service) {
        List<String> targetGroups = order.referenced(field(order, service, "LoadBalancers", "load_balancer"),
                Kind.TARGET_GROUP);
        // The rules whose first target group is the service's: its own rule, which attaches the group to the load
        // balancer (ECS needs that); another service's weighted rule forwards to the group too, but only after it.
        return order.all(Kind.LISTENER_RULE).stream()
                .filter(rule -> order.referenced(rule.body(), Kind.TARGET_GROUP).stream().limit(1)
                        .anyMatch(targetGroups::contains))
                .map(Resource::id).toList();
    }

    /**
     * EC2 capacity: a cluster's capacity provider association after every capacity provider it names (ECS rejects a
     * provider that does not exist yet, and cannot delete one still associated), each provider after its Auto
     * Scaling group, and each group after the default routes of the route tables of its subnets (its instances
     * register with ECS as they boot).
     */
    private static void capacity(DeployedOrder order, List<String> problems) {
        for (Resource association : order.all(Kind.CAPACITY_PROVIDERS)) {
            String names = field(order, association, "CapacityProviders", "capacity_providers").toString();
            Set<String> before = order.before(association.id());
            for (Resource provider : order.all(Kind.CAPACITY_PROVIDER)) {
                String name = field(order, provider, "Name", "name").asText();
                if (names.contains("\"" + name + "\"") && !before.contains(provider.id())) {
                    problems.add(association.id() + " may be created before the capacity provider " + provider.id());
                }
            }
        }
        for (Resource provider : order.all(Kind.CAPACITY_PROVIDER)) {
            boolean managedInstances = !field(order, provider, "ManagedInstancesProvider", "managed_instances_provider")
                    .isMissingNode();
            if (!managedInstances && order.referenced(provider.body(), Kind.AUTO_SCALING_GROUP).isEmpty()) {
                problems.add(provider.id() + " does not refer to its Auto Scaling group");
            }
        }
        for (Resource group : order.all(Kind.AUTO_SCALING_GROUP)) {
            Set<String> subnets = new HashSet<>(order.referenced(group.body(), Kind.SUBNET));
            Set<String> before = order.before(group.id());
            for (Resource association : order.all(Kind.ROUTE_TABLE_ASSOCIATION)) {
                if (order.referenced(association.body(), Kind.SUBNET).stream().noneMatch(subnets::contains)) {
                    continue;
                }
                if (!before.contains(association.id())) {
                    problems.add(group.id() + " may be created before " + association.id());
                }
                List<String> tables = order.referenced(association.body(), Kind.ROUTE_TABLE);
                for (Resource route : order.all(Kind.ROUTE)) {
                    boolean defaultRoute = ANYWHERE.equals(field(order, route, "DestinationCidrBlock",
                            "destination_cidr_block").asText());
                    if (defaultRoute && order.referenced(route.body(), Kind.ROUTE_TABLE).stream()
                            .anyMatch(tables::contains) && !before.contains(route.id())) {
                        problems.add(group.id() + " may be created before the default route " + route.id());
                    }
                }
            }
        }
    }

    /** Its cluster's capacity provider association, when the service names capacity providers. */
    private static List<String> capacityProviders(DeployedOrder order, Resource service) {
        if (field(order, service, "CapacityProviderStrategy", "capacity_provider_strategy").isMissingNode()) {
            return List.of();
        }
        List<String> clusters = order.referenced(field(order, service, "Cluster", "cluster"), Kind.CLUSTER);
        return order.all(Kind.CAPACITY_PROVIDERS).stream()
                .filter(a -> order.referenced(a.body(), Kind.CLUSTER).stream().anyMatch(clusters::contains))
                .map(Resource::id).toList();
    }

    /**
     * An auto-scaled service (a scalable target names it): CloudFormation leaves DesiredCount out, Terraform keeps
     * desired_count (the initial count) and ignores later changes of it.
     */
    private static void steadyState(DeployedOrder order, Resource service, List<String> problems) {
        boolean scaled = order.all(Kind.SCALABLE_TARGET).stream()
                .anyMatch(t -> order.referenced(t.body(), Kind.SERVICE).contains(service.id()));
        // a daemon runs one task per instance: no desired count in either target
        if ("DAEMON".equals(service.body().path(order.isCloudFormation() ? "SchedulingStrategy"
                : "scheduling_strategy").asText())) {
            if (service.body().has("DesiredCount") || service.body().has("desired_count")) {
                problems.add(service.id() + " is a daemon but sets a desired count");
            }
            return;
        }
        if (order.isCloudFormation()) {
            if (scaled && service.body().has("DesiredCount")) {
                problems.add(service.id() + " is auto-scaled but sets DesiredCount "
                        + service.body().path("DesiredCount") + ": each stack update resets the scaled count");
            }
            if (!scaled && !service.body().has("DesiredCount")) {
                problems.add(service.id() + " is not auto-scaled but has no DesiredCount");
            }
            return;
        }
        List<String> ignored = new ArrayList<>();
        JsonNode lifecycle = service.whole().path("lifecycle");
        (lifecycle.isArray() ? lifecycle.path(0) : lifecycle).path("ignore_changes")
                .forEach(a -> ignored.add(a.asText()));
        if (!service.body().has("desired_count")) {
            problems.add(service.id() + " has no desired_count");
        }
        if (scaled && !ignored.contains("desired_count")) {
            problems.add(service.id() + " is auto-scaled but does not ignore changes of desired_count"
                    + " (lifecycle " + lifecycle + "): each apply resets the scaled count");
        }
        if (!scaled && ignored.contains("desired_count")) {
            problems.add(service.id() + " is not auto-scaled but ignores changes of desired_count");
        }
    }

    private static JsonNode field(DeployedOrder order, Resource r, String cloudFormation, String terraform) {
        return r.body().path(order.isCloudFormation() ? cloudFormation : terraform);
    }

    /**
     * What a resource's Terraform body references, with its companions' (an EventBridge rule's target is a resource of
     * its own in Terraform, written under the rule's name).
     */
    private static java.util.Set<String> tfReferences(DeployedOrder tf, PlannedResource r, String address) {
        java.util.Set<String> all = new java.util.HashSet<>(tf.referenced(tf.get(address).body()));
        for (var companion : dev.berth.synth.rendering.Renderings.of(r).terraformCompanionsOf(r)) {
            String name = dev.berth.synth.plan.Names.snake(companion.name(r.id().name()));
            all.addAll(tf.referenced(tf.get(companion.type() + "." + name).body()));
        }
        return all;
    }
}
