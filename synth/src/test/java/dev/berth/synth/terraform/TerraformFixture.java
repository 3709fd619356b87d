package dev.berth.synth.terraform;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.AwsvpcConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.Cluster;
import dev.berth.synth.plan.compute.ComputeResources.ClusterCapacityProviders;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.EnvironmentVariable;
import dev.berth.synth.plan.compute.ComputeResources.HealthCheck;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.LogGroup;
import dev.berth.synth.plan.compute.ComputeResources.PortMapping;
import dev.berth.synth.plan.compute.ComputeResources.Service;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.compute.ComputeResources.TaskDefinition;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Role;
import dev.berth.synth.plan.iam.IamResources.RolePolicy;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.FixedResponse;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Forward;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Listener;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.ListenerRule;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.LoadBalancer;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Redirect;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.TargetGroup;
import dev.berth.synth.plan.network.NetworkResources.Cidr;
import dev.berth.synth.plan.network.NetworkResources.ElasticIp;
import dev.berth.synth.plan.network.NetworkResources.GatewayAttachment;
import dev.berth.synth.plan.network.NetworkResources.Group;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources.NatGateway;
import dev.berth.synth.plan.network.NetworkResources.Route;
import dev.berth.synth.plan.network.NetworkResources.RouteTable;
import dev.berth.synth.plan.network.NetworkResources.RouteTableAssociation;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroup;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupEgress;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupIngress;
import dev.berth.synth.plan.network.NetworkResources.Subnet;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import dev.berth.synth.plan.network.NetworkResources.VpcEndpoint;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;
import dev.berth.synth.testing.TestPlans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small but complete plan written by hand: a VPC with two public subnets, an ALB in front of one Fargate service
 * that scales on request count, and the roles, log group and security groups the planner would derive.
 */
final class TerraformFixture {

    static final ResourceId VPC = ResourceId.of(Vpc.class, "main");
    static final ResourceId IGW = ResourceId.of(InternetGateway.class, "main");
    static final ResourceId IGW_ATTACHMENT = ResourceId.of(GatewayAttachment.class, "main");
    static final ResourceId SUBNET_A = ResourceId.of(Subnet.class, "public", "a");
    static final ResourceId SUBNET_B = ResourceId.of(Subnet.class, "public", "b");
    static final ResourceId ROUTE_TABLE = ResourceId.of(RouteTable.class, "public");
    static final ResourceId DEFAULT_ROUTE = ResourceId.of(Route.class, "public", "default");
    static final ResourceId LB_GROUP = ResourceId.of(SecurityGroup.class, "web", "lb");
    static final ResourceId SERVICE_GROUP = ResourceId.of(SecurityGroup.class, "api", "service");
    static final ResourceId CLUSTER = ResourceId.of(Cluster.class, "shop");
    static final ResourceId LOG_GROUP = ResourceId.of(LogGroup.class, "api");
    static final ResourceId EXECUTION_ROLE = ResourceId.of(Role.class, "api", "execution");
    static final ResourceId EXECUTION_POLICY = ResourceId.of(RolePolicy.class, "api", "execution");
    static final ResourceId TASK_ROLE = ResourceId.of(Role.class, "api", "task");
    static final ResourceId TASK_DEFINITION = ResourceId.of(TaskDefinition.class, "api");
    static final ResourceId LOAD_BALANCER = ResourceId.of(LoadBalancer.class, "web");
    static final ResourceId TARGET_GROUP = ResourceId.of(TargetGroup.class, "api");
    static final ResourceId LISTENER = ResourceId.of(Listener.class, "web", "http");
    static final ResourceId LISTENER_RULE = ResourceId.of(ListenerRule.class, "web", "api");
    static final ResourceId SERVICE = ResourceId.of(Service.class, "api");
    static final ResourceId SCALABLE_TARGET = ResourceId.of(ScalableTarget.class, "api");
    static final ResourceId SCALING_POLICY = ResourceId.of(ScalingPolicy.class, "api", "requests");

    private static final Map<String, String> TAGS = new TreeMap<>(Map.of("app", "shop", "managed-by", "berth"));

    private TerraformFixture() {
    }

