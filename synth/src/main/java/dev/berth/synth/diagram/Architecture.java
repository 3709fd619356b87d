package dev.berth.synth.diagram;

import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.capacity.CapacityResources;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.events.EventsResources;
import dev.berth.synth.plan.deployment.DeploymentResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.messaging.MessagingResources;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.monitoring.MonitoringResources;
import dev.berth.synth.plan.scaling.ScalingResources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static dev.berth.synth.diagram.Diagram.Line.DOTTED;
import static dev.berth.synth.diagram.Diagram.Line.SOLID;

/**
 * The architecture diagram of a plan: the VPC with its availability zones, subnets and NAT gateways, the VPC
 * endpoints (one node listing them all), the load balancers with their listeners and target groups, the listener
 * rules (edges from a listener to a target group, labelled with their conditions and priority), the ECS clusters
 * with their services, and outside the VPC the services' task and execution roles and the queues. Edges show
 * traffic: the internet to internet-facing listeners, rules to target groups, target groups to services, the egress a
 * service declares (to another service, an internal load balancer, or a security group or CIDR outside the
 * program), queue use and dead-letter queues, and NAT to the internet gateway.
 *
 * <p>Read from the plan only, so it is the same for every target. Deterministic: the plan's order, ids derived from
 * names. Large programs stay readable: beyond {@code maxServices} services the rest are summarised, per cluster, as
 * one node (with their target groups, rules, roles and egress left out); {@link #servicesShown()} says how many
 * were drawn.
 *
 * @param diagram       the diagram
 * @param services      the program's services
 * @param servicesShown the services drawn (the first {@code maxServices} in the program's order)
 */
public record Architecture(Diagram diagram, int services, int servicesShown) {

    /** The services drawn in full by default: beyond about this many the diagram is too large to read on a page. */
    public static final int MAX_SERVICES = 12;

    /** Endpoint service names on one line of the endpoints node. */
    private static final int NAMES_PER_LINE = 4;

    /** The subnet IDs of an existing VPC listed in its node, at most. */
    private static final int MAX_SUBNET_IDS = 6;

    /** The architecture diagram of {@code plan}, drawing at most {@link #MAX_SERVICES} services in full. */
    public static Architecture of(Plan plan) {
        return of(plan, MAX_SERVICES);
    }

    public static Architecture of(Plan plan, int maxServices) {
        return new Drawing(plan, maxServices).draw();
    }

    /** Whether some services were summarised rather than drawn. */
    public boolean summarised() {
        return servicesShown < services;
    }

    /** One drawing: the plan's resources by kind, and the ids given so far. */
    private static final class Drawing {
        /** The ids of the fixed elements; every other id has a kind prefix and an underscore. */
        private static final String INTERNET = "internet";
        private static final String VPC = "vpc";
        private static final String IAM = "iam";
        private static final String SQS = "sqs";
        private static final String CLOUD_MAP = "cloud_map";
        private static final String ALARMS = "alarms";
        private static final String CODE_DEPLOY = "codedeploy";

        private final int maxServices;
        private final Map<Class<?>, List<PlannedResource>> byKind = new HashMap<>();
        private final Map<String, String> ids = new HashMap<>();
        private final Set<String> usedIds = new HashSet<>();
        private final Diagram.Builder diagram = new Diagram.Builder();
        /** Security group (by resource) to the node its traffic comes from or goes to. */
        private final Map<ResourceId, String> groupNodes = new HashMap<>();
        /** Security group of a load balancer to that load balancer. */
        private final Map<ResourceId, ResourceId> loadBalancerGroups = new HashMap<>();
        private final Set<ResourceId> shownServices = new LinkedHashSet<>();
        /** Target groups drawn, so edges go only to nodes the diagram has. */
        private final Set<ResourceId> drawnTargetGroups = new HashSet<>();
        /** Listeners outside the program (a shared platform load balancer's), by their ARN's text, to their node. */
        private final Map<String, String> outsideListeners = new LinkedHashMap<>();
        /** Subnets whose route table sends traffic to the internet gateway: what makes a subnet public. */
        private final Set<ResourceId> publicSubnets = new HashSet<>();
        private final List<Diagram.Edge> roleEdges = new ArrayList<>();

        Drawing(Plan plan, int maxServices) {
            this.maxServices = maxServices;
            usedIds.addAll(List.of(INTERNET, VPC, IAM, SQS, CLOUD_MAP, ALARMS));
            for (PlannedResource r : plan.resources()) {
                byKind.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
            }
            Set<ResourceId> internetTables = new HashSet<>();
            for (NetworkResources.Route route : all(NetworkResources.Route.class)) {
                if (route.targetType() == NetworkResources.RouteTarget.INTERNET_GATEWAY) {
                    internetTables.add(target(route.routeTable()));
                }
            }
            for (NetworkResources.RouteTableAssociation a : all(NetworkResources.RouteTableAssociation.class)) {
                if (internetTables.contains(target(a.routeTable()))) {
                    publicSubnets.add(target(a.subnet()));
                }
            }
        }

        @SuppressWarnings("unchecked")
        private <T extends PlannedResource> List<T> all(Class<T> kind) {
            return (List<T>) byKind.getOrDefault(kind, List.of());
        }

        /** The id of a resource's node: a kind prefix and the resource's name, unique in the diagram. */
        private String id(String prefix, ResourceId resource) {
            return id(prefix, String.join("__", resource.name()));
        }

        private String id(String prefix, String name) {
            String key = prefix + "/" + name;
            return ids.computeIfAbsent(key, k -> {
                StringBuilder id = new StringBuilder(prefix).append('_');
                for (char c : name.toCharArray()) {
                    id.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
                }
                String unique = id.toString();
                for (int n = 2; !usedIds.add(unique); n++) {
                    unique = id + "_" + n;
                }
                return unique;
            });
        }

