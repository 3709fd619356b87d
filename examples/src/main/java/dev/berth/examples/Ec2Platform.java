package dev.berth.examples;

import dev.berth.Application;
import dev.berth.compute.ContainerInsights;
import dev.berth.compute.EcsAmi;
import dev.berth.compute.ManagedInstances.CpuManufacturer;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.loadbalancing.TargetType;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.placement.PlacementConstraint;
import dev.berth.placement.PlacementStrategy;
import dev.berth.service.LaunchType;
import dev.berth.service.SchedulingStrategy;
import dev.berth.task.Compatibility;
import dev.berth.task.CpuArchitecture;
import dev.berth.task.HealthCheck;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;

/**
 * ECS on instances instead of Fargate: one cluster with two kinds of capacity. An EC2 Auto Scaling group of Graviton
 * instances (the ECS-optimized Amazon Linux 2023 AMI resolved at launch, two On-Demand instances and half Spot above
 * them, scaled by the capacity provider's managed scaling) runs the storefront in the bridge network mode: its tasks
 * get dynamic host ports and the load balancer reaches them through an instance target group, which the instances'
 * security group admits on the ephemeral port range from the load balancer's security group only. On every one of
 * those instances a CloudWatch agent runs as a DAEMON in the host network mode: the storefront sends StatsD metrics to
 * it at the instance's Docker bridge address (UDP 8125, which never leaves the instance). The recommendations API runs
 * in the awsvpc mode on an ECS Managed Instances provider, where AWS chooses, launches, patches and replaces x86_64
 * instances that meet the vCPU and memory ranges; it has its own network interface and security group behind an IP
 * target group.
 *
 * <pre>
 *  client --HTTPS--> ALB --/*---------------------> storefront (bridge, instance targets, ASG "web-fleet", arm64)
 *                        --/recommendations/*-----> recommendations (awsvpc, IP targets, Managed Instances, x86_64)
 *  every web-fleet instance: metrics-agent (DAEMON, host network) <--StatsD 172.17.0.1:8125-- storefront tasks
 * </pre>
 *
 * <p>Instances and tasks run in private subnets that reach ECS, ECR, CloudWatch and ECR Public through one NAT gateway
 * per availability zone (the container agent on each instance must reach the ECS endpoints to register; ECR Public,
 * where the CloudWatch agent's image lives, has no VPC endpoint), with gateway endpoints for S3 (image layers) and
 * DynamoDB; Session Manager (the instance role's {@code AmazonSSMManagedInstanceCore}) replaces SSH. AMI updates reach new instances
 * by themselves; roll the running ones with an instance refresh of the group.
 */
public final class Ec2Platform {

    private static final String REGISTRY = FargateWebApp.REGISTRY;
    /** The CloudWatch agent's StatsD listener: a UDP port of every instance (host network mode). */
    private static final int STATSD_PORT = 8125;

    private Ec2Platform() {
    }