    static Plan plan() {
        List<PlannedResource> resources = new ArrayList<>();
        resources.addAll(network());
        resources.addAll(compute());
        resources.addAll(loadBalancing());
        resources.add(service());
        resources.addAll(scaling());
        return TestPlans.of("shop", "The shop's API on Fargate behind an Application Load Balancer.", resources,
                List.of(new Input("api-image-tag", "The tag of the API image to deploy.", "latest",
                        "[A-Za-z0-9._-]{1,128}")),
                List.of(new Output("web-load-balancer-dns-name", "The load balancer's DNS name.",
                        LOAD_BALANCER.attr(Attr.DNS_NAME))), Plan.Ownership.NONE);
    }

    /** A plan with one VPC and nothing else: no data sources, inputs or outputs. */
    static Plan minimal() {
        return TestPlans.of("tiny", "Just a VPC.", List.of(new Vpc(VPC, "10.0.0.0/16", true, true, Map.of())), List.of(), List.of(),
                Plan.Ownership.NONE);
    }

    /**
     * The kinds {@link #plan()} leaves out: a NAT gateway with its Elastic IP, gateway and interface endpoints,
     * capacity providers, an HTTPS listener behind a redirect, and a service on a capacity provider strategy.
     */
    static Plan privateNetwork() {
        ResourceId eip = ResourceId.of(ElasticIp.class, "nat", "a");
        ResourceId nat = ResourceId.of(NatGateway.class, "a");
        ResourceId privateTable = ResourceId.of(RouteTable.class, "private");
        ResourceId endpointGroup = ResourceId.of(SecurityGroup.class, "endpoints");
        ResourceId https = ResourceId.of(Listener.class, "web", "https");
        ResourceId worker = ResourceId.of(Service.class, "worker");
        List<PlannedResource> resources = new ArrayList<>(network());
        resources.addAll(List.of(
                new ElasticIp(eip, "vpc", tags("shop-nat-a")),
                new NatGateway(nat, SUBNET_A.attr(Attr.ID), eip.attr(Attr.ALLOCATION_ID), tags("shop-nat-a")),
                new RouteTable(privateTable, VPC.attr(Attr.ID), tags("shop-private")),
                new Route(ResourceId.of(Route.class, "private", "default"), privateTable.attr(Attr.ID), "0.0.0.0/0",
                        RouteTarget.NAT_GATEWAY, nat.attr(Attr.ID)),
                new SecurityGroup(endpointGroup, VPC.attr(Attr.ID), "Interface endpoints", tags("shop-endpoints")),
                new VpcEndpoint(ResourceId.of(VpcEndpoint.class, "s3"), VPC.attr(Attr.ID),
                        Value.concat("com.amazonaws.", Value.pseudo(Pseudo.REGION), ".s3"), true, List.of(),
                        List.of(), List.of(privateTable.attr(Attr.ID)), false, tags("shop-s3")),
                new VpcEndpoint(ResourceId.of(VpcEndpoint.class, "ecr-api"), VPC.attr(Attr.ID),
                        Value.concat("com.amazonaws.", Value.pseudo(Pseudo.REGION), ".ecr.api"), false,
                        List.of(SUBNET_A.attr(Attr.ID)), List.of(endpointGroup.attr(Attr.ID)), List.of(), true,
                        tags("shop-ecr-api")),
                new Cluster(CLUSTER, "shop", false, "enhanced", Map.of()),
                new ClusterCapacityProviders(ResourceId.of(ClusterCapacityProviders.class, "shop"),
                        CLUSTER.attr(Attr.NAME), List.of("FARGATE", "FARGATE_SPOT"),
                        List.of(new StrategyItem("FARGATE", 1, 1), new StrategyItem("FARGATE_SPOT", 0, 3))),
                new LoadBalancer(LOAD_BALANCER, "application", "internal", List.of(SUBNET_A.attr(Attr.ID), SUBNET_B.attr(Attr.ID)),
                        List.of(LB_GROUP.attr(Attr.ID)), 60, true, null, null, Map.of()),
                new Listener(LISTENER, LOAD_BALANCER.attr(Attr.ARN), 80, "HTTP", null, null,
                        new Redirect("HTTPS", 443, "HTTP_301")),
                new Listener(https, LOAD_BALANCER.attr(Attr.ARN), 443, "HTTPS",
                        "arn:aws:acm:eu-west-1:123456789012:certificate/abc",
                        "ELBSecurityPolicy-TLS13-1-2-2021-06", new FixedResponse(404, "text/plain", "")),
                new Service(worker, "worker", false, CLUSTER.attr(Attr.ARN), Value.literal("arn:aws:ecs:task/worker:1"), 1,
                        false, null, List.of(new StrategyItem("FARGATE_SPOT", 0, 1)), null,
                        new AwsvpcConfiguration(List.of(SUBNET_A.attr(Attr.ID)), List.of(SERVICE_GROUP.attr(Attr.ID)),
                                false), 50, 200, true, false, true, null, null,
                        List.of(), Map.of())));
        return TestPlans.of("private-shop", "Private subnets behind a NAT gateway.", resources, List.of(),
                List.of(new Output("worker-service-arn", "The worker service's ARN.", worker.attr(Attr.ARN))),
                Plan.Ownership.NONE);
    }