        Architecture draw() {
            List<ComputeResources.Service> services = all(ComputeResources.Service.class);
            services.stream().limit(maxServices).forEach(s -> shownServices.add(s.id()));

            List<Diagram.Element> vpc = new ArrayList<>();
            vpc.addAll(network());
            endpoints().ifPresent(vpc::add);
            vpc.addAll(loadBalancers());
            vpc.addAll(clusters(services));
            if (!all(NetworkResources.InternetGateway.class).isEmpty() || all(LoadBalancingResources.LoadBalancer.class)
                    .stream().anyMatch(lb -> !lb.internal())) {
                diagram.add(new Diagram.Node(INTERNET, "Internet", Diagram.Shape.CIRCLE));
            }
            diagram.add(new Diagram.Group(VPC, vpcLabel(), vpc));
            roles(services);
            queues();
            dnsNamespaces(services);
            alarms();
            events();
            codeDeploy();
            gatewayEdges();
            ruleEdges();
            serviceEdges(services);
            scalingEdges();
            egressEdges();
            roleEdges.forEach(e -> diagram.edge(e.from(), e.to(), e.label(), e.line()));
            return new Architecture(diagram.build(), services.size(), shownServices.size());
        }

        // ---- the network

        private String vpcLabel() {
            List<NetworkResources.Vpc> vpcs = all(NetworkResources.Vpc.class);
            if (!vpcs.isEmpty()) {
                return "VPC " + String.join("-", vpcs.get(0).id().name()) + "\n" + vpcs.get(0).cidr();
            }
            // an existing VPC: its ID is what the security groups (or endpoints) name
            List<Value> named = new ArrayList<>();
            all(NetworkResources.SecurityGroup.class).forEach(g -> named.add(g.vpc()));
            all(NetworkResources.VpcEndpoint.class).forEach(e -> named.add(e.vpc()));
            return named.isEmpty() ? "existing VPC" : "existing VPC\n" + text(named.get(0));
        }

        /** A new VPC's zones (subnets and NAT gateways) and internet gateway; an existing VPC's subnets. */
        private List<Diagram.Element> network() {
            List<Diagram.Element> elements = new ArrayList<>();
            for (NetworkResources.InternetGateway igw : all(NetworkResources.InternetGateway.class)) {
                elements.add(new Diagram.Node(id("igw", igw.id()), "Internet gateway", Diagram.Shape.HEXAGON));
            }
            List<NetworkResources.Subnet> subnets = all(NetworkResources.Subnet.class);
            if (subnets.isEmpty()) {
                existingSubnets().ifPresent(elements::add);
                return elements;
            }
            Map<Integer, List<Diagram.Element>> zones = new TreeMap<>();
            Map<ResourceId, Integer> zoneOfSubnet = new HashMap<>();
            for (NetworkResources.Subnet subnet : subnets) {
                int zone = subnet.availabilityZone() instanceof Value.AzName az ? az.index() : 0;
                zoneOfSubnet.put(subnet.id(), zone);
                zones.computeIfAbsent(zone, z -> new ArrayList<>()).add(new Diagram.Node(id("subnet", subnet.id()),
                        (publicSubnets.contains(subnet.id()) ? "public" : "private") + " subnet\n" + subnet.cidr(),
                        Diagram.Shape.BOX));
            }
            for (NetworkResources.NatGateway nat : all(NetworkResources.NatGateway.class)) {
                Integer zone = nat.subnet() instanceof Value.Ref ref ? zoneOfSubnet.get(ref.target()) : null;
                zones.computeIfAbsent(zone == null ? 0 : zone, z -> new ArrayList<>())
                        .add(new Diagram.Node(id("nat", nat.id()), "NAT gateway", Diagram.Shape.HEXAGON));
            }
            zones.forEach((zone, nodes) -> elements.add(new Diagram.Group(id("az", String.valueOf(zone + 1)),
                    "availability zone " + (zone + 1), nodes)));
            return elements;
        }

        /** The subnets an existing VPC's services and load balancers use, by ID. */
        private Optional<Diagram.Element> existingSubnets() {
            Set<String> subnets = new LinkedHashSet<>();
            for (ComputeResources.Service s : all(ComputeResources.Service.class)) {
                if (s.awsvpc() != null) {
                    s.awsvpc().subnets().forEach(v -> subnets.add(text(v)));
                }
            }
            all(LoadBalancingResources.LoadBalancer.class).forEach(lb -> lb.subnets().forEach(v -> subnets.add(text(v))));
            if (subnets.isEmpty()) {
                return Optional.empty();
            }
            List<String> listed = subnets.stream().limit(MAX_SUBNET_IDS).collect(Collectors.toCollection(ArrayList::new));
            if (subnets.size() > MAX_SUBNET_IDS) {
                listed.add("and " + (subnets.size() - MAX_SUBNET_IDS) + " more");
            }
            return Optional.of(new Diagram.Node(id("subnets", "existing"), "subnets\n"
                    + String.join("\n", listed), Diagram.Shape.BOX));
        }

