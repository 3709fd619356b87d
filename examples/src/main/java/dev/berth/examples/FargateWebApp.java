package dev.berth.examples;

import dev.berth.Application;
import dev.berth.compute.ContainerInsights;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Egress;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.service.DeploymentStrategy;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;

import static dev.berth.compute.CapacityProviderStrategyItem.FARGATE;
import static dev.berth.compute.CapacityProviderStrategyItem.FARGATE_SPOT;

/**
 * The seed architecture: web services on Fargate in private subnets behind an internet-facing Application Load
 * Balancer, with no NAT gateway: images, logs, secrets and the AWS services the task roles are granted (DynamoDB,
 * SNS, S3) are reached through VPC endpoints that Berth derives from the workloads, and the API reaches its
 * PostgreSQL database through the egress it declares. The storefront deploys as a canary (ECS blue/green with an
 * alternate target group) that CloudWatch alarms on its target groups roll back.
 */
public final class FargateWebApp {

    static final String ACCOUNT = "123456789012";
    static final String REGISTRY = ACCOUNT + ".dkr.ecr.eu-west-1.amazonaws.com";
    /** The security group of the shop's PostgreSQL database (Amazon RDS, managed outside this program). */
    static final String DATABASE_SECURITY_GROUP = "sg-0d1e2f3a4b5c6d7e8";

    private FargateWebApp() {
    }

    public static Application program() {
        return Application.builder("shop")
                .tag("project", "shop")
                .tag("environment", "production")
                .newVpc(vpc -> vpc.cidr("10.20.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .endpoints(Endpoints.automatic())
                .cluster("shop", c -> c
                        .containerInsights(ContainerInsights.ENHANCED)
                        .capacityProviders(FARGATE, FARGATE_SPOT)
                        .defaultStrategy(FARGATE, 1, 1))
                .loadBalancer("web", lb -> lb
                        .accessLogs("shop-production-alb-logs")
                        .https("arn:aws:acm:eu-west-1:" + ACCOUNT
                                + ":certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"))
                .service("api", s -> s
                        .desiredCount(2)
                        // Two tasks always on regular Fargate; three of every four beyond that on Spot.
                        .capacityProvider(FARGATE, 2, 1)
                        .capacityProvider(FARGATE_SPOT, 0, 3)
                        .task(t -> t.cpu(512).memory(1024)
                                .container("app", c -> c
                                        .image(Image.of(REGISTRY + "/shop/api:1.4.2").deployTimeVersion("api-image-tag"))
                                        .port(8080, "http")
                                        .env("SERVER_PORT", "8080")
                                        .env("SPRING_PROFILES_ACTIVE", "production")
                                        .secretFromSsm("DATABASE_URL", "/shop/production/database-url")
                                        .secretFromSecretsManager("DATABASE_PASSWORD", "arn:aws:secretsmanager:eu-west-1:"
                                                + ACCOUNT + ":secret:shop/production/database-AbCdEf", "password")
                                        .healthCheck(HealthCheck.shell("curl -fs http://localhost:8080/health || exit 1")
                                                .withStartPeriod(30)))
                                .grant(Grant.s3Bucket("shop-production-uploads", Access.READ_WRITE))
                                .grant(Grant.dynamoDbTable("orders", Access.READ_WRITE))
                                .grant(Grant.snsPublish("arn:aws:sns:eu-west-1:" + ACCOUNT + ":order-events")))
                        .expose("web", e -> e.path("/api/*").healthCheckPath("/health"))
                        // The database (DATABASE_URL): its security group admits the tasks on 5432.
                        .egressTo(Egress.toSecurityGroup(DATABASE_SECURITY_GROUP, 5432))
                        .enableExecuteCommand(true)
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(10).cpuTargetPercent(60)
                                .requestsPerTarget(500)))
                .service("storefront", s -> s
                        .task(t -> t.cpu(256).memory(512)
                                .container("web", c -> c
                                        .image(REGISTRY + "/shop/storefront:2.0.1")
                                        .port(8080)
                                        .env("API_BASE_PATH", "/api")))
                        .expose("web", e -> e.path("/*").healthCheckPath("/"))
                        // A canary: 10 % of the traffic to the new revision for 10 minutes, then the rest; rolled
                        // back when its tasks answer 10 or more 5xx a minute or stay unhealthy.
                        .deployment(d -> d.strategy(DeploymentStrategy.CANARY).canary(10, 10).bakeTimeMinutes(10)
                                .rollbackOnTarget5xx(10).rollbackOnUnhealthyHosts(true))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(6).cpuTargetPercent(70)))
                .build();
    }
}