    private static List<PlannedResource> network() {
        return List.of(
                new Vpc(VPC, "10.0.0.0/16", true, true, tags("shop")),
                new InternetGateway(IGW, tags("shop")),
                new GatewayAttachment(IGW_ATTACHMENT, VPC.attr(Attr.ID), IGW.attr(Attr.ID)),
                new Subnet(SUBNET_A, VPC.attr(Attr.ID), "10.0.0.0/24", new Value.AzName(0), true, tags("shop-public-a")),
                new Subnet(SUBNET_B, VPC.attr(Attr.ID), "10.0.1.0/24", new Value.AzName(1), true, tags("shop-public-b")),
                new RouteTable(ROUTE_TABLE, VPC.attr(Attr.ID), tags("shop-public")),
                new Route(DEFAULT_ROUTE, ROUTE_TABLE.attr(Attr.ID), "0.0.0.0/0", RouteTarget.INTERNET_GATEWAY,
                        IGW.attr(Attr.ID)),
                new RouteTableAssociation(ResourceId.of(RouteTableAssociation.class, "public", "a"),
                        SUBNET_A.attr(Attr.ID), ROUTE_TABLE.attr(Attr.ID)),
                new RouteTableAssociation(ResourceId.of(RouteTableAssociation.class, "public", "b"),
                        SUBNET_B.attr(Attr.ID), ROUTE_TABLE.attr(Attr.ID)),
                new SecurityGroup(LB_GROUP, VPC.attr(Attr.ID), "The web load balancer", tags("shop-web-lb")),
                new SecurityGroup(SERVICE_GROUP, VPC.attr(Attr.ID), "The api service's tasks", tags("shop-api")),
                new SecurityGroupIngress(ResourceId.of(SecurityGroupIngress.class, "web-lb", "http"),
                        LB_GROUP.attr(Attr.ID), "tcp", 80, 80, new Cidr("0.0.0.0/0"), "HTTP from anywhere"),
                new SecurityGroupEgress(ResourceId.of(SecurityGroupEgress.class, "web-lb", "api"),
                        LB_GROUP.attr(Attr.ID), "tcp", 8080, 8080, new Group(SERVICE_GROUP.attr(Attr.ID)),
                        "To the api tasks"),
                new SecurityGroupIngress(ResourceId.of(SecurityGroupIngress.class, "api", "web-lb"),
                        SERVICE_GROUP.attr(Attr.ID), "tcp", 8080, 8080, new Group(LB_GROUP.attr(Attr.ID)),
                        "From the web load balancer"),
                new SecurityGroupEgress(ResourceId.of(SecurityGroupEgress.class, "api", "all"),
                        SERVICE_GROUP.attr(Attr.ID), "-1", 0, 0, new Cidr("0.0.0.0/0"), "To anywhere"));
    }

    private static List<PlannedResource> compute() {
        Statement logs = Statement.allow("WriteLogs", null,
                List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                List.of(Value.concat(LOG_GROUP.attr(Attr.ARN), ":*")), Map.of());
        Statement pull = Statement.allow("PullImage", null, List.of("ecr:BatchGetImage"),
                List.of(Value.arnInThisAccount("ecr", "repository/shop/api")),
                Map.of("StringEquals", Map.of("aws:ResourceAccount", Value.pseudo(Pseudo.ACCOUNT_ID))));
        return List.of(
                new Cluster(CLUSTER, "shop", false, "enabled", TAGS),
                new LogGroup(LOG_GROUP, "/berth/shop/api", 30, null, false, TAGS),
                new Role(EXECUTION_ROLE, "Lets ECS pull the api image and write its logs", trust(), TAGS),
                new RolePolicy(EXECUTION_POLICY, EXECUTION_ROLE.attr(Attr.NAME), "execution",
                        PolicyDocument.of(List.of(logs, pull))),
                new Role(TASK_ROLE, "The api tasks' own permissions", trust(), TAGS),
                new TaskDefinition(TASK_DEFINITION, "shop-api", 256, 512, "awsvpc", List.of("FARGATE"), "ARM64", "LINUX",
                        EXECUTION_ROLE.attr(Attr.ARN), TASK_ROLE.attr(Attr.ARN), List.of(container()), null, List.of(),
                        TAGS));
    }

