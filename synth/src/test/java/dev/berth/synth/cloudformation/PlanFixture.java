package dev.berth.synth.cloudformation;

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
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.EnvironmentVariable;
import dev.berth.synth.plan.compute.ComputeResources.HealthCheck;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.LogGroup;
import dev.berth.synth.plan.compute.ComputeResources.PortMapping;
import dev.berth.synth.plan.compute.ComputeResources.Service;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
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
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.TargetGroup;
import dev.berth.synth.plan.network.NetworkResources.Cidr;
import dev.berth.synth.plan.network.NetworkResources.GatewayAttachment;
import dev.berth.synth.plan.network.NetworkResources.Group;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources.Route;
import dev.berth.synth.plan.network.NetworkResources.RouteTable;
import dev.berth.synth.plan.network.NetworkResources.RouteTableAssociation;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroup;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupEgress;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupIngress;
import dev.berth.synth.plan.network.NetworkResources.Subnet;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;
import dev.berth.synth.testing.TestPlans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small but complete plan, written by hand: one VPC with two public subnets, a load balancer in front of one
 * Fargate service whose image tag is an input, scaling on requests per target.
 */
final class PlanFixture {

    static final ResourceId VPC = ResourceId.of(Vpc.class, "demo");
    static final ResourceId IGW = ResourceId.of(InternetGateway.class, "demo");
    static final ResourceId ATTACHMENT = ResourceId.of(GatewayAttachment.class, "demo");
    static final ResourceId SUBNET_A = ResourceId.of(Subnet.class, "public", "a");
    static final ResourceId SUBNET_B = ResourceId.of(Subnet.class, "public", "b");
    static final ResourceId ROUTE_TABLE = ResourceId.of(RouteTable.class, "public");
    static final ResourceId ROUTE = ResourceId.of(Route.class, "public", "internet");
    static final ResourceId LB_SG = ResourceId.of(SecurityGroup.class, "web");
    static final ResourceId API_SG = ResourceId.of(SecurityGroup.class, "api");
    static final ResourceId CLUSTER = ResourceId.of(Cluster.class, "demo");
    static final ResourceId LOG_GROUP = ResourceId.of(LogGroup.class, "api");
    static final ResourceId EXECUTION_ROLE = ResourceId.of(Role.class, "api", "execution");
    static final ResourceId TASK_ROLE = ResourceId.of(Role.class, "api", "task");
    static final ResourceId EXECUTION_POLICY = ResourceId.of(RolePolicy.class, "api", "execution");
    static final ResourceId TASK_DEFINITION = ResourceId.of(TaskDefinition.class, "api");
    static final ResourceId LOAD_BALANCER = ResourceId.of(LoadBalancer.class, "web");
    static final ResourceId LISTENER = ResourceId.of(Listener.class, "web", "http");
    static final ResourceId RULE = ResourceId.of(ListenerRule.class, "api");
    static final ResourceId TARGET_GROUP = ResourceId.of(TargetGroup.class, "api");
    static final ResourceId SERVICE = ResourceId.of(Service.class, "api");
    static final ResourceId SCALABLE_TARGET = ResourceId.of(ScalableTarget.class, "api");
    static final ResourceId SCALING_POLICY = ResourceId.of(ScalingPolicy.class, "api", "requests");

    static final Map<String, String> TAGS = Map.of("app", "demo");

    private PlanFixture() {
    }

    static Plan plan() {
        List<PlannedResource> resources = new ArrayList<>();
        resources.addAll(network());
        resources.addAll(securityGroups());
        resources.addAll(compute());
        resources.addAll(loadBalancing());
        resources.addAll(scaling());
        List<Input> inputs = List.of(new Input("api-image-tag", "Tag of the api image", "latest", "^[\\w.-]+$"));
        List<Output> outputs = List.of(
                new Output("web-load-balancer-dns-name", "DNS name of the web load balancer",
                        LOAD_BALANCER.attr(Attr.DNS_NAME)),
                new Output("first-zone-label", "Where the first subnet is",
                        Value.concat("zone ", new Value.AzName(0))));
        return TestPlans.of("demo", "Berth demo: one API service", resources, inputs, outputs, Plan.Ownership.NONE);
    }