        /** All VPC endpoints as one node: interface endpoints, then gateway endpoints, by service name. */
        private Optional<Diagram.Element> endpoints() {
            List<String> interfaces = new ArrayList<>();
            List<String> gateways = new ArrayList<>();
            String node = id("endpoints", "vpc");
            for (NetworkResources.VpcEndpoint e : all(NetworkResources.VpcEndpoint.class)) {
                (e.gateway() ? gateways : interfaces).add(endpointService(e));
                e.securityGroups().forEach(g -> group(g, node));
            }
            if (interfaces.isEmpty() && gateways.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder label = new StringBuilder("VPC endpoints");
            if (!interfaces.isEmpty()) {
                label.append("\ninterface: ").append(wrapped(interfaces));
            }
            if (!gateways.isEmpty()) {
                label.append("\ngateway: ").append(wrapped(gateways));
            }
            return Optional.of(new Diagram.Node(node, label.toString(), Diagram.Shape.BOX));
        }

        /** Names joined by commas, a line break after every {@value #NAMES_PER_LINE}: a node stays narrow. */
        private static String wrapped(List<String> names) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : i % NAMES_PER_LINE == 0 ? ",\n" : ", ").append(names.get(i));
            }
            return out.toString();
        }

        /** {@code ecr.api} of {@code com.amazonaws.<region>.ecr.api}: the literal after the region. */
        private static String endpointService(NetworkResources.VpcEndpoint e) {
            Value name = e.serviceName();
            String last = name instanceof Value.Concat c && c.parts().get(c.parts().size() - 1) instanceof Value.Literal l
                    ? l.text() : name instanceof Value.Literal l ? l.text() : String.join("-", e.id().name());
            return last.startsWith(".") ? last.substring(1) : last;
        }

        // ---- load balancers

        private List<Diagram.Element> loadBalancers() {
            List<Diagram.Element> elements = new ArrayList<>();
            for (LoadBalancingResources.LoadBalancer lb : all(LoadBalancingResources.LoadBalancer.class)) {
                List<Diagram.Element> children = new ArrayList<>();
                for (LoadBalancingResources.Listener listener : all(LoadBalancingResources.Listener.class)) {
                    if (refersTo(listener.loadBalancerArn(), lb.id())) {
                        String label = listener.protocol() + " :" + listener.port()
                                + (listener.defaultAction() instanceof LoadBalancingResources.FixedResponse f
                                ? "\nelse " + f.statusCode() : "");
                        children.add(new Diagram.Node(id("listener", listener.id()), label, Diagram.Shape.BOX));
                    }
                }
                Set<ResourceId> targetGroups = new LinkedHashSet<>();
                for (LoadBalancingResources.ListenerRule rule : all(LoadBalancingResources.ListenerRule.class)) {
                    ResourceId listener = target(rule.listenerArn());
                    if (listener != null && listenerOf(lb.id(), listener) && shownTargetGroup(rule.action())) {
                        targetGroups.addAll(shownGroups(rule.action()).keySet());
                    }
                }
                for (LoadBalancingResources.Listener listener : all(LoadBalancingResources.Listener.class)) {
                    // A Network Load Balancer's listener forwards to its service's target group by default.
                    if (refersTo(listener.loadBalancerArn(), lb.id())
                            && listener.defaultAction() instanceof LoadBalancingResources.Forward f
                            && shownTargetGroup(f)) {
                        targetGroups.add(target(f.targetGroupArn()));
                    }
                }
                children.addAll(targetGroupNodes(targetGroups));
                lb.securityGroups().forEach(g -> {
                    ResourceId group = target(g);
                    if (group != null) {
                        loadBalancerGroups.put(group, lb.id());
                    }
                });
                String where = places(lb.subnets());
                elements.add(new Diagram.Group(id("lb", lb.id()), "load balancer " + String.join("-", lb.id().name())
                        + "\n" + lb.scheme() + (where.isEmpty() ? "" : ", " + where), children));
            }
            // Rules on listeners the program does not create (a shared platform load balancer's).
            Map<String, Set<ResourceId>> outside = new LinkedHashMap<>();
            for (LoadBalancingResources.ListenerRule rule : all(LoadBalancingResources.ListenerRule.class)) {
                if (target(rule.listenerArn()) == null && shownTargetGroup(rule.action())) {
                    outside.computeIfAbsent(text(rule.listenerArn()), k -> new LinkedHashSet<>())
                            .addAll(shownGroups(rule.action()).keySet());
                }
            }
            int n = 0;
            for (Map.Entry<String, Set<ResourceId>> e : outside.entrySet()) {
                n++;
                String node = id("xlistener", String.valueOf(n));
                outsideListeners.put(e.getKey(), node);
                List<Diagram.Element> children = new ArrayList<>();
                children.add(new Diagram.Node(node, "listener " + e.getKey(), Diagram.Shape.BOX));
                children.addAll(targetGroupNodes(e.getValue()));
                elements.add(new Diagram.Group(id("xlb", String.valueOf(n)),
                        "load balancer outside the program", children));
            }
            return elements;
        }

        private List<Diagram.Element> targetGroupNodes(Set<ResourceId> targetGroups) {
            List<Diagram.Element> nodes = new ArrayList<>();
            for (LoadBalancingResources.TargetGroup tg : all(LoadBalancingResources.TargetGroup.class)) {
                if (targetGroups.contains(tg.id()) && drawnTargetGroups.add(tg.id())) {
                    nodes.add(new Diagram.Node(id("tg", tg.id()), "target group " + String.join("-",
                            tg.id().name()) + "\n" + tg.protocol() + " :" + tg.port()
                            + (tg.healthCheckEnabled() && tg.healthCheckPath() != null
                            ? ", checks " + tg.healthCheckPath() : ""), Diagram.Shape.BOX));
                }
            }
            return nodes;
        }

        private boolean listenerOf(ResourceId loadBalancer, ResourceId listener) {
            return all(LoadBalancingResources.Listener.class).stream()
                    .anyMatch(l -> l.id().equals(listener) && refersTo(l.loadBalancerArn(), loadBalancer));
        }

        /** A rule forwarding to the target group of a service that is drawn. */
        private boolean shownTargetGroup(LoadBalancingResources.Action action) {
            return !shownGroups(action).isEmpty();
        }

        /**
         * The target groups an action forwards to that belong to drawn services, with their weight (null for a plain
         * forward), in the action's order.
         */
        private Map<ResourceId, Integer> shownGroups(LoadBalancingResources.Action action) {
            Map<ResourceId, Integer> groups = new LinkedHashMap<>();
            if (action instanceof LoadBalancingResources.Forward forward) {
                groups.put(target(forward.targetGroupArn()), null);
            } else if (action instanceof LoadBalancingResources.WeightedForward weighted) {
                weighted.targetGroups().forEach(g -> groups.put(target(g.targetGroupArn()), g.weight()));
            }
            groups.keySet().removeIf(tg -> tg == null || all(ComputeResources.Service.class).stream()
                    .filter(s -> shownServices.contains(s.id()))
                    .noneMatch(s -> s.loadBalancers().stream().anyMatch(l -> refersTo(l.targetGroupArn(), tg)
                            // the alternate (green) group of a blue/green family deployment
                            || (l.advanced() != null && refersTo(l.advanced().alternateTargetGroupArn(), tg)))));
            return groups;
        }

        // ---- clusters and services

        private List<Diagram.Element> clusters(List<ComputeResources.Service> services) {
            Map<ResourceId, ScalingResources.ScalableTarget> scaling = new HashMap<>();
            for (ScalingResources.ScalableTarget t : all(ScalingResources.ScalableTarget.class)) {
                ResourceId service = firstRef(t.resourceId(), ComputeResources.Service.class);
                if (service != null) {
                    scaling.put(service, t);
                }
            }
            List<Diagram.Element> elements = new ArrayList<>();
            for (ComputeResources.Cluster cluster : all(ComputeResources.Cluster.class)) {
                List<Diagram.Element> children = new ArrayList<>();
                int hidden = 0;
                for (ComputeResources.Service s : services) {
                    if (!refersTo(s.cluster(), cluster.id())) {
                        continue;
                    }
                    if (!shownServices.contains(s.id())) {
                        hidden++;
                        continue;
                    }
                    String node = id("svc", s.id());
                    ScalingResources.ScalableTarget t = scaling.get(s.id());
                    String tasks = !s.hasDesiredCount() ? "daemon: one task per instance"
                            : s.desiredCount() + (s.desiredCount() == 1 ? " task" : " tasks")
                            + (t == null ? "" : ", scales " + t.minCapacity() + "-" + t.maxCapacity());
                    String places = s.awsvpc() == null ? "" : places(s.awsvpc().subnets());
                    String where = places.isEmpty() ? "" : "\n" + places;
                    children.add(new Diagram.Node(node, "service " + s.name() + "\n" + tasks + where,
                            Diagram.Shape.ROUNDED));
                    if (s.awsvpc() != null) {
                        s.awsvpc().securityGroups().forEach(g -> group(g, node));
                    }
                }
                for (EventsResources.Schedule schedule : all(EventsResources.Schedule.class)) {
                    if (refersTo(schedule.clusterArn(), cluster.id())) {
                        children.add(new Diagram.Node(id("task", schedule.id()), "task " + String.join("-",
                                schedule.id().name()) + "\nscheduled", Diagram.Shape.ROUNDED));
                    }
                }
                for (EventsResources.EventRule rule : all(EventsResources.EventRule.class)) {
                    if (rule.target().ecs() != null && refersTo(rule.target().arn(), cluster.id())) {
                        children.add(new Diagram.Node(id("task", rule.id()), "task " + String.join("-",
                                rule.id().name()) + "\non events", Diagram.Shape.ROUNDED));
                    }
                }
                managedInstances(cluster, services, children);
                capacity(cluster, services, children);
                if (hidden > 0) {
                    children.add(new Diagram.Node(id("more", cluster.id()), hidden + " more service"
                            + (hidden == 1 ? "" : "s") + "\n(not drawn)", Diagram.Shape.ROUNDED));
                }
                elements.add(new Diagram.Group(id("cluster", cluster.id()), "ECS cluster " + cluster.name(),
                        children));
            }
            return elements;
        }

        /**
         * The cluster's ECS Managed Instances capacity providers, each a node saying what instances it launches, and
         * a dotted edge (drawn last, like roles: placement, not traffic) from each drawn service whose strategy names
         * it.
         */
        private void managedInstances(ComputeResources.Cluster cluster, List<ComputeResources.Service> services,
                                      List<Diagram.Element> children) {
            for (ComputeResources.ManagedInstancesCapacityProvider p
                    : all(ComputeResources.ManagedInstancesCapacityProvider.class)) {
                if (!refersTo(p.clusterName(), cluster.id())) {
                    continue;
                }
                String node = id("mi", p.id());
                String vcpus = p.vcpuMax() == null ? p.vcpuMin() + "+ vCPU" : p.vcpuMin() + "-" + p.vcpuMax() + " vCPU";
                String accelerators = p.acceleratorTypes().isEmpty() ? ""
                        : ", " + String.join("/", p.acceleratorTypes()).toUpperCase(java.util.Locale.ROOT);
                String where = places(p.subnets());
                children.add(new Diagram.Node(node, "Managed Instances " + p.name() + "\n" + vcpus + accelerators
                        + ", " + p.capacityOptionType().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + (where.isEmpty() ? "" : "\n" + where), Diagram.Shape.BOX));
                for (ComputeResources.Service s : services) {
                    if (shownServices.contains(s.id()) && refersTo(s.cluster(), cluster.id())
                            && s.capacityProviderStrategy().stream().anyMatch(i -> i.provider().equals(p.name()))) {
                        roleEdges.add(new Diagram.Edge(id("svc", s.id()), node, "runs on", DOTTED));
                    }
                }
            }
        }

        /**
         * The cluster's EC2 capacity providers (an Auto Scaling group each: its instance types and sizes), and an edge
         * from each drawn service to the providers it runs on (its strategy's weight, or the EC2 launch type).
         */
        private void capacity(ComputeResources.Cluster cluster, List<ComputeResources.Service> services,
                              List<Diagram.Element> children) {
            Set<String> associated = new HashSet<>();
            for (ComputeResources.ClusterCapacityProviders a : all(ComputeResources.ClusterCapacityProviders.class)) {
                if (refersTo(a.clusterName(), cluster.id())) {
                    associated.addAll(a.providers());
                }
            }
            for (CapacityResources.CapacityProvider provider : all(CapacityResources.CapacityProvider.class)) {
                if (!associated.contains(provider.name())) {
                    continue;
                }
                String node = id("capacity", provider.id());
                ResourceId asg = target(provider.autoScalingGroupArn());
                String fleet = all(CapacityResources.AutoScalingGroup.class).stream().filter(g -> g.id().equals(asg))
                        .findFirst().map(g -> String.join(", ", g.instanceTypes()) + "\n" + g.minSize() + "-"
                                + g.maxSize() + " instances, " + provider.targetCapacity() + "% target")
                        .orElse("");
                children.add(new Diagram.Node(node, "EC2 capacity " + provider.name() + "\n" + fleet,
                        Diagram.Shape.BOX));
                for (ComputeResources.Service s : services) {
                    if (!shownServices.contains(s.id()) || !refersTo(s.cluster(), cluster.id())) {
                        continue;
                    }
                    if ("EC2".equals(s.launchType())) {
                        diagram.edge(id("svc", s.id()), node, "EC2 launch type", DOTTED);
                    }
                    s.capacityProviderStrategy().stream().filter(i -> i.provider().equals(provider.name()))
                            .forEach(i -> diagram.edge(id("svc", s.id()), node, "weight " + i.weight()
                                    + (i.base() > 0 ? ", base " + i.base() : ""), DOTTED));
                }
            }
        }

        /** Where the subnets are: "public subnets", "private subnets", or "subnets" of an existing VPC. */
        private String places(List<Value> subnets) {
            Set<String> kinds = new LinkedHashSet<>();
            for (Value v : subnets) {
                ResourceId subnet = target(v);
                kinds.add(subnet == null ? "" : publicSubnets.contains(subnet) ? "public " : "private ");
            }
            // an existing VPC's subnets are IDs: which are public the plan does not say
            if (kinds.size() != 1 || kinds.contains("")) {
                return "";
            }
            return "in " + kinds.iterator().next() + "subnets";
        }

        // ---- outside the VPC: roles and queues

        /**
         * One node per drawn service naming its task and execution roles (the program's own, or an existing role's
         * ARN), joined to the service by a dotted edge drawn last: a role carries no traffic.
         */
        private void roles(List<ComputeResources.Service> services) {
            Map<ResourceId, ComputeResources.TaskDefinition> tasks = new HashMap<>();
            all(ComputeResources.TaskDefinition.class).forEach(t -> tasks.put(t.id(), t));
            List<Diagram.Element> roles = new ArrayList<>();
            for (ComputeResources.Service s : services) {
                ComputeResources.TaskDefinition task = tasks.get(target(s.taskDefinition()));
                if (!shownServices.contains(s.id()) || task == null) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                role(lines, task.taskRoleArn(), "task role");
                role(lines, task.executionRoleArn(), "execution role");
                if (!lines.isEmpty()) {
                    String node = id("roles", s.id());
                    roles.add(new Diagram.Node(node, "roles of " + s.name() + "\n" + String.join("\n", lines),
                            Diagram.Shape.BOX));
                    roleEdges.add(new Diagram.Edge(id("svc", s.id()), node, null, DOTTED));
                }
            }
            if (!roles.isEmpty()) {
                diagram.add(new Diagram.Group(IAM, "IAM roles", roles));
            }
        }

        private static void role(List<String> lines, Value arn, String purpose) {
            if (arn != null) {
                ResourceId role = target(arn);
                lines.add(role != null ? purpose + " " + String.join("-", role.name()) : purpose + " (existing) "
                        + text(arn));
            }
        }

        private void queues() {
            List<MessagingResources.Queue> queues = all(MessagingResources.Queue.class);
            if (queues.isEmpty()) {
                return;
            }
            List<Diagram.Element> nodes = new ArrayList<>();
            for (MessagingResources.Queue q : queues) {
                nodes.add(new Diagram.Node(id("queue", q.id()), "queue " + q.queueName(), Diagram.Shape.CYLINDER));
            }
            diagram.add(new Diagram.Group(SQS, "SQS queues", nodes));
        }

        /**
         * The Cloud Map private DNS namespaces (one Berth creates, or an existing one by its ID), and an edge from each
         * shown service to the namespace it registers in, labelled with its DNS name and record type.
         */
        private void dnsNamespaces(List<ComputeResources.Service> services) {
            Map<String, String> nodes = new LinkedHashMap<>();
            Map<ResourceId, ServiceDiscoveryResources.CloudMapService> registries = new HashMap<>();
            all(ServiceDiscoveryResources.CloudMapService.class).forEach(c -> registries.put(c.id(), c));
            for (ServiceDiscoveryResources.PrivateDnsNamespace n : all(ServiceDiscoveryResources.PrivateDnsNamespace.class)) {
                nodes.put(n.id().toString(), "DNS namespace " + n.name());
            }
            List<String[]> edges = new ArrayList<>();
            for (ComputeResources.Service s : services) {
                for (ServiceDiscoveryResources.ServiceRegistry registry : s.serviceRegistries()) {
                    ServiceDiscoveryResources.CloudMapService cm = registries.get(target(registry.registryArn()));
                    if (cm == null || !shownServices.contains(s.id())) {
                        continue;
                    }
                    ResourceId namespace = target(cm.namespaceId());
                    String key = namespace != null ? namespace.toString() : "existing " + text(cm.namespaceId());
                    ServiceDiscoveryResources.PrivateDnsNamespace created = namespace == null ? null
                            : all(ServiceDiscoveryResources.PrivateDnsNamespace.class).stream()
                            .filter(n -> n.id().equals(namespace)).findFirst().orElse(null);
                    nodes.putIfAbsent(key, "DNS namespace (existing) " + text(cm.namespaceId()));
                    String name = created == null ? cm.name() : cm.name() + "." + created.name();
                    edges.add(new String[] {id("svc", s.id()), key, "registers " + name + " (" + cm.recordType()
                            + (registry.containerPort() == null ? "" : " :" + registry.containerPort()) + ")"});
                }
            }
            if (nodes.isEmpty()) {
                return;
            }
            List<Diagram.Element> elements = new ArrayList<>();
            nodes.forEach((key, label) -> elements.add(new Diagram.Node(id("dns", key), label, Diagram.Shape.CYLINDER)));
            diagram.add(new Diagram.Group(CLOUD_MAP, "Cloud Map", elements));
            edges.forEach(e -> diagram.edge(e[0], id("dns", e[1]), e[2], DOTTED));
        }

        /** The CloudWatch alarms: those of step-scaling policies and those a deployment rolls back on. */
        private void alarms() {
            List<MonitoringResources.Alarm> alarms = all(MonitoringResources.Alarm.class);
            if (alarms.isEmpty()) {
                return;
            }
            List<Diagram.Element> nodes = new ArrayList<>();
            for (MonitoringResources.Alarm a : alarms) {
                String metric = a.metric() != null ? a.metric().metricName() : a.queries().stream()
                        .filter(MonitoringResources.MetricQuery::returnData).map(q -> q.label() != null ? q.label()
                                : q.expression()).findFirst().orElse("metric math");
                nodes.add(new Diagram.Node(id("alarm", a.id()), "alarm " + a.alarmName() + "\n" + metric + " "
                        + comparison(a.comparisonOperator()) + " " + number(a.threshold()), Diagram.Shape.BOX));
            }
            diagram.add(new Diagram.Group(ALARMS, "CloudWatch alarms", nodes));
        }

        /**
         * The CodeDeploy deployment groups: each deploys its service blue/green (an edge to the service), and the
         * alarms it rolls back on point at it.
         */
        private void codeDeploy() {
            List<DeploymentResources.CodeDeployDeploymentGroup> groups =
                    all(DeploymentResources.CodeDeployDeploymentGroup.class);
            List<Diagram.Element> nodes = new ArrayList<>();
            for (DeploymentResources.CodeDeployDeploymentGroup g : groups) {
                ResourceId service = target(g.serviceName());
                if (service == null || !shownServices.contains(service)) {
                    continue;
                }
                String node = id("codedeploy", g.id());
                nodes.add(new Diagram.Node(node, "CodeDeploy " + g.name() + "\n" + g.deploymentConfigName()
                        + (g.testListenerArns().isEmpty() ? "" : "\nwith a test listener"), Diagram.Shape.ROUNDED));
                diagram.edge(node, id("svc", service), "deploys blue/green", DOTTED);
                for (Value alarm : g.alarmNames()) {
                    ResourceId a = target(alarm);
                    if (a != null && a.kind() == MonitoringResources.Alarm.class) {
                        diagram.edge(id("alarm", a), node, "rolls back", DOTTED);
                    }
                }
            }
            if (!nodes.isEmpty()) {
                diagram.add(new Diagram.Group(CODE_DEPLOY, "CodeDeploy", nodes));
            }
        }

        private static String comparison(String operator) {
            return switch (operator) {
                case "GreaterThanOrEqualToThreshold" -> ">=";
                case "GreaterThanThreshold" -> ">";
                case "LessThanThreshold" -> "<";
                case "LessThanOrEqualToThreshold" -> "<=";
                default -> operator;
            };
        }

        private static String number(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : String.valueOf(value);
        }

        /**
         * What scales or rolls back a service beyond its own metrics: each alarm to the service whose step policy it
         * invokes or whose deployment rolls back on it, and
         * each queue to the service that scales on its backlog per task.
         */
        private void scalingEdges() {
            Map<ResourceId, ResourceId> targetServices = new HashMap<>();
            for (ScalingResources.ScalableTarget t : all(ScalingResources.ScalableTarget.class)) {
                ResourceId service = firstRef(t.resourceId(), ComputeResources.Service.class);
                if (service != null && shownServices.contains(service)) {
                    targetServices.put(t.id(), service);
                }
            }
            Map<ResourceId, ScalingResources.ScalingPolicy> policies = new HashMap<>();
            for (ScalingResources.ScalingPolicy p : all(ScalingResources.ScalingPolicy.class)) {
                policies.put(p.id(), p);
                ResourceId service = targetServices.get(p.scalableTarget());
                ScalingResources.TargetTracking t = p.targetTracking();
                if (service == null || t == null || t.customizedMetric() == null) {
                    continue;
                }
                for (MonitoringResources.MetricQuery q : t.customizedMetric().queries()) {
                    if (q.metric() == null || !q.metric().metricName().equals("ApproximateNumberOfMessagesVisible")) {
                        continue;
                    }
                    for (MonitoringResources.Dimension d : q.metric().dimensions()) {
                        ResourceId queue = target(d.value());
                        if (queue != null && queue.kind() == MessagingResources.Queue.class) {
                            diagram.edge(id("queue", queue), id("svc", service), "backlog per task "
                                    + number(t.targetValue()), DOTTED);
                        }
                    }
                }
            }
            for (ComputeResources.Service s : all(ComputeResources.Service.class)) {
                if (s.deployment() == null || !shownServices.contains(s.id())) {
                    continue;
                }
                for (Value name : s.deployment().alarmNames()) {
                    ResourceId alarm = target(name);
                    if (alarm != null && alarm.kind() == MonitoringResources.Alarm.class) {
                        diagram.edge(id("alarm", alarm), id("svc", s.id()), "rolls back", DOTTED);
                    }
                }
            }
            for (MonitoringResources.Alarm a : all(MonitoringResources.Alarm.class)) {
                for (Value action : a.alarmActions()) {
                    ScalingResources.ScalingPolicy p = policies.get(target(action));
                    ResourceId service = p == null ? null : targetServices.get(p.scalableTarget());
                    if (service != null) {
                        diagram.edge(id("alarm", a.id()), id("svc", service), "step scaling", DOTTED);
                    }
                }
            }
        }

        /**
         * Schedules and rules (EventBridge), each starting its task or publishing to the notifications' topic, the
         * topic and the addresses it e-mails; failed starts go to the dead-letter queue (dotted).
         */
        private void events() {
            List<EventsResources.Schedule> schedules = all(EventsResources.Schedule.class);
            List<EventsResources.EventRule> rules = all(EventsResources.EventRule.class);
            if (schedules.isEmpty() && rules.isEmpty()) {
                return;
            }
            List<Diagram.Element> nodes = new ArrayList<>();
            for (EventsResources.Schedule schedule : schedules) {
                String node = id("schedule", schedule.id());
                nodes.add(new Diagram.Node(node, "schedule " + schedule.name() + "\n" + schedule.expression()
                        + (schedule.timeZone() == null ? "" : " " + schedule.timeZone()), Diagram.Shape.BOX));
                roleEdges.add(new Diagram.Edge(node, id("task", schedule.id()), "RunTask", SOLID));
                if (schedule.deadLetterArn() != null && target(schedule.deadLetterArn()) != null) {
                    roleEdges.add(new Diagram.Edge(node, id("queue", target(schedule.deadLetterArn())),
                            "failed starts", DOTTED));
                }
            }
            for (EventsResources.EventRule rule : rules) {
                String node = id("rule", rule.id());
                nodes.add(new Diagram.Node(node, "rule " + rule.name(), Diagram.Shape.BOX));
                if (rule.target().ecs() != null) {
                    roleEdges.add(new Diagram.Edge(node, id("task", rule.id()), "RunTask", SOLID));
                } else if (target(rule.target().arn()) != null) {
                    roleEdges.add(new Diagram.Edge(node, id("topic", target(rule.target().arn())), "publish", SOLID));
                }
                if (rule.target().deadLetterArn() != null && target(rule.target().deadLetterArn()) != null) {
                    roleEdges.add(new Diagram.Edge(node, id("queue", target(rule.target().deadLetterArn())),
                            "failed starts", DOTTED));
                }
            }
            diagram.add(new Diagram.Group("eventbridge", "EventBridge", nodes));
            List<Diagram.Element> sns = new ArrayList<>();
            for (EventsResources.Topic topic : all(EventsResources.Topic.class)) {
                sns.add(new Diagram.Node(id("topic", topic.id()), "topic " + topic.topicName(), Diagram.Shape.BOX));
            }
            for (EventsResources.TopicSubscription subscription : all(EventsResources.TopicSubscription.class)) {
                String node = id("email", subscription.id());
                sns.add(new Diagram.Node(node, subscription.protocol() + " " + subscription.endpoint(),
                        Diagram.Shape.BOX));
                if (target(subscription.topicArn()) != null) {
                    roleEdges.add(new Diagram.Edge(id("topic", target(subscription.topicArn())), node, null, SOLID));
                }
            }
            if (!sns.isEmpty()) {
                diagram.add(new Diagram.Group("sns", "SNS", sns));
            }
        }

        // ---- edges

        /** The internet to the internet gateway, on to internet-facing listeners; NAT gateways out through it. */
        private void gatewayEdges() {
            List<NetworkResources.InternetGateway> igws = all(NetworkResources.InternetGateway.class);
            // an existing VPC's internet gateway is not the program's: the internet reaches the listeners directly
            String igw = igws.isEmpty() ? INTERNET : id("igw", igws.get(0).id());
            if (!igws.isEmpty()) {
                diagram.edge(INTERNET, igw, null, SOLID);
            }
            for (LoadBalancingResources.LoadBalancer lb : all(LoadBalancingResources.LoadBalancer.class)) {
                if (lb.internal()) {
                    continue;
                }
                for (LoadBalancingResources.Listener l : all(LoadBalancingResources.Listener.class)) {
                    if (refersTo(l.loadBalancerArn(), lb.id())) {
                        diagram.edge(igw, id("listener", l.id()), null, SOLID);
                    }
                }
            }
            for (NetworkResources.NatGateway nat : all(NetworkResources.NatGateway.class)) {
                diagram.edge(id("nat", nat.id()), igw, "egress", SOLID);
            }
        }

        /** Redirects between listeners, and each rule from its listener to its target group. */
        private void ruleEdges() {
            List<LoadBalancingResources.Listener> listeners = all(LoadBalancingResources.Listener.class);
            for (LoadBalancingResources.Listener l : listeners) {
                if (l.defaultAction() instanceof LoadBalancingResources.Redirect r) {
                    listeners.stream().filter(o -> o.loadBalancerArn().equals(l.loadBalancerArn())
                                    && o.port() == r.port() && o.protocol().equals(r.protocol())).findFirst()
                            .ifPresent(o -> diagram.edge(id("listener", l.id()), id("listener", o.id()),
                                    "redirect", DOTTED));
                } else if (l.defaultAction() instanceof LoadBalancingResources.Forward f
                        && shownTargetGroup(f)) {
                    diagram.edge(id("listener", l.id()), id("tg", target(f.targetGroupArn())), "default", SOLID);
                }
            }
            for (LoadBalancingResources.ListenerRule rule : all(LoadBalancingResources.ListenerRule.class)) {
                ResourceId listener = target(rule.listenerArn());
                String from = listener != null ? id("listener", listener) : outsideListeners.get(text(rule.listenerArn()));
                if (from == null || !shownTargetGroup(rule.action())) {
                    continue;
                }
                List<String> conditions = new ArrayList<>();
                if (!rule.hostHeaders().isEmpty()) {
                    conditions.add("host " + String.join(" or ", rule.hostHeaders()));
                }
                if (!rule.pathPatterns().isEmpty()) {
                    conditions.add("path " + String.join(" or ", rule.pathPatterns()));
                }
                conditions.add("priority " + rule.priority());
                for (Map.Entry<ResourceId, Integer> group : shownGroups(rule.action()).entrySet()) {
                    diagram.edge(from, id("tg", group.getKey()), String.join("\n", conditions)
                            + (group.getValue() == null ? "" : "\nweight " + group.getValue()), SOLID);
                }
            }
        }

        /** Target groups to their services, and the queues services use (by their roles' statements). */
        private void serviceEdges(List<ComputeResources.Service> services) {
            Map<ResourceId, ResourceId> roleOwners = new HashMap<>();
            Map<ResourceId, ComputeResources.TaskDefinition> tasks = new HashMap<>();
            all(ComputeResources.TaskDefinition.class).forEach(t -> tasks.put(t.id(), t));
            for (ComputeResources.Service s : services) {
                if (!shownServices.contains(s.id())) {
                    continue;
                }
                for (ComputeResources.ServiceLoadBalancer lb : s.loadBalancers()) {
                    ResourceId tg = target(lb.targetGroupArn());
                    if (tg != null && drawnTargetGroups.contains(tg)) {
                        diagram.edge(id("tg", tg), id("svc", s.id()), lb.containerName() + ":" + lb.containerPort(),
                                SOLID);
                    }
                    ResourceId green = lb.advanced() == null ? null : target(lb.advanced().alternateTargetGroupArn());
                    if (green != null && drawnTargetGroups.contains(green)) {
                        diagram.edge(id("tg", green), id("svc", s.id()), "new revision during deployments", DOTTED);
                    }
                }
                ComputeResources.TaskDefinition task = tasks.get(target(s.taskDefinition()));
                if (task != null) {
                    for (Value arn : java.util.Arrays.asList(task.taskRoleArn(), task.executionRoleArn())) {
                        ResourceId role = arn == null ? null : target(arn);
                        if (role != null) {
                            roleOwners.put(role, s.id());
                        }
                    }
                }
            }
            Map<String, Set<String>> uses = new LinkedHashMap<>();
            for (IamResources.RolePolicy policy : all(IamResources.RolePolicy.class)) {
                ResourceId service = roleOwners.get(target(policy.role()));
                if (service == null) {
                    continue;
                }
                for (IamResources.Statement st : policy.document().statements()) {
                    String use = st.actions().contains("sqs:ReceiveMessage") ? "consumes"
                            : st.actions().contains("sqs:SendMessage") ? "sends" : null;
                    for (Value resource : st.resources()) {
                        if (use != null && resource instanceof Value.Ref ref
                                && ref.target().kind() == MessagingResources.Queue.class) {
                            uses.computeIfAbsent(id("svc", service) + " " + id("queue", ref.target()),
                                    k -> new LinkedHashSet<>()).add(use);
                        }
                    }
                }
            }
            uses.forEach((pair, how) -> {
                String[] ends = pair.split(" ");
                diagram.edge(ends[0], ends[1], String.join(", ", how), SOLID);
            });
            for (MessagingResources.Queue q : all(MessagingResources.Queue.class)) {
                if (q.redrive() != null && target(q.redrive().deadLetterTargetArn()) != null) {
                    diagram.edge(id("queue", q.id()), id("queue", target(q.redrive().deadLetterTargetArn())),
                            "after " + q.redrive().maxReceiveCount() + " receives", DOTTED);
                }
            }
        }

        /**
         * The egress services declare: to another service, an internal load balancer (its listener on that port),
         * or a security group, CIDR or prefix list outside the program; one edge per pair, its ports joined. The
         * tasks' HTTPS or all-traffic egress to anywhere, and load balancers' egress to their targets (the rules
         * show it), are left out.
         */
        private void egressEdges() {
            Map<String, Set<String>> ports = new LinkedHashMap<>();
            Map<String, Diagram.Element> outside = new LinkedHashMap<>();
            for (NetworkResources.SecurityGroupEgress rule : all(NetworkResources.SecurityGroupEgress.class)) {
                ResourceId sourceGroup = target(rule.group());
                String from = sourceGroup == null ? null : groupNodes.get(sourceGroup);
                if (from == null || !from.startsWith("svc_")) {
                    continue;
                }
                String to = null;
                if (rule.peer() instanceof NetworkResources.Group g) {
                    ResourceId peer = target(g.securityGroupId());
                    ResourceId lb = peer == null ? null : loadBalancerGroups.get(peer);
                    to = peer == null ? outsideNode(outside, "sg", text(g.securityGroupId()), "security group\n"
                            + text(g.securityGroupId()))
                            : lb != null ? listenerFor(lb, rule.fromPort()) : groupNodes.get(peer);
                } else if (rule.peer() instanceof NetworkResources.Cidr c && !c.cidrIpv4().equals("0.0.0.0/0")) {
                    to = outsideNode(outside, "cidr", c.cidrIpv4(), c.cidrIpv4());
                } else if (rule.peer() instanceof NetworkResources.PrefixList p) {
                    to = outsideNode(outside, "pl", p.prefixListId(), "prefix list\n" + p.prefixListId());
                }
                if (to != null && !to.equals(from)) {
                    ports.computeIfAbsent(from + " " + to, k -> new LinkedHashSet<>()).add(ports(rule));
                }
            }
            outside.values().forEach(diagram::add);
            ports.forEach((pair, list) -> {
                String[] ends = pair.split(" ");
                diagram.edge(ends[0], ends[1], String.join(", ", list), SOLID);
            });
        }

        private String outsideNode(Map<String, Diagram.Element> outside, String prefix, String name, String label) {
            String node = id(prefix, name);
            outside.computeIfAbsent(node, n -> new Diagram.Node(n, label, Diagram.Shape.PARALLELOGRAM));
            return node;
        }

        /** The load balancer's listener on {@code port}, else its first. */
        private String listenerFor(ResourceId loadBalancer, Integer port) {
            LoadBalancingResources.Listener first = null;
            for (LoadBalancingResources.Listener l : all(LoadBalancingResources.Listener.class)) {
                if (refersTo(l.loadBalancerArn(), loadBalancer)) {
                    if (port != null && l.port() == port) {
                        return id("listener", l.id());
                    }
                    first = first == null ? l : first;
                }
            }
            return first == null ? null : id("listener", first.id());
        }

        private static String ports(NetworkResources.SecurityGroupEgress rule) {
            if (rule.fromPort() == null) {
                return "all traffic";
            }
            return rule.ipProtocol() + " " + (rule.fromPort().equals(rule.toPort()) ? rule.fromPort()
                    : rule.fromPort() + "-" + rule.toPort());
        }

        // ---- reading values

        private void group(Value securityGroup, String node) {
            ResourceId group = target(securityGroup);
            if (group != null) {
                groupNodes.putIfAbsent(group, node);
            }
        }

        /** The resource a reference names; null for any other value. */
        private static ResourceId target(Value value) {
            return value instanceof Value.Ref ref ? ref.target() : null;
        }

        private static boolean refersTo(Value value, ResourceId resource) {
            return resource.equals(target(value));
        }

        private static ResourceId firstRef(Value value, Class<? extends PlannedResource> kind) {
            List<Value> parts = value instanceof Value.Concat c ? c.parts() : List.of(value);
            return parts.stream().map(Drawing::target).filter(t -> t != null && t.kind() == kind).findFirst()
                    .orElse(null);
        }

        /** A value as text: a literal as it is, anything else by what it is. */
        private static String text(Value value) {
            if (value instanceof Value.Literal l) {
                return l.text();
            } else if (value instanceof Value.Input i) {
                return "input " + i.name();
            } else if (value instanceof Value.Concat c) {
                return c.parts().stream().map(Drawing::text).collect(Collectors.joining());
            }
            return "(" + value + ")";
        }
    }
}
