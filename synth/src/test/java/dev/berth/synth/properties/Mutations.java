package dev.berth.synth.properties;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.Cluster;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.TargetType;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.Network;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetSelection;
import dev.berth.compute.ContainerInsights;
import dev.berth.scaling.AutoScaling;
import dev.berth.scaling.Comparison;
import dev.berth.scaling.Metric;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.StepAdjustment;
import dev.berth.service.Deployment;
import dev.berth.service.LaunchType;
import dev.berth.service.Service;
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.CpuArchitecture;
import dev.berth.task.DependencyCondition;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.Logging;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;
import dev.berth.task.Secret;
import dev.berth.task.SecretRef;
import dev.berth.task.TaskDefinition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One mutation per ERROR rule of {@code dev.berth.validation.Rule}: each takes a valid program and breaks exactly
 * that rule, through the public model API ({@code toBuilder()}, builders and record constructors), and says which
 * path the diagnostic must name. Where a rule needs something the program may lack (a second container, an exposed
 * service, a VPC with egress), the mutation first adds it validly.
 */
final class Mutations {

    /** What a mutation did: the broken program, a description for the report, and the path it broke. */
    record Mutated(Application app, String description, String path) {
    }

    /** A mutation; {@code pick} chooses the service it applies to (modulo the number of services). */
    interface Mutation {
        Mutated apply(Application app, int pick);
    }

    /**
     * The mutations, each applied to the generated program without its hardened profile (if it has one): what a
     * mutation adds (a spare load balancer, a service) would otherwise also break the profile's rules, a second error.
     * The HARDENED_* mutations make hardened programs of their own.
     */
    static final Map<String, Mutation> TABLE = unhardened(table());

    private static Map<String, Mutation> unhardened(Map<String, Mutation> table) {
        Map<String, Mutation> wrapped = new java.util.LinkedHashMap<>();
        table.forEach((code, m) -> wrapped.put(code, (app, pick) -> m.apply(app.hardening().hardened()
                ? app.toBuilder().hardening(dev.berth.Hardening.NONE).build() : app, pick)));
        return java.util.Collections.unmodifiableMap(wrapped);
    }

    private Mutations() {
    }