    private static List<PlannedResource> network() {
        return List.of(
                new Vpc(VPC, "10.0.0.0/16", true, true, TAGS),
                new InternetGateway(IGW, TAGS),
                new GatewayAttachment(ATTACHMENT, VPC.attr(Attr.ID), IGW.attr(Attr.ID)),
                new Subnet(SUBNET_A, VPC.attr(Attr.ID), "10.0.0.0/24", new Value.AzName(0), true, TAGS),
                new Subnet(SUBNET_B, VPC.attr(Attr.ID), "10.0.1.0/24", new Value.AzName(1), true, TAGS),
                new RouteTable(ROUTE_TABLE, VPC.attr(Attr.ID), Map.of()),
                new Route(ROUTE, ROUTE_TABLE.attr(Attr.ID), "0.0.0.0/0", RouteTarget.INTERNET_GATEWAY,
                        IGW.attr(Attr.ID)),
                new RouteTableAssociation(ResourceId.of(RouteTableAssociation.class, "public", "a"),
                        SUBNET_A.attr(Attr.ID), ROUTE_TABLE.attr(Attr.ID)));
    }

    private static List<PlannedResource> securityGroups() {
        return List.of(
                new SecurityGroup(LB_SG, VPC.attr(Attr.ID), "web load balancer", TAGS),
                new SecurityGroup(API_SG, VPC.attr(Attr.ID), "api tasks", TAGS),
                new SecurityGroupIngress(ResourceId.of(SecurityGroupIngress.class, "web", "http"), LB_SG.attr(Attr.ID),
                        "tcp", 80, 80, new Cidr("0.0.0.0/0"), "HTTP from anywhere"),
                new SecurityGroupEgress(ResourceId.of(SecurityGroupEgress.class, "web", "api"), LB_SG.attr(Attr.ID),
                        "tcp", 8080, 8080, new Group(API_SG.attr(Attr.ID)), "to the api tasks"),
                new SecurityGroupIngress(ResourceId.of(SecurityGroupIngress.class, "api", "web"), API_SG.attr(Attr.ID),
                        "tcp", 8080, 8080, new Group(LB_SG.attr(Attr.ID)), "from the load balancer"),
                new SecurityGroupEgress(ResourceId.of(SecurityGroupEgress.class, "api", "all"), API_SG.attr(Attr.ID),
                        "-1", 0, 65535, new Cidr("0.0.0.0/0"), "all out"));
    }

    private static List<PlannedResource> compute() {
        return List.of(
                new Cluster(CLUSTER, "demo", false, "enabled", TAGS),
                new LogGroup(LOG_GROUP, "/ecs/demo/api", 30, null, false, TAGS),
                role(EXECUTION_ROLE, "ECS agent: pulls the image, writes logs"),
                role(TASK_ROLE, null),
                new RolePolicy(EXECUTION_POLICY, EXECUTION_ROLE.attr(Attr.NAME), "api-execution",
                        PolicyDocument.of(List.of(
                                Statement.allow("WriteLogs", null,
                                        List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                                        List.of(Value.concat(LOG_GROUP.attr(Attr.ARN), ":*")), Map.of()),
                                Statement.allow("ReadOwnPrefix", null, List.of("s3:GetObject"),
                                        List.of(Value.concat("arn:", Value.pseudo(Pseudo.PARTITION),
                                                ":s3:::demo-bucket/${aws:username}/*")),
                                        Map.of("StringEquals",
                                                Map.of("aws:ResourceAccount", Value.pseudo(Pseudo.ACCOUNT_ID))))))),
                taskDefinition(),
                service());
    }

    private static Role role(ResourceId id, String description) {
        Statement trust = Statement.allow("EcsTasksAssume", "ecs-tasks.amazonaws.com",
                List.of("sts:AssumeRole"), List.of(), Map.of());
        return new Role(id, description, PolicyDocument.of(List.of(trust)), TAGS);
    }