    public static Application program() {
        return Application.builder("retail")
                .tag("project", "retail")
                .tag("environment", "production")
                .newVpc(v -> v.cidr("10.40.0.0/16").availabilityZones(2).natGateways(NatGateways.PER_AZ))
                // NAT for ECS, ECR, CloudWatch and ECR Public (the agent's image); the free gateway endpoints keep
                // image layers (S3) and the recommendations table (DynamoDB) off it
                .endpoints(Endpoints.only(EndpointService.S3, EndpointService.DYNAMODB))
                .cluster("retail", c -> c
                        .containerInsights(ContainerInsights.ENHANCED)
                        // Graviton instances: two On-Demand always, half of the rest on Spot (managed draining
                        // moves the tasks off an instance Spot reclaims).
                        .ec2Capacity("web-fleet", e -> e
                                .instanceTypes("m7g.large", "m6g.large", "c7g.xlarge")
                                .ami(EcsAmi.AL2023_ARM64)
                                .minSize(2).maxSize(8)
                                .onDemandBase(2).onDemandPercentAboveBase(50)
                                .targetCapacityPercent(90)
                                .rootVolumeGiB(40))
                        // ECS Managed Instances: AWS picks x86_64 instance types in these ranges.
                        .managedInstances("retail-recommendations", m -> m
                                .vcpu(2, 8).memoryMiB(8192, 32768)
                                .cpuManufacturers(CpuManufacturer.INTEL, CpuManufacturer.AMD)))
                .loadBalancer("web", lb -> lb
                        .https("arn:aws:acm:eu-west-1:" + FargateWebApp.ACCOUNT
                                + ":certificate/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")
                        .accessLogs("retail-alb-access-logs"))
                // bridge mode on the Auto Scaling group: dynamic host ports behind an instance target group
                .service("storefront", s -> s
                        .desiredCount(4)
                        .capacityProvider("web-fleet", 0, 1)
                        .placementStrategy(PlacementStrategy.spreadAcrossZones())
                        .placementStrategy(PlacementStrategy.binpackMemory())
                        .task(t -> t
                                .compatibilities(Compatibility.EC2)
                                .networkMode(NetworkMode.BRIDGE)
                                .cpuArchitecture(CpuArchitecture.ARM64)
                                .cpu(512).memory(1024)
                                .container("web", c -> c
                                        .image(REGISTRY + "/retail/storefront:3.2.0")
                                        .port(8080)
                                        .memory(1024).memoryReservation(768)
                                        .env("SERVER_PORT", "8080")
                                        .env("RECOMMENDATIONS_PATH", "/recommendations")
                                        // the metrics agent on the same instance, through Docker's bridge
                                        .env("STATSD_HOST", "172.17.0.1")
                                        .env("STATSD_PORT", String.valueOf(STATSD_PORT))
                                        .healthCheck(HealthCheck.shell("curl -fs http://localhost:8080/health || exit 1")
                                                .withStartPeriod(30))))
                        .expose("web", e -> e.path("/*").targetType(TargetType.INSTANCE).healthCheckPath("/health"))
                        .autoScaling(a -> a.minCapacity(4).maxCapacity(16).cpuTargetPercent(60)))
                // awsvpc on ECS Managed Instances: its own ENI and security group, IP targets
                .service("recommendations", s -> s
                        .desiredCount(2)
                        .capacityProvider("retail-recommendations", 0, 1)
                        .task(t -> t
                                .compatibilities(Compatibility.MANAGED_INSTANCES)
                                .cpu(2048).memory(6144)
                                .container("api", c -> c
                                        .image(REGISTRY + "/retail/recommendations:1.8.1")
                                        .port(9090)
                                        .env("SERVER_PORT", "9090")
                                        .env("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75"))
                                .grant(Grant.dynamoDbTable("retail-recommendations", Access.READ)))
                        .expose("web", e -> e.path("/recommendations/*").healthCheckPath("/recommendations/health")))
                // one CloudWatch agent per web-fleet instance, on the instance's network
                .service("metrics-agent", s -> s
                        .launchType(LaunchType.EC2)
                        .schedulingStrategy(SchedulingStrategy.DAEMON)
                        // the Graviton instances of the Auto Scaling group, not the Managed Instances
                        .placementConstraint(PlacementConstraint.memberOf("attribute:ecs.cpu-architecture == arm64"))
                        .task(t -> t
                                .compatibilities(Compatibility.EC2)
                                .networkMode(NetworkMode.HOST)
                                .cpuArchitecture(CpuArchitecture.ARM64)
                                .cpu(128).memory(256)
                                .container("cloudwatch-agent", c -> c
                                        .image("public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300032.3b392")
                                        .portMapping(new PortMapping(STATSD_PORT, STATSD_PORT, Protocol.UDP, ""))
                                        .memory(256)
                                        .env("CW_CONFIG_CONTENT", "{\"metrics\":{\"namespace\":\"Retail\","
                                                + "\"metrics_collected\":{\"statsd\":{\"service_address\":\":"
                                                + STATSD_PORT + "\"}}}}"))
                                .grant(Grant.putMetricData("Retail"))))
                .build();
    }
}
