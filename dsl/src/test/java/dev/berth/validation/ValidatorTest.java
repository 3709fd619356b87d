package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.ContainerInsights;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.diagnostics.Severity;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.loadbalancing.ListenerProtocol;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.TargetType;
import dev.berth.network.Egress;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetSelection;
import dev.berth.scaling.AdjustmentType;
import dev.berth.scaling.AutoScaling;
import dev.berth.scaling.Comparison;
import dev.berth.scaling.Metric;
import dev.berth.scaling.MetricAggregation;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.ScheduledScaling;
import dev.berth.scaling.StepAdjustment;
import dev.berth.scaling.Statistic;
import dev.berth.service.Deployment;
import dev.berth.service.LaunchType;
import dev.berth.storage.PerformanceMode;
import dev.berth.storage.ThroughputMode;
import dev.berth.task.CpuArchitecture;
import dev.berth.task.DependencyCondition;
import dev.berth.task.FireLens;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.LinuxCapability;
import dev.berth.task.LogRouter;
import dev.berth.task.Logging;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;
import dev.berth.task.Secret;
import dev.berth.task.SecretRef;
import dev.berth.task.UlimitName;
import dev.berth.task.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.berth.validation.Programs.ECR;
import static dev.berth.validation.Programs.container;
import static dev.berth.validation.Programs.exposure;
import static dev.berth.validation.Programs.service;
import static dev.berth.validation.Programs.task;
import static dev.berth.validation.Programs.valid;
import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {

    private static final String KMS_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    /** A message must say what to do: it contains an imperative such as "Set", "Use", "Add". */
    private static final Pattern SAYS_WHAT_TO_DO = Pattern.compile("\\b(Set|Use|Add|Remove|Give|Rename|Name|Change|"
            + "Pin|Copy|Pick|Lower|Raise|Place|Mark|List|Merge|Keep|Split|Combine|Expose|Map|Correct|Choose|Store|"
            + "Request|Write|Shorten|Declare|Leave)\\b");

    /** Left-overs of formatting: format specifiers, null, record or Optional text, object hashes, two spaces. */
    private static final Pattern UNFINISHED = Pattern.compile(
            "%[sdf]|\\{\\d}|\\bnull\\b|Optional\\[|Optional\\.empty|\\w+\\[\\w+=|@[0-9a-f]{6,}\\b|  |^\\s|\\s$");

    /** One mistake: the code it must produce, with severity and path, and the program that contains it. */
    record Case(String code, Severity severity, String path, String mistake, Supplier<Application> program) {
        @Override
        public String toString() {
            return code + ": " + mistake;
        }
    }

    private static Case error(String code, String path, String mistake, Supplier<Application> program) {
        return new Case(code, Severity.ERROR, path, mistake, program);
    }

    private static Case warning(String code, String path, String mistake, Supplier<Application> program) {
        return new Case(code, Severity.WARNING, path, mistake, program);
    }

    /** The valid program with the scheduled task {@code nightly} (a report at 02:00 Berlin time), changed. */
    private static Application scheduled(java.util.function.Consumer<dev.berth.events.ScheduledTask.Builder> change) {
        return valid().toBuilder().scheduledTask("nightly", t -> {
            t.task(td -> td.container("report", c -> c.image(ECR + "/shop/report:1.0")))
                    .schedule("cron(0 2 * * ? *)").timeZone("Europe/Berlin");
            change.accept(t);
        }).build();
    }

    /** The valid program with the event task {@code uploads} (S3 uploads under images/), changed. */
    private static Application onEvent(java.util.function.Consumer<dev.berth.events.EventTask.Builder> change) {
        return valid().toBuilder().eventTask("uploads", t -> {
            t.task(td -> td.container("app", c -> c.image(ECR + "/shop/thumbnails:1.0")))
                    .onS3ObjectCreated("shop-uploads", "images/");
            change.accept(t);
        }).build();
    }

    @Test
    void validTriggeredTasksAndNotificationsHaveNoDiagnostics() {
        Application app = valid().toBuilder()
                .scheduledTask("nightly", t -> t.task(td -> td.container("report", c -> c.image(ECR + "/shop/r:1.0")))
                        .schedule("cron(0/15 8-18 ? JAN-MAR MON-FRI,SUN 2027)").timeZone("Europe/Berlin")
                        .flexibleWindowMinutes(15).environment("", "MODE", "full")
                        .deadLetterQueueArn("arn:aws:sqs:eu-west-1:123456789012:report-dlq"))
                .scheduledTask("monthly", t -> t.task(td -> td.container("report", c -> c.image(ECR + "/shop/r:1.0")))
                        .schedule("cron(0 3 L * ? *)"))
                .scheduledTask("hourly", t -> t.task(td -> td.container("report", c -> c.image(ECR + "/shop/r:1.0")))
                        .schedule("rate(1 hour)").deadLetterQueue(false))
                .scheduledTask("once", t -> t.task(td -> td.container("report", c -> c.image(ECR + "/shop/r:1.0")))
                        .schedule("at(2027-01-01T09:00:00)"))
                .eventTask("uploads", t -> t.task(td -> td.container("app", c -> c.image(ECR + "/shop/t:1.0")))
                        .onS3ObjectCreated("shop-uploads", "images/")
                        .environmentFromEvent("app", "SIZE", "$.detail.object.size"))
                .eventTask("order-events", t -> t.task(td -> td.container("app", c -> c.image(ECR + "/shop/t:1.0")))
                        .eventPattern("{\"source\":[\"shop.orders\"],\"detail\":{\"total\":[{\"numeric\":[\">\",100]}]}}"))
                .notifications(n -> n.email("ops@example.com").email("lead@example.org").cluster("main"))
                .build();
        assertThat(Validator.validate(app).all()).isEmpty();
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- names and tags
                error("INVALID_NAME", "application", "upper-case application name",
                        () -> valid().toBuilder().name("Shop").build()),
                error("INVALID_NAME", "cluster[main-]", "cluster name ending with a hyphen",
                        () -> Programs.cluster(valid(), "main", c -> c.name("main-"))),
                error("INVALID_NAME", "service[my--worker]", "service name with a double hyphen",
                        () -> service(valid(), "worker", s -> s.name("my--worker"))),
                error("INVALID_NAME", "loadBalancer[" + "w".repeat(33) + "]", "load balancer name of 33 characters",
                        () -> renameLoadBalancer("internal", "w".repeat(33))),
                error("INVALID_NAME", "service[worker].task.container[my app]", "container name with a space",
                        () -> container(valid(), "worker", "worker", c -> c.name("my app"))),
                error("INVALID_NAME", "service[worker].task.container[worker].image", "image parameter in upper case",
                        () -> container(valid(), "worker", "worker", c -> c.image(
                                Image.of(ECR + "/shop/worker:2.0.0").deployTimeVersion("Worker_Tag")))),
                error("DUPLICATE_NAME", "loadBalancer[internal]", "two load balancers named internal",
                        () -> valid().toBuilder().loadBalancer("internal", LoadBalancer.Builder::internal).build()),
                error("DUPLICATE_NAME", "cluster[main]", "two clusters named main",
                        () -> Programs.clusters(valid(), List.of(valid().clusters().get(0), valid().clusters().get(0)))
                                .toBuilder().build()),
                error("DUPLICATE_NAME", "service[worker].task.container[worker]", "two containers named worker",
                        () -> task(valid(), "worker", t -> t.container("worker", c -> c.image(ECR + "/shop/x:1")))),
                error("DUPLICATE_NAME", "service[worker].task.container[worker].image", "image parameter used twice",
                        () -> container(valid(), "orders", "init", c -> c.image(
                                Image.of(ECR + "/shop/orders-migrate:1.0").deployTimeVersion("worker-image-tag")))),
                error("TAG_INVALID", "tags[aws:owner]", "reserved tag prefix",
                        () -> valid().toBuilder().tag("aws:owner", "me").build()),

                // ---- network
                error("VPC_CIDR", "network.cidr", "CIDR with host bits",
                        () -> newVpc(v -> v.cidr("10.0.0.1/16"))),
                error("VPC_CIDR", "network.cidr", "CIDR prefix /12",
                        () -> newVpc(v -> v.cidr("10.0.0.0/12"))),
                error("VPC_CIDR", "network.cidr", "not a CIDR",
                        () -> newVpc(v -> v.cidr("10.0.0.300/16"))),
                warning("VPC_CIDR_PUBLIC", "network.cidr", "publicly routable VPC CIDR",
                        () -> newVpc(v -> v.cidr("8.8.0.0/16"))),
                error("AZ_COUNT", "network.availabilityZones", "four AZs",
                        () -> newVpc(v -> v.availabilityZones(4))),
                error("EXISTING_VPC_INCOMPLETE", "network.privateSubnetIds", "one private subnet",
                        () -> existing(b -> b.privateSubnetIds("subnet-0bbbbbbbbbbbbbbb1"))),
                error("EXISTING_VPC_INCOMPLETE", "network.vpcId", "no VPC ID",
                        () -> existing(b -> b.vpcId(""))),
                error("EXISTING_VPC_ID", "network.vpcId", "malformed VPC ID",
                        () -> existing(b -> b.vpcId("vpc-123"))),
                error("EXISTING_VPC_ID", "network.privateRouteTableIds[1]", "route table listed twice",
                        () -> existing(b -> b.privateRouteTableIds("rtb-0ccccccccccccccc1", "rtb-0ccccccccccccccc1"))),
                error("EXISTING_VPC_CIDR_REQUIRED", "network.cidr", "interface endpoints without the VPC CIDR",
                        () -> existing(b -> b.cidr(""))),
                error("EXISTING_VPC_CIDR_REQUIRED", "network.cidr", "internal load balancer without the VPC CIDR",
                        () -> existing(b -> b.cidr("").privateSubnetsReachInternet(true)).toBuilder()
                                .endpoints(Endpoints.none()).build()),
                error("EXISTING_VPC_ROUTE_TABLES_REQUIRED", "network.privateRouteTableIds",
                        "S3 gateway endpoint without route tables",
                        () -> existing(b -> b.privateRouteTableIds(List.of()))),
                error("SUBNET_SELECTION", "service[worker].subnets", "explicit selection without IDs",
                        () -> service(valid(), "worker", s -> s.subnets(SubnetSelection.ids(List.of())))),
                error("SUBNET_SELECTION", "service[worker].subnets.subnetIds[0]", "explicit selection with a bad ID",
                        () -> service(valid(), "worker", s -> s.subnets(SubnetSelection.ids("my-subnet")))),
                error("LOAD_BALANCER_SUBNETS", "loadBalancer[web].subnets", "internet-facing ALB in private subnets",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.subnets(SubnetSelection.privateSubnets()))),
                error("LOAD_BALANCER_SUBNETS", "loadBalancer[web].subnets", "internet-facing ALB, existing VPC without"
                                + " public subnets",
                        () -> existing(b -> b.publicSubnetIds(List.of()))),
                error("LOAD_BALANCER_SUBNETS", "loadBalancer[web].subnets", "/24 VPC: /28 public subnets",
                        () -> newVpc(v -> v.cidr("10.0.0.0/24"))),
                error("LOAD_BALANCER_SUBNETS", "loadBalancer[internal].subnets", "one explicit subnet",
                        () -> Programs.loadBalancer(valid(), "internal",
                                lb -> lb.subnets(SubnetSelection.ids("subnet-0bbbbbbbbbbbbbbb1")))),
                error("PRIVATE_SUBNET_NO_EGRESS", "service[worker]", "Docker Hub image without NAT",
                        () -> container(valid(), "worker", "worker", c -> c.image("nginx:1.27"))),
                error("PRIVATE_SUBNET_NO_EGRESS", "service[worker]", "endpoints chosen without ssmmessages",
                        () -> valid().toBuilder().endpoints(Endpoints.only(EndpointService.ECR_API,
                                EndpointService.ECR_DKR, EndpointService.S3, EndpointService.LOGS,
                                EndpointService.SSM, EndpointService.SECRETSMANAGER, EndpointService.SQS,
                                EndpointService.SNS, EndpointService.DYNAMODB)).build()),
                error("PRIVATE_SUBNET_NO_EGRESS", "service[api]", "existing VPC without internet, only granted endpoints",
                        () -> Programs.validInExistingVpc().toBuilder().endpoints(Endpoints.only(EndpointService.S3,
                                EndpointService.SQS, EndpointService.SNS, EndpointService.DYNAMODB)).build()),
                error("PRIVATE_SUBNET_NO_EGRESS", "service[api]", "existing VPC without internet lists others",
                        () -> Programs.network(valid(), Programs.existingVpc(b -> b.existingEndpoints(
                                EndpointService.SQS, EndpointService.SNS, EndpointService.DYNAMODB,
                                EndpointService.S3))).toBuilder().endpoints(Endpoints.none()).build()),
                error("ENDPOINT_MISSING_FOR_GRANT", "service[orders].task.grants",
                        "endpoints chosen without the granted SNS and DynamoDB",
                        () -> valid().toBuilder().endpoints(Endpoints.only(EndpointService.ECR_API,
                                EndpointService.ECR_DKR, EndpointService.S3, EndpointService.LOGS,
                                EndpointService.SSM, EndpointService.SECRETSMANAGER, EndpointService.SSMMESSAGES,
                                EndpointService.SQS)).build()),
                error("ENDPOINT_MISSING_FOR_GRANT", "service[worker].task.grants",
                        "a custom statement's KMS without its endpoint",
                        () -> task(valid().toBuilder().endpoints(Endpoints.only(EndpointService.ECR_API,
                                EndpointService.ECR_DKR, EndpointService.S3, EndpointService.LOGS,
                                EndpointService.SSM, EndpointService.SECRETSMANAGER, EndpointService.SSMMESSAGES,
                                EndpointService.SQS, EndpointService.SNS, EndpointService.DYNAMODB)).build(),
                                "worker", t -> t.grant(Grant.statement(List.of("kms:Decrypt"),
                                        List.of("arn:aws:kms:eu-west-1:123456789012:key/abcd"))))),
                warning("GRANT_WITHOUT_ENDPOINT", "service[worker].task.grants",
                        "a custom statement's service without a VPC endpoint",
                        () -> task(valid(), "worker", t -> t.grant(Grant.statement(
                                List.of("route53:ChangeResourceRecordSets"),
                                List.of("arn:aws:route53:::hostedzone/Z0123456789"))))),
                error("SERVICE_CONNECT_NAMESPACE", "service[worker].serviceConnect.namespace",
                        "Service Connect without a namespace",
                        () -> service(valid(), "worker", s -> s.serviceConnect(sc -> sc.client()))),
                error("SERVICE_CONNECT_NAMESPACE", "cluster[main].serviceConnectNamespace",
                        "a malformed namespace name",
                        () -> Programs.cluster(valid(), "main", c -> c.serviceConnectNamespace("Shop Internal"))),
                error("SERVICE_CONNECT_NETWORK_MODE", "service[worker].task.networkMode",
                        "Service Connect in the host network mode",
                        () -> task(service(withEc2Capacity(valid(), c -> { }), "worker", s -> s.launchType(LaunchType.EC2)
                                        .serviceConnect(sc -> sc.namespace("shop.internal"))), "worker",
                                t -> t.networkMode(NetworkMode.HOST).compatibilities(dev.berth.task.Compatibility.EC2))),
                error("SERVICE_CONNECT_PORT_NAME", "service[worker].serviceConnect.servers[0].portName",
                        "a Service Connect server naming no port mapping",
                        () -> service(valid(), "worker", s -> s.serviceConnect(sc -> sc.namespace("shop.internal")
                                .server("http")))),
                error("SERVICE_CONNECT_SETTINGS", "service[worker].serviceConnect.servers[0].dnsName",
                        "a client alias with capitals",
                        () -> service(container(valid(), "worker", "worker", c -> c.port(9000, "http")), "worker",
                                s -> s.serviceConnect(sc -> sc.namespace("shop.internal")
                                        .server("http", a -> a.dnsName("Worker"))))),
                error("SERVICE_CONNECT_COLLISION", "service[worker].serviceConnect.servers[0].dnsName",
                        "two servers with one client alias",
                        () -> service(container(service(container(valid(), "orders", "app", c -> c.port(8081, "http")),
                                        "orders", s -> s.serviceConnect(sc -> sc.namespace("shop.internal")
                                                .server("http", a -> a.dnsName("jobs").port(80)))),
                                        "worker", "worker", c -> c.port(9000, "http")), "worker",
                                s -> s.serviceConnect(sc -> sc.namespace("shop.internal")
                                        .server("http", a -> a.dnsName("jobs").port(80))))),
                warning("SERVICE_CONNECT_CALLER", "service[api].egress[1]",
                        "a call to a Service Connect server from outside its namespace",
                        () -> service(service(container(valid(), "worker", "worker", c -> c.port(9000, "http")), "worker",
                                s -> s.serviceConnect(sc -> sc.namespace("shop.internal").server("http"))),
                                "api", s -> s.egressTo(Egress.toService("worker")))),
                error("DNS_DISCOVERY_NAMESPACE", "service[worker].serviceDiscovery.namespace",
                        "DNS discovery without a namespace",
                        () -> service(valid(), "worker", s -> s.serviceDiscovery(d -> d.name("worker")))),
                error("DNS_DISCOVERY_NAMESPACE", "service[worker].serviceDiscovery.namespace",
                        "DNS discovery in a namespace no cluster declares",
                        () -> service(valid(), "worker", s -> s.serviceDiscovery(d -> d.namespace("shop.internal")))),
                error("DNS_DISCOVERY_NAMESPACE", "cluster[main].dnsNamespace", "a malformed DNS namespace",
                        () -> Programs.cluster(valid(), "main", c -> c.dnsNamespace("Shop Internal"))),
                error("DNS_DISCOVERY_RECORD", "service[worker].serviceDiscovery.dnsRecordType",
                        "A records in the bridge network mode",
                        () -> task(service(withEc2Capacity(Programs.cluster(valid(), "main",
                                                c -> c.dnsNamespace("shop.internal")), c -> { }),
                                        "worker", s -> s.launchType(LaunchType.EC2).serviceDiscovery(d -> d.ttl(10))),
                                "worker", t -> t.networkMode(NetworkMode.BRIDGE)
                                        .compatibilities(dev.berth.task.Compatibility.EC2))),
                error("DNS_DISCOVERY_RECORD", "service[worker].serviceDiscovery.containerName",
                        "SRV records without a port mapping",
                        () -> service(Programs.cluster(valid(), "main", c -> c.dnsNamespace("shop.internal")),
                                "worker", s -> s.serviceDiscovery(d -> d.dnsRecordType(
                                        dev.berth.servicediscovery.DnsRecordType.SRV)))),
                error("DNS_DISCOVERY_SETTINGS", "service[worker].serviceDiscovery.ttl", "a negative TTL",
                        () -> service(Programs.cluster(valid(), "main", c -> c.dnsNamespace("shop.internal")),
                                "worker", s -> s.serviceDiscovery(d -> d.ttl(-1)))),
                error("DNS_DISCOVERY_COLLISION", "service[worker].serviceDiscovery.name",
                        "two services registering one name",
                        () -> service(service(Programs.cluster(valid(), "main", c -> c.dnsNamespace("shop.internal")),
                                        "api", s -> s.serviceDiscovery(d -> d.name("jobs"))),
                                "worker", s -> s.serviceDiscovery(d -> d.name("jobs")))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress to a malformed security group ID",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toSecurityGroup("sg-123", 5432)))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress to a CIDR with host bits",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toCidr("10.50.0.1/16", 6379)))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress to a malformed prefix list ID",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toPrefixList("pl-xyz", 443)))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress to an unknown service",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toService("billing")))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress to the service itself",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toService("worker")))),
                error("EGRESS_RULE", "service[worker].egress[0]", "inverted egress ports",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toCidr("10.50.0.0/16", 9000, 8000)))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress repeating the HTTPS rule",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toCidr("0.0.0.0/0", 443)))),
                error("EGRESS_RULE", "service[worker].egress[1]", "egress declared twice",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toCidr("10.50.0.0/16", 6379))
                                .egressTo(Egress.toCidr("10.50.0.0/16", 6379)))),
                error("EGRESS_RULE", "service[worker].egress[0].description", "egress description with a quote",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toCidr("10.50.0.0/16", 6379)
                                .withDescription("the \"cache\"")))),
                error("EGRESS_RULE", "service[worker].egress[0]", "egress to a port its internal load balancer lacks",
                        () -> service(valid(), "worker", s -> s.egressTo(Egress.toService("orders", 8080)))),
                error("EGRESS_RULE", "service[api].egress[1]", "egress to a service that maps no port",
                        () -> service(valid(), "api", s -> s.egressTo(Egress.toService("worker")))),
                warning("EGRESS_DATABASE_UNREACHABLE", "service[worker].task.container[worker]",
                        "a database URL behind HTTPS-only egress",
                        () -> container(valid(), "worker", "worker",
                                c -> c.env("DATABASE_URL", "postgres://db.internal:5432/shop"))),
                warning("EGRESS_DATABASE_UNREACHABLE", "service[worker].task.container[worker]",
                        "a database secret behind HTTPS-only egress",
                        () -> container(valid(), "worker", "worker", c -> c.secretFromSsm("REDIS_HOST", "/shop/redis"))),
                warning("EGRESS_SIBLING_UNREACHABLE", "service[worker].task.container[worker]",
                        "a sibling's internal load balancer on port 80 behind HTTPS-only egress",
                        () -> container(valid(), "worker", "worker",
                                c -> c.env("ORDERS_URL", "http://orders.internal.example.com/v1"))),
                warning("PUBLIC_IP_IN_PRIVATE_SUBNET", "service[worker].assignPublicIp", "public IP in private subnets",
                        () -> service(valid(), "worker", s -> s.assignPublicIp(true))),
                error("PUBLIC_SUBNET_WITHOUT_PUBLIC_IP", "service[worker].assignPublicIp", "public subnets, no public IP",
                        () -> service(valid(), "worker", s -> s.subnets(SubnetSelection.publicSubnets()))),

                // ---- clusters and capacity
                error("NO_CLUSTER", "clusters", "services without a cluster",
                        () -> Programs.clusters(valid(), List.of())),
                error("UNKNOWN_CLUSTER", "service[worker].cluster", "service names an unknown cluster",
                        () -> service(valid(), "worker", s -> s.cluster("batch"))),
                error("UNKNOWN_CLUSTER", "service[worker].cluster", "two clusters, service names none",
                        () -> service(namedClusters(valid().toBuilder().cluster("batch", c -> { }).build()), "worker",
                                s -> s.cluster(""))),
                error("UNKNOWN_CAPACITY_PROVIDER", "service[api].capacityProviderStrategy[1]",
                        "FARGATE_SPOT not associated with the cluster",
                        () -> Programs.cluster(valid(), "main", c -> c.capacityProviders("FARGATE"))),
                error("UNKNOWN_CAPACITY_PROVIDER", "cluster[main].defaultStrategy[0]",
                        "default strategy names an unassociated provider",
                        () -> Programs.cluster(valid(), "main", c -> c.defaultStrategy("asg-ondemand", 0, 1))),
                error("CAPACITY_PROVIDER_STRATEGY", "service[api].capacityProviderStrategy[1]", "two bases",
                        () -> Programs.strategy(valid(), "api", List.of(
                                CapacityProviderStrategyItem.of("FARGATE", 1, 1),
                                CapacityProviderStrategyItem.of("FARGATE_SPOT", 2, 3)))),
                error("CAPACITY_PROVIDER_STRATEGY", "service[api].capacityProviderStrategy", "all weights zero",
                        () -> Programs.strategy(valid(), "api", List.of(
                                CapacityProviderStrategyItem.of("FARGATE", 1, 0),
                                CapacityProviderStrategyItem.of("FARGATE_SPOT", 0, 0)))),
                error("CAPACITY_PROVIDER_STRATEGY", "service[api].capacityProviderStrategy[0]", "weight 1001",
                        () -> Programs.strategy(valid(), "api", List.of(
                                CapacityProviderStrategyItem.of("FARGATE", 0, 1001)))),
                error("CAPACITY_PROVIDER_MIX", "cluster[main].defaultStrategy", "default strategy mixes kinds",
                        () -> Programs.cluster(valid(), "main", c -> c
                                .capacityProviders("FARGATE", "FARGATE_SPOT", "asg-ondemand")
                                .defaultStrategy("FARGATE", 0, 1).defaultStrategy("asg-ondemand", 0, 1))),
                error("CAPACITY_PROVIDER_MIX", "service[api].capacityProviderStrategy", "service strategy mixes kinds",
                        () -> Programs.strategy(Programs.cluster(Programs.task(valid(), "api",
                                        t -> t.compatibilities(dev.berth.task.Compatibility.FARGATE,
                                                dev.berth.task.Compatibility.EC2)), "main",
                                        c -> c.capacityProviders("FARGATE", "FARGATE_SPOT", "asg-ondemand")),
                                "api", List.of(CapacityProviderStrategyItem.of("FARGATE", 1, 1),
                                        CapacityProviderStrategyItem.of("asg-ondemand", 0, 1)))),
                error("FARGATE_SPOT_ARM64", "service[api].capacityProviderStrategy[1]", "ARM64 on Fargate Spot",
                        () -> task(valid(), "api", t -> t.cpuArchitecture(CpuArchitecture.ARM64))),

                // ---- ECS Managed Instances
                error("MANAGED_INSTANCES_SETTINGS", "cluster[main].managedInstances[ecs-gpu]", "reserved name prefix",
                        () -> Programs.cluster(valid(), "main", c -> c.managedInstances("ecs-gpu", m -> { }))),
                error("MANAGED_INSTANCES_SETTINGS", "cluster[main].managedInstances[gpu].vcpu", "vCPU max below min",
                        () -> Programs.cluster(valid(), "main", c -> c.managedInstances("gpu", m -> m.vcpu(8, 4)))),
                error("MANAGED_INSTANCES_COMPATIBILITY", "service[worker].capacityProviderStrategy[0]",
                        "Fargate-only task on a Managed Instances provider",
                        () -> onManaged(valid(), "worker", t -> t.compatibilities(dev.berth.task.Compatibility.FARGATE),
                                s -> { })),
                error("MANAGED_INSTANCES_NETWORK_MODE", "service[worker].task.networkMode", "bridge on Managed Instances",
                        () -> onManaged(valid(), "worker", t -> t.networkMode(NetworkMode.BRIDGE), s -> { })),
                warning("MANAGED_INSTANCES_GPU", "service[worker].capacityProviderStrategy[0]",
                        "GPUs on a provider without GPU instances",
                        () -> container(onManaged(valid(), "worker", t -> { }, s -> { }), "worker", "worker",
                                c -> c.gpus(1))),

                // ---- placement, daemons, GPUs, host ports
                error("PLACEMENT_ON_FARGATE", "service[api].placement", "distinctInstance on Fargate",
                        () -> service(valid(), "api", s -> s.placementConstraint(
                                dev.berth.placement.PlacementConstraint.distinctInstance()))),
                error("PLACEMENT_ON_FARGATE", "service[worker].task.placementConstraints",
                        "memberOf on a Fargate task definition",
                        () -> task(valid(), "worker", t -> t.placementConstraint(
                                dev.berth.placement.PlacementConstraint.memberOf("attribute:ecs.os-type == linux")))),
                error("PLACEMENT_STRATEGY", "service[worker].placementStrategies[0]", "binpack on disk",
                        () -> service(onEc2(valid(), "worker"), "worker", s -> s.placementStrategy(
                                new dev.berth.placement.PlacementStrategy("binpack", "disk")))),
                warning("PLACEMENT_STRATEGY_MANAGED_INSTANCES", "service[worker].placementStrategies",
                        "spread on Managed Instances",
                        () -> onManaged(valid(), "worker", t -> { }, s -> s.placementStrategy(
                                dev.berth.placement.PlacementStrategy.spreadAcrossZones()))),
                error("PLACEMENT_EXPRESSION", "service[worker].placementConstraints[0]", "memberOf without a value",
                        () -> service(onEc2(valid(), "worker"), "worker", s -> s.placementConstraint(
                                dev.berth.placement.PlacementConstraint.memberOf("attribute:ecs.instance-type =~")))),
                error("PLACEMENT_EXPRESSION", "service[worker].placementConstraints[0]", "memberOf with an unknown subject",
                        () -> service(onEc2(valid(), "worker"), "worker", s -> s.placementConstraint(
                                dev.berth.placement.PlacementConstraint.memberOf("instanceType == t3.small")))),
                error("DAEMON_ON_FARGATE", "service[worker].launchType", "daemon on Fargate",
                        () -> service(valid(), "worker", s -> s.schedulingStrategy(
                                dev.berth.service.SchedulingStrategy.DAEMON))),
                error("DAEMON_CAPACITY_PROVIDER", "service[worker].capacityProviderStrategy", "daemon with a strategy",
                        () -> service(onManaged(valid(), "worker", t -> { }, s -> { }), "worker",
                                s -> s.schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON))),
                error("DAEMON_AUTO_SCALING", "service[worker].autoScaling", "daemon with auto scaling",
                        () -> service(Programs.scaling(onEc2(valid(), "worker"), "worker",
                                a -> a.minCapacity(1).maxCapacity(4).cpuTargetPercent(60)), "worker",
                                s -> s.schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON))),
                error("DAEMON_PLACEMENT_STRATEGY", "service[worker].placementStrategies", "daemon with a strategy",
                        () -> service(onEc2(valid(), "worker"), "worker", s -> s
                                .schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON)
                                .placementStrategy(dev.berth.placement.PlacementStrategy.spreadAcrossInstances()))),
                error("GPU_COUNT", "service[worker].task.container[worker].gpus", "-1 GPUs",
                        () -> container(onEc2(valid(), "worker"), "worker", "worker", c -> c.gpus(-1))),
                error("GPU_ON_FARGATE", "service[worker].task.container[worker].gpus", "a GPU on Fargate",
                        () -> container(valid(), "worker", "worker", c -> c.gpus(1))),
                error("ELASTIC_INFERENCE_RETIRED", "service[worker].task.container[worker].inferenceAccelerator",
                        "an Elastic Inference accelerator",
                        () -> container(onEc2(valid(), "worker"), "worker", "worker",
                                c -> c.inferenceAccelerator("eia2.medium"))),
                error("PUBLIC_IP_OFF_FARGATE", "service[worker].assignPublicIp", "a public IP on EC2",
                        () -> service(onEc2(valid(), "worker"), "worker", s -> s
                                .subnets(dev.berth.network.SubnetSelection.publicSubnets()).assignPublicIp(true))),
                warning("HOST_PORT_COLLISION", "service[worker].placementConstraints",
                        "two host-mode tasks that may share an instance",
                        () -> service(container(task(onEc2(valid(), "worker"), "worker",
                                t -> t.networkMode(NetworkMode.HOST)), "worker", "worker", c -> c.port(9000)),
                                "worker", s -> s.desiredCount(2))),
                // ---- EC2 capacity
                error("EC2_CAPACITY_SETTINGS", "cluster[main].ec2Capacity[general].maxSize", "max size below min size",
                        () -> withEc2Capacity(valid(), c -> c.minSize(3).maxSize(2))),
                error("EC2_CAPACITY_SETTINGS", "cluster[main].ec2Capacity[general].instanceTypes",
                        "arm64 instance type with an x86_64 AMI",
                        () -> withEc2Capacity(valid(), c -> c.instanceTypes("m7g.large"))),
                error("EC2_CAPACITY_SETTINGS", "cluster[main].ec2Capacity[ecs-general].name",
                        "name with a prefix ECS reserves",
                        () -> withEc2Capacity(valid(), c -> c.name("ecs-general"))),
                error("EC2_CAPACITY_SETTINGS", "cluster[main].ec2Capacity[general].name",
                        "name of a Managed Instances provider",
                        () -> withEc2Capacity(Programs.cluster(valid(), "main",
                                c -> c.managedInstances("general", m -> { })), c -> { })),
                error("EC2_CAPACITY_SETTINGS", "cluster[main].ec2Capacity[general].agentSettings[ECS_CLUSTER]",
                        "agent setting Berth writes",
                        () -> withEc2Capacity(valid(), c -> c.agentSetting("ECS_CLUSTER", "other"))),
                warning("EC2_INSTANCE_TYPE_UNKNOWN", "cluster[main].ec2Capacity[general].instanceTypes",
                        "instance type Berth does not know",
                        () -> withEc2Capacity(valid(), c -> c.instanceTypes("x2iedn.large"))),
                error("EC2_ARCHITECTURE_MISMATCH", "service[worker].task.cpuArchitecture", "ARM64 task on x86_64 AMI",
                        () -> ec2Worker(t -> t.cpuArchitecture(CpuArchitecture.ARM64))),
                error("EC2_TASK_TOO_LARGE", "service[worker].task", "16 GiB task on 8 GiB instances",
                        () -> ec2Worker(t -> t.cpu(2048).memory(16384))),
                error("EC2_AGENT_UNREACHABLE", "endpoints", "no NAT and no ecs endpoints",
                        () -> {
                            Application app = ec2Worker(t -> { });
                            java.util.Set<dev.berth.network.EndpointService> only =
                                    java.util.EnumSet.copyOf(app.effectiveEndpoints());
                            only.removeAll(dev.berth.network.EndpointNeeds.ec2Agent());
                            return app.toBuilder().endpoints(new Endpoints(false, only)).build();
                        }),
                warning("EC2_NO_CAPACITY", "service[worker].launchType", "EC2 launch type without EC2 capacity",
                        () -> service(task(valid(), "worker", t -> t.compatibilities(dev.berth.task.Compatibility.EC2)
                                .networkMode(NetworkMode.BRIDGE)), "worker", s -> s.launchType(LaunchType.EC2))),
                error("EC2_NETWORK_MODE", "service[worker].exposure[0].targetType", "bridge behind an IP target group",
                        () -> exposeWorker(ec2Worker(t -> { }), e -> e.path("/worker/*"))),
                error("EC2_NETWORK_MODE", "service[worker].task.container[worker].portMappings",
                        "port mapping in the none mode",
                        () -> container(ec2Worker(t -> t.networkMode(NetworkMode.NONE)), "worker", "worker",
                                c -> c.port(8080))),
                warning("AWSVPC_ON_EC2", "service[worker].task.networkMode", "awsvpc tasks on EC2 instances",
                        () -> ec2Worker(t -> t.networkMode(NetworkMode.AWSVPC))),
                error("EXTERNAL_LAUNCH_TYPE", "service[worker].launchType", "awsvpc on external instances",
                        () -> service(task(valid(), "worker", t -> t.compatibilities(
                                dev.berth.task.Compatibility.EXTERNAL)), "worker", s -> s.launchType(LaunchType.EXTERNAL))),

                // ---- task definition
                error("FARGATE_NETWORK_MODE", "service[api].task.networkMode", "bridge on Fargate",
                        () -> task(valid(), "api", t -> t.networkMode(NetworkMode.BRIDGE))),
                error("FARGATE_CPU_MEMORY", "service[api].task.memory", "512 cpu with 3000 MiB",
                        () -> task(valid(), "api", t -> t.memory(3000))),
                error("FARGATE_CPU_MEMORY", "service[worker].task.cpu", "cpu 300",
                        () -> task(valid(), "worker", t -> t.cpu(300))),
                error("LAUNCH_TYPE_COMPATIBILITY", "service[worker].launchType", "EC2 launch type, Fargate-only task",
                        () -> service(valid(), "worker", s -> s.launchType(LaunchType.EC2))),
                error("LAUNCH_TYPE_COMPATIBILITY", "service[api].capacityProviderStrategy[0]",
                        "Auto Scaling group provider, Fargate-only task",
                        () -> Programs.strategy(Programs.cluster(valid(), "main",
                                        c -> c.capacityProviders("FARGATE", "FARGATE_SPOT", "asg-ondemand")),
                                "api", List.of(CapacityProviderStrategyItem.of("asg-ondemand", 0, 1)))),
                error("CONTAINER_COUNT", "service[worker].task", "no container",
                        () -> Programs.containers(valid(), "worker", List.of())),
                error("NO_ESSENTIAL_CONTAINER", "service[worker].task", "no essential container",
                        () -> container(valid(), "worker", "worker", c -> c.essential(false))),
                error("CONTAINER_RESOURCES", "service[api].task.memory", "container memory above task memory",
                        () -> container(valid(), "api", "app", c -> c.memory(2048))),
                error("CONTAINER_RESOURCES", "service[api].task.cpu", "container cpu above task cpu",
                        () -> container(valid(), "api", "app", c -> c.cpu(1024))),
                error("CONTAINER_RESOURCES", "service[api].task.container[app].memoryReservation",
                        "reservation above limit",
                        () -> container(valid(), "api", "app", c -> c.memoryReservation(800))),
                error("DUPLICATE_PORT", "service[api].task.container[app].portMappings[1]", "port 8080 mapped twice",
                        () -> container(valid(), "api", "app", c -> c.port(8080))),
                error("DUPLICATE_PORT", "service[orders].task.container[metrics].portMappings[0]",
                        "two containers of an awsvpc task on 8080",
                        () -> container(valid(), "orders", "metrics", c -> c.port(8080))),

                // ---- containers
                error("IMAGE_REQUIRED", "service[worker].task.container[worker].image", "no image",
                        () -> container(valid(), "worker", "worker", c -> c.image(""))),
                error("IMAGE_REFERENCE", "service[worker].task.container[worker].image", "upper-case repository",
                        () -> container(valid(), "worker", "worker", c -> c.image(ECR + "/Shop/Worker:2.0.0"))),
                warning("IMAGE_MUTABLE_TAG", "service[worker].task.container[worker].image", "tag latest",
                        () -> container(valid(), "worker", "worker", c -> c.image(ECR + "/shop/worker:latest"))),
                warning("IMAGE_MUTABLE_TAG", "service[worker].task.container[worker].image", "no tag",
                        () -> container(valid(), "worker", "worker", c -> c.image(ECR + "/shop/worker"))),
                error("UNKNOWN_CONTAINER_DEPENDENCY", "service[orders].task.container[app].dependsOn[1]",
                        "depends on a missing container",
                        () -> container(valid(), "orders", "app", c -> c.dependsOn("sidecar", DependencyCondition.START))),
                error("UNKNOWN_CONTAINER_DEPENDENCY", "service[orders].task.container[app].dependsOn[1]",
                        "depends on itself",
                        () -> container(valid(), "orders", "app", c -> c.dependsOn("app", DependencyCondition.START))),
                error("CONTAINER_DEPENDENCY_CYCLE", "service[orders].task.container[app].dependsOn",
                        "app waits for init, init waits for app",
                        () -> container(valid(), "orders", "init", c -> c.dependsOn("app", DependencyCondition.START))),
                error("DEPENDENCY_NEEDS_HEALTH_CHECK", "service[orders].task.container[metrics].dependsOn[0]",
                        "HEALTHY on a container without health check",
                        () -> container(valid(), "orders", "app", c -> c.healthCheck(HealthCheck.NONE))),
                error("DEPENDENCY_CONDITION_ESSENTIAL", "service[orders].task.container[app].dependsOn[0]",
                        "SUCCESS on an essential container",
                        () -> container(valid(), "orders", "init", c -> c.essential(true))),
                error("HEALTH_CHECK_RANGE", "service[api].task.container[app].healthCheck", "interval 2 seconds",
                        () -> container(valid(), "api", "app", c -> c.healthCheck(
                                new HealthCheck(List.of("CMD-SHELL", "true"), 2, 5, 3, 0)))),
                error("PORT_RANGE", "service[worker].task.container[worker].portMappings[0]", "port 70000",
                        () -> container(valid(), "worker", "worker", c -> c.port(70000))),
                error("AWSVPC_HOST_PORT", "service[worker].task.container[worker].portMappings[0]",
                        "host port differs from container port",
                        () -> container(valid(), "worker", "worker", c -> c.portMapping(
                                new PortMapping(9000, 9001, Protocol.TCP, "")))),
                error("DUPLICATE_VARIABLE", "service[api].task.container[app].secrets[0]", "DB_URL env and secret",
                        () -> container(valid(), "api", "app", c -> c.env("DB_URL", "postgres://localhost"))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]", "SSM name without /",
                        () -> container(valid(), "api", "app", c -> c.secretFromSsm("API_KEY", "shop/api-key"))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]", "Secrets Manager by name",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("API_KEY", "shop/api-key"))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]", "JSON key on SSM",
                        () -> container(valid(), "api", "app", c -> c.secret(
                                new Secret("API_KEY", dev.berth.task.SecretSource.SSM_PARAMETER, "/shop/api",
                                        SecretRef.Form.NAME, "key", "", "", "")))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]",
                        "Secrets Manager ARN with :key:stage: appended",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("TOKEN",
                                Programs.DB_PASSWORD + ":token:AWSPREVIOUS:"))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]",
                        "partial ARN given as a complete one",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("API_KEY",
                                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/api-key"))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]", "ARN given as a name",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("API_KEY",
                                SecretRef.name(Programs.DB_PASSWORD)))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]", "JSON key with a colon",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("API_KEY",
                                SecretRef.name("shop/api").withJsonKey("a:b")))),
                error("SECRET_VERSION", "service[api].task.container[app].secrets[2]", "version stage and ID",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("API_KEY",
                                SecretRef.name("shop/api").withVersionStage("AWSPREVIOUS")
                                        .withVersionId("9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE")))),
                error("SECRET_VERSION", "service[api].task.container[app].secrets[2]", "version ID too short",
                        () -> container(valid(), "api", "app", c -> c.secretFromSecretsManager("API_KEY",
                                SecretRef.name("shop/api").withVersionId("v1")))),
                error("SECRET_REFERENCE", "service[api].task.container[app].secrets[2]", "KMS alias instead of key",
                        () -> container(valid(), "api", "app", c -> c.secret(Secret.fromSsmParameter("API_KEY",
                                "/shop/api-key").encryptedWith("alias/shop")))),
                error("REPOSITORY_CREDENTIALS", "service[worker].task.container[worker].repositoryCredentials",
                        "credentials by name",
                        () -> container(valid(), "worker", "worker", c -> c.repositoryCredentials("dockerhub"))),
                error("LOG_RETENTION", "service[worker].task.container[worker].logging.retentionDays", "10 days",
                        () -> container(valid(), "worker", "worker", c -> c.logging(l -> l.retentionDays(10)))),
                error("LOG_GROUP_NAME", "service[worker].task.container[worker].logging.logGroupName",
                        "log group with a space",
                        () -> container(valid(), "worker", "worker", c -> c.logging(l -> l.logGroupName("my logs")))),
                error("LOG_GROUP_NAME", "service[worker].task.container[worker].logging.logGroupName",
                        "log group of another service",
                        () -> container(valid(), "worker", "worker", c -> c.logging(l -> l.logGroupName(
                                "/ecs/" + valid().name() + "/api")))),
                error("LOG_GROUP_RETENTION_CONFLICT", "service[orders].task.container[metrics].logging.retentionDays",
                        "two containers share a log group with different retentions",
                        () -> container(valid(), "orders", "metrics", c -> c.logging(l -> l.retentionDays(7)))),

                error("LOG_KMS_KEY", "service[worker].task.container[worker].logging.kmsKey", "KMS alias for logs",
                        () -> container(valid(), "worker", "worker", c -> c.logging(l -> l.kmsKey("alias/logs")))),
                error("LOG_KMS_KEY", "service[worker].task.container[worker].logging.kmsKey",
                        "KMS key on a group the driver creates",
                        () -> container(valid(), "worker", "worker", c -> c.logging(l -> l.kmsKey(KMS_KEY)
                                .createGroup(true)))),
                error("LOG_KMS_KEY", "network.flowLogsKmsKey", "KMS key ID for flow logs",
                        () -> newVpc(v -> v.flowLogsKmsKey("0a1b2c3d-4e5f-6789-abcd-ef0123456789"))),
                error("LOG_RETENTION", "network.flowLogsRetentionDays", "flow logs kept 45 days",
                        () -> newVpc(v -> v.flowLogsRetentionDays(45))),
                error("LOG_GROUP_SETTINGS_CONFLICT", "service[orders].task.container[metrics].logging",
                        "two containers share a log group, one with a KMS key",
                        () -> container(valid(), "orders", "metrics", c -> c.logging(l -> l.kmsKey(KMS_KEY)))),
                error("LOG_GROUP_SETTINGS_CONFLICT", "service[orders].task.container[metrics].logging",
                        "two containers share a log group, one retained",
                        () -> container(valid(), "orders", "metrics", c -> c.logging(l -> l.removalPolicy(
                                dev.berth.RemovalPolicy.RETAIN)))),
                error("LOG_GROUP_NAME", "service[worker].task.container[worker].logging.logGroupName",
                        "retained log group with a name too long for its unique suffix",
                        () -> container(valid(), "worker", "worker", c -> c.logging(l -> l.logGroupName(
                                "/" + "g".repeat(499)).removalPolicy(dev.berth.RemovalPolicy.RETAIN)))),
                error("REPOSITORY_CREDENTIALS", "service[worker].task.container[worker].repositoryCredentials",
                        "registry credentials' key by alias",
                        () -> container(valid(), "worker", "worker", c -> c.repositoryCredentials(
                                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-AbCdEf",
                                "alias/registry"))),

                // ---- container runtime settings
                error("CONTAINER_USER", "service[worker].task.container[worker].user", "user with two colons",
                        () -> container(valid(), "worker", "worker", c -> c.user("app:staff:wheel"))),
                error("CONTAINER_USER", "service[worker].task.container[worker].user", "negative uid",
                        () -> container(valid(), "worker", "worker", c -> c.user("-1"))),
                error("WORKING_DIRECTORY", "service[worker].task.container[worker].workingDirectory",
                        "relative working directory",
                        () -> container(valid(), "worker", "worker", c -> c.workingDirectory("app"))),
                error("STOP_TIMEOUT", "service[worker].task.container[worker].stopTimeoutSeconds",
                        "stop timeout of 5 minutes on Fargate",
                        () -> container(valid(), "worker", "worker", c -> c.stopTimeoutSeconds(300))),
                error("STOP_TIMEOUT", "service[worker].task.container[worker].stopTimeoutSeconds",
                        "negative stop timeout",
                        () -> container(valid(), "worker", "worker", c -> c.stopTimeoutSeconds(-1))),
                error("ULIMIT", "service[worker].task.container[worker].ulimits[0]", "soft limit above hard",
                        () -> container(valid(), "worker", "worker", c -> c.ulimit(UlimitName.NOFILE, 2048, 1024))),
                error("ULIMIT", "service[worker].task.container[worker].ulimits[1]", "nofile set twice",
                        () -> container(valid(), "worker", "worker", c -> c.ulimit(UlimitName.NOFILE, 1024, 1024)
                                .ulimit(UlimitName.NOFILE, 2048, 2048))),
                error("ULIMIT", "service[worker].task.container[worker].ulimits[0]", "nofile above Fargate's maximum",
                        () -> container(valid(), "worker", "worker", c -> c.ulimit(UlimitName.NOFILE, 65535,
                                2_000_000))),
                error("LINUX_PARAMETERS", "service[worker].task.container[worker].linuxParameters",
                        "SYS_PTRACE added and dropped",
                        () -> container(valid(), "worker", "worker", c -> c.linuxParameters(l -> l
                                .addCapabilities(LinuxCapability.SYS_PTRACE)
                                .dropCapabilities(LinuxCapability.SYS_PTRACE)))),
                error("FARGATE_UNSUPPORTED", "service[worker].task.container[worker].privileged",
                        "privileged container on Fargate",
                        () -> container(valid(), "worker", "worker", c -> c.privileged(true))),
                error("FARGATE_UNSUPPORTED", "service[worker].task.container[worker].linuxParameters.addCapabilities",
                        "NET_ADMIN added on Fargate",
                        () -> container(valid(), "worker", "worker", c -> c.linuxParameters(l -> l
                                .addCapabilities(LinuxCapability.NET_ADMIN, LinuxCapability.SYS_PTRACE)))),
                error("FARGATE_UNSUPPORTED",
                        "service[worker].task.container[worker].linuxParameters.sharedMemorySizeMiB",
                        "shared memory size on Fargate",
                        () -> container(valid(), "worker", "worker", c -> c.linuxParameters(l -> l
                                .sharedMemorySizeMiB(256)))),
                warning("PRIVILEGED_CONTAINER", "service[worker].task.container[worker].privileged",
                        "privileged container on EC2",
                        () -> container(onEc2(valid(), "worker"), "worker", "worker", c -> c.privileged(true))),
                error("ENVIRONMENT_FILE", "service[worker].task.container[worker].environmentFiles[0]",
                        "environment file without .env",
                        () -> container(valid(), "worker", "worker", c -> c.environmentFile(
                                "arn:aws:s3:::shop-config/worker.properties"))),
                error("ENVIRONMENT_FILE", "service[worker].task.container[worker].environmentFiles[0]",
                        "environment file by S3 URL",
                        () -> container(valid(), "worker", "worker", c -> c.environmentFile(
                                "s3://shop-config/worker.env"))),
                error("ENVIRONMENT_FILE", "service[worker].task.container[worker].environmentFiles[1]",
                        "environment file listed twice",
                        () -> container(valid(), "worker", "worker", c -> c
                                .environmentFile("arn:aws:s3:::shop-config/worker.env")
                                .environmentFile("arn:aws:s3:::shop-config/worker.env"))),
                error("ENVIRONMENT_FILE", "service[worker].task.container[worker].environmentFiles",
                        "eleven environment files",
                        () -> container(valid(), "worker", "worker", c -> {
                            for (int i = 0; i < 11; i++) {
                                c.environmentFile("arn:aws:s3:::shop-config/worker-" + i + ".env");
                            }
                        })),
                warning("EXEC_READONLY_ROOT", "service[worker].task.container[worker].readonlyRootFilesystem",
                        "read-only root in a service with ECS Exec",
                        () -> container(valid(), "worker", "worker", c -> c.readonlyRootFilesystem(true))),

                // ---- log routing with FireLens
                error("FIRELENS_WITHOUT_ROUTER", "service[worker].task.container[worker].logging",
                        "FireLens without a log router",
                        () -> container(valid(), "worker", "worker",
                                c -> c.logging(Logging.fireLens(FireLens.cloudWatchLogs())))),
                error("LOG_ROUTER", "service[worker].task.container[log_router].logRouter",
                        "log router no container uses",
                        () -> task(valid(), "worker", t -> t.logRouter(r -> r.image(ROUTER_IMAGE)
                                .logging(l -> l.retentionDays(14))))),
                error("LOG_ROUTER", "service[worker].task.container[router2].logRouter", "two log routers",
                        () -> routed(FireLens.cloudWatchLogs(), r -> { }, t -> t.container("router2", c -> c
                                .image(ROUTER_IMAGE).logRouter(LogRouter.fluentBit())))),
                error("LOG_ROUTER", "service[worker].task.container[log_router].user", "log router as user 1000",
                        () -> routed(FireLens.cloudWatchLogs(), r -> r.user("1000"), t -> { })),
                error("LOG_ROUTER", "service[worker].task.container[log_router].logging",
                        "log router logging to itself",
                        () -> routed(FireLens.cloudWatchLogs(), r -> r.logging(Logging.fireLens(
                                FireLens.firehose("shop-logs"))), t -> { })),
                error("LOG_ROUTER", "service[worker].task.container[log_router].logRouter.configFile",
                        "configuration file at the generated configuration's path",
                        () -> routed(FireLens.cloudWatchLogs(), r -> r.logRouter(LogRouter.fluentBit()
                                .withConfigFile("/fluent-bit/etc/fluent-bit.conf")), t -> { })),
                error("LOG_ROUTER", "service[worker].task.container[log_router].readonlyRootFilesystem",
                        "S3 output with a read-only router",
                        () -> service(routed(FireLens.s3("shop-logs"), r -> r.readonlyRootFilesystem(true), t -> { }),
                                "worker", s -> s.enableExecuteCommand(false))),
                error("FIRELENS_OUTPUT", "service[worker].task.container[worker].logging.fireLens",
                        "Firehose stream given by ARN",
                        () -> routed(FireLens.firehose("arn:aws:firehose:eu-west-1:123456789012:deliverystream/logs"),
                                r -> { }, t -> { })),
                error("FIRELENS_OUTPUT", "service[worker].task.container[worker].logging.fireLens",
                        "bucket with upper-case letters",
                        () -> routed(FireLens.s3("Shop-Logs"), r -> { }, t -> { })),
                error("FIRELENS_OUTPUT", "service[worker].task.container[worker].logging.fireLens",
                        "key prefix starting with a slash",
                        () -> routed(FireLens.s3("shop-logs", "/logs/"), r -> { }, t -> { })),
                error("FIRELENS_OUTPUT", "service[worker].task.container[worker].logging.awslogs",
                        "awslogs and FireLens at once",
                        () -> container(routed(FireLens.cloudWatchLogs(), r -> { }, t -> { }), "worker", "worker",
                                c -> c.logging(l -> l.fireLens(FireLens.cloudWatchLogs()).awslogs(true)))),
                warning("LOG_ROUTER_NOT_ESSENTIAL", "service[worker].task.container[log_router].essential",
                        "log router not essential",
                        () -> routed(FireLens.cloudWatchLogs(), r -> r.essential(false), t -> { })),
                error("PRIVATE_SUBNET_NO_EGRESS", "service[worker]", "public ECR log router without NAT",
                        () -> container(task(valid(), "worker", t -> t.logRouter()), "worker", "worker",
                                c -> c.logging(Logging.fireLens(FireLens.cloudWatchLogs())))),
                error("ENDPOINT_MISSING_FOR_GRANT", "service[worker].task", "Firehose output without its endpoint",
                        () -> routed(FireLens.firehose("shop-logs"), r -> { }, t -> { }).toBuilder()
                                .endpoints(Endpoints.only(EndpointService.ECR_API,
                                        EndpointService.ECR_DKR, EndpointService.S3, EndpointService.LOGS,
                                        EndpointService.SSM, EndpointService.SECRETSMANAGER,
                                        EndpointService.SSMMESSAGES, EndpointService.SQS, EndpointService.SNS,
                                        EndpointService.DYNAMODB)).build()),
                // ---- the hardened profile
                error("HARDENED_CONTAINER_USER", "service[api].task.container[app].user", "image's user",
                        () -> hardened(c -> c.user(""), lb -> { }, a -> { })),
                error("HARDENED_CONTAINER_USER", "service[api].task.container[app].user", "root with a group",
                        () -> hardened(c -> c.user("root:staff"), lb -> { }, a -> { })),
                error("HARDENED_CONTAINER_USER", "service[api].task.container[log_router].logRouter",
                        "a FireLens log router (ECS runs it as root)", () -> hardened(c -> { }, lb -> { }, a -> a
                                .service("api", s -> hardenedService(s,
                                        c -> c.logging(Logging.fireLens(FireLens.cloudWatchLogs())),
                                        t -> t.logRouter(r -> r.image(ROUTER_IMAGE).readonlyRootFilesystem(true)
                                                .mount("tmp", "/tmp")))))),
                error("HARDENED_FILE_SYSTEM", "fileSystem[vault].encrypted", "an unencrypted EFS file system",
                        () -> hardened(c -> { }, lb -> { }, a -> a.fileSystem("vault", fs -> fs.encrypted(false)))),
                error("HARDENED_FILE_SYSTEM", "fileSystem[vault].accessPoint[api].path", "an access point at '/'",
                        () -> hardened(c -> { }, lb -> { }, a -> a.fileSystem("vault", fs -> fs
                                .accessPoint("api", ap -> ap.posixUser(1000, 1000))))),
                error("HARDENED_FILE_SYSTEM", "fileSystem[vault].accessPoint[api].posixUser",
                        "an access point without a POSIX user", () -> hardened(c -> { }, lb -> { }, a -> a
                                .fileSystem("vault", fs -> fs.accessPoint("api", ap -> ap.path("/api")
                                        .creationInfo(1000, 1000, "0750"))))),
                error("HARDENED_READONLY_ROOT", "service[api].task.container[app].readonlyRootFilesystem",
                        "writable root", () -> hardened(c -> c.readonlyRootFilesystem(false), lb -> { }, a -> { })),
                error("HARDENED_CONTAINER_MEMORY", "service[api].task.container[app].memory",
                        "two containers without memory limits", () -> hardened(c -> { }, lb -> { }, a -> a
                                .service("api", s -> hardenedService(s, c -> { }, t -> t.container("sidecar", c -> c
                                        .image(ECR + "/sidecar:1.0").user("1000").readonlyRootFilesystem(true)
                                        .essential(false)))))),
                error("HARDENED_LOGGING", "service[api].task.container[app].logging.retentionDays",
                        "log retention of 30 days", () -> hardened(c -> c.logging(l -> l.retentionDays(30)),
                                lb -> { }, a -> { })),
                error("HARDENED_LOGGING", "service[api].task.container[app].logging.createGroup",
                        "log group created by the driver", () -> hardened(c -> c.logging(l -> l.createGroup(true)),
                                lb -> { }, a -> { })),
                error("HARDENED_LOGGING", "network.flowLogsRetentionDays", "flow logs kept 90 days",
                        () -> hardened(c -> { }, lb -> { }, a -> a.newVpc(v -> v.flowLogsRetentionDays(90)))),
                error("HARDENED_CONTAINER_INSIGHTS", "cluster[main].containerInsights", "enhanced Container Insights",
                        () -> hardened(c -> { }, lb -> { }, a -> a.cluster(dev.berth.compute.Cluster.builder()
                                .name("main").containerInsights(dev.berth.compute.ContainerInsights.ENHANCED)
                                .build()))),
                error("HARDENED_TASK_SETTINGS", "service[api].task.container[app].environment[AWS_ACCESS_KEY_ID]",
                        "an access key in the environment", () -> hardened(c -> c.env("AWS_ACCESS_KEY_ID",
                                "AKIAIOSFODNN7EXAMPLE"), lb -> { }, a -> { })),
                error("HARDENED_PUBLIC_IP", "service[api].assignPublicIp", "public IPs on tasks in public subnets",
                        () -> hardened(c -> { }, lb -> { }, a -> a.service("api", s -> hardenedService(s, c -> { }, t -> { })
                                .subnets(dev.berth.network.SubnetSelection.publicSubnets()).assignPublicIp(true)))),
                error("HARDENED_HTTPS", "loadBalancer[web].https", "a load balancer without HTTPS",
                        () -> hardened(c -> { }, lb -> lb.https(""), a -> { })),
                error("HARDENED_HTTPS", "loadBalancer[web].redirectHttpToHttps", "HTTP not redirected",
                        () -> hardened(c -> { }, lb -> lb.redirectHttpToHttps(false), a -> { })),
                error("HARDENED_ACCESS_LOGS", "loadBalancer[web].accessLogs", "no access logs",
                        () -> hardened(c -> { }, lb -> lb.accessLogs(""), a -> { })),
                error("HARDENED_LISTENER_PORTS", "loadBalancer[web].httpsPort", "HTTPS on 8443 from the internet",
                        () -> hardened(c -> { }, lb -> lb.httpsPort(8443), a -> { })),

                // ---- volumes and task storage
                error("UNKNOWN_VOLUME", "service[worker].task.container[worker].mountPoints[0]",
                        "mount of an undeclared volume",
                        () -> container(valid(), "worker", "worker", c -> c.mount("scratch", "/tmp"))),
                error("MOUNT_POINT", "service[worker].task.container[worker].mountPoints[0]", "relative mount path",
                        () -> container(task(valid(), "worker", t -> t.volume(Volume.bind("scratch"))), "worker",
                                "worker", c -> c.mount("scratch", "tmp"))),
                error("MOUNT_POINT", "service[worker].task.container[worker].mountPoints[1]", "two mounts at /tmp",
                        () -> container(task(valid(), "worker", t -> t.volume(Volume.bind("a"))
                                .volume(Volume.bind("b"))), "worker", "worker", c -> c.mount("a", "/tmp")
                                .mountReadOnly("b", "/tmp"))),
                error("VOLUMES_FROM", "service[orders].task.container[metrics].volumesFrom[0]",
                        "volumes of an unknown container",
                        () -> container(valid(), "orders", "metrics", c -> c.volumesFrom("ghost", true))),
                error("VOLUMES_FROM", "service[orders].task.container[metrics].volumesFrom[0]",
                        "volumes of itself",
                        () -> container(valid(), "orders", "metrics", c -> c.volumesFrom("metrics", true))),
                error("EPHEMERAL_STORAGE", "service[worker].task.ephemeralStorageGiB", "10 GiB",
                        () -> task(valid(), "worker", t -> t.ephemeralStorageGiB(10))),
                error("EPHEMERAL_STORAGE", "service[worker].task.ephemeralStorageGiB", "ephemeral storage on EC2",
                        () -> task(onEc2(valid(), "worker"), "worker", t -> t.ephemeralStorageGiB(30))),
                error("INVALID_NAME", "service[worker].task.volumes[0]", "volume name with a space",
                        () -> task(valid(), "worker", t -> t.volume(Volume.bind("my volume")))),
                error("DUPLICATE_NAME", "service[worker].task.volumes[1]", "two volumes named scratch",
                        () -> task(valid(), "worker", t -> t.volume(Volume.bind("scratch"))
                                .volume(Volume.bind("scratch")))),
                error("INVALID_NAME", "service[worker].task.container[worker].dockerLabels", "empty label key",
                        () -> container(valid(), "worker", "worker", c -> c.dockerLabel("", "x"))),

                // ---- IAM
                error("ROLE_ARN", "service[worker].task.executionRoleArn", "role by name",
                        () -> task(valid(), "worker", t -> t.executionRoleArn("ecsTaskExecutionRole"))),
                error("ROLE_ARN", "service[worker].task.taskRoleArn", "policy ARN instead of role ARN",
                        () -> task(valid(), "worker", t -> t.taskRoleArn("arn:aws:iam::123456789012:policy/app"))),
                error("GRANT_WILDCARD_ACTION", "service[worker].task.grants[1]", "s3:*",
                        () -> task(valid(), "worker", t -> t.grant(Grant.statement(List.of("s3:*"),
                                List.of("arn:aws:s3:::shop-uploads/*"))))),
                error("GRANT_WILDCARD_ACTION", "service[worker].task.grants[1]", "*",
                        () -> task(valid(), "worker", t -> t.grant(Grant.statement(List.of("*"),
                                List.of("arn:aws:s3:::shop-uploads/*"))))),
                warning("GRANT_WILDCARD_RESOURCE", "service[worker].task.grants[1]", "resource *",
                        () -> task(valid(), "worker", t -> t.grant(Grant.statement(List.of("cloudwatch:PutMetricData"),
                                List.of("*"))))),
                error("GRANT_EMPTY", "service[worker].task.grants[1]", "no actions",
                        () -> task(valid(), "worker", t -> t.grant(Grant.statement(List.of(),
                                List.of("arn:aws:s3:::shop-uploads/*"))))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "bucket with upper case",
                        () -> task(valid(), "worker", t -> t.grant(Grant.s3Bucket("Shop_Uploads", Access.READ)))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "queue URL instead of ARN",
                        () -> task(valid(), "worker", t -> t.grant(Grant.sqsConsume(
                                "https://sqs.eu-west-1.amazonaws.com/123456789012/orders")))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "SQS ARN given for SNS",
                        () -> task(valid(), "worker", t -> t.grant(Grant.snsPublish(
                                "arn:aws:sqs:eu-west-1:123456789012:orders")))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "table name with a space",
                        () -> task(valid(), "worker", t -> t.grant(Grant.dynamoDbTable("my table", Access.READ)))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "KMS alias for a key grant",
                        () -> task(valid(), "worker", t -> t.grant(Grant.kmsDecrypt("alias/shop")))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "queue URL for SQS send",
                        () -> task(valid(), "worker", t -> t.grant(Grant.sqsSend(
                                "https://sqs.eu-west-1.amazonaws.com/123456789012/emails")))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "secret grant with a JSON key",
                        () -> task(valid(), "worker", t -> t.grant(Grant.secretRead(SecretRef.name("shop/api")
                                .withJsonKey("token"))))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "secret ARN given as a name",
                        () -> task(valid(), "worker", t -> t.grant(Grant.secretRead(SecretRef.name(
                                Programs.DB_PASSWORD))))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "SSM parameter without slash",
                        () -> task(valid(), "worker", t -> t.grant(Grant.parameterRead("shop-flags")))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "event bus name with a space",
                        () -> task(valid(), "worker", t -> t.grant(Grant.putEvents("my bus")))),
                error("GRANT_REFERENCE", "service[worker].task.grants[1]", "metrics in an AWS/ namespace",
                        () -> task(valid(), "worker", t -> t.grant(Grant.putMetricData("AWS/ECS")))),

                // ---- queues
                error("QUEUE_SETTINGS", "queue[jobs]", "visibility timeout of 13 hours",
                        () -> valid().toBuilder().queue("jobs", q -> q.visibilityTimeoutSeconds(46_800)).build()),
                error("QUEUE_SETTINGS", "queue[jobs]", "retention of 30 seconds",
                        () -> valid().toBuilder().queue("jobs", q -> q.retentionSeconds(30)).build()),
                error("QUEUE_SETTINGS", "queue[jobs]", "1001 receives",
                        () -> valid().toBuilder().queue("jobs", q -> q.maxReceiveCount(1001)).build()),
                error("UNKNOWN_QUEUE", "service[worker].task.grants[1]", "consumer of an undeclared queue",
                        () -> task(valid(), "worker", t -> t.grant(Grant.consumeQueue("jobs")))),
                error("INVALID_NAME", "queue[Jobs]", "queue name in upper case",
                        () -> valid().toBuilder().queue("Jobs", q -> { }).build()),
                error("DUPLICATE_NAME", "queue[jobs]", "two queues named jobs",
                        () -> valid().toBuilder().queue("jobs", q -> { }).queue("jobs", q -> { }).build()),

                // ---- tasks started by schedules and events; notifications
                error("SCHEDULE_EXPRESSION", "scheduledTask[nightly].schedule", "cron with 5 fields",
                        () -> scheduled(t -> t.schedule("cron(0 2 * * *)"))),
                error("SCHEDULE_EXPRESSION", "scheduledTask[nightly].schedule", "cron with both day fields given",
                        () -> scheduled(t -> t.schedule("cron(0 2 1 * MON *)"))),
                error("SCHEDULE_EXPRESSION", "scheduledTask[nightly].schedule", "cron minute 60",
                        () -> scheduled(t -> t.schedule("cron(60 2 * * ? *)"))),
                error("SCHEDULE_EXPRESSION", "scheduledTask[nightly].schedule", "rate of 1 hours",
                        () -> scheduled(t -> t.schedule("rate(1 hours)"))),
                error("SCHEDULE_EXPRESSION", "scheduledTask[nightly].schedule", "at with a date that does not exist",
                        () -> scheduled(t -> t.schedule("at(2027-02-30T09:00:00)"))),
                error("SCHEDULE_TIME_ZONE", "scheduledTask[nightly].timeZone", "unknown time zone",
                        () -> scheduled(t -> t.timeZone("Europe/Atlantis"))),
                error("EVENT_PATTERN", "eventTask[uploads].eventPattern", "event pattern that is not valid JSON",
                        () -> onEvent(t -> t.eventPattern("{\"source\": [\"aws.s3\"]"))),
                error("EVENT_PATTERN", "eventTask[uploads].eventPattern", "event pattern leaf that is not an array",
                        () -> onEvent(t -> t.eventPattern("{\"source\": \"aws.s3\"}"))),
                error("EVENT_PATTERN", "eventTask[uploads].eventPattern", "event pattern that is a JSON array",
                        () -> onEvent(t -> t.eventPattern("[\"aws.s3\"]"))),
                error("TRIGGERED_TASK_SETTINGS", "scheduledTask[nightly]", "11 tasks per run",
                        () -> scheduled(t -> t.taskCount(11))),
                error("TRIGGERED_TASK_SETTINGS", "scheduledTask[nightly]", "flexible window of 2 days",
                        () -> scheduled(t -> t.flexibleWindowMinutes(2880))),
                error("TRIGGERED_TASK_SETTINGS", "eventTask[uploads]", "186 retries and 30 s event age",
                        () -> onEvent(t -> t.maximumRetryAttempts(186).maximumEventAgeSeconds(30))),
                error("TRIGGERED_TASK_SETTINGS", "eventTask[uploads]", "dead-letter queue ARN of a topic",
                        () -> onEvent(t -> t.deadLetterQueueArn("arn:aws:sns:eu-west-1:123456789012:dlq"))),
                error("TASK_ENVIRONMENT", "eventTask[uploads].environment[2]", "variable for a missing container",
                        () -> onEvent(t -> t.environmentFromEvent("sidecar", "ID", "$.id"))),
                error("TASK_ENVIRONMENT", "eventTask[uploads].environment[2]", "value that is not a JSON path",
                        () -> onEvent(t -> t.environmentFromEvent("", "ID", "detail.id"))),
                error("TASK_ENVIRONMENT", "scheduledTask[nightly].environment[0]", "variable name with a hyphen",
                        () -> scheduled(t -> t.environment("report", "REPORT-DAY", "yesterday"))),
                error("NOTIFICATION_SETTINGS", "notifications", "notification address without a domain",
                        () -> valid().toBuilder().notifications(n -> n.email("ops")).build()),
                error("NOTIFICATION_SETTINGS", "notifications", "notifications for an undeclared cluster",
                        () -> valid().toBuilder().notifications(n -> n.email("ops@example.com").cluster("batch"))
                                .build()),
                error("INVALID_NAME", "scheduledTask[Nightly]", "task name in upper case",
                        () -> scheduled(t -> t.name("Nightly"))),
                error("DUPLICATE_NAME", "eventTask[worker]", "event task named like a service",
                        () -> onEvent(t -> t.name("worker"))),
                error("UNKNOWN_CLUSTER", "scheduledTask[nightly].cluster", "scheduled task in an undeclared cluster",
                        () -> scheduled(t -> t.cluster("batch"))),
                warning("IMAGE_MUTABLE_TAG", "eventTask[uploads].task.container[app].image", "event task image :latest",
                        () -> onEvent(t -> t.task(dev.berth.task.TaskDefinition.builder()
                                .container("app", c -> c.image(ECR + "/shop/thumbnails:latest")).build()))),

                // ---- EFS file systems and volumes
                error("FILE_SYSTEM_SETTINGS", "fileSystem[shared]", "provisioned throughput of 0 MiB/s",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs
                                .throughputMode(ThroughputMode.PROVISIONED)).build()),
                error("FILE_SYSTEM_SETTINGS", "fileSystem[shared]", "provisioned MiB/s with bursting",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.provisionedThroughputMibps(10))
                                .build()),
                error("FILE_SYSTEM_SETTINGS", "fileSystem[shared]", "elastic throughput with Max I/O",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.performanceMode(PerformanceMode.MAX_IO)
                                .throughputMode(ThroughputMode.ELASTIC)).build()),
                error("FILE_SYSTEM_SETTINGS", "fileSystem[shared]", "KMS key without encryption",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.encrypted(false)
                                .kmsKeyArn("arn:aws:kms:eu-west-1:123456789012:key/abc")).build()),
                error("ACCESS_POINT_SETTINGS", "fileSystem[shared].accessPoint[uploads]", "relative path",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.accessPoint("uploads", ap -> ap
                                .path("uploads").posixUser(1000, 1000))).build()),
                error("ACCESS_POINT_SETTINGS", "fileSystem[shared].accessPoint[uploads]", "permissions 999",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.accessPoint("uploads", ap -> ap
                                .path("/uploads").creationInfo(1000, 1000, "999"))).build()),
                warning("ACCESS_POINT_DIRECTORY", "fileSystem[shared].accessPoint[uploads]",
                        "directory neither root nor created",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.accessPoint("uploads", ap -> ap
                                .path("/uploads"))).build()),
                error("INVALID_NAME", "fileSystem[Shared]", "file system name in upper case",
                        () -> valid().toBuilder().fileSystem("Shared", fs -> { }).build()),
                error("DUPLICATE_NAME", "fileSystem[shared].accessPoint[a]", "two access points named a",
                        () -> valid().toBuilder().fileSystem("shared", fs -> fs.accessPoint("a", ap -> { })
                                .accessPoint("a", ap -> { })).build()),
                error("UNKNOWN_FILE_SYSTEM", "service[worker].task.volumes[0]", "volume on an undeclared file system",
                        () -> task(valid(), "worker", t -> t.volume(Volume.efs("data", v -> v.fileSystem("shared"))))),
                error("UNKNOWN_FILE_SYSTEM", "service[worker].task.volumes[0]", "undeclared access point",
                        () -> task(valid().toBuilder().fileSystem("shared", fs -> { }).build(), "worker",
                                t -> t.volume(Volume.efs("data", v -> v.fileSystem("shared").accessPoint("x"))))),
                error("EFS_VOLUME", "service[worker].task.volumes[0]", "volume without a file system",
                        () -> task(valid(), "worker", t -> t.volume(Volume.efs("data", v -> { })))),
                error("EFS_VOLUME", "service[worker].task.volumes[0]", "existing file system without its group",
                        () -> task(valid(), "worker", t -> t.volume(Volume.efs("data", v -> v
                                .fileSystemId("fs-0123456789abcdef0"))))),
                error("EFS_VOLUME", "service[worker].task.volumes[0]", "malformed file system ID",
                        () -> task(valid(), "worker", t -> t.volume(Volume.efs("data", v -> v
                                .fileSystemId("efs-1").securityGroupId("sg-0123456789abcdef0"))))),
                error("EFS_VOLUME", "service[worker].task.volumes[0]", "root directory beside an access point",
                        () -> task(valid(), "worker", t -> t.volume(Volume.efs("data", v -> v
                                .fileSystemId("fs-0123456789abcdef0").accessPointId("fsap-0123456789abcdef0")
                                .securityGroupId("sg-0123456789abcdef0").rootDirectory("/data"))))),
                error("EFS_VOLUME", "service[worker].task.volumes[0]", "Fargate platform 1.3.0",
                        () -> service(task(valid().toBuilder().fileSystem("shared", fs -> { }).build(), "worker",
                                t -> t.volume(Volume.efs("data", v -> v.fileSystem("shared")))), "worker",
                                s -> s.platformVersion("1.3.0"))),

                // ---- services
                error("DESIRED_COUNT", "service[worker].desiredCount", "6000 tasks",
                        () -> service(valid(), "worker", s -> s.desiredCount(6000))),
                error("DEPLOYMENT_PERCENT", "service[worker].deployment", "max equals min",
                        () -> service(valid(), "worker", s -> s.deployment(new Deployment(100, 100, true, true)))),
                warning("GRACE_PERIOD_WITHOUT_LOAD_BALANCER", "service[worker].healthCheckGracePeriodSeconds",
                        "grace period, no load balancer",
                        () -> service(valid(), "worker", s -> s.healthCheckGracePeriodSeconds(30))),
                error("EXPOSURE_COUNT", "service[api].exposure[1]", "two exposures",
                        () -> service(valid(), "api", s -> s.expose("web", e -> e.path("/v2/*")))),

                // ---- deployments
                error("DEPLOYMENT_STRATEGY_TRAFFIC", "service[worker].deployment.strategy",
                        "canary without load balancer or Service Connect", () -> service(valid(), "worker",
                                s -> s.deployment(d -> d.strategy(dev.berth.service.DeploymentStrategy.CANARY)))),
                error("DEPLOYMENT_TRAFFIC_SHIFT", "service[orders].deployment.canaryPercent", "canary of 0.05 %",
                        () -> service(valid(), "orders", s -> s.deployment(d -> d
                                .strategy(dev.berth.service.DeploymentStrategy.CANARY).canary(0.05, 10)))),
                error("DEPLOYMENT_HOOK", "service[worker].deployment.lifecycleHooks[0].functionArn",
                        "hook without a Lambda function", () -> service(valid(), "worker", s -> s.deployment(d -> d
                                .lifecycleHook("my-function", dev.berth.service.LifecycleStage.PRE_SCALE_UP)))),
                error("DEPLOYMENT_ALARM", "service[orders].deployment.rollbackOnTarget5xx", "5xx threshold 0",
                        () -> service(valid(), "orders", s -> s.deployment(d -> d.rollbackOnTarget5xx(0)))),
                warning("DEPLOYMENT_ALARM_UNWATCHED", "service[worker].deployment", "alarm on a service not exposed",
                        () -> service(valid(), "worker", s -> s.deployment(d -> d.rollbackOnUnhealthyHosts(true)))),
                warning("DEPLOYMENT_STRATEGY_FALLBACK", "service[worker].deployment.strategy",
                        "blue/green behind a Network Load Balancer", () -> service(exposeWorkerOn(withEdge(valid()),
                                "edge", e -> e.networkListener(l -> l.port(9000))), "worker",
                                s -> s.deployment(d -> d.strategy(dev.berth.service.DeploymentStrategy.BLUE_GREEN)))),
                warning("DEPLOYMENT_REQUEST_SCALING", "service[api].autoScaling.requestsPerTarget",
                        "blue/green with requests-per-target scaling", () -> service(valid(), "api",
                                s -> s.deployment(d -> d.strategy(dev.berth.service.DeploymentStrategy.BLUE_GREEN)))),

                // ---- CodeDeploy blue/green
                error("CODE_DEPLOY_TRAFFIC", "service[worker].deployment.controller", "CODE_DEPLOY without an ALB",
                        () -> service(valid(), "worker", s -> s.deployment(d -> d.codeDeploy(c -> { })))),
                warning("CODE_DEPLOY_FALLBACK", "service[worker].deployment.controller",
                        "CODE_DEPLOY behind a Network Load Balancer", () -> service(exposeWorkerOn(withEdge(valid()),
                                "edge", e -> e.networkListener(l -> l.port(9000))), "worker",
                                s -> s.deployment(d -> d.codeDeploy(c -> { })))),
                error("CODE_DEPLOY_CONFLICT", "service[orders].deployment.strategy", "CODE_DEPLOY with CANARY",
                        () -> service(valid(), "orders", s -> s.deployment(d -> d
                                .strategy(dev.berth.service.DeploymentStrategy.CANARY).codeDeploy(c -> { })))),
                error("CODE_DEPLOY_SETTINGS", "service[orders].deployment.codeDeploy.terminationWaitMinutes",
                        "termination wait of 3000 minutes", () -> service(valid(), "orders", s -> s.deployment(d -> d
                                .codeDeploy(c -> c.terminationWaitMinutes(3000))))),
                error("CODE_DEPLOY_HOOK", "service[orders].deployment.codeDeploy.hooks[0]", "hook naming no function",
                        () -> service(valid(), "orders", s -> s.deployment(d -> d.codeDeploy(c -> c
                                .hook(dev.berth.service.AppSpecEvent.AFTER_ALLOW_TEST_TRAFFIC, ""))))),

                // ---- load balancers and exposures
                error("UNKNOWN_LOAD_BALANCER", "service[worker].exposure[0]", "exposed on an undeclared ALB",
                        () -> exposeWorker(e -> e.loadBalancer("public").path("/worker/*"))),
                error("UNKNOWN_CONTAINER", "service[api].exposure[0].container", "exposes a missing container",
                        () -> exposure(valid(), "api", e -> e.container("web"))),
                error("PORT_NOT_MAPPED", "service[api].exposure[0].containerPort", "exposes an unmapped port",
                        () -> exposure(valid(), "api", e -> e.containerPort(9090))),
                error("PORT_NOT_MAPPED", "service[orders].exposure[0]", "exposes a container without ports",
                        () -> exposure(valid(), "orders", e -> e.container("metrics"))),
                error("TARGET_TYPE_IP_REQUIRED", "service[api].exposure[0].targetType", "instance target group",
                        () -> exposure(valid(), "api", e -> e.targetType(TargetType.INSTANCE))),
                error("LISTENER_RULE_CONDITION", "service[orders].exposure[0]", "no path and no host",
                        () -> Programs.exposures(valid(), "orders", List.of(
                                dev.berth.loadbalancing.Exposure.builder().loadBalancer("internal").build()))),
                error("LISTENER_RULE_CONDITION", "service[api].exposure[0]", "six condition values",
                        () -> exposure(valid(), "api", e -> e.path("/a").path("/b").path("/c").path("/d").path("/e"))),
                error("LISTENER_RULE_CONDITION", "service[orders].exposure[0]", "host header with a scheme",
                        () -> exposure(valid(), "orders", e -> e.host("https://orders.example.com"))),
                error("LISTENER_RULE_CONDITION", "service[api].exposure[0]", "seven wildcards",
                        () -> exposure(valid(), "api", e -> e.path("/v?/*/items/*").host("*.shop-?.example.*"))),
                error("PATH_PATTERN_RELATIVE", "service[api].exposure[0].pathPatterns[1]", "path without leading /",
                        () -> exposure(valid(), "api", e -> e.path("v2/*"))),
                error("LISTENER_RULE_PRIORITY", "service[api].exposure[0].priority", "priority 60000",
                        () -> exposure(valid(), "api", e -> e.priority(60000))),
                error("LISTENER_RULE_PRIORITY_COLLISION", "service[worker].exposure[0].priority", "priority 10 twice",
                        () -> exposeWorker(exposure(valid(), "api", e -> e.priority(10)),
                                e -> e.loadBalancer("web").host("worker.example.com").priority(10))),
                error("DUPLICATE_LISTENER_RULE", "service[worker].exposure[0]", "same path as api",
                        () -> exposeWorker(e -> e.loadBalancer("web").path("/api/*"))),
                error("TARGET_GROUP_HEALTH_CHECK", "service[api].exposure[0]", "health check path without /",
                        () -> exposure(valid(), "api", e -> e.healthCheckPath("health"))),
                error("TARGET_GROUP_HEALTH_CHECK", "service[api].exposure[0]", "timeout not below interval",
                        () -> exposure(valid(), "api", e -> e.healthCheckIntervalSeconds(10).healthCheckTimeoutSeconds(10))),
                error("TARGET_GROUP_HEALTH_CHECK", "service[api].exposure[0]", "deregistration delay 4000",
                        () -> exposure(valid(), "api", e -> e.deregistrationDelaySeconds(4000))),
                error("TARGET_GROUP_HEALTH_CHECK", "service[api].exposure[0]", "matcher 600",
                        () -> exposure(valid(), "api", e -> e.healthCheckMatcher("200-600"))),
                error("TARGET_GROUP_PROTOCOL", "service[api].exposure[0].protocol", "TCP target group",
                        () -> exposure(valid(), "api", e -> e.protocol("TCP"))),
                error("CERTIFICATE_ARN", "loadBalancer[web].certificateArn", "certificate by domain",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.https("shop.example.com"))),
                error("LISTENER_PORT", "loadBalancer[web].httpsPort", "HTTPS on port 80",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.httpsPort(80))),
                error("LISTENER_PORT", "loadBalancer[internal].httpPort", "HTTP on port 0",
                        () -> Programs.loadBalancer(valid(), "internal", lb -> lb.httpPort(0))),
                error("LOAD_BALANCER_IDLE_TIMEOUT", "loadBalancer[web].idleTimeoutSeconds", "idle timeout 5000",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.idleTimeoutSeconds(5000))),
                error("ACCESS_LOGS_BUCKET", "loadBalancer[web].accessLogsBucket", "access logs bucket as an ARN",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.accessLogs("arn:aws:s3:::logs"))),
                error("ACCESS_LOGS_BUCKET", "loadBalancer[web].accessLogsPrefix", "prefix with a trailing slash",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.accessLogs("shop-alb-logs", "web/"))),
                warning("UNUSED_LOAD_BALANCER", "loadBalancer[spare]", "load balancer without services",
                        () -> valid().toBuilder().loadBalancer("spare", LoadBalancer.Builder::internal).build()),
                warning("UNUSED_LOAD_BALANCER", "networkLoadBalancer[edge]", "Network Load Balancer without services",
                        () -> valid().toBuilder().networkLoadBalancer("edge", b -> b.internal()).build()),
                error("EXISTING_LISTENER", "existingListener[platform].listenerArn", "listener given by its name",
                        () -> withPlatform(valid(), l -> l.listenerArn("platform-https"))),
                error("EXISTING_LISTENER", "existingListener[platform].securityGroupId", "security group by name",
                        () -> withPlatform(valid(), l -> l.securityGroupId("platform-alb"))),
                error("EXISTING_LISTENER", "existingListener[platform].priorities", "inverted range",
                        () -> withPlatform(valid(), l -> l.priorities(2000, 1000))),
                error("LISTENER_PRIORITY_RANGE", "service[worker].exposure[0].priority", "priority outside the range",
                        () -> exposeWorkerOn(withPlatform(valid(), l -> { }), "platform",
                                e -> e.path("/worker/*").priority(5))),
                error("LISTENER_PRIORITY_RANGE", "existingListener[platform].priorities", "range of one for two rules",
                        () -> withoutLoadBalancer(exposure(exposeWorkerOn(withPlatform(valid(),
                                l -> l.priorities(1000, 1000)), "platform", e -> e.path("/worker/*")), "orders",
                                e -> e.loadBalancer("platform")), "internal")),
                error("NETWORK_LOAD_BALANCER_ROUTING", "service[worker].exposure[0]", "path on a Network Load Balancer",
                        () -> exposeWorkerOn(withEdge(valid()), "edge", e -> e.path("/worker/*"))),
                error("NETWORK_LISTENER", "service[worker].exposure[0].networkListener.certificateArn",
                        "TLS listener without certificate",
                        () -> exposeWorkerOn(withEdge(valid()), "edge", e -> e.networkListener(l -> l.tls("")))),
                error("NETWORK_LISTENER", "service[worker].exposure[0].networkListener.port", "two listeners on 9000",
                        () -> withoutLoadBalancer(Programs.exposures(exposeWorkerOn(withEdge(valid()), "edge",
                                e -> { }), "orders", List.of(dev.berth.loadbalancing.Exposure.builder()
                                .loadBalancer("edge").networkListener(l -> l.port(9000)).build())), "internal")),
                error("NETWORK_LISTENER", "service[api].exposure[0].networkListener", "listener on an ALB exposure",
                        () -> exposure(valid(), "api", e -> e.networkListener(l -> l.protocol(ListenerProtocol.UDP)))),
                error("PORT_NOT_MAPPED", "service[worker].exposure[0].containerPort", "UDP listener on a TCP port",
                        () -> exposeWorkerOn(withEdge(valid()), "edge",
                                e -> e.networkListener(l -> l.protocol(ListenerProtocol.UDP)))),
                error("TARGET_GROUP_HEALTH_CHECK", "service[worker].exposure[0]", "NLB matcher without a path",
                        () -> exposeWorkerOn(withEdge(valid()), "edge", e -> e.healthCheckMatcher("200"))),
                error("LISTENER_SOURCE_CIDR", "loadBalancer[web].allowedCidrs", "allowed range not a CIDR",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.allowFrom("203.0.113.0/33"))),
                error("TARGET_GROUP_ATTRIBUTES", "service[api].exposure[0]", "slow start of 10 seconds",
                        () -> exposure(valid(), "api", e -> e.slowStartSeconds(10))),
                error("WEIGHTED_TARGET", "service[api].exposure[0].weightedTargets[orders]",
                        "weighted target on another load balancer",
                        () -> exposure(valid(), "api", e -> e.weightedTarget("orders", 10))),
                error("WEIGHTED_FORWARD", "service[api].exposure[0]", "other weights above 100 by default",
                        () -> exposure(withoutLoadBalancer(exposure(valid(), "orders", e -> e.loadBalancer("web")),
                                "internal"), "api", e -> e.weightedTarget("orders", 150))),
                error("WEB_ACL_ARN", "loadBalancer[web].webAclArn", "CloudFront-scoped web ACL",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.webAcl(
                                "arn:aws:wafv2:us-east-1:123456789012:global/webacl/shop/a1b2c3d4"))),
                error("DNS_ALIAS", "loadBalancer[web].aliasHostedZoneId", "zone given by its name",
                        () -> Programs.loadBalancer(valid(), "web", lb -> lb.alias("example.com", "shop.example.com"))),
                error("CERTIFICATE_ARN", "loadBalancer[internal].additionalCertificateArns", "SNI certificate without HTTPS",
                        () -> Programs.loadBalancer(valid(), "internal", lb -> lb.additionalCertificate(Programs.CERTIFICATE))),
                error("SCALING_REQUESTS_NEEDS_LOAD_BALANCER", "service[api].autoScaling", "request scaling on a listener",
                        () -> withoutLoadBalancer(exposure(withPlatform(valid(), l -> { }), "api",
                                e -> e.loadBalancer("platform")), "web")),

                // ---- scaling
                error("SCALING_BOUNDS", "service[api].autoScaling", "min above max",
                        () -> Programs.scaling(valid(), "api", a -> a.minCapacity(5).maxCapacity(3))),
                error("SCALING_BOUNDS", "service[api].autoScaling", "max above 5000",
                        () -> Programs.scaling(valid(), "api", a -> a.maxCapacity(6000))),
                error("SCALING_NO_POLICY", "service[worker].autoScaling", "max without target",
                        () -> Programs.scaling(valid(), "worker", a -> a.maxCapacity(4))),
                warning("SCALING_NOT_ENABLED", "service[worker].autoScaling", "target without max",
                        () -> Programs.scaling(valid(), "worker", a -> a.cpuTargetPercent(50))),
                error("SCALING_TARGET", "service[api].autoScaling", "cpu target 150",
                        () -> Programs.scaling(valid(), "api", a -> a.cpuTargetPercent(150))),
                error("SCALING_COOLDOWN", "service[api].autoScaling", "negative cooldown",
                        () -> Programs.scaling(valid(), "api", a -> a.scaleInCooldownSeconds(-1))),
                error("SCALING_REQUESTS_NEEDS_LOAD_BALANCER", "service[worker].autoScaling",
                        "requests target without exposure",
                        () -> Programs.scaling(valid(), "worker", a -> a.maxCapacity(3).requestsPerTarget(100))),
                warning("DESIRED_COUNT_OUTSIDE_SCALING_BOUNDS", "service[api].desiredCount", "20 tasks, max 10",
                        () -> service(valid(), "api", s -> s.desiredCount(20))),
                // ---- scaling policies, schedules, queue workers
                error("SCALING_METRIC", "service[worker].autoScaling.policies[0].metric", "metric without namespace",
                        () -> worker(a -> a.policy(ScalingPolicy.trackMetric("pending", Metric.of("", "Pending"), 10)))),
                error("SCALING_METRIC", "service[worker].autoScaling.policies[0]", "math without its metric",
                        () -> worker(a -> a.policy(ScalingPolicy.trackMetricMath("per-task", "m1 / m2",
                                Map.of("m1", PENDING), 10)))),
                error("SCALING_METRIC", "service[worker].autoScaling.policies[0].targetValue", "target 0",
                        () -> worker(a -> a.policy(ScalingPolicy.trackMetric("pending", PENDING, 0)))),
                error("SCALING_ALARM", "service[worker].autoScaling.policies[0]", "period of 45 seconds",
                        () -> worker(a -> a.policy(ScalingPolicy.stepScaling("burst", PENDING, Comparison.GREATER_THAN,
                                100, StepAdjustment.from(0, 1)).withEvaluation(45, 1, 1)))),
                error("SCALING_ALARM", "service[worker].autoScaling.policies[0]", "3 of 2 datapoints",
                        () -> worker(a -> a.policy(ScalingPolicy.stepScaling("burst", PENDING, Comparison.GREATER_THAN,
                                100, StepAdjustment.from(0, 1)).withEvaluation(60, 2, 3)))),
                error("SCALING_STEPS", "service[worker].autoScaling.policies[0].steps", "gap between 50 and 60",
                        () -> worker(a -> a.policy(ScalingPolicy.stepScaling("burst", PENDING, Comparison.GREATER_THAN,
                                100, StepAdjustment.between(0, 50, 1), StepAdjustment.from(60, 3))))),
                error("SCALING_STEPS", "service[worker].autoScaling.policies[0].steps", "overlapping steps",
                        () -> worker(a -> a.policy(ScalingPolicy.stepScaling("burst", PENDING, Comparison.GREATER_THAN,
                                100, StepAdjustment.between(0, 50, 1), StepAdjustment.from(40, 3))))),
                error("SCALING_STEPS", "service[worker].autoScaling.policies[0].steps", "scale-in steps on a"
                                + " greater-than alarm",
                        () -> worker(a -> a.policy(ScalingPolicy.stepScaling("burst", PENDING, Comparison.GREATER_THAN,
                                100, StepAdjustment.below(0, -1))))),
                error("SCALING_STEPS", "service[worker].autoScaling.policies[0].steps", "step without bounds",
                        () -> worker(a -> a.policy(ScalingPolicy.stepScaling("calm", PENDING, Comparison.LESS_THAN,
                                10, new StepAdjustment(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1))))),
                error("SCALING_SCHEDULE", "service[worker].autoScaling.schedules[0]", "cron without ?",
                        () -> worker(a -> a.schedule("night", "cron(0 20 * * * *)", 0, 2))),
                error("SCALING_SCHEDULE", "service[worker].autoScaling.schedules[0]", "rate(1 hours)",
                        () -> worker(a -> a.schedule("hourly", "rate(1 hours)", 1, 4))),
                error("SCALING_SCHEDULE", "service[worker].autoScaling.schedules[0]", "time zone CEST",
                        () -> worker(a -> a.schedule(ScheduledScaling.of("night", "cron(0 20 ? * MON-FRI *)", 0, 2)
                                .withTimeZone("CEST")))),
                error("SCALING_SCHEDULE", "service[worker].autoScaling.schedules[0]", "minute 61",
                        () -> worker(a -> a.schedule("night", "cron(61 20 ? * MON-FRI *)", 0, 2))),
                error("SCALING_POLICY_CONFLICT", "service[worker].autoScaling.policies[1]", "two policies on one"
                                + " metric",
                        () -> worker(a -> a.policy(ScalingPolicy.trackMetric("pending", PENDING, 10))
                                .policy(ScalingPolicy.trackMetric("pending-too", PENDING, 20)))),
                error("SCALING_POLICY_CONFLICT", "service[worker].autoScaling.policies[1]", "two policies named pending",
                        () -> worker(a -> a.policy(ScalingPolicy.trackMetric("pending", PENDING, 10))
                                .policy(ScalingPolicy.stepScaling("pending", PENDING, Comparison.GREATER_THAN, 100,
                                        StepAdjustment.from(0, 1))))),
                error("SCALING_POLICY_CONFLICT", "service[worker].autoScaling.schedules[1]", "two schedules at once",
                        () -> worker(a -> a.schedule("night", "cron(0 20 ? * MON-FRI *)", 0, 2)
                                .schedule("evening", "cron(0 20 ? * MON-FRI *)", 1, 3))),
                error("SCALING_QUEUE_BACKLOG", "service[worker].autoScaling.policies[0]", "undeclared queue",
                        () -> worker(a -> a.queueBacklog("nowhere", Duration.ofMinutes(1), Duration.ofSeconds(2)))),
                error("SCALING_QUEUE_BACKLOG", "service[worker].autoScaling.policies[0]", "latency below time per"
                                + " message",
                        () -> worker(a -> a.queueBacklog("jobs", Duration.ofSeconds(1), Duration.ofSeconds(2)))),
                error("SCALING_BACKLOG_NEEDS_CONTAINER_INSIGHTS", "service[worker].autoScaling", "insights disabled",
                        () -> Programs.cluster(worker(a -> a.queueBacklog("jobs", Duration.ofMinutes(1),
                                Duration.ofSeconds(2))), "main", c -> c.containerInsights(ContainerInsights.DISABLED))),
                warning("SCALING_CANNOT_LEAVE_ZERO", "service[worker].autoScaling.minCapacity", "cpu target from 0",
                        () -> worker(a -> a.minCapacity(0).cpuTargetPercent(50))),
                error("QUEUE_SETTINGS", "queue[jobs]", "KMS key that is not an ARN",
                        () -> valid().toBuilder().queue("jobs", q -> q.kmsKeyArn("alias/jobs")).build()));
    }

    // ---- helpers building variants

    private static final Metric PENDING = Metric.of("Shop/Jobs", "Pending").withDimension("Queue", "jobs")
            .withStatistic(Statistic.SUM).withUnit("Count");

    /** valid() with the queue "jobs" and worker scaling 1-5 tasks as {@code change} says. */
    private static Application worker(java.util.function.Consumer<AutoScaling.Builder> change) {
        Application app = valid().toBuilder().queue("jobs", q -> { }).build();
        return Programs.scaling(app, "worker", a -> change.accept(a.minCapacity(1).maxCapacity(5)));
    }

    @Test
    void everyScalingPolicyKindHasNoDiagnostics() {
        Application app = Programs.scaling(valid().toBuilder().queue("jobs", q -> q.kmsKeyArn(KMS_KEY)).build(),
                "worker", a -> a.minCapacity(0).maxCapacity(20).disableScaleIn(false)
                        .queueBacklog("jobs", Duration.ofMinutes(1), Duration.ofSeconds(2))
                        .policy(ScalingPolicy.trackMetric("pending", PENDING, 100).withScaleInDisabled())
                        .policy(ScalingPolicy.trackMetricMath("per-task", "m1 / m2", Map.of("m1", PENDING,
                                "m2", Metric.of("ECS/ContainerInsights", "RunningTaskCount")), 10))
                        .policy(ScalingPolicy.stepScaling("burst", PENDING, Comparison.GREATER_THAN_OR_EQUAL, 500,
                                        StepAdjustment.between(0, 500, 10), StepAdjustment.from(500, 30))
                                .withAdjustmentType(AdjustmentType.PERCENT_CHANGE_IN_CAPACITY)
                                .withMinAdjustmentMagnitude(2).withEvaluation(60, 3, 2).withCooldownSeconds(120)
                                .withAggregation(MetricAggregation.MAXIMUM))
                        .policy(ScalingPolicy.stepScaling("calm", PENDING, Comparison.LESS_THAN, 10,
                                StepAdjustment.below(-5, -2), StepAdjustment.between(-5, 0, -1)))
                        .schedule("night", "cron(0 20 ? * MON-FRI *)", 0, 2)
                        .schedule(ScheduledScaling.of("morning", "cron(30 7 ? * 2-6 *)", 2, ScheduledScaling.KEEP)
                                .withTimeZone("Europe/Berlin"))
                        .schedule("sale", "at(2026-11-27T06:00:00)", 10, 40)
                        .schedule("nudge", "rate(6 hours)", ScheduledScaling.KEEP, 20)
                        .schedule("first", "cron(0/15 8-17 L * ? 2026-2030)", 1, 20));

        assertThat(Validator.validate(app).all()).isEmpty();
    }

    /** The service's task on EC2 only, with the EC2 launch type. */
    /** The AWS for Fluent Bit image copied to the account's ECR, which the endpoints of valid() reach. */
    private static final String ROUTER_IMAGE = ECR + "/aws-for-fluent-bit:2.34.3.20260623";

    /** valid() with a log router in worker (changed by {@code router}) and worker's logs sent to {@code output}. */
    private static Application routed(FireLens output, java.util.function.Consumer<dev.berth.task.Container.Builder> router,
                                      java.util.function.Consumer<dev.berth.task.TaskDefinition.Builder> task) {
        Application withRouter = task(valid(), "worker", t -> {
            t.logRouter(r -> router.accept(r.image(ROUTER_IMAGE)));
            task.accept(t);
        });
        return container(withRouter, "worker", "worker", c -> c.logging(Logging.fireLens(output)));
    }

    private static Application onEc2(Application app, String service) {
        return Programs.service(task(withEc2Capacity(app, c -> { }), service,
                        t -> t.compatibilities(dev.berth.task.Compatibility.EC2).networkMode(NetworkMode.BRIDGE)),
                service, s -> s.launchType(LaunchType.EC2));
    }

    /** {@code service} on a Managed Instances provider "general" of cluster main, compatible with it only. */
    private static Application onManaged(Application app, String service,
                                         java.util.function.Consumer<dev.berth.task.TaskDefinition.Builder> task,
                                         java.util.function.Consumer<dev.berth.service.Service.Builder> change) {
        Application withProvider = Programs.cluster(app, "main", c -> c.managedInstances("general", m -> { }));
        Application onIt = Programs.strategy(Programs.task(withProvider, service,
                        t -> t.compatibilities(dev.berth.task.Compatibility.MANAGED_INSTANCES)), service,
                List.of(CapacityProviderStrategyItem.of("general", 0, 1)));
        return Programs.service(Programs.task(onIt, service, task), service, change);
    }

    /** {@code app} with the EC2 capacity provider {@code general} (x86_64, m6i.large and m5.large) in cluster main. */
    private static Application withEc2Capacity(Application app,
                                               java.util.function.Consumer<dev.berth.compute.Ec2Capacity.Builder> c) {
        return Programs.cluster(app, "main", cluster -> cluster.ec2Capacity("general", e -> {
            e.instanceTypes("m6i.large", "m5.large").maxSize(4);
            c.accept(e);
        }));
    }

    /**
     * valid() with worker on the EC2 capacity provider {@code general} in the bridge network mode (changed by
     * {@code change}).
     */
    private static Application ec2Worker(java.util.function.Consumer<dev.berth.task.TaskDefinition.Builder> change) {
        Application app = task(withEc2Capacity(valid(), c -> { }), "worker", t -> {
            t.compatibilities(dev.berth.task.Compatibility.EC2).networkMode(NetworkMode.BRIDGE);
            change.accept(t);
        });
        return Programs.strategy(app, "worker", List.of(CapacityProviderStrategyItem.of("general", 1)));
    }

    private static Application newVpc(java.util.function.Consumer<NewVpc.Builder> change) {
        NewVpc.Builder b = ((NewVpc) valid().network()).toBuilder();
        change.accept(b);
        return Programs.network(valid(), b.build());
    }

    private static Application existing(java.util.function.Consumer<dev.berth.network.ExistingVpc.Builder> change) {
        return Programs.network(valid(), Programs.existingVpc(change));
    }

    private static Application renameLoadBalancer(String from, String to) {
        return exposure(Programs.loadBalancer(valid(), from, lb -> lb.name(to)), "orders", e -> e.loadBalancer(to));
    }

    private static Application namedClusters(Application app) {
        return service(service(app, "api", s -> s.cluster("main")), "orders", s -> s.cluster("main"));
    }

    private static final String PLATFORM_LISTENER = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/"
            + "platform/50dc6c495c0c9188/f2f7dc8efc522ab2";

    /** The program with a shared platform listener 'platform' (priorities 1000 to 1999). */
    private static Application withPlatform(Application app,
                                            java.util.function.Consumer<dev.berth.loadbalancing.ExistingListener.Builder> c) {
        return app.toBuilder().existingListener("platform", l -> {
            l.listenerArn(PLATFORM_LISTENER).securityGroupId("sg-0123456789abcdef0").priorities(1000, 1999);
            c.accept(l);
        }).build();
    }

    private static Application withoutLoadBalancer(Application app, String name) {
        return Programs.loadBalancers(app, app.loadBalancers().stream().filter(lb -> !lb.name().equals(name))
                .toList());
    }

    /** The program with an internal Network Load Balancer 'edge'. */
    private static Application withEdge(Application app) {
        return app.toBuilder().networkLoadBalancer("edge", b -> b.internal()).build();
    }

    /** The worker, given port 9000, exposed on {@code lb}. */
    private static Application exposeWorkerOn(Application app, String lb,
                                              java.util.function.Consumer<dev.berth.loadbalancing.Exposure.Builder> e) {
        Application withPort = container(app, "worker", "worker", c -> c.port(9000));
        return service(withPort, "worker", s -> s.expose(lb, e).healthCheckGracePeriodSeconds(0));
    }

    private static Application exposeWorker(java.util.function.Consumer<dev.berth.loadbalancing.Exposure.Builder> e) {
        return exposeWorker(valid(), e);
    }

    private static Application exposeWorker(Application app,
                                            java.util.function.Consumer<dev.berth.loadbalancing.Exposure.Builder> e) {
        Application withPort = container(app, "worker", "worker", c -> c.port(9000));
        return service(withPort, "worker", s -> s.expose("web", e).healthCheckGracePeriodSeconds(0));
    }

    /**
     * A valid program under the hardened profile: one service behind an HTTPS load balancer with access logs, its
     * container non-root with a read-only root and a writable /tmp. {@code change} may replace the service by name.
     */
    private static Application hardened(java.util.function.Consumer<dev.berth.task.Container.Builder> container,
                                        java.util.function.Consumer<dev.berth.loadbalancing.LoadBalancer.Builder> lb,
                                        java.util.function.Consumer<Application.Builder> change) {
        Application.Builder b = Application.builder("vault").hardening(dev.berth.Hardening.CONTROL_TOWER)
                .loadBalancer("web", l -> {
                    l.https("arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                            .accessLogs("vault-alb-logs");
                    lb.accept(l);
                })
                .service("api", s -> hardenedService(s, container, t -> { }));
        change.accept(b);
        Application app = b.build();
        if (app.clusters().isEmpty()) {
            app = app.toBuilder().cluster("main", c -> { }).build();
        }
        List<dev.berth.service.Service> services = new java.util.ArrayList<>();
        for (dev.berth.service.Service s : app.services()) {
            services.removeIf(earlier -> earlier.name().equals(s.name()));
            services.add(s);
        }
        Application.Builder rebuilt = app.toBuilder();
        services.forEach(s -> rebuilt.withoutService(s.name()));
        services.forEach(rebuilt::service);
        return rebuilt.build();
    }

    private static dev.berth.service.Service.Builder hardenedService(dev.berth.service.Service.Builder s,
            java.util.function.Consumer<dev.berth.task.Container.Builder> container,
            java.util.function.Consumer<dev.berth.task.TaskDefinition.Builder> task) {
        return s.task(t -> {
            t.volume(Volume.bind("tmp")).container("app", c -> {
                c.image(ECR + "/api:1.0").port(8080).user("1000").readonlyRootFilesystem(true).mount("tmp", "/tmp");
                container.accept(c);
            });
            task.accept(t);
        }).expose("web", e -> e.path("/*").healthCheckPath("/health"));
    }

    @Test
    void theValidHardenedProgramHasNoDiagnostics() {
        assertThat(Validator.validate(hardened(c -> { }, lb -> { }, a -> { })).all()).isEmpty();
    }

    // ---- tests

    @Test
    void theValidEc2ProgramHasNoDiagnostics() {
        assertThat(Validator.validate(ec2Worker(t -> { })).all()).isEmpty();
        assertThat(Validator.validate(onEc2(valid(), "worker")).all()).isEmpty();
    }

    @Test
    void theValidProgramHasNoDiagnostics() {
        assertThat(Validator.validate(valid()).all()).isEmpty();
    }

    /** Each FireLens output, with a router Berth configures (or a Fluentd one with its own file), passes. */
    @Test
    void fireLensOutputsHaveNoDiagnostics() {
        for (FireLens output : List.of(FireLens.cloudWatchLogs(), FireLens.firehose("shop-logs"),
                FireLens.s3("shop-logs"), FireLens.s3("shop-logs", "logs/worker/"))) {
            assertThat(Validator.validate(routed(output, r -> { }, t -> { })).all()).as(output.toString()).isEmpty();
        }
        Application fluentd = routed(FireLens.s3("shop-logs"), r -> r.user("0").readonlyRootFilesystem(true)
                .mount("router-tmp", "/tmp").logRouter(LogRouter.fluentd().withEcsLogMetadata(false)
                        .withConfigFile("/fluentd/etc/extra.conf")), t -> t.volume(Volume.bind("router-tmp")));
        assertThat(Validator.validate(service(fluentd, "worker", s -> s.enableExecuteCommand(false))).all()).isEmpty();
    }

    /** Every container and task setting of issue 12, set validly on Fargate, passes. */
    @Test
    void validContainerSettingsHaveNoDiagnostics() {
        Application app = task(valid(), "orders", t -> t.ephemeralStorageGiB(100).volume(Volume.bind("tmp"))
                .volume(Volume.bind("shared"))
                .grant(Grant.secretRead(SecretRef.name("shop/api-keys")))
                .grant(Grant.secretRead(SecretRef.partialArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:x")))
                .grant(Grant.parameterRead("/shop/flags"))
                .grant(Grant.kmsEncryptDecrypt(KMS_KEY))
                .grant(Grant.sqsSend("arn:aws:sqs:eu-west-1:123456789012:emails"))
                .grant(Grant.putEvents("default"))
                .grant(Grant.putEvents("arn:aws:events:eu-west-1:123456789012:event-bus/orders"))
                .grant(Grant.putMetricData("Shop/Orders")));
        app = container(app, "orders", "app", c -> c.user("1000:1000").workingDirectory("/app")
                .stopTimeoutSeconds(120).dockerLabel("com.example.team", "shop").readonlyRootFilesystem(true)
                .ulimit(UlimitName.NOFILE, 65535, 1_048_576).ulimit(UlimitName.CORE, 0, 0)
                .linuxParameters(l -> l.dropCapabilities(LinuxCapability.ALL).addCapabilities(LinuxCapability.SYS_PTRACE)
                        .initProcessEnabled(true))
                .environmentFile("arn:aws:s3:::shop-config/orders.env")
                .mount("tmp", "/tmp").mount("shared", "/var/shared")
                .repositoryCredentials("arn:aws:secretsmanager:eu-west-1:123456789012:secret:dockerhub-AbCdEf", KMS_KEY));
        app = container(app, "orders", "metrics", c -> c.volumesFrom("app", true).user("nobody"));
        app = Programs.network(app, ((NewVpc) app.network()).toBuilder().flowLogsRetentionDays(365)
                .flowLogsKmsKey(KMS_KEY).flowLogsRemovalPolicy(dev.berth.RemovalPolicy.RETAIN).build());
        app = container(app, "worker", "worker", c -> c.logging(l -> l.kmsKey(KMS_KEY)
                .removalPolicy(dev.berth.RemovalPolicy.RETAIN)));
        assertThat(Validator.validate(app).all()).isEmpty();
    }

    @Test
    void theValidProgramInAnExistingVpcHasNoDiagnostics() {
        assertThat(Validator.validate(Programs.validInExistingVpc()).all()).isEmpty();
    }

    @Test
    void theValidProgramWithNatAndNoEndpointsHasNoDiagnostics() {
        Application app = Programs.network(valid(), NewVpc.builder().natGateways(NatGateways.SINGLE).build())
                .toBuilder().endpoints(Endpoints.none()).build();
        assertThat(Validator.validate(app).all()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsReportedWithItsCodeSeverityAndPath(Case c) {
        Diagnostics diagnostics = Validator.validate(c.program().get());

        assertThat(diagnostics.all()).as("diagnostics of: " + c.mistake())
                .extracting(Diagnostic::code).containsOnly(c.code());
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(c.severity());
            assertThat(d.path()).isEqualTo(c.path());
        });
        for (Diagnostic d : diagnostics.all()) {
            assertThat(d.severity()).isEqualTo(Rule.valueOf(d.code()).severity());
            assertThat(d.message()).isNotBlank().hasSizeGreaterThan(40);
            assertThat(SAYS_WHAT_TO_DO.matcher(d.message()).find()).as("says what to do: " + d.message()).isTrue();
        }
    }

    /**
     * Every message of every case is a finished sentence: it starts with a capital letter (or a quoted name) and ends
     * with a full stop, and no placeholder, {@code null}, Java object text or doubled space is left in it. The
     * messages are also written to target/validation-messages.txt, for reviewing the wording.
     */
    @Test
    void everyMessageIsAFinishedSentence() throws IOException {
        StringBuilder out = new StringBuilder();
        List<String> problems = new java.util.ArrayList<>();
        cases().forEach(c -> {
            out.append("# ").append(c).append('\n');
            for (Diagnostic d : Validator.validate(c.program().get()).all()) {
                out.append(d).append('\n');
                String m = d.message();
                if (!m.matches("(?s)['A-Z].*\\.")) {
                    problems.add(c + ": does not start with a capital letter or end with a full stop: " + m);
                }
                if (UNFINISHED.matcher(m).find()) {
                    problems.add(c + ": placeholder, null, object text or doubled space in: " + m);
                }
            }
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/validation-messages.txt"), out);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCodeIsCoveredByACase() {
        Set<String> covered = cases().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Validator.CODES);
    }

    @Test
    void codesAreUpperSnakeCaseAndUnique() {
        assertThat(Validator.CODES).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
        assertThat(Arrays.stream(Rule.values()).map(Rule::summary)).allMatch(s -> !s.isBlank());
    }

    @Test
    void everyCodeIsDocumentedInTheJavadocOfItsRuleSet() throws IOException {
        Path dir = Path.of("src/main/java/dev/berth/validation");
        StringBuilder docs = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("Rules.java")).toList()) {
                docs.append(Files.readString(f));
            }
        }
        for (String code : Validator.CODES) {
            assertThat(docs.toString()).as(code).contains("<li>{@code " + code + "}");
        }
    }

    /** The request's path starts with /, and a leading wildcard matches it: {@code *.jpg} is a useful pattern. */
    @Test
    void aPathPatternMayStartWithAWildcard() {
        assertThat(Validator.validate(exposure(valid(), "api", e -> e.path("*.jpg").path("?v2/*"))).all()).isEmpty();
    }

    @Test
    void sixWildcardsFitOneRule() {
        assertThat(Validator.validate(exposure(valid(), "api", e -> e.path("/v?/*/items/*").host("*.shop-?.example.com")))
                .all()).isEmpty();
    }

    @Test
    void severalMistakesAreReportedTogether() {
        Application app = valid();
        app = newVpcOf(app, "10.0.0.0/12");
        app = task(app, "api", t -> t.networkMode(NetworkMode.BRIDGE));
        app = container(app, "worker", "worker", c -> c.image(ECR + "/shop/worker:latest"));
        app = service(app, "worker", s -> s.desiredCount(-1));
        app = exposure(app, "orders", e -> e.healthCheckPath("status"));
        app = task(app, "orders", t -> t.grant(Grant.statement(List.of("*"), List.of("*"))));
        app = app.toBuilder().loadBalancer("spare", LoadBalancer.Builder::internal).build();

        Diagnostics diagnostics = Validator.validate(app);

        assertThat(diagnostics.all()).extracting(Diagnostic::code).contains("VPC_CIDR", "FARGATE_NETWORK_MODE",
                "IMAGE_MUTABLE_TAG", "DESIRED_COUNT", "TARGET_GROUP_HEALTH_CHECK", "GRANT_WILDCARD_ACTION",
                "GRANT_WILDCARD_RESOURCE", "UNUSED_LOAD_BALANCER");
        assertThat(diagnostics.hasErrors()).isTrue();
        assertThat(diagnostics.all().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void onlyRangesOutsideThePrivateOnesAreReportedAsPublic() {
        for (String privateRange : List.of("10.0.0.0/16", "10.255.255.0/24", "172.16.0.0/16", "172.31.0.0/16",
                "192.168.0.0/16", "100.64.0.0/16", "100.127.0.0/16")) {
            assertThat(Validator.validate(newVpcOf(valid(), privateRange)).all()).as(privateRange)
                    .extracting(Diagnostic::code).doesNotContain("VPC_CIDR_PUBLIC");
        }
        for (String publicRange : List.of("8.8.0.0/16", "11.0.0.0/16", "172.15.0.0/16", "172.32.0.0/16",
                "192.169.0.0/16", "100.63.0.0/16", "100.128.0.0/16")) {
            assertThat(Validator.validate(newVpcOf(valid(), publicRange)).all()).as(publicRange)
                    .extracting(Diagnostic::code).contains("VPC_CIDR_PUBLIC");
        }
    }

    private static Application newVpcOf(Application app, String cidr) {
        return Programs.network(app, ((NewVpc) app.network()).toBuilder().cidr(cidr).build());
    }

    @Test
    void unresolvedCdkTokensPassUnchecked() {
        String token = "${Token[TOKEN.123]}";
        Application app = Programs.network(valid(), Programs.existingVpc(b -> b.vpcId(token)
                .privateSubnetIds("#{Token[TOKEN.7]}").privateRouteTableIds(token).publicSubnetIds(token, token)));
        app = Programs.loadBalancer(app, "web", lb -> lb.https(token));
        app = task(app, "worker", t -> t.executionRoleArn(token).taskRoleArn(token)
                .grant(Grant.sqsConsume(token)).grant(Grant.snsPublish(token)).grant(Grant.s3Bucket(token, Access.READ))
                .grant(Grant.statement(List.of("sqs:SendMessage"), List.of(token))));
        app = container(app, "api", "app", c -> c.secretFromSecretsManager("TOKEN_SECRET", token)
                .secretFromSecretsManager("TOKEN_PARTIAL", SecretRef.partialArn(token))
                .secretFromSecretsManager("TOKEN_NAME", SecretRef.name(token).withJsonKey(token)
                        .withVersionStage(token))
                .secret(Secret.fromSsmParameter("TOKEN_PARAM", token).encryptedWith(token)));
        app = container(app, "worker", "worker", c -> c.repositoryCredentials(token, token).user(token)
                .workingDirectory(token).environmentFile(token + "/worker.env").environmentFile(token + "/" + token)
                .logging(l -> l.kmsKey(token)));
        app = task(app, "orders", t -> t.grant(Grant.kmsDecrypt(token)).grant(Grant.sqsSend(token))
                .grant(Grant.secretRead(SecretRef.arn(token))).grant(Grant.parameterRead(token))
                .grant(Grant.putEvents(token)).grant(Grant.putMetricData(token)));

        assertThat(Validator.validate(app).all()).isEmpty();
    }

    /**
     * The forms a Secrets Manager secret may take, each as the program says it: a partial ARN whose name happens to
     * end in a hyphen and six characters is accepted as partial, because the program says so.
     */
    @Test
    void everySecretsManagerFormIsAccepted() {
        String arnPrefix = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:";
        Application app = container(valid(), "api", "app", c -> c
                .secretFromSecretsManager("A", SecretRef.arn(arnPrefix + "db-Uv78Wx").withJsonKey("token")
                        .withVersionStage("AWSPREVIOUS"))
                .secretFromSecretsManager("B", SecretRef.partialArn(arnPrefix + "db-master"))
                .secretFromSecretsManager("C", SecretRef.name("prod/db").withVersionId(
                        "9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE"))
                .secretFromSecretsManager("D", SecretRef.arn("arn:aws-cn:secretsmanager:cn-north-1:123456789012:"
                        + "secret:db-Uv78Wx")));
        assertThat(Validator.validate(app).all()).isEmpty();
    }

    @Test
    void aVersionedSecretArnIsRejectedWithTheCallsToWriteInstead() {
        Application app = container(valid(), "api", "app", c -> c.secretFromSecretsManager("TOKEN",
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-Uv78Wx:token:AWSPREVIOUS:"));
        Diagnostic d = Validator.validate(app).errors().get(0);
        assertThat(d.code()).isEqualTo("SECRET_REFERENCE");
        assertThat(d.message()).contains("SecretRef.arn(\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:"
                + "db-Uv78Wx\").withJsonKey(\"token\").withVersionStage(\"AWSPREVIOUS\")");
    }

    @Test
    void fargateMemoryMessageListsTheValidValues() {
        Diagnostic d = Validator.validate(task(valid(), "api", t -> t.cpu(2048).memory(2048))).errors().get(0);
        assertThat(d.code()).isEqualTo("FARGATE_CPU_MEMORY");
        assertThat(d.message()).contains("4096, 5120, 6144").contains("16384").contains("keep 2048 MiB with cpu 256 or 512 or 1024");
    }

    @Test
    void fargateSupportsEveryDocumentedPair() {
        int[][] pairs = {{256, 512}, {256, 2048}, {512, 4096}, {1024, 8192}, {2048, 16384}, {4096, 30720},
                {8192, 61440}, {16384, 122880}, {16384, 32768}};
        for (int[] pair : pairs) {
            Application app = task(valid(), "worker", t -> t.cpu(pair[0]).memory(pair[1]));
            assertThat(Validator.validate(app).all()).as(pair[0] + "/" + pair[1]).isEmpty();
        }
        for (int[] pair : new int[][] {{256, 1536}, {4096, 31744}, {8192, 20000}, {16384, 36864}}) {
            Application app = task(valid(), "worker", t -> t.cpu(pair[0]).memory(pair[1]));
            assertThat(Validator.validate(app).all()).as(pair[0] + "/" + pair[1])
                    .extracting(Diagnostic::code).containsExactly("FARGATE_CPU_MEMORY");
        }
    }

    @Test
    void noEgressMessageListsTheMissingEndpointsAndImages() {
        Application app = container(valid(), "worker", "worker", c -> c.image("nginx:1.27"));
        app = app.toBuilder().endpoints(Endpoints.only(EndpointService.LOGS)).build();
        Diagnostic worker = Validator.validate(app).all().stream()
                .filter(d -> d.path().equals("service[worker]")).findFirst().orElseThrow();
        assertThat(worker.code()).isEqualTo("PRIVATE_SUBNET_NO_EGRESS");
        assertThat(worker.message()).contains("worker").contains("ssmmessages")
                .contains("CannotPullContainerError").contains("NAT");
    }

    @Test
    void databaseSettingsAreToldFromDynamoDbTablesAndDeclaredEgress() {
        Application table = container(valid(), "worker", "worker", c -> c.env("ORDERS_DB_TABLE", "orders"));
        assertThat(Validator.validate(table).all()).isEmpty();
        Application declared = service(container(valid(), "worker", "worker",
                        c -> c.env("JDBC_URL", "jdbc:mysql://db.internal:3306/shop")),
                "worker", s -> s.egressTo(Egress.toCidr("10.0.0.0/16", 3306)));
        assertThat(Validator.validate(declared).all()).isEmpty();
        Application mysql = container(valid(), "worker", "worker",
                c -> c.env("JDBC_URL", "jdbc:mysql://db.internal:3306/shop"));
        assertThat(Validator.validate(mysql).all()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("JDBC_URL").contains("3306"));
    }

    @Test
    void aSiblingOnPort443OrWithDeclaredEgressIsReachable() {
        Application https = container(valid(), "worker", "worker",
                c -> c.env("ORDERS_URL", "https://orders.internal.example.com/v1"));
        assertThat(Validator.validate(https).all()).isEmpty();
        Application declared = service(container(valid(), "worker", "worker",
                        c -> c.env("ORDERS_URL", "http://orders.internal.example.com/v1")),
                "worker", s -> s.egressTo(Egress.toService("orders")));
        assertThat(Validator.validate(declared).all()).isEmpty();
    }

    @Test
    void warningsCanBeAcknowledged() {
        Application app = container(valid(), "worker", "worker", c -> c.image(ECR + "/shop/worker:latest"));
        assertThat(Validator.validate(app).acknowledging(Set.of("IMAGE_MUTABLE_TAG")).all()).isEmpty();
    }

    @Test
    void aBareProgramDoesNotThrow() {
        Application app = Application.builder("").service("", s -> { }).build();
        Diagnostics d = Validator.validate(app);
        assertThat(d.all()).extracting(Diagnostic::code).contains("INVALID_NAME", "NO_CLUSTER", "CONTAINER_COUNT");
    }

}