    private static Map<String, Mutation> table() {
        Map<String, Mutation> t = new LinkedHashMap<>();
        // Names and tags
        t.put("INVALID_NAME", (app, k) -> new Mutated(withName(app, "Shop_Shop"), "application name 'Shop_Shop'",
                "application"));
        t.put("DUPLICATE_NAME", (app, k) -> {
            List<Cluster> clusters = new ArrayList<>(app.clusters());
            clusters.add(app.clusters().get(0));
            return new Mutated(withClusters(app, clusters), "cluster " + app.clusters().get(0).name() + " declared twice",
                    "cluster[" + app.clusters().get(0).name() + "]");
        });
        // Tasks started by schedules and events, and notifications (issue 14)
        t.put("SCHEDULE_EXPRESSION", (app, k) -> new Mutated(withScheduled(app, b -> b.schedule("cron(0 2 * * *)")),
                "a scheduled task with a 5-field cron", "scheduledTask[" + scheduledName(app) + "].schedule"));
        t.put("SCHEDULE_TIME_ZONE", (app, k) -> new Mutated(withScheduled(app, b -> b.timeZone("Mars/Olympus")),
                "a scheduled task in time zone Mars/Olympus", "scheduledTask[" + scheduledName(app) + "].timeZone"));
        t.put("TRIGGERED_TASK_SETTINGS", (app, k) -> new Mutated(withScheduled(app, b -> b.taskCount(11)),
                "a scheduled task starting 11 tasks", "scheduledTask[" + scheduledName(app) + "]"));
        t.put("EVENT_PATTERN", (app, k) -> new Mutated(withEventTask(app, b -> b.eventPattern("{\"source\": aws.s3}")),
                "an event task whose pattern is not JSON", "eventTask[" + eventName(app) + "].eventPattern"));
        t.put("TASK_ENVIRONMENT", (app, k) -> {
            Application mutated = withEventTask(app, b -> b.environmentFromEvent("", "ID", "detail.id"));
            int index = mutated.events().eventTasks().get(0).environment().size() - 1;
            return new Mutated(mutated, "an event task's variable from 'detail.id'",
                    "eventTask[" + eventName(app) + "].environment[" + index + "]");
        });
        t.put("NOTIFICATION_SETTINGS", (app, k) -> new Mutated(app.toBuilder().notifications(n -> n.email("ops"))
                .build(), "notifications to the address 'ops'", "notifications"));
        // Queues
        t.put("QUEUE_SETTINGS", (app, k) -> new Mutated(app.toBuilder().queue("mutated", q -> q
                .visibilityTimeoutSeconds(50_000)).build(), "queue 'mutated' with a visibility timeout of 50000 s",
                "queue[mutated]"));
        // A queue grant needs the SQS endpoint like any SQS grant: the unknown queue goes to a service whose tasks
        // reach SQS already, or else to one with its own task role (whose grants Berth cannot see, so they bring no
        // endpoint), so that the mutation breaks only its own rule.
        t.put("UNKNOWN_QUEUE", (app, k) -> {
            List<Integer> reachSqs = new ArrayList<>();
            for (int i = 0; i < app.services().size(); i++) {
                if (dev.berth.network.EndpointNeeds.of(app.services().get(i))
                        .contains(dev.berth.network.EndpointService.SQS)) {
                    reachSqs.add(i);
                }
            }
            if (!reachSqs.isEmpty()) {
                return service(app, reachSqs.get(k % reachSqs.size()), "grant on the undeclared queue 'nowhere'",
                        ".task.grants[", x -> task(x, tb -> tb.grant(Grant.consumeQueue("nowhere"))));
            }
            return service(app, k, "own task role and a grant on the undeclared queue 'nowhere'", ".task.grants[",
                    x -> task(x, tb -> tb.taskRoleArn("arn:aws:iam::123456789012:role/own-task-role")
                            .grant(Grant.consumeQueue("nowhere"))));
        });
        t.put("TAG_INVALID", (app, k) -> new Mutated(app.toBuilder().tag("aws:owner", "me").build(),
                "tag aws:owner", "tags[aws:owner]"));
        // Network
        t.put("VPC_CIDR", (app, k) -> {
            Network n = app.network() instanceof NewVpc v ? v.toBuilder().cidr("10.0.0.1/16").build()
                    : ((ExistingVpc) app.network()).toBuilder().cidr("10.0.0.1/16").build();
            return new Mutated(withNetwork(app, n), "VPC cidr 10.0.0.1/16", "network.cidr");
        });
        t.put("AZ_COUNT", (app, k) -> new Mutated(withNetwork(app, NewVpc.builder().cidr("10.0.0.0/16")
                .availabilityZones(4).natGateways(NatGateways.SINGLE).build()), "new VPC over 4 AZs",
                "network.availabilityZones"));
        t.put("EXISTING_VPC_INCOMPLETE", (app, k) -> new Mutated(withNetwork(app, fullExistingVpc().vpcId("").build()),
                "existing VPC without vpcId", "network.vpcId"));
        t.put("EXISTING_VPC_ID", (app, k) -> new Mutated(withNetwork(app, fullExistingVpc().vpcId("vpc-XYZ").build()),
                "existing VPC vpc-XYZ", "network.vpcId"));
        t.put("EXISTING_VPC_CIDR_REQUIRED", (app, k) -> new Mutated(withEndpoints(withNetwork(app,
                        fullExistingVpc().cidr("").build()), Endpoints.automaticPlus(EndpointService.LOGS)),
                "existing VPC without cidr, with the logs interface endpoint", "network.cidr"));
        t.put("EXISTING_VPC_ROUTE_TABLES_REQUIRED", (app, k) -> new Mutated(withEndpoints(withNetwork(app,
                        fullExistingVpc().privateRouteTableIds(List.of()).build()),
                Endpoints.automaticPlus(EndpointService.S3)),
                "existing VPC without route tables, with the S3 gateway endpoint", "network.privateRouteTableIds"));
        t.put("SUBNET_SELECTION", (app, k) -> service(app, k, "subnets(ids())", ".subnets",
                s -> s.toBuilder().subnets(SubnetSelection.ids(List.of())).assignPublicIp(false).build()));
        t.put("LOAD_BALANCER_SUBNETS", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder()
                        .name("spare").subnets(SubnetSelection.privateSubnets()).build()),
                "internet-facing load balancer 'spare' in private subnets", "loadBalancer[spare].subnets"));
        t.put("PRIVATE_SUBNET_NO_EGRESS", (app, k) -> {
            // Without grants or log routing, so that no endpoint is missing for them (ENDPOINT_MISSING_FOR_GRANT).
            // EC2 capacity keeps the endpoints its agent needs (EC2_AGENT_UNREACHABLE otherwise), in an existing
            // VPC with its CIDR (interface endpoints need it).
            Application noEgress = withAgentEndpoints(withEndpoints(withNetwork(withServices(app, app.services()
                    .stream().map(Mutations::withoutGrants).map(Mutations::withoutLogRouting).toList()),
                    withoutInternet(app.network())), Endpoints.none()));
            return service(noEgress, k, "private subnets, image nginx:1.27, no NAT and no endpoints", "",
                    s -> container(s.toBuilder().subnets(SubnetSelection.privateSubnets()).assignPublicIp(false)
                            .build(), 0, c -> c.toBuilder().image("nginx:1.27").build()));
        });
        t.put("ENDPOINT_MISSING_FOR_GRANT", (app, k) -> {
            // Only service k, in a new VPC without NAT, with private ECR images and an SNS grant; the endpoints
            // list all it needs but SNS.
            Service s = app.services().get(k % app.services().size());
            Service granted = privateImages(s.toBuilder().subnets(SubnetSelection.privateSubnets())
                    .assignPublicIp(false).build()).toBuilder().task(tb -> tb.grant(Grant.snsPublish(
                    "arn:aws:sns:eu-west-1:123456789012:mutation"))).build();
            java.util.EnumSet<EndpointService> endpoints = java.util.EnumSet.copyOf(
                    dev.berth.network.EndpointNeeds.of(granted));
            endpoints.remove(EndpointService.SNS);
            Application one = withServices(withNetwork(app, NewVpc.builder().cidr("10.0.0.0/16")
                    .natGateways(NatGateways.NONE).build()), List.of(granted));
            return new Mutated(withAgentEndpoints(withEndpoints(one,
                    Endpoints.only(endpoints.toArray(EndpointService[]::new)))),
                    "only service " + s.name() + ", granted SNS, without NAT and without the sns endpoint",
                    "service[" + s.name() + "].task.grants");
        });
        t.put("EGRESS_RULE", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            return service(app, k, "egress to the unknown service 'nowhere'", ".egress[" + s.egress().size() + "]",
                    x -> x.toBuilder().egressTo(dev.berth.network.Egress.toService("nowhere")).build());
        });
        // Service Connect
        t.put("SERVICE_CONNECT_NAMESPACE", (app, k) -> service(app, k, "Service Connect namespace 'Bad Name'",
                ".serviceConnect.namespace", x -> connect(x, sc -> sc.namespace("Bad Name"))));
        t.put("SERVICE_CONNECT_NETWORK_MODE", (app, k) -> service(app, k, "Service Connect in the host network mode",
                ".task.networkMode", x -> connect(instanceTargets(onEc2(task(undiscovered(x),
                        tb -> tb.networkMode(NetworkMode.HOST)))),
                        sc -> sc.client())));
        // EC2 capacity
        t.put("EC2_CAPACITY_SETTINGS", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            String cluster = app.clusterOf(s);
            return new Mutated(withCapacity(app, cluster, dev.berth.compute.Ec2Capacity.builder().name("mutated")
                    .instanceTypes("r6i.4xlarge").minSize(3).maxSize(2).build()),
                    "EC2 capacity 'mutated' with min 3 above max 2",
                    "cluster[" + cluster + "].ec2Capacity[mutated].maxSize");
        });
        t.put("EC2_ARCHITECTURE_MISMATCH", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            boolean arm = s.task().cpuArchitecture() == CpuArchitecture.ARM64;
            Application a = withCapacity(app, app.clusterOf(s), capacity(!arm));
            return service(a, k, "on EC2 capacity 'mutated' of the other architecture", ".task.cpuArchitecture",
                    x -> onEc2(x, "mutated"));
        });
        t.put("EC2_TASK_TOO_LARGE", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            boolean arm = s.task().cpuArchitecture() == CpuArchitecture.ARM64;
            Application a = withCapacity(app, app.clusterOf(s), dev.berth.compute.Ec2Capacity.builder()
                    .name("mutated").instanceTypes(arm ? "t4g.micro" : "t3.micro")
                    .ami(arm ? dev.berth.compute.EcsAmi.AL2023_ARM64 : dev.berth.compute.EcsAmi.AL2023_X86_64)
                    .build());
            return service(a, k, "4 GiB task on EC2 capacity 'mutated' of 1 GiB micro instances", ".task",
                    x -> task(onEc2(x, "mutated"), tb -> tb.memory(Math.max(4096, x.task().memory()))));
        });
        t.put("EC2_AGENT_UNREACHABLE", (app, k) -> {
            // Only service k (on Fargate), in a new VPC without NAT whose endpoints list all it needs; its cluster
            // gets EC2 capacity, whose agent needs the ecs, ecs-agent and ecs-telemetry endpoints too.
            Service s = app.services().get(k % app.services().size());
            Service only = privateImages(s.toBuilder().subnets(SubnetSelection.privateSubnets())
                    .assignPublicIp(false).build());
            Application one = withServices(withNetwork(app, NewVpc.builder().cidr("10.0.0.0/16")
                    .natGateways(NatGateways.NONE).build()), List.of(only));
            Application a = withEndpoints(one, Endpoints.only(dev.berth.network.EndpointNeeds.of(only)
                    .toArray(EndpointService[]::new)));
            List<Cluster> clusters = a.clusters().stream().map(c -> c.name().equals(a.clusterOf(only))
                    ? c.toBuilder().ec2Capacity(capacity(only.task().cpuArchitecture() == CpuArchitecture.ARM64))
                    .build() : c).toList();
            return new Mutated(withClusters(a, clusters), "only service " + s.name()
                    + ", without NAT, EC2 capacity without the ecs endpoints", "endpoints");
        });
        t.put("EC2_NETWORK_MODE", (app, k) -> {
            ExposedProgram p = ensureExposed(app, k);
            Service s = p.app().services().get(p.index());
            Application a = withCapacity(p.app(), p.app().clusterOf(s),
                    capacity(s.task().cpuArchitecture() == CpuArchitecture.ARM64));
            // not through service(), which keeps bridge and host services on instance targets
            List<Service> services = new ArrayList<>(a.services());
            Service bridged = task(onEc2(s, "mutated"), tb -> tb.networkMode(NetworkMode.BRIDGE));
            services.set(p.index(), withExposures(bridged, List.of(bridged.exposures().get(0).toBuilder()
                    .targetType(TargetType.IP).build())));
            return new Mutated(withServices(a, services), "service " + s.name()
                    + ": bridge network mode behind an IP target group",
                    "service[" + s.name() + "].exposure[0].targetType");
        });
        t.put("EXTERNAL_LAUNCH_TYPE", (app, k) -> service(app, k, "EXTERNAL launch type in the awsvpc mode",
                ".launchType", x -> privateAgain(strategy(task(awsvpcAgain(x), tb -> tb
                        .compatibilities(Compatibility.EXTERNAL).ephemeralStorageGiB(0)), List.of()).toBuilder()
                        .launchType(LaunchType.EXTERNAL).build())));
        t.put("SERVICE_CONNECT_PORT_NAME", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            int next = s.serviceConnect().enabled() ? s.serviceConnect().servers().size() : 0;
            return service(app, k, "Service Connect server of the unnamed port 'no-such-port'",
                    ".serviceConnect.servers[" + next + "].portName",
                    x -> connect(x, sc -> sc.server("no-such-port")));
        });
        t.put("SERVICE_CONNECT_SETTINGS", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            int next = s.serviceConnect().enabled() ? s.serviceConnect().servers().size() : 0;
            return service(app, k, "Service Connect server discovered as 'Bad_Name!'",
                    ".serviceConnect.servers[" + next + "].discoveryName",
                    x -> connect(container(x, 0, c -> c.toBuilder().port(65002, "mut-c").build()),
                            sc -> sc.server("mut-c", a -> a.discoveryName("Bad_Name!"))));
        });
        t.put("SERVICE_CONNECT_COLLISION", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            int next = s.serviceConnect().enabled() ? s.serviceConnect().servers().size() : 0;
            return service(app, k, "two Service Connect servers discovered as 'mutated'",
                    ".serviceConnect.servers[" + (next + 1) + "].discoveryName",
                    x -> connect(container(x, 0, c -> c.toBuilder().port(65000, "mut-a").port(65001, "mut-b").build()),
                            sc -> sc.server("mut-a", a -> a.discoveryName("mutated"))
                                    .server("mut-b", a -> a.discoveryName("mutated"))));
        });
        // Cloud Map DNS service discovery (generated clusters declare ProgramSpec.DNS_NAMESPACE)
        t.put("DNS_DISCOVERY_NAMESPACE", (app, k) -> service(app, k, "DNS discovery in the namespace 'Bad Name'",
                ".serviceDiscovery.namespace", x -> discover(x, d -> d.namespace("Bad Name"))));
        t.put("DNS_DISCOVERY_RECORD", (app, k) -> service(app, k, "SRV records of the unknown container 'nowhere'",
                ".serviceDiscovery.containerName", x -> discover(x, d -> d.srv("nowhere", 8080))));
        t.put("DNS_DISCOVERY_SETTINGS", (app, k) -> service(app, k, "DNS records with a TTL of -1",
                ".serviceDiscovery.ttl", x -> discover(x, d -> d.ttl(-1))));
        t.put("DNS_DISCOVERY_COLLISION", (app, k) -> {
            // the Service Connect namespace's name declared as the first cluster's DNS namespace too
            List<Cluster> clusters = new ArrayList<>(app.clusters());
            Cluster first = clusters.get(0);
            clusters.set(0, first.toBuilder().dnsNamespace(first.serviceConnectNamespace().isEmpty()
                    ? "mutation.internal" : first.serviceConnectNamespace())
                    .serviceConnectNamespace(first.serviceConnectNamespace().isEmpty() ? "mutation.internal"
                            : first.serviceConnectNamespace()).build());
            return new Mutated(withClusters(app, clusters), "cluster " + first.name()
                    + ": one namespace name for DNS discovery and Service Connect",
                    "cluster[" + first.name() + "].dnsNamespace");
        });
        t.put("PUBLIC_SUBNET_WITHOUT_PUBLIC_IP", (app, k) -> service(withPublicSubnets(app), k,
                "public subnets without public IP", ".assignPublicIp",
                s -> s.toBuilder().subnets(SubnetSelection.publicSubnets()).assignPublicIp(false).build()));
        // Clusters and capacity
        t.put("NO_CLUSTER", (app, k) -> new Mutated(withClusters(app, List.of()), "no cluster", "clusters"));
        t.put("UNKNOWN_CLUSTER", (app, k) -> service(app, k, "cluster 'nowhere'", ".cluster",
                s -> s.toBuilder().cluster("nowhere").build()));
        t.put("UNKNOWN_CAPACITY_PROVIDER", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            String clusterName = app.clusterOf(s);
            List<Cluster> clusters = app.clusters().stream().map(c -> c.name().equals(clusterName)
                    ? c.toBuilder().capacityProviders(CapacityProviderStrategyItem.FARGATE_SPOT).build() : c).toList();
            return service(withClusters(app, clusters), k, "strategy FARGATE; cluster " + clusterName
                            + " has only FARGATE_SPOT", ".capacityProviderStrategy[0]",
                    x -> strategy(x, List.of(CapacityProviderStrategyItem.of(CapacityProviderStrategyItem.FARGATE, 1))));
        });
        t.put("CAPACITY_PROVIDER_STRATEGY", (app, k) -> service(app, k, "strategy FARGATE with weight 0",
                ".capacityProviderStrategy", x -> strategy(x, List.of(
                        CapacityProviderStrategyItem.of(CapacityProviderStrategyItem.FARGATE, 0)))));
        t.put("CAPACITY_PROVIDER_MIX", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            String clusterName = app.clusterOf(s);
            List<Cluster> clusters = app.clusters().stream().map(c -> {
                if (!c.name().equals(clusterName)) {
                    return c;
                }
                List<String> providers = new ArrayList<>(c.capacityProviders());
                providers.add("asg-one");
                return c.toBuilder().capacityProviders(providers).build();
            }).toList();
            return service(withClusters(app, clusters), k, "strategy mixing FARGATE and asg-one",
                    ".capacityProviderStrategy", x -> strategy(task(x, tb -> tb.compatibilities(
                            Compatibility.FARGATE, Compatibility.EC2)), List.of(
                            CapacityProviderStrategyItem.of(CapacityProviderStrategyItem.FARGATE, 1),
                            CapacityProviderStrategyItem.of("asg-one", 1))));
        });
        t.put("FARGATE_SPOT_ARM64", (app, k) -> service(app, k, "ARM64 on FARGATE_SPOT",
                ".capacityProviderStrategy[0]", x -> strategy(task(x, tb -> tb.cpuArchitecture(CpuArchitecture.ARM64)),
                        List.of(CapacityProviderStrategyItem.of(CapacityProviderStrategyItem.FARGATE_SPOT, 1)))));
        // Task definition
        // without DNS discovery, whose A records would need awsvpc (DNS_DISCOVERY_RECORD, a second error)
        t.put("FARGATE_NETWORK_MODE", (app, k) -> service(app, k, "network mode bridge", ".task.networkMode",
                x -> task(undiscovered(x), tb -> tb.networkMode(NetworkMode.BRIDGE))));
        t.put("FARGATE_CPU_MEMORY", (app, k) -> service(app, k, "task memory + 1 MiB", ".task.memory",
                x -> task(x, tb -> tb.memory(x.task().memory() + 1))));
        // Without ephemeral storage, which only a Fargate-compatible task may set (EPHEMERAL_STORAGE).
        t.put("LAUNCH_TYPE_COMPATIBILITY", (app, k) -> service(app, k, "launch type FARGATE, task compatible with EC2",
                ".launchType", x -> strategy(task(x, tb -> tb.compatibilities(Compatibility.EC2)
                        .ephemeralStorageGiB(0)), List.of()).toBuilder().launchType(LaunchType.FARGATE).build()));
        t.put("CONTAINER_COUNT", (app, k) -> service(app, k, "11 containers", ".task", x -> {
            TaskDefinition.Builder tb = x.task().toBuilder();
            for (int i = x.task().containers().size(); i < 11; i++) {
                tb.container(extraContainer(x, "extra" + i));
            }
            return x.toBuilder().task(tb.build()).build();
        }));
        t.put("NO_ESSENTIAL_CONTAINER", (app, k) -> service(app, k, "no essential container", ".task", x -> {
            Service s = x;
            for (int i = 0; i < x.task().containers().size(); i++) {
                s = container(s, i, c -> c.toBuilder().essential(false).build());
            }
            return s;
        }));
        t.put("CONTAINER_RESOURCES", (app, k) -> service(app, k, "container memory 5 MiB",
                ".task.container[%c0].memory", x -> container(x, 0, c -> c.toBuilder().memory(5).memoryReservation(0)
                        .build())));
        t.put("DUPLICATE_PORT", (app, k) -> service(app, k, "port 9999 mapped twice",
                ".task.container[%c0].portMappings", x -> container(x, 0, c -> c.toBuilder().port(9999).port(9999)
                        .build())));
        // Containers
        t.put("IMAGE_REQUIRED", (app, k) -> service(app, k, "no image", ".task.container[%c0].image",
                x -> container(x, 0, c -> c.toBuilder().image(Image.of("")).build())));
        t.put("IMAGE_REFERENCE", (app, k) -> service(app, k, "image tag '-bad'", ".task.container[%c0].image",
                x -> container(x, 0, c -> c.toBuilder().image(new Image(c.image().repository(), "-bad",
                        Image.VersionKind.TAG, "")).build())));
        t.put("UNKNOWN_CONTAINER_DEPENDENCY", (app, k) -> service(app, k, "dependsOn 'ghost'",
                ".task.container[%c0].dependsOn", x -> container(x, 0, c -> c.toBuilder()
                        .dependsOn("ghost", DependencyCondition.START).build())));
        t.put("CONTAINER_DEPENDENCY_CYCLE", (app, k) -> service(app, k, "first two containers depend on each other",
                ".task.container[%c0].dependsOn", x -> {
                    Service s = withSecondContainer(x);
                    String first = s.task().containers().get(0).name();
                    String second = s.task().containers().get(1).name();
                    s = container(s, 0, c -> c.toBuilder().dependsOn(second, DependencyCondition.START).build());
                    return container(s, 1, c -> c.toBuilder().dependsOn(first, DependencyCondition.START).build());
                }));
        t.put("DEPENDENCY_NEEDS_HEALTH_CHECK", (app, k) -> service(app, k,
                "second container waits for the first (without health check) to be HEALTHY",
                ".task.container[%c1].dependsOn", x -> {
                    Service s = container(withSecondContainer(x), 0, c -> c.toBuilder().healthCheck(HealthCheck.NONE)
                            .build());
                    String first = s.task().containers().get(0).name();
                    return container(s, 1, c -> c.toBuilder().dependsOn(first, DependencyCondition.HEALTHY).build());
                }));
        t.put("DEPENDENCY_CONDITION_ESSENTIAL", (app, k) -> service(app, k,
                "second container waits for the essential first to COMPLETE", ".task.container[%c1].dependsOn", x -> {
                    Service s = withSecondContainer(x);
                    String first = s.task().containers().get(0).name();
                    return container(s, 1, c -> c.toBuilder().dependsOn(first, DependencyCondition.COMPLETE).build());
                }));
        t.put("HEALTH_CHECK_RANGE", (app, k) -> service(app, k, "health check interval 1s",
                ".task.container[%c0].healthCheck", x -> container(x, 0, c -> c.toBuilder()
                        .healthCheck(new HealthCheck(List.of("CMD-SHELL", "true"), 1, 5, 3, 0)).build())));
        t.put("PORT_RANGE", (app, k) -> service(app, k, "port 70000", ".task.container[%c0].portMappings",
                x -> container(x, 0, c -> c.toBuilder().port(70000).build())));
        t.put("AWSVPC_HOST_PORT", (app, k) -> service(app, k, "host port 9997 for container port 9998",
                ".task.container[%c0].portMappings", x -> container(x, 0, c -> c.toBuilder()
                        .portMapping(new PortMapping(9998, 9997, Protocol.TCP, "")).build())));
        t.put("DUPLICATE_VARIABLE", (app, k) -> service(withInternet(app), k, "DUP as variable and secret",
                ".task.container[%c0].secrets", x -> container(x, 0, c -> c.toBuilder().env("DUP", "1")
                        .secret(Secret.fromSsmParameter("DUP", "/dup/value")).build())));
        t.put("SECRET_REFERENCE", (app, k) -> service(withInternet(app), k, "SSM secret 'no-slash'",
                ".task.container[%c0].secrets", x -> container(x, 0, c -> c.toBuilder()
                        .secret(Secret.fromSsmParameter("BAD_SECRET", "no-slash")).build())));
        t.put("SECRET_VERSION", (app, k) -> service(withInternet(app), k,
                "secret of version stage AWSPREVIOUS and a version ID", ".task.container[%c0].secrets",
                x -> container(x, 0, c -> c.toBuilder().secretFromSecretsManager("BOTH_VERSIONS",
                        SecretRef.name("shop/both").withVersionStage("AWSPREVIOUS")
                                .withVersionId("9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE")).build())));
        t.put("REPOSITORY_CREDENTIALS", (app, k) -> service(withInternet(app), k, "repository credentials 'nope'",
                ".task.container[%c0].repositoryCredentials", x -> container(x, 0, c -> c.toBuilder()
                        .repositoryCredentials("nope").build())));
        // The log mutations replace the first container's logging: without FireLens, no router is left unused.
        t.put("LOG_RETENTION", (app, k) -> service(withInternet(app), k, "log retention 2 days",
                ".task.container[%c0].logging.retentionDays", x -> container(withoutLogRouting(x), 0, c -> c.toBuilder()
                        .logging(Logging.builder().retentionDays(2).build()).build())));
        t.put("LOG_GROUP_NAME", (app, k) -> service(withInternet(app), k, "log group 'bad group!'",
                ".task.container[%c0].logging.logGroupName", x -> container(withoutLogRouting(x), 0, c -> c.toBuilder()
                        .logging(Logging.builder().logGroupName("bad group!").build()).build())));
        t.put("LOG_GROUP_RETENTION_CONFLICT", (app, k) -> service(withInternet(app), k,
                "two containers share the log group '/shared/app' kept 30 and 7 days",
                ".task.container[%c1].logging.retentionDays", x -> {
                    Service s = container(withSecondContainer(withoutLogRouting(x)), 0, c -> c.toBuilder()
                            .logging(Logging.builder().logGroupName("/shared/app").retentionDays(30).build()).build());
                    return container(s, 1, c -> c.toBuilder()
                            .logging(Logging.builder().logGroupName("/shared/app").retentionDays(7).build()).build());
                }));
        t.put("LOG_KMS_KEY", (app, k) -> service(withInternet(app), k, "log group '/mutated/kms' with KMS key 'alias/x'",
                ".task.container[%c0].logging.kmsKey", x -> container(withoutLogRouting(x), 0, c -> c.toBuilder()
                        .logging(Logging.builder().logGroupName("/mutated/kms").kmsKey("alias/x").build()).build())));
        t.put("LOG_GROUP_SETTINGS_CONFLICT", (app, k) -> service(withInternet(app), k,
                "two containers share the log group '/shared/app', one of them retained",
                ".task.container[%c1].logging", x -> {
                    Service s = container(withSecondContainer(withoutLogRouting(x)), 0, c -> c.toBuilder()
                            .logging(Logging.builder().logGroupName("/shared/app").build()).build());
                    return container(s, 1, c -> c.toBuilder().logging(Logging.builder().logGroupName("/shared/app")
                            .removalPolicy(dev.berth.RemovalPolicy.RETAIN).build()).build());
                }));
        // Container runtime settings and volumes
        t.put("CONTAINER_USER", (app, k) -> service(app, k, "user 'a:b:c'", ".task.container[%c0].user",
                x -> container(x, 0, c -> c.toBuilder().user("a:b:c").build())));
        t.put("WORKING_DIRECTORY", (app, k) -> service(app, k, "working directory 'srv/app'",
                ".task.container[%c0].workingDirectory",
                x -> container(x, 0, c -> c.toBuilder().workingDirectory("srv/app").build())));
        t.put("STOP_TIMEOUT", (app, k) -> service(app, k, "stop timeout -5 s", ".task.container[%c0].stopTimeoutSeconds",
                x -> container(x, 0, c -> c.toBuilder().stopTimeoutSeconds(-5).build())));
        t.put("ULIMIT", (app, k) -> service(app, k, "core ulimit soft 10 above hard 5", ".task.container[%c0].ulimits",
                x -> container(x, 0, c -> c.toBuilder().ulimit(dev.berth.task.UlimitName.CORE, 10, 5).build())));
        t.put("LINUX_PARAMETERS", (app, k) -> service(app, k, "SYS_PTRACE added and dropped",
                ".task.container[%c0].linuxParameters", x -> container(x, 0, c -> c.toBuilder()
                        .linuxParameters(l -> l.addCapabilities(dev.berth.task.LinuxCapability.SYS_PTRACE)
                                .dropCapabilities(dev.berth.task.LinuxCapability.SYS_PTRACE)).build())));
        t.put("FARGATE_UNSUPPORTED", (app, k) -> service(app, k, "privileged container on Fargate",
                ".task.container[%c0].privileged", x -> container(x, 0, c -> c.toBuilder().privileged(true).build())));
        t.put("ENVIRONMENT_FILE", (app, k) -> service(withInternet(app), k, "environment file 's3://b/app.env'",
                ".task.container[%c0].environmentFiles", x -> container(x, 0, c -> c.toBuilder()
                        .environmentFile("s3://b/app.env").build())));
        t.put("UNKNOWN_VOLUME", (app, k) -> service(app, k, "mount of the undeclared volume 'ghost'",
                ".task.container[%c0].mountPoints", x -> container(x, 0, c -> c.toBuilder()
                        .mount("ghost", "/ghost").build())));
        t.put("MOUNT_POINT", (app, k) -> service(app, k, "volume 'mutated' mounted at 'relative'",
                ".task.container[%c0].mountPoints", x -> container(task(x, tb -> tb.volume(
                        dev.berth.task.Volume.bind("mutated"))), 0, c -> c.toBuilder().mount("mutated", "relative")
                        .build())));
        t.put("VOLUMES_FROM", (app, k) -> service(app, k, "first container takes its own volumes",
                ".task.container[%c0].volumesFrom", x -> container(x, 0, c -> c.toBuilder()
                        .volumesFrom(c.name(), false).build())));
        // Log routing with FireLens. Each keeps the first container's group settings and needs no new endpoint.
        t.put("LOG_ROUTER", (app, k) -> service(app, k, "first container made a log router run as user 1000",
                ".task.container[%c0].user", x -> container(x, 0, c -> c.toBuilder()
                        .logRouter(dev.berth.task.LogRouter.fluentBit()).user("1000").build())));
        t.put("FIRELENS_WITHOUT_ROUTER", (app, k) -> service(withInternet(app), k,
                "first container logs to Firehose, no container is a log router", ".task.container[%c0].logging",
                x -> withoutRouter(container(x, 0, c -> c.toBuilder().logging(c.logging().toBuilder()
                        .fireLens(dev.berth.task.FireLens.firehose("mutated-stream")).build()).build()))));
        t.put("FIRELENS_OUTPUT", (app, k) -> service(withInternet(app), k,
                "first container logs to the Firehose stream 'mutated stream'", ".task.container[%c0].logging",
                x -> withRouter(container(x, 0, c -> c.toBuilder().logging(c.logging().toBuilder()
                        .fireLens(dev.berth.task.FireLens.firehose("mutated stream")).build()).build()))));
        t.put("EPHEMERAL_STORAGE", (app, k) -> service(app, k, "ephemeral storage 10 GiB", ".task.ephemeralStorageGiB",
                x -> task(x, tb -> tb.ephemeralStorageGiB(10))));
        // EFS file systems and volumes
        t.put("FILE_SYSTEM_SETTINGS", (app, k) -> new Mutated(app.toBuilder().fileSystem("mutated", fs -> fs
                .provisionedThroughputMibps(10)).build(), "file system 'mutated' with 10 MiB/s but bursting",
                "fileSystem[mutated]"));
        t.put("ACCESS_POINT_SETTINGS", (app, k) -> new Mutated(app.toBuilder().fileSystem("mutated", fs -> fs
                .accessPoint("ap", ap -> ap.path("relative").posixUser(1000, 1000))).build(),
                "access point 'ap' at the relative path 'relative'", "fileSystem[mutated].accessPoint[ap]"));
        t.put("UNKNOWN_FILE_SYSTEM", (app, k) -> service(app, k, "EFS volume on the undeclared file system 'ghost'",
                ".task.volumes[", x -> task(x, tb -> tb.volume(dev.berth.task.Volume.efs("ghost-data",
                        v -> v.fileSystem("ghost"))))));
        t.put("EFS_VOLUME", (app, k) -> service(app, k, "EFS volume without a file system", ".task.volumes[",
                x -> task(x, tb -> tb.volume(dev.berth.task.Volume.efs("mutated", v -> { })))));
        // IAM
        t.put("ROLE_ARN", (app, k) -> service(app, k, "execution role 'not-a-role'", ".task.executionRoleArn",
                x -> task(x, tb -> tb.executionRoleArn("not-a-role"))));
        t.put("GRANT_WILDCARD_ACTION", (app, k) -> service(app, k, "grant s3:*", ".task.grants[",
                x -> task(x, tb -> tb.grant(Grant.statement(List.of("s3:*"), List.of("arn:aws:s3:::b/*"))))));
        t.put("GRANT_EMPTY", (app, k) -> service(app, k, "grant without actions", ".task.grants[",
                x -> task(x, tb -> tb.grant(Grant.statement(List.of(), List.of("arn:aws:s3:::b/*"))))));
        t.put("GRANT_REFERENCE", (app, k) -> service(app, k, "grant on bucket 'Bad_Bucket'", ".task.grants[",
                x -> task(x, tb -> tb.grant(Grant.s3Bucket("Bad_Bucket", Access.READ)))));
        // Services
        t.put("DESIRED_COUNT", (app, k) -> service(app, k, "desired count -1", ".desiredCount",
                x -> x.toBuilder().desiredCount(-1).build()));
        t.put("DEPLOYMENT_PERCENT", (app, k) -> service(app, k, "deployment 100%-100%", ".deployment",
                x -> x.toBuilder().deployment(new Deployment(100, 100, true, true)).build()));
        t.put("EXPOSURE_COUNT", (app, k) -> exposed(app, k, "second exposure", ".exposure[1]", (x, e) -> x.toBuilder()
                .expose(e.loadBalancer(), b -> b.path("/second/*")).build()));
        // Deployments (DeploymentRules)
        t.put("DEPLOYMENT_STRATEGY_TRAFFIC", (app, k) -> {
            // a headless service deployed CANARY: one of the program's, else a small copy of one (its first
            // container's image, no logs, no load balancer, Service Connect, scaling or egress)
            for (int i = 0; i < app.services().size(); i++) {
                int index = (k + i) % app.services().size();
                Service h = app.services().get(index);
                if (!h.isLoadBalanced() && !h.serviceConnect().enabled()) {
                    return service(app, index, "deployed CANARY without a load balancer", ".deployment.strategy",
                            x -> x.toBuilder().deployment(x.deployment().toBuilder()
                                    .strategy(dev.berth.service.DeploymentStrategy.CANARY).build()).build());
                }
            }
            Service s = app.services().get(k % app.services().size());
            dev.berth.task.Image image = s.task().containers().get(0).image();
            String reference = image.isDeployTime() ? image.repository() + ":1.0.0" : image.reference();
            dev.berth.task.TaskDefinition task = dev.berth.task.TaskDefinition.builder().container("app", c -> c
                    .image(reference).logging(dev.berth.task.Logging.NONE)).build();
            Service headless = new Service("mutated", s.cluster(), task, 1, s.launchType(),
                    s.capacityProviderStrategy(), s.platformVersion(), s.subnets(), s.assignPublicIp(),
                    Deployment.builder().strategy(dev.berth.service.DeploymentStrategy.CANARY).build(), false,
                    Service.NOT_SET, s.propagateTags(), List.of(), dev.berth.scaling.AutoScaling.NONE,
                    s.allowAllOutbound(), List.of(), dev.berth.servicediscovery.ServiceConnect.NONE);
            List<Service> services = new ArrayList<>(app.services());
            services.add(headless);
            return new Mutated(withServices(app, services), "service 'mutated' deployed CANARY without a load"
                    + " balancer", "service[mutated].deployment.strategy");
        });
        t.put("DEPLOYMENT_TRAFFIC_SHIFT", (app, k) -> service(app, k, "bake time of 5000 minutes",
                ".deployment.bakeTimeMinutes",
                x -> ecs(x).toBuilder().deployment(ecs(x).deployment().toBuilder().bakeTimeMinutes(5000).build())
                        .build()));
        t.put("DEPLOYMENT_HOOK", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            return service(app, k, "lifecycle hook 'my-function'", ".deployment.lifecycleHooks["
                            + s.deployment().lifecycleHooks().size() + "].functionArn",
                    x -> ecs(x).toBuilder().deployment(ecs(x).deployment().toBuilder().lifecycleHook("my-function",
                            dev.berth.service.LifecycleStage.PRE_SCALE_UP).build()).build());
        });
        t.put("DEPLOYMENT_ALARM", (app, k) -> {
            Service s = app.services().get(k % app.services().size());
            return service(app, k, "rollback on the alarm ''", ".deployment.rollbackAlarmNames["
                            + s.deployment().rollbackAlarmNames().size() + "]",
                    x -> x.toBuilder().deployment(x.deployment().toBuilder().rollbackOnAlarm("").build()).build());
        });
        // CodeDeploy blue/green: a new service 'shipped' deployed by CodeDeploy, exposed on an Application Load
        // Balancer of the program (headless for CODE_DEPLOY_TRAFFIC), so that only the mutation's own error appears
        t.put("CODE_DEPLOY_TRAFFIC", (app, k) -> codeDeployed(app, k, false, "deployed by CodeDeploy without a load"
                + " balancer", ".deployment.controller", d -> { }));
        t.put("CODE_DEPLOY_CONFLICT", (app, k) -> codeDeployed(app, k, true, "deployed by CodeDeploy with bake time",
                ".deployment.strategy", d -> d.bakeTimeMinutes(10)));
        t.put("CODE_DEPLOY_SETTINGS", (app, k) -> codeDeployed(app, k, true, "termination wait of 5000 minutes",
                ".deployment.codeDeploy.terminationWaitMinutes", d -> d.codeDeploy(c -> c.terminationWaitMinutes(5000))));
        t.put("CODE_DEPLOY_HOOK", (app, k) -> codeDeployed(app, k, true, "hook naming 'not a function'",
                ".deployment.codeDeploy.hooks[0]", d -> d.codeDeploy(c -> c.hook(
                        dev.berth.service.AppSpecEvent.BEFORE_INSTALL, "not a function"))));
        // Load balancers and exposures
        t.put("UNKNOWN_LOAD_BALANCER", (app, k) -> exposed(app, k, "exposed on 'ghost'", ".exposure[0]",
                (x, e) -> exposure(x, e.toBuilder().loadBalancer("ghost").build())));
        t.put("UNKNOWN_CONTAINER", (app, k) -> exposed(app, k, "exposure container 'ghost'", ".exposure[0].container",
                (x, e) -> exposure(x, e.toBuilder().container("ghost").build())));
        t.put("PORT_NOT_MAPPED", (app, k) -> exposed(app, k, "exposure port 9", ".exposure[0].containerPort",
                (x, e) -> exposure(x, e.toBuilder().containerPort(9).build())));
        // in the awsvpc mode (the generator's bridge and host services take instance targets)
        t.put("TARGET_TYPE_IP_REQUIRED", (app, k) -> exposed(app, k, "target type INSTANCE", ".exposure[0].targetType",
                (x, e) -> task(exposure(x, e.toBuilder().targetType(TargetType.INSTANCE).build()),
                        tb -> tb.networkMode(NetworkMode.AWSVPC))));
        t.put("LISTENER_RULE_CONDITION", (app, k) -> exposed(app, k, "exposure without path or host", ".exposure[0]",
                (x, e) -> exposure(x, Exposure.builder().loadBalancer(e.loadBalancer()).container(e.container())
                        .containerPort(e.containerPort()).priority(e.priority()).targetType(e.targetType())
                        .protocol(e.protocol()).healthCheckPath(e.healthCheckPath())
                        .healthCheckMatcher(e.healthCheckMatcher())
                        .healthCheckIntervalSeconds(e.healthCheckIntervalSeconds())
                        .healthCheckTimeoutSeconds(e.healthCheckTimeoutSeconds())
                        .healthyThreshold(e.healthyThreshold()).unhealthyThreshold(e.unhealthyThreshold())
                        .deregistrationDelaySeconds(e.deregistrationDelaySeconds()).build())));
        t.put("PATH_PATTERN_RELATIVE", (app, k) -> exposed(app, k, "path pattern 'mutated/*'",
                ".exposure[0].pathPatterns[", (x, e) -> exposure(x, withPaths(e, List.of("mutated/*")))));
        t.put("LISTENER_RULE_PRIORITY", (app, k) -> exposed(app, k, "priority 60000", ".exposure[0].priority",
                (x, e) -> exposure(x, e.toBuilder().priority(60000).build())));
        t.put("LISTENER_RULE_PRIORITY_COLLISION", (app, k) -> collider(app, k, true));
        t.put("DUPLICATE_LISTENER_RULE", (app, k) -> collider(app, k, false));
        t.put("TARGET_GROUP_HEALTH_CHECK", (app, k) -> exposed(app, k, "health check path 'health'", ".exposure[0]",
                (x, e) -> exposure(x, e.toBuilder().healthCheckPath("health").build())));
        t.put("TARGET_GROUP_PROTOCOL", (app, k) -> exposed(app, k, "target group protocol TCP", ".exposure[0].protocol",
                (x, e) -> exposure(x, e.toBuilder().protocol("TCP").build())));
        t.put("CERTIFICATE_ARN", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder().name("spare")
                .internal().https("not-a-certificate").build()), "load balancer 'spare' with certificate "
                + "'not-a-certificate'", "loadBalancer[spare].certificateArn"));
        t.put("LISTENER_PORT", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder().name("spare")
                .internal().httpPort(0).build()), "load balancer 'spare' on port 0", "loadBalancer[spare].httpPort"));
        t.put("LOAD_BALANCER_IDLE_TIMEOUT", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder()
                .name("spare").internal().idleTimeoutSeconds(0).build()), "load balancer 'spare' idle timeout 0",
                "loadBalancer[spare].idleTimeoutSeconds"));
        t.put("ACCESS_LOGS_BUCKET", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder()
                .name("spare").internal().accessLogs("Bad_Bucket").build()), "load balancer 'spare' logging to "
                + "bucket 'Bad_Bucket'", "loadBalancer[spare].accessLogsBucket"));
        // Auto scaling
        t.put("SCALING_BOUNDS", (app, k) -> service(app, k, "scaling min 5 max 2", ".autoScaling",
                x -> x.toBuilder().autoScaling(a -> a.minCapacity(5).maxCapacity(2).cpuTargetPercent(50)).build()));
        t.put("SCALING_NO_POLICY", (app, k) -> service(app, k, "scaling without target", ".autoScaling",
                x -> x.toBuilder().autoScaling(a -> a.minCapacity(1).maxCapacity(3)).build()));
        t.put("SCALING_TARGET", (app, k) -> service(app, k, "cpu target 150%", ".autoScaling",
                x -> x.toBuilder().autoScaling(a -> a.minCapacity(1).maxCapacity(3).cpuTargetPercent(150)).build()));
        t.put("SCALING_COOLDOWN", (app, k) -> service(app, k, "scale-in cooldown -1", ".autoScaling",
                x -> x.toBuilder().autoScaling(a -> a.minCapacity(1).maxCapacity(3).cpuTargetPercent(50)
                        .scaleInCooldownSeconds(-1)).build()));
        t.put("SCALING_REQUESTS_NEEDS_LOAD_BALANCER", (app, k) -> service(app, k,
                "not exposed, scaling on requests per target", ".autoScaling",
                x -> withExposures(x, List.of()).toBuilder().autoScaling(a -> a.minCapacity(1).maxCapacity(3)
                        .requestsPerTarget(100)).build()));
        // Scaling policies, schedules and queue workers
        Metric pending = Metric.of("Mutation/Jobs", "Pending");
        t.put("SCALING_METRIC", (app, k) -> scaled(app, k, "custom metric without a name",
                ".autoScaling.policies[0].metric",
                a -> a.policy(ScalingPolicy.trackMetric("pending", Metric.of("Mutation/Jobs", ""), 10))));
        t.put("SCALING_ALARM", (app, k) -> scaled(app, k, "step alarm with a 45 s period", ".autoScaling.policies[0]",
                a -> a.policy(ScalingPolicy.stepScaling("burst", pending, Comparison.GREATER_THAN, 100,
                        StepAdjustment.from(0, 1)).withEvaluation(45, 1, 1))));
        t.put("SCALING_STEPS", (app, k) -> scaled(app, k, "steps with a gap from 50 to 60",
                ".autoScaling.policies[0].steps", a -> a.policy(ScalingPolicy.stepScaling("burst", pending,
                        Comparison.GREATER_THAN, 100, StepAdjustment.between(0, 50, 1), StepAdjustment.from(60, 2)))));
        t.put("SCALING_SCHEDULE", (app, k) -> scaled(app, k, "cron without ?", ".autoScaling.schedules[0]",
                a -> a.schedule("night", "cron(0 20 * * * *)", 0, 2)));
        t.put("SCALING_POLICY_CONFLICT", (app, k) -> scaled(app, k, "two policies on one metric",
                ".autoScaling.policies[1]", a -> a.policy(ScalingPolicy.trackMetric("pending", pending, 10))
                        .policy(ScalingPolicy.trackMetric("pending-too", pending, 20))));
        t.put("SCALING_QUEUE_BACKLOG", (app, k) -> worker(app, k, ContainerInsights.ENABLED,
                "backlog of the undeclared queue 'nowhere'", a -> a.queueBacklog("nowhere", Duration.ofMinutes(1),
                        Duration.ofSeconds(2)), ".autoScaling.policies[0]"));
        t.put("SCALING_BACKLOG_NEEDS_CONTAINER_INSIGHTS", (app, k) -> worker(app, k, ContainerInsights.DISABLED,
                "backlog of 'jobs' in a cluster without Container Insights", a -> a.queueBacklog("jobs",
                        Duration.ofMinutes(1), Duration.ofSeconds(2)), ".autoScaling"));
        // Network Load Balancers, existing listeners and the extras
        t.put("EXISTING_LISTENER", (app, k) -> new Mutated(app.toBuilder().existingListener("shared", l -> l
                .listenerArn("not-a-listener").securityGroupId("sg-0123456789abcdef0")).build(),
                "existing listener 'shared' given as 'not-a-listener'", "existingListener[shared].listenerArn"));
        t.put("LISTENER_PRIORITY_RANGE", (app, k) -> {
            Application a = app.toBuilder().existingListener("shared", l -> l.listenerArn(SHARED_LISTENER)
                    .securityGroupId("sg-0123456789abcdef0").priorities(1000, 1999)).build();
            return exposed(a, k, "priority 5 on 'shared' (1000-1999)", ".exposure[0].priority",
                    (x, e) -> exposure(withoutRequestScaling(x), e.toBuilder().loadBalancer("shared").priority(5)
                            .build()));
        });
        t.put("NETWORK_LOAD_BALANCER_ROUTING", (app, k) -> exposed(addNetworkLoadBalancer(app), k,
                "path rule on Network Load Balancer 'spare-nlb'", ".exposure[0]",
                (x, e) -> exposure(withoutRequestScaling(x), e.toBuilder().loadBalancer("spare-nlb").path("/edge/*")
                        .build())));
        t.put("NETWORK_LISTENER", (app, k) -> exposed(addNetworkLoadBalancer(app), k,
                "TLS listener without certificate on 'spare-nlb'", ".exposure[0].networkListener.certificateArn",
                (x, e) -> exposure(withoutRequestScaling(x), Exposure.builder().loadBalancer("spare-nlb")
                        .container(e.container()).containerPort(e.containerPort())
                        .networkListener(l -> l.tls("not-a-certificate")).build())));
        t.put("LISTENER_SOURCE_CIDR", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder().name("spare")
                .internal().allowFrom("10.0.0.1/33").build()), "load balancer 'spare' allowing '10.0.0.1/33'",
                "loadBalancer[spare].allowedCidrs"));
        t.put("TARGET_GROUP_ATTRIBUTES", (app, k) -> exposed(app, k, "slow start 5 s", ".exposure[0]",
                (x, e) -> exposure(x, e.toBuilder().slowStartSeconds(5).build())));
        t.put("WEIGHTED_TARGET", (app, k) -> exposed(app, k, "weighted target 'ghost'",
                ".exposure[0].weightedTargets[ghost]",
                (x, e) -> exposure(x, weighted(e, Exposure.NOT_SET, Map.of("ghost", 10), 0))));
        t.put("WEIGHTED_FORWARD", (app, k) -> exposed(app, k, "weight 50 without weighted targets", ".exposure[0]",
                (x, e) -> exposure(x, weighted(e, 50, Map.of(), 0))));
        t.put("WEB_ACL_ARN", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder().name("spare")
                .internal().webAcl("arn:aws:wafv2:us-east-1:123456789012:global/webacl/shop/1234").build()),
                "load balancer 'spare' with a CloudFront web ACL", "loadBalancer[spare].webAclArn"));
        t.put("DNS_ALIAS", (app, k) -> new Mutated(addLoadBalancer(app, LoadBalancer.builder().name("spare")
                .internal().alias("example.com", "spare.example.com").build()),
                "load balancer 'spare' with an alias in zone 'example.com'", "loadBalancer[spare].aliasHostedZoneId"));
        // The hardened profile: each on a hardened program made from the generated one (see hardened(...))
        t.put("HARDENED_CONTAINER_USER", (app, k) -> new Mutated(hardened(app, c -> c.user("0"), lb -> { }, a -> { }),
                "hardened, container runs as root", "service[hardened].task.container[app].user"));
        t.put("HARDENED_READONLY_ROOT", (app, k) -> new Mutated(hardened(app, c -> c.readonlyRootFilesystem(false),
                lb -> { }, a -> { }), "hardened, writable root file system",
                "service[hardened].task.container[app].readonlyRootFilesystem"));
        t.put("HARDENED_CONTAINER_MEMORY", (app, k) -> new Mutated(hardened(app, c -> c.memoryReservation(0),
                lb -> { }, a -> { }), "hardened, two containers without a memory limit",
                "service[hardened].task.container[app].memory"));
        t.put("HARDENED_LOGGING", (app, k) -> new Mutated(hardened(app, c -> c.logging(l -> l.logGroupName("/hardened/app").retentionDays(90)),
                lb -> { }, a -> { }), "hardened, logs kept 90 days",
                "service[hardened].task.container[app].logging.retentionDays"));
        t.put("HARDENED_CONTAINER_INSIGHTS", (app, k) -> new Mutated(hardened(app, c -> { }, lb -> { },
                a -> a.cluster(Cluster.builder().name("hardened").containerInsights(
                        dev.berth.compute.ContainerInsights.DISABLED).build())),
                "hardened, Container Insights disabled", "cluster[hardened].containerInsights"));
        t.put("HARDENED_TASK_SETTINGS", (app, k) -> new Mutated(hardened(app, c -> c.env("AWS_SECRET_ACCESS_KEY",
                "x"), lb -> { }, a -> { }), "hardened, a secret key in the environment",
                "service[hardened].task.container[app].environment[AWS_SECRET_ACCESS_KEY]"));
        t.put("HARDENED_PUBLIC_IP", (app, k) -> new Mutated(hardened(app, c -> { }, lb -> { }, a -> a
                .service(hardenedService(c -> { }).toBuilder().subnets(SubnetSelection.publicSubnets())
                        .assignPublicIp(true).build())), "hardened, tasks with public IPs",
                "service[hardened].assignPublicIp"));
        t.put("HARDENED_HTTPS", (app, k) -> new Mutated(hardened(app, c -> { }, lb -> lb.redirectHttpToHttps(false),
                a -> { }), "hardened, HTTP not redirected", "loadBalancer[hardened].redirectHttpToHttps"));
        t.put("HARDENED_ACCESS_LOGS", (app, k) -> new Mutated(hardened(app, c -> { }, lb -> lb.accessLogs(""),
                a -> { }), "hardened, no access logs", "loadBalancer[hardened].accessLogs"));
        t.put("HARDENED_FILE_SYSTEM", (app, k) -> new Mutated(hardened(app, c -> { }, lb -> { },
                a -> a.fileSystem("hardened", fs -> fs.encrypted(false))), "hardened, an unencrypted EFS file system",
                "fileSystem[hardened].encrypted"));
        t.put("HARDENED_LISTENER_PORTS", (app, k) -> new Mutated(hardened(app, c -> { }, lb -> lb.httpPort(8080),
                a -> { }), "hardened, HTTP on 8080 from the internet", "loadBalancer[hardened].httpPort"));
        // ECS Managed Instances (each starts from the Fargate-only program, see below)
        t.put("MANAGED_INSTANCES_SETTINGS", (app, k) -> {
            Cluster c = app.clusters().get(0);
            List<Cluster> clusters = new ArrayList<>(app.clusters());
            clusters.set(0, c.toBuilder().managedInstances("ecs-reserved", m -> { }).build());
            return new Mutated(withClusters(app, clusters), "Managed Instances provider named ecs-reserved",
                    "cluster[" + c.name() + "].managedInstances[ecs-reserved]");
        });
        t.put("MANAGED_INSTANCES_COMPATIBILITY", (app, k) -> onManagedInstances(app, k,
                "Fargate-only task on a Managed Instances provider", ".capacityProviderStrategy[0]", tb -> { }));
        t.put("MANAGED_INSTANCES_NETWORK_MODE", (app, k) -> onManagedInstances(app, k,
                "bridge task on a Managed Instances provider", ".task.networkMode",
                tb -> tb.compatibilities(Compatibility.MANAGED_INSTANCES).ephemeralStorageGiB(0)
                        .networkMode(NetworkMode.BRIDGE)));
        // Placement, daemons, GPUs
        t.put("PLACEMENT_ON_FARGATE", (app, k) -> service(app, k, "distinctInstance on Fargate", ".placement",
                x -> x.toBuilder().placementConstraint(dev.berth.placement.PlacementConstraint.distinctInstance())
                        .build()));
        t.put("PLACEMENT_STRATEGY", (app, k) -> service(app, k, "binpack on disk", ".placementStrategies[0]",
                x -> onEc2(x).toBuilder().placementStrategy(
                        new dev.berth.placement.PlacementStrategy("binpack", "disk")).build()));
        t.put("PLACEMENT_EXPRESSION", (app, k) -> service(app, k, "memberOf with an unknown subject",
                ".placementConstraints[0]", x -> onEc2(x).toBuilder().placementConstraint(
                        dev.berth.placement.PlacementConstraint.memberOf("instanceType == t3.small")).build()));
        t.put("DAEMON_ON_FARGATE", (app, k) -> service(app, k, "daemon on Fargate", ".launchType",
                x -> strategy(x, List.of()).toBuilder().launchType(LaunchType.FARGATE).autoScaling(AutoScaling.NONE)
                        .schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON).build()));
        t.put("DAEMON_CAPACITY_PROVIDER", (app, k) -> service(app, k, "daemon with a Fargate strategy",
                ".capacityProviderStrategy", x -> strategy(x, List.of(CapacityProviderStrategyItem.of(
                        CapacityProviderStrategyItem.FARGATE, 1))).toBuilder().autoScaling(AutoScaling.NONE)
                        .schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON).build()));
        t.put("DAEMON_AUTO_SCALING", (app, k) -> service(app, k, "daemon with auto scaling", ".autoScaling",
                x -> onEc2(x).toBuilder().schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON)
                        .autoScaling(a -> a.minCapacity(1).maxCapacity(3).cpuTargetPercent(60)).build()));
        t.put("DAEMON_PLACEMENT_STRATEGY", (app, k) -> service(app, k, "daemon with a placement strategy",
                ".placementStrategies", x -> onEc2(x).toBuilder().autoScaling(AutoScaling.NONE)
                        .schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON)
                        .placementStrategy(dev.berth.placement.PlacementStrategy.spreadAcrossInstances()).build()));
        t.put("PUBLIC_IP_OFF_FARGATE", (app, k) -> service(app, k, "a public IP on EC2", ".assignPublicIp",
                x -> x.assignPublicIp() ? strategy(task(x, tb -> tb.compatibilities(Compatibility.EC2)
                        .ephemeralStorageGiB(0)), List.of()).toBuilder().launchType(LaunchType.EC2)
                        .serviceConnect(x.serviceConnect()).build()
                        : onEc2(x).toBuilder().assignPublicIp(true).build()));
        t.put("GPU_COUNT", (app, k) -> service(app, k, "-1 GPUs on EC2", ".task.container[%c0].gpus",
                x -> container(onEc2(x), 0, c -> c.toBuilder().gpus(-1).build())));
        t.put("GPU_ON_FARGATE", (app, k) -> service(app, k, "a GPU on Fargate", ".task.container[%c0].gpus",
                x -> container(x, 0, c -> c.toBuilder().gpus(1).build())));
        t.put("ELASTIC_INFERENCE_RETIRED", (app, k) -> service(app, k, "an Elastic Inference accelerator",
                ".task.container[%c0].inferenceAccelerator",
                x -> container(x, 0, c -> c.toBuilder().inferenceAccelerator("eia2.medium").build())));
        // A mutation that moves or removes a service's exposure would also break the weighted rules forwarding to
        // its target group (a second rule's error), so every mutation starts from the program without them. The
        // mutations were written for Fargate services: every one starts from the program with its EC2, daemon and
        // Managed Instances services moved to Fargate (and no Managed Instances or EC2 capacity providers), and those
        // that need EC2 or Managed Instances build it (onEc2, onManagedInstances, withCapacity).
        Map<String, Mutation> unweighted = new LinkedHashMap<>();
        t.forEach((code, m) -> unweighted.put(code, (app, k) -> m.apply(fargateOnly(withoutWeightedForwarding(app)),
                k)));
        return unweighted;
    }

    /**
     * The program with every service on Fargate (awsvpc) as a replica without placement or GPUs, and neither Managed
     * Instances nor EC2 capacity providers.
     */
    static Application fargateOnly(Application app) {
        List<Cluster> clusters = app.clusters().stream().map(c -> new Cluster(c.name(), c.containerInsights(),
                c.capacityProviders(), c.defaultStrategy(), c.serviceConnectNamespace(), c.dnsNamespace())).toList();
        List<Service> services = app.services().stream().map(Mutations::onFargate).toList();
        return rebuild(app, clusters, services);
    }

    private static Service onFargate(Service s) {
        boolean fargate = s.capacityProviderStrategy().stream().allMatch(CapacityProviderStrategyItem::isFargate)
                && s.launchType() == LaunchType.FARGATE && !s.isDaemon() && s.placementStrategies().isEmpty()
                && s.placementConstraints().isEmpty() && s.task().compatibilities().contains(Compatibility.FARGATE)
                && s.task().placementConstraints().isEmpty()
                && s.task().containers().stream().allMatch(c -> c.gpus() == 0);
        if (fargate) {
            return s;
        }
        s = awsvpcAgain(s); // bridge and host services of the EC2 capacity: awsvpc tasks behind IP targets
        TaskDefinition t = s.task();
        List<Container> containers = t.containers().stream().map(c -> c.toBuilder().gpus(0).build()).toList();
        TaskDefinition task = new TaskDefinition(t.family(), t.cpu(), t.memory(), t.networkMode(),
                Set.of(Compatibility.FARGATE), t.cpuArchitecture(), containers, t.executionRoleArn(), t.taskRoleArn(),
                t.grants(), t.ephemeralStorageGiB(), t.volumes());
        List<CapacityProviderStrategyItem> strategy = s.capacityProviderStrategy().stream()
                .allMatch(CapacityProviderStrategyItem::isFargate) ? s.capacityProviderStrategy() : List.of();
        return new Service(s.name(), s.cluster(), task, s.desiredCount(), LaunchType.FARGATE, strategy,
                s.platformVersion(), s.subnets(), s.assignPublicIp(), s.deployment(), s.enableExecuteCommand(),
                s.healthCheckGracePeriodSeconds(), s.propagateTags(), s.exposures(), s.autoScaling(),
                s.allowAllOutbound(), s.egress(), s.serviceConnect(), s.serviceDiscovery());
    }

    /**
     * The service on the EC2 launch type, its task compatible with EC2 only (without Fargate's storage), in private
     * subnets without public IPs (which only Fargate tasks get).
     */
    static Service onEc2(Service s) {
        Service.Builder b = strategy(task(s, tb -> tb.compatibilities(Compatibility.EC2).ephemeralStorageGiB(0)),
                List.of()).toBuilder().launchType(LaunchType.EC2).serviceConnect(s.serviceConnect());
        if (s.assignPublicIp()) {
            b.subnets(SubnetSelection.privateSubnets()).assignPublicIp(false);
        }
        return b.build();
    }

    /** Service {@code k} on a new Managed Instances provider of its cluster, its task changed by {@code task}. */
    static Mutated onManagedInstances(Application app, int k, String description, String path,
                                      java.util.function.Consumer<TaskDefinition.Builder> task) {
        Service s = app.services().get(k % app.services().size());
        String clusterName = app.clusterOf(s);
        List<Cluster> clusters = app.clusters().stream().map(c -> !c.name().equals(clusterName) ? c
                : c.toBuilder().managedInstances("mutated-mi", m -> { }).build()).toList();
        return service(withClusters(app, clusters), k, description, path, x -> {
            Service on = strategy(task(x, task), List.of(CapacityProviderStrategyItem.of("mutated-mi", 1)));
            return x.assignPublicIp() ? on.toBuilder().subnets(SubnetSelection.privateSubnets()).assignPublicIp(false)
                    .build() : on;
        });
    }

    /** The program with no weighted forwarding: each rule forwards to its own service only. */
    static Application withoutWeightedForwarding(Application app) {
        if (app.services().stream().flatMap(s -> s.exposures().stream()).noneMatch(e -> e.isWeighted()
                || e.weight() != Exposure.NOT_SET || e.weightedStickinessSeconds() != 0)) {
            return app;
        }
        List<Service> services = new ArrayList<>();
        for (Service s : app.services()) {
            services.add(withExposures(s, s.exposures().stream()
                    .map(e -> weighted(e, Exposure.NOT_SET, Map.of(), 0)).toList()));
        }
        return withServices(app, services);
    }

    static final String SHARED_LISTENER = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/"
            + "platform/50dc6c495c0c9188/f2f7dc8efc522ab2";

    /** Without request-count scaling, which needs an Application Load Balancer of the program. */
    static Service withoutRequestScaling(Service s) {
        AutoScaling a = s.autoScaling();
        if (a.requestsPerTarget() == 0) {
            return s;
        }
        return s.toBuilder().autoScaling(a.toBuilder().requestsPerTarget(0)
                .cpuTargetPercent(a.cpuTargetPercent() == 0 && a.memoryTargetPercent() == 0 ? 50
                        : a.cpuTargetPercent()).build()).build();
    }

    /** The program with an internal Network Load Balancer 'spare-nlb' (its VPC's cidr known). */
    static Application addNetworkLoadBalancer(Application a) {
        Application ready = a;
        if (ready.network() instanceof ExistingVpc v && v.cidr().isEmpty()) {
            ready = withNetwork(ready, v.toBuilder().cidr("10.9.0.0/16").build());
        }
        return ready.toBuilder().networkLoadBalancer("spare-nlb", b -> b.internal()).build();
    }

    /**
     * A valid program under the hardened profile made from a generated one (its name, tags and queues; a new VPC with
     * NAT, whose gateways the services' egress needs): a cluster, an HTTPS load balancer with access logs, and one
     * service of two containers ("app" with a memory reservation, "sidecar" given the rest), both non-root with
     * read-only roots. The changes apply to app's container, the load balancer and the program; a service or cluster
     * the program change adds replaces the one of that name.
     */
    static Application hardened(Application generated, java.util.function.Consumer<Container.Builder> container,
                                java.util.function.Consumer<LoadBalancer.Builder> lb,
                                java.util.function.Consumer<Application.Builder> change) {
        Application.Builder b = Application.builder(generated.name()).hardening(dev.berth.Hardening.CONTROL_TOWER)
                .newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .loadBalancer("hardened", l -> {
                    l.https("arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                            .accessLogs("hardened-alb-logs");
                    lb.accept(l);
                });
        generated.tags().forEach(b::tag);
        generated.queues().forEach(b::queue);
        Application.Builder changed = Application.builder(generated.name());
        change.accept(changed);
        Application extra = changed.build();
        b.cluster(extra.clusters().isEmpty() ? Cluster.builder().name("hardened").build() : extra.clusters().get(0));
        b.service(extra.services().isEmpty() ? hardenedService(container) : extra.services().get(0));
        extra.fileSystems().forEach(b::fileSystem);
        return b.build();
    }

    private static Service hardenedService(java.util.function.Consumer<Container.Builder> container) {
        return Service.builder().name("hardened").task(t -> t.cpu(256).memory(512)
                        .volume(dev.berth.task.Volume.bind("tmp"))
                        .container("app", c -> {
                            c.image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/hardened:1.0").port(8080)
                                    .user("1000").readonlyRootFilesystem(true).mount("tmp", "/tmp")
                                    .memoryReservation(256);
                            container.accept(c);
                        })
                        .container("sidecar", c -> c.image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/agent:1.0")
                                .user("1000").readonlyRootFilesystem(true).essential(false)))
                .expose("hardened", e -> e.path("/*").healthCheckPath("/health"))
                .build();
    }

    // ---- whole-program edits (the record constructors are public model API)

    static Application withName(Application a, String name) {
        return a.toBuilder().name(name).build();
    }

    static Application withNetwork(Application a, Network network) {
        return a.toBuilder().network(network).build();
    }

    static Application withEndpoints(Application a, Endpoints endpoints) {
        return a.toBuilder().endpoints(endpoints).build();
    }

    static Application withClusters(Application a, List<Cluster> clusters) {
        return rebuild(a, clusters, a.services());
    }

    static Application withServices(Application a, List<Service> services) {
        return rebuild(a, a.clusters(), services);
    }

    /** The same program with these clusters and services, built afresh through the builder. */
    static Application rebuild(Application a, List<Cluster> clusters, List<Service> services) {
        Application.Builder b = Application.builder(a.name()).network(a.network()).endpoints(a.endpoints());
        a.tags().forEach(b::tag);
        a.queues().forEach(b::queue);
        a.fileSystems().forEach(b::fileSystem);
        clusters.forEach(b::cluster);
        a.loadBalancers().forEach(b::loadBalancer);
        a.networkLoadBalancers().forEach(b::networkLoadBalancer);
        a.existingListeners().forEach(b::existingListener);
        services.forEach(b::service);
        return b.build();
    }

    /** Adds a load balancer, giving an existing VPC what one needs: public subnets, and its cidr (internal ones). */
    static Application addLoadBalancer(Application a, LoadBalancer lb) {
        Application ready = withPublicSubnets(a);
        if (ready.network() instanceof ExistingVpc v && v.cidr().isEmpty()) {
            ready = withNetwork(ready, v.toBuilder().cidr("10.9.0.0/16").build());
        }
        return ready.toBuilder().loadBalancer(lb).build();
    }

    /** An existing VPC with everything a program may need: both kinds of subnets, its cidr, route tables, NAT. */
    static ExistingVpc.Builder fullExistingVpc() {
        return ExistingVpc.builder().vpcId("vpc-0fedcba9").cidr("10.9.0.0/16")
                .publicSubnetIds("subnet-0e000001", "subnet-0e000002")
                .privateSubnetIds("subnet-0f000001", "subnet-0f000002")
                .privateRouteTableIds("rtb-0e000001", "rtb-0e000002").privateSubnetsReachInternet(true);
    }

    /** The same network with a route to the internet from its private subnets. */
    static Application withInternet(Application a) {
        Network n = a.network() instanceof NewVpc v
                ? (v.natGateways() == NatGateways.NONE ? v.toBuilder().natGateways(NatGateways.SINGLE).build() : v)
                : ((ExistingVpc) a.network()).toBuilder().privateSubnetsReachInternet(true).build();
        return withNetwork(a, n);
    }

    static Network withoutInternet(Network network) {
        return network instanceof NewVpc v ? v.toBuilder().natGateways(NatGateways.NONE).build()
                : ((ExistingVpc) network).toBuilder().privateSubnetsReachInternet(false).build();
    }

    /** An existing VPC gets public subnets (a new VPC has them). */
    static Application withPublicSubnets(Application a) {
        if (a.network() instanceof ExistingVpc v && v.publicSubnetIds().size() < 2) {
            return withNetwork(a, v.toBuilder().publicSubnetIds("subnet-0e000001", "subnet-0e000002").build());
        }
        return a;
    }

    // ---- service edits

    /** Applies {@code edit} to service {@code k}; {@code path} is relative to the service ({@code %c0} = first container). */
    /** The service scaling 1-3 tasks with the policies {@code change} adds (and nothing else). */
    static Mutated scaled(Application app, int k, String description, String path,
                          java.util.function.Consumer<AutoScaling.Builder> change) {
        return service(app, k, description, path, x -> x.toBuilder().autoScaling(a -> {
            a.minCapacity(1).maxCapacity(3);
            change.accept(a);
        }).build());
    }

    /**
     * A queue worker: the backlog policy {@code change} adds, on a service whose tasks reach SQS already or else one
     * with its own task role (whose permissions Berth leaves alone, so the policy brings no endpoint), in a cluster
     * with Container Insights as {@code insights} says.
     */
    static Mutated worker(Application app, int k, ContainerInsights insights, String description,
                          java.util.function.Consumer<AutoScaling.Builder> change, String path) {
        List<Integer> reachSqs = new ArrayList<>();
        for (int i = 0; i < app.services().size(); i++) {
            if (dev.berth.network.EndpointNeeds.of(app.services().get(i))
                    .contains(dev.berth.network.EndpointService.SQS)) {
                reachSqs.add(i);
            }
        }
        int index = reachSqs.isEmpty() ? k % app.services().size() : reachSqs.get(k % reachSqs.size());
        Mutated m = reachSqs.isEmpty()
                ? service(app, index, "own task role, " + description, path, x -> task(x, tb -> tb
                        .taskRoleArn("arn:aws:iam::123456789012:role/own-task-role")).toBuilder()
                        .autoScaling(a -> { a.minCapacity(1).maxCapacity(3); change.accept(a); }).build())
                : scaled(app, index, description, path, change);
        String cluster = m.app().clusterOf(m.app().services().get(index));
        if (m.app().clusters().isEmpty()) {
            if (insights == ContainerInsights.ENABLED) {
                return m; // the cluster Berth creates has Container Insights
            }
            return new Mutated(m.app().toBuilder().cluster("mutated", c -> c.containerInsights(insights)).build(),
                    m.description() + ", in cluster 'mutated'", m.path());
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster c : m.app().clusters()) {
            clusters.add(c.name().equals(cluster) ? c.toBuilder().containerInsights(insights).build() : c);
        }
        return new Mutated(withClusters(m.app(), clusters), m.description(), m.path());
    }

    static Mutated service(Application app, int k, String description, String path, UnaryOperator<Service> edit) {
        int index = k % app.services().size();
        Service before = app.services().get(index);
        Service after = keepInstanceTargets(edit.apply(fargateAgain(before)));
        List<Service> services = new ArrayList<>(app.services());
        services.set(index, after);
        String containerPath = path
                .replace("%c0", after.task().containers().isEmpty() ? "" : after.task().containers().get(0).name())
                .replace("%c1", after.task().containers().size() < 2 ? "" : after.task().containers().get(1).name());
        return new Mutated(withServices(app, services), "service " + before.name() + ": " + description,
                "service[" + after.name() + "]" + containerPath);
    }

    /** The service deployed by the ECS controller (a CODE_DEPLOY service's ECS-native settings are a second error). */
    static Service ecs(Service s) {
        return s.deployment().controller() == dev.berth.service.DeploymentController.ECS ? s : s.toBuilder()
                .deployment(s.deployment().toBuilder().controller(dev.berth.service.DeploymentController.ECS).build())
                .build();
    }

    /** The service with Service Connect enabled (in namespace mutation.internal unless it has one) and edited. */
    static Service connect(Service s, UnaryOperator<dev.berth.servicediscovery.ServiceConnect.Builder> edit) {
        dev.berth.servicediscovery.ServiceConnect.Builder b = s.serviceConnect().toBuilder().enabled(true);
        if (!s.serviceConnect().enabled()) {
            // No proxy logs: they would need the logs endpoint, which an explicit endpoint list may lack
            // (PRIVATE_SUBNET_NO_EGRESS, a second error besides the one mutated in).
            b.logging(Logging.NONE);
        }
        if (s.serviceConnect().namespace().isEmpty()) {
            b.namespace("mutation.internal");
        }
        // CodeDeploy does not run Service Connect services (CODE_DEPLOY_CONFLICT, a second error): the ECS controller
        return ecs(s).toBuilder().serviceConnect(edit.apply(b).build()).build();
    }

    /** The service with DNS service discovery enabled (in its cluster's namespace unless it names one) and edited. */
    static Service discover(Service s, UnaryOperator<dev.berth.servicediscovery.ServiceDiscovery.Builder> edit) {
        return s.toBuilder().serviceDiscovery(edit.apply(s.serviceDiscovery().toBuilder().enabled(true)).build())
                .build();
    }

    /** The service without DNS service discovery. */
    static Service undiscovered(Service s) {
        return s.toBuilder().serviceDiscovery(dev.berth.servicediscovery.ServiceDiscovery.NONE).build();
    }

    /**
     * With EC2 capacity, an explicit endpoint list gets the endpoints the agent needs (and an existing VPC its CIDR,
     * which interface endpoints need), so that only the mutation's own error appears.
     */
    static Application withAgentEndpoints(Application a) {
        if (a.clusters().stream().allMatch(c -> c.ec2Capacity().isEmpty()) || a.endpoints().derived()) {
            return a;
        }
        java.util.EnumSet<EndpointService> endpoints = java.util.EnumSet.noneOf(EndpointService.class);
        endpoints.addAll(a.endpoints().services());
        endpoints.addAll(dev.berth.network.EndpointNeeds.ec2Agent());
        Application b = withEndpoints(a, new Endpoints(false, endpoints));
        if (b.network() instanceof ExistingVpc vpc && vpc.cidr().isEmpty()) {
            b = withNetwork(b, vpc.toBuilder().cidr("10.9.0.0/16").build());
        }
        return b;
    }

    /** EC2 capacity 'mutated' large enough for any Fargate-sized task, of one architecture. */
    static dev.berth.compute.Ec2Capacity capacity(boolean arm64) {
        return dev.berth.compute.Ec2Capacity.builder().name("mutated")
                .instanceTypes(arm64 ? "r7g.4xlarge" : "r6i.4xlarge")
                .ami(arm64 ? dev.berth.compute.EcsAmi.AL2023_ARM64 : dev.berth.compute.EcsAmi.AL2023_X86_64).build();
    }

    /**
     * {@code capacity} added to cluster {@code cluster}; an explicit endpoint list without internet gets the agent's
     * endpoints, so that only the mutation's own error appears.
     */
    static Application withCapacity(Application app, String cluster, dev.berth.compute.Ec2Capacity capacity) {
        Application a = withClusters(app, app.clusters().stream().map(c -> c.name().equals(cluster)
                ? c.toBuilder().ec2Capacity(capacity).build() : c).toList());
        if (!a.endpoints().derived() && !a.privateSubnetsReachInternet()) {
            java.util.EnumSet<EndpointService> endpoints = java.util.EnumSet.noneOf(EndpointService.class);
            endpoints.addAll(a.endpoints().services());
            endpoints.addAll(dev.berth.network.EndpointNeeds.ec2Agent());
            a = withEndpoints(a, new Endpoints(false, endpoints));
        }
        return a;
    }

    /** The service on EC2 capacity {@code provider} (awsvpc, EC2-only task: no Fargate ephemeral storage). */
    static Service onEc2(Service s, String provider) {
        return privateAgain(strategy(task(s, tb -> tb.compatibilities(Compatibility.EC2).ephemeralStorageGiB(0)),
                List.of(CapacityProviderStrategyItem.of(provider, 1))));
    }

    /** Off Fargate tasks get no public IP (PUBLIC_IP_OFF_FARGATE): the service in private subnets. */
    static Service privateAgain(Service s) {
        return s.assignPublicIp() ? s.toBuilder().subnets(SubnetSelection.privateSubnets()).assignPublicIp(false)
                .build() : s;
    }

    /**
     * A bridge or host service (the generator's EC2 services) keeps instance targets on the exposures a mutation
     * gives it (which default to IP): otherwise EC2_NETWORK_MODE joins the mutation's own error.
     */
    static Service keepInstanceTargets(Service s) {
        NetworkMode mode = s.task().networkMode();
        boolean instances = mode == NetworkMode.BRIDGE || mode == NetworkMode.HOST;
        boolean ip = s.exposures().stream().anyMatch(e -> e.targetType() != TargetType.INSTANCE);
        return instances && ip && !s.task().compatibilities().contains(Compatibility.FARGATE) ? instanceTargets(s) : s;
    }

    /** The service's exposures with instance targets (bridge and host tasks register instance and port). */
    static Service instanceTargets(Service s) {
        return withExposures(s, s.exposures().stream().map(e -> e.toBuilder().targetType(TargetType.INSTANCE).build())
                .toList());
    }

    static Service task(Service s, java.util.function.Consumer<TaskDefinition.Builder> edit) {
        TaskDefinition.Builder tb = s.task().toBuilder();
        edit.accept(tb);
        return s.toBuilder().task(tb.build()).build();
    }

    static Service container(Service s, int index, UnaryOperator<Container> edit) {
        List<Container> containers = new ArrayList<>(s.task().containers());
        containers.set(index, edit.apply(containers.get(index)));
        TaskDefinition t = s.task();
        TaskDefinition.Builder tb = TaskDefinition.builder().family(t.family()).cpu(t.cpu()).memory(t.memory())
                .networkMode(t.networkMode()).compatibilities(t.compatibilities())
                .cpuArchitecture(t.cpuArchitecture()).executionRoleArn(t.executionRoleArn())
                .taskRoleArn(t.taskRoleArn()).ephemeralStorageGiB(t.ephemeralStorageGiB());
        containers.forEach(tb::container);
        t.grants().forEach(tb::grant);
        t.volumes().forEach(tb::volume);
        return s.toBuilder().task(tb.build()).build();
    }

    /** The service without FireLens: routers become plain containers, routed containers log nowhere. */
    static Service withoutLogRouting(Service s) {
        Service out = withoutRouter(s);
        for (int i = 0; i < s.task().containers().size(); i++) {
            if (s.task().containers().get(i).logging().fireLens().isPresent()) {
                out = container(out, i, c -> c.toBuilder().logging(Logging.NONE).build());
            }
        }
        return out;
    }

    /** The service with no log router: routers become plain containers. */
    static Service withoutRouter(Service s) {
        Service out = s;
        for (int i = 0; i < s.task().containers().size(); i++) {
            if (s.task().containers().get(i).logRouter().isPresent()) {
                out = container(out, i, c -> c.toBuilder().logRouter(dev.berth.task.LogRouter.NONE).build());
            }
        }
        return out;
    }

    /** The service with a log router: its own, or one with the first container's image (so the same egress). */
    static Service withRouter(Service s) {
        if (s.task().containers().stream().anyMatch(c -> c.logRouter().isPresent())) {
            return s;
        }
        int n = s.task().containers().size();
        if (n == 10) { // no room for another container: the last becomes the router (not the first, which is mutated)
            return container(s, n - 1, c -> c.toBuilder().logRouter(dev.berth.task.LogRouter.fluentBit()).user("")
                    .logging(Logging.NONE).build());
        }
        Container extra = extraContainer(s, "mutated_router");
        return task(s, tb -> tb.container(extra.toBuilder().logRouter(dev.berth.task.LogRouter.fluentBit())
                .build()));
    }

    /** A container with the first one's image (so the same egress), no ports, logs or deploy-time input. */
    static Container extraContainer(Service s, String name) {
        Image first = s.task().containers().get(0).image();
        Image image = new Image(first.repository(), first.version().isEmpty() ? "1.0" : first.version(),
                first.versionKind() == Image.VersionKind.NONE ? Image.VersionKind.TAG : first.versionKind(), "");
        return Container.builder().name(name).image(image).logging(Logging.NONE).build();
    }

    static Service withoutGrants(Service s) {
        TaskDefinition t = s.task();
        // A queue worker's backlog policy implies a consume grant: it goes too (the generated programs' services
        // always keep a built-in target, so they still scale).
        AutoScaling a = s.autoScaling();
        AutoScaling scaling = a.toBuilder().policies(a.policies().stream()
                .filter(p -> !(p instanceof ScalingPolicy.QueueBacklog)).toList()).build();
        return s.toBuilder().task(new TaskDefinition(t.family(), t.cpu(), t.memory(), t.networkMode(),
                t.compatibilities(), t.cpuArchitecture(), t.containers(), t.executionRoleArn(), t.taskRoleArn(),
                List.of(), t.ephemeralStorageGiB(), t.volumes())).autoScaling(scaling).build();
    }

    /** The service with private ECR images only (no deploy-time versions) and no declared egress. */
    static Service privateImages(Service s) {
        Service out = s;
        for (int i = 0; i < s.task().containers().size(); i++) {
            String name = s.task().containers().get(i).name();
            out = container(out, i, c -> c.toBuilder().image(Image.of(
                    "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/" + name + ":1.0")).build());
        }
        return new Service(out.name(), out.cluster(), out.task(), out.desiredCount(), out.launchType(),
                out.capacityProviderStrategy(), out.platformVersion(), out.subnets(), out.assignPublicIp(),
                out.deployment(), out.enableExecuteCommand(), out.healthCheckGracePeriodSeconds(),
                out.propagateTags(), out.exposures(), out.autoScaling(), out.allowAllOutbound(), List.of());
    }

    static Service withSecondContainer(Service s) {
        if (s.task().containers().size() >= 2) {
            return s;
        }
        return s.toBuilder().task(s.task().toBuilder().container(extraContainer(s, "extra1")).build()).build();
    }

    /**
     * The service in the awsvpc mode behind IP targets (the generator's bridge and host services are not), keeping
     * everything else.
     */
    static Service awsvpcAgain(Service s) {
        Service awsvpc = task(s, tb -> tb.networkMode(NetworkMode.AWSVPC));
        return withExposures(awsvpc, awsvpc.exposures().stream()
                .map(e -> e.toBuilder().targetType(TargetType.IP).build()).toList());
    }

    /**
     * One of the generator's EC2 services as a Fargate service (awsvpc, IP targets, the FARGATE launch type), so
     * that a mutation meant for Fargate tasks applies; a Fargate service unchanged. EC2 mutations set what they need.
     */
    static Service fargateAgain(Service s) {
        if (s.task().compatibilities().contains(Compatibility.FARGATE)) {
            return s;
        }
        Service fargate = task(awsvpcAgain(s), tb -> tb.compatibilities(Compatibility.FARGATE));
        return copy(fargate, List.of(), fargate.exposures()).toBuilder().launchType(LaunchType.FARGATE).build();
    }

    static Service strategy(Service s, List<CapacityProviderStrategyItem> strategy) {
        if (strategy.stream().anyMatch(CapacityProviderStrategyItem::isFargate)
                && !s.task().compatibilities().contains(Compatibility.FARGATE)) {
            // a Fargate strategy on one of the generator's EC2 services: a Fargate task again (awsvpc, IP targets)
            s = task(awsvpcAgain(s), tb -> tb.compatibilities(Compatibility.FARGATE));
        }
        return copy(s, strategy, s.exposures());
    }

    static Service withExposures(Service s, List<Exposure> exposures) {
        return copy(s, s.capacityProviderStrategy(), exposures);
    }

    /** The service with another capacity provider strategy and exposures, built afresh through the builder. */
    static Service copy(Service s, List<CapacityProviderStrategyItem> strategy, List<Exposure> exposures) {
        Service.Builder b = Service.builder().name(s.name()).cluster(s.cluster()).task(s.task())
                .desiredCount(s.desiredCount()).launchType(s.launchType()).platformVersion(s.platformVersion())
                .subnets(s.subnets()).assignPublicIp(s.assignPublicIp()).deployment(s.deployment())
                .enableExecuteCommand(s.enableExecuteCommand())
                .healthCheckGracePeriodSeconds(s.healthCheckGracePeriodSeconds()).propagateTags(s.propagateTags())
                .autoScaling(s.autoScaling()).allowAllOutbound(s.allowAllOutbound())
                .serviceConnect(s.serviceConnect());
        strategy.forEach(i -> b.capacityProvider(i.provider(), i.base(), i.weight()));
        s.egress().forEach(b::egressTo);
        exposures.forEach(b::expose);
        return b.build();
    }

    static Service exposure(Service s, Exposure exposure) {
        return withExposures(s, List.of(exposure));
    }

    /**
     * The exposure with these path patterns in place of its own paths and hosts (a path added could exceed the 5
     * condition values of a rule).
     */
    static Exposure withPaths(Exposure e, List<String> paths) {
        return new Exposure(e.loadBalancer(), e.container(), e.containerPort(), paths, List.of(),
                e.priority(), e.targetType(), e.protocol(), e.healthCheckPath(), e.healthCheckMatcher(),
                e.healthCheckIntervalSeconds(), e.healthCheckTimeoutSeconds(), e.healthyThreshold(),
                e.unhealthyThreshold(), e.deregistrationDelaySeconds(), e.networkListener(), e.stickinessSeconds(),
                e.slowStartSeconds(), e.algorithm(), e.httpHeaders(), e.httpMethods(), e.queryStrings(),
                e.sourceIps(), e.weight(), e.weightedTargets(), e.weightedStickinessSeconds());
    }

    /** The exposure with other weighted forwarding settings (replacing those it has). */
    static Exposure weighted(Exposure e, int weight, Map<String, Integer> targets, int stickiness) {
        return new Exposure(e.loadBalancer(), e.container(), e.containerPort(), e.pathPatterns(), e.hostHeaders(),
                e.priority(), e.targetType(), e.protocol(), e.healthCheckPath(), e.healthCheckMatcher(),
                e.healthCheckIntervalSeconds(), e.healthCheckTimeoutSeconds(), e.healthyThreshold(),
                e.unhealthyThreshold(), e.deregistrationDelaySeconds(), e.networkListener(), e.stickinessSeconds(),
                e.slowStartSeconds(), e.algorithm(), e.httpHeaders(), e.httpMethods(), e.queryStrings(),
                e.sourceIps(), weight, targets, stickiness);
    }

    /**
     * Applies {@code edit} to an exposed service and its exposure: the first exposed service from {@code k} on, or,
     * when no service is exposed, service {@code k} exposed on a new internal load balancer 'spare'.
     */
    static Mutated exposed(Application app, int k, String description, String path,
                           java.util.function.BiFunction<Service, Exposure, Service> edit) {
        ExposedProgram p = ensureExposed(app, k);
        return service(p.app(), p.index(), description, path,
                s -> edit.apply(s, s.exposures().get(0)));
    }

    record ExposedProgram(Application app, int index) {
    }

    static ExposedProgram ensureExposed(Application app, int k) {
        int n = app.services().size();
        for (int i = 0; i < n; i++) {
            int index = (k + i) % n;
            Service s = app.services().get(index);
            // on an Application Load Balancer of the program, whose exposures have every setting
            if (s.isLoadBalanced() && app.loadBalancers().stream()
                    .anyMatch(lb -> lb.name().equals(s.exposures().get(0).loadBalancer()))) {
                return new ExposedProgram(app, index);
            }
        }
        int index = k % n;
        Application withLb = addLoadBalancer(app, LoadBalancer.builder().name("spare").internal().build());
        List<Service> services = new ArrayList<>(withLb.services());
        Service s = services.get(index);
        // in place of an exposure on a Network Load Balancer or an existing listener, if it has one
        services.set(index, keepInstanceTargets(withoutRequestScaling(withExposures(s,
                List.of(Exposure.builder().loadBalancer("spare").path("/spare/*").build())))));
        return new ExposedProgram(withServices(withLb, services), index);
    }

    /**
     * A new service 'shipped' deployed by CodeDeploy ({@code change} applied to its deployment), exposed on the
     * Application Load Balancer of an exposed service (or headless).
     */
    static Mutated codeDeployed(Application app, int k, boolean exposed, String description, String path,
                                java.util.function.Consumer<Deployment.Builder> change) {
        ExposedProgram p = ensureExposed(app, k);
        Application a = exposed ? p.app() : app;
        Service model = a.services().get(exposed ? p.index() : k % a.services().size());
        Image first = model.task().containers().get(0).image();
        Image image = new Image(first.repository(), first.version().isEmpty() ? "1.0" : first.version(),
                first.versionKind() == Image.VersionKind.NONE ? Image.VersionKind.TAG : first.versionKind(), "");
        Deployment.Builder deployment = Deployment.builder().codeDeploy(c -> { });
        change.accept(deployment);
        Service.Builder b = Service.builder().name("shipped").cluster(a.clusterOf(model))
                .subnets(model.subnets()).assignPublicIp(model.assignPublicIp())
                .task(t -> t.container("app", c -> c.image(image).port(9993).logging(Logging.NONE)))
                .deployment(deployment.build());
        if (exposed) {
            b.expose(model.exposures().get(0).loadBalancer(), x -> x.path("/shipped/*"));
        }
        List<Service> services = new ArrayList<>(a.services());
        services.add(b.build());
        return new Mutated(withServices(a, services), "service 'shipped' " + description, "service[shipped]" + path);
    }

    /** A new service 'collider' on the same load balancer: same explicit priority, or the same conditions. */
    static Mutated collider(Application app, int k, boolean samePriority) {
        ExposedProgram p = ensureExposed(app, k);
        Application a = p.app();
        List<Service> services = new ArrayList<>(a.services());
        Service target = services.get(p.index());
        Exposure e = target.exposures().get(0);
        if (samePriority) {
            target = exposure(target, e.toBuilder().priority(77).build());
            services.set(p.index(), target);
        }
        Image first = target.task().containers().get(0).image();
        Image image = new Image(first.repository(), first.version().isEmpty() ? "1.0" : first.version(),
                first.versionKind() == Image.VersionKind.NONE ? Image.VersionKind.TAG : first.versionKind(), "");
        String lb = e.loadBalancer();
        Service collider = Service.builder().name("collider").cluster(a.clusterOf(target))
                .subnets(target.subnets()).assignPublicIp(target.assignPublicIp())
                .task(t -> t.container("app", c -> c.image(image).port(9991).logging(Logging.NONE)))
                .expose(lb, x -> {
                    if (samePriority) {
                        x.path("/collider/*").priority(77);
                    } else {
                        e.pathPatterns().forEach(x::path);
                        e.hostHeaders().forEach(x::host);
                        e.httpHeaders().forEach((name, values) -> x.httpHeader(name, values.toArray(String[]::new)));
                        e.httpMethods().forEach(x::httpMethod);
                        e.queryStrings().forEach(x::queryString);
                        e.sourceIps().forEach(x::sourceIp);
                    }
                })
                .build();
        services.add(collider);
        return new Mutated(withServices(a, services), "service 'collider' on load balancer " + lb + " with "
                + (samePriority ? "the same priority 77 as " : "the same conditions as ") + target.name(),
                "service[collider].exposure[0]" + (samePriority ? ".priority" : ""));
    }

    /**
     * The codes of the program's rules that stop synthesis. Rules of the synthesis stage (name collisions, template
     * limits, CloudFormation options) are not mutations of a program; each has its own test in synth.
     */
    static Set<String> errorCodes() {
        Set<String> codes = new java.util.TreeSet<>();
        for (dev.berth.validation.Rule rule : dev.berth.validation.Rule.values()) {
            if (rule.severity() == dev.berth.diagnostics.Severity.ERROR
                    && rule.stage() == dev.berth.validation.Rule.Stage.MODEL) {
                codes.add(rule.code());
            }
        }
        return codes;
    }

    private static final String MUTATED_TASK = "mutated-job";

    private static String scheduledName(Application app) {
        return app.events().scheduledTasks().isEmpty() ? MUTATED_TASK : app.events().scheduledTasks().get(0).name();
    }

    private static String eventName(Application app) {
        return app.events().eventTasks().isEmpty() ? MUTATED_TASK : app.events().eventTasks().get(0).name();
    }

    /** A service whose tasks run in the private subnets (a valid placement for a triggered task), if any. */
    private static java.util.Optional<Service> privateService(Application app) {
        return app.services().stream().filter(s -> !s.assignPublicIp()).findFirst();
    }

    /**
     * Where a new triggered task runs: like a private service's tasks, else in the private subnets with the endpoints
     * Berth derives (automatic endpoints reach what the task needs without NAT).
     */
    private static Application placeable(Application app) {
        return privateService(app).isPresent() ? app : app.toBuilder().endpoints(Endpoints.automatic()).build();
    }

    private static Service placement(Application app) {
        return privateService(app).orElseGet(() -> app.services().get(0).toBuilder()
                .subnets(SubnetSelection.privateSubnets()).assignPublicIp(false).build());
    }

    /** The program's first scheduled task changed, or a new one placed like a private service's tasks. */
    private static Application withScheduled(Application app,
                                             java.util.function.Consumer<dev.berth.events.ScheduledTask.Builder> change) {
        List<dev.berth.events.ScheduledTask> tasks = new ArrayList<>(app.events().scheduledTasks());
        dev.berth.events.ScheduledTask.Builder b;
        if (tasks.isEmpty()) {
            app = placeable(app);
            Service s = placement(app);
            b = dev.berth.events.ScheduledTask.builder().name(MUTATED_TASK).cluster(app.clusterOf(s)).task(s.task())
                    .subnets(s.subnets()).launchType(s.launchType()).platformVersion(s.platformVersion())
                    .schedule("rate(1 day)");
            s.capacityProviderStrategy().forEach(i -> b.capacityProvider(i.provider(), i.base(), i.weight()));
        } else {
            b = tasks.remove(0).toBuilder();
        }
        change.accept(b);
        tasks.add(0, b.build());
        return withEvents(app, new dev.berth.events.Events(tasks, app.events().eventTasks(),
                app.events().notifications()));
    }

    /** The program's first event task changed, or a new one placed like a private service's tasks. */
    private static Application withEventTask(Application app,
                                             java.util.function.Consumer<dev.berth.events.EventTask.Builder> change) {
        List<dev.berth.events.EventTask> tasks = new ArrayList<>(app.events().eventTasks());
        dev.berth.events.EventTask.Builder b;
        if (tasks.isEmpty()) {
            app = placeable(app);
            Service s = placement(app);
            b = dev.berth.events.EventTask.builder().name(MUTATED_TASK).cluster(app.clusterOf(s)).task(s.task())
                    .subnets(s.subnets()).launchType(s.launchType()).platformVersion(s.platformVersion())
                    .eventPattern("{\"source\":[\"shop.orders\"]}");
            s.capacityProviderStrategy().forEach(i -> b.capacityProvider(i.provider(), i.base(), i.weight()));
        } else {
            b = tasks.remove(0).toBuilder();
        }
        change.accept(b);
        tasks.add(0, b.build());
        return withEvents(app, new dev.berth.events.Events(app.events().scheduledTasks(), tasks,
                app.events().notifications()));
    }

    private static Application withEvents(Application app, dev.berth.events.Events events) {
        return new Application(app.name(), app.network(), app.endpoints(), app.clusters(), app.loadBalancers(),
                app.services(), app.queues(), app.tags(), app.networkLoadBalancers(), app.existingListeners(),
                app.fileSystems(), app.hardening(), events);
    }
}