    private static PolicyDocument trust() {
        return PolicyDocument.of(List.of(Statement.allow("EcsTasks", "ecs-tasks.amazonaws.com",
                List.of("sts:AssumeRole"), List.of(), Map.of())));
    }

    private static ContainerDefinition container() {
        Map<String, Value> logOptions = new LinkedHashMap<>();
        logOptions.put("awslogs-group", LOG_GROUP.attr(Attr.NAME));
        logOptions.put("awslogs-region", Value.pseudo(Pseudo.REGION));
        logOptions.put("awslogs-stream-prefix", Value.literal("api"));
        return new ContainerDefinition("app",
                Value.concat("public.ecr.aws/shop/api:", new Value.Input("api-image-tag")),
                null, 512, null, true,
                List.of(new PortMapping(8080, null, "tcp", "http")),
                List.of(new EnvironmentVariable("GREETING", "Hello ${name}"),
                        new EnvironmentVariable("TEMPLATE", "%{if x}y%{endif}")),
                List.of(), List.of(), null,
                new HealthCheck(List.of("CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"),
                        30, 5, 3, 10),
                List.of(), List.of(), null, null, List.of(), null,
                new LogConfiguration("awslogs", logOptions), null, null, true, List.of(), List.of(), List.of(),
                Map.of());
    }

    private static List<PlannedResource> loadBalancing() {
        return List.of(
                new LoadBalancer(LOAD_BALANCER, "application", "internet-facing", List.of(SUBNET_A.attr(Attr.ID),
                        SUBNET_B.attr(Attr.ID)), List.of(LB_GROUP.attr(Attr.ID)), 60, true, null, null, TAGS),
                new TargetGroup(TARGET_GROUP, VPC.attr(Attr.ID), 8080, "HTTP", "ip", true, "HTTP", "/health", "200-399",
                        15, 5, 2, 3, 30, TAGS),
                new Listener(LISTENER, LOAD_BALANCER.attr(Attr.ARN), 80, "HTTP", null, null,
                        new FixedResponse(404, "text/plain", "Not found")),
                new ListenerRule(LISTENER_RULE, LISTENER.attr(Attr.ARN), 100, List.of("/api/*"), List.of(),
                        new Forward(TARGET_GROUP.attr(Attr.ARN))));
    }

    /** The service waits for the listener rule: ECS rejects a target group no load balancer uses yet. */
    private static Service service() {
        return new Service(SERVICE, "api", false, CLUSTER.attr(Attr.NAME), TASK_DEFINITION.attr(Attr.ARN), 2, true, "FARGATE",
                List.of(), "LATEST", new AwsvpcConfiguration(List.of(SUBNET_A.attr(Attr.ID), SUBNET_B.attr(Attr.ID)),
                List.of(SERVICE_GROUP.attr(Attr.ID)), true), 100, 200, true, true, false, 60, "SERVICE",
                List.of(new ServiceLoadBalancer(TARGET_GROUP.attr(Attr.ARN), "app", 8080)), TAGS);
    }

    private static List<PlannedResource> scaling() {
        return List.of(
                new ScalableTarget(SCALABLE_TARGET,
                        Value.concat("service/", CLUSTER.attr(Attr.NAME), "/", SERVICE.attr(Attr.NAME)),
                        "ecs:service:DesiredCount", "ecs", 2, 10),
                new ScalingPolicy(SCALING_POLICY, "shop-api-requests", "TargetTrackingScaling", SCALABLE_TARGET, "ALBRequestCountPerTarget",
                        500, 60, 30, Value.concat(LOAD_BALANCER.attr(Attr.FULL_NAME), "/",
                        TARGET_GROUP.attr(Attr.FULL_NAME))));
    }

    private static Map<String, String> tags(String name) {
        Map<String, String> tags = new TreeMap<>(TAGS);
        tags.put("Name", name);
        return tags;
    }
}