    static Value image() {
        return Value.concat(Value.pseudo(Pseudo.ACCOUNT_ID), ".dkr.ecr.", Value.pseudo(Pseudo.REGION), ".",
                Value.pseudo(Pseudo.URL_SUFFIX), "/api:", new Value.Input("api-image-tag"));
    }

    private static TaskDefinition taskDefinition() {
        Map<String, Value> logOptions = new LinkedHashMap<>();
        logOptions.put("awslogs-group", LOG_GROUP.attr(Attr.NAME));
        logOptions.put("awslogs-region", Value.pseudo(Pseudo.REGION));
        logOptions.put("awslogs-stream-prefix", Value.literal("api"));
        HealthCheck healthCheck = new HealthCheck(List.of("CMD-SHELL", "curl -f http://localhost:8080/health"),
                30, 5, 3, 10);
        ContainerDefinition app = new ContainerDefinition("app", image(), null, null, 256, true,
                List.of(new PortMapping(8080, null, "tcp", "http")),
                List.of(new EnvironmentVariable("LOG_LEVEL", "info")), List.of(), List.of(), null,
                healthCheck,
                List.of(), List.of(), null, null, List.of(), null, new LogConfiguration("awslogs", logOptions), null,
                null, true, List.of(), List.of(), List.of(), Map.of());
        return new TaskDefinition(TASK_DEFINITION, "demo-api", 256, 512, "awsvpc", List.of("FARGATE"), "X86_64", "LINUX",
                EXECUTION_ROLE.attr(Attr.ARN), TASK_ROLE.attr(Attr.ARN), List.of(app), null, List.of(), TAGS);
    }

    private static Service service() {
        return new Service(SERVICE, "api", false, CLUSTER.attr(Attr.NAME), TASK_DEFINITION.attr(Attr.ARN), 2, true, "FARGATE",
                List.of(), "LATEST", new AwsvpcConfiguration(List.of(SUBNET_A.attr(Attr.ID), SUBNET_B.attr(Attr.ID)),
                List.of(API_SG.attr(Attr.ID)), true), 100, 200, true, true, false, 60, null,
                List.of(new ServiceLoadBalancer(TARGET_GROUP.attr(Attr.ARN), "app", 8080)), TAGS);
    }

    private static List<PlannedResource> loadBalancing() {
        return List.of(
                new LoadBalancer(LOAD_BALANCER, "application", "internet-facing",
                        List.of(SUBNET_A.attr(Attr.ID), SUBNET_B.attr(Attr.ID)), List.of(LB_SG.attr(Attr.ID)), 60,
                        true, null, null, TAGS),
                new TargetGroup(TARGET_GROUP, VPC.attr(Attr.ID), 8080, "HTTP", "ip", true, "HTTP", "/health", "200-399", 30, 5, 2, 3,
                        30, TAGS),
                new Listener(LISTENER, LOAD_BALANCER.attr(Attr.ARN), 80, "HTTP", null, null,
                        new FixedResponse(404, "text/plain", "Not found")),
                new ListenerRule(RULE, LISTENER.attr(Attr.ARN), 10, List.of("/api/*"), List.of(),
                        new Forward(TARGET_GROUP.attr(Attr.ARN))));
    }

    private static List<PlannedResource> scaling() {
        Value resourceId = Value.concat("service/", CLUSTER.attr(Attr.NAME), "/", SERVICE.attr(Attr.NAME));
        Value label = Value.concat(LOAD_BALANCER.attr(Attr.FULL_NAME), "/", TARGET_GROUP.attr(Attr.FULL_NAME));
        return List.of(
                new ScalableTarget(SCALABLE_TARGET, resourceId, "ecs:service:DesiredCount", "ecs", 2, 10),
                new ScalingPolicy(SCALING_POLICY, "api-requests", "TargetTrackingScaling", SCALABLE_TARGET, "ALBRequestCountPerTarget", 1000,
                        60, 30, label));
    }
}
