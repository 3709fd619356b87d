package com.example.infrastructure;

import dev.berth.Application;
import dev.berth.network.Egress;
import dev.berth.network.NatGateways;
import dev.berth.synth.Berth;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The shop's infrastructure: two web services on Fargate, in private subnets behind an internet-facing Application
 * Load Balancer, scaling on CPU; the API reads its database password from Secrets Manager and connects to the
 * database.
 *
 * <p>Berth derives the rest: the VPC and its subnets, the VPC endpoints the tasks need (there is no NAT gateway),
 * security groups that admit only the load balancer, the listener rules and target groups, IAM roles that may read
 * exactly this secret, log groups and the auto scaling policies.
 *
 * <p>Build and synthesise: {@code mvn -q package && ./berth synth --out out}, then deploy
 * {@code out/shop/cloudformation/Shop.template.json} or the Terraform module in {@code out/shop/terraform/shop/}.
 */
public final class Infrastructure {

    /** Where the images are: your ECR registry (account and region). */
    static final String REGISTRY = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    /** The database password: a Secrets Manager secret (its complete ARN) holding {"password": "..."}. */
    static final String DATABASE_SECRET =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/production/database-AbCdEf";

    /** The database's security group (a PostgreSQL database managed elsewhere), which the API connects to. */
    static final String DATABASE_SECURITY_GROUP = "sg-0123456789abcdef0";

    private Infrastructure() {
    }

    /** The program: what runs where. Every setting not given here has a documented default (see the Javadoc). */
    public static Application shop() {
        return Application.builder("shop")
                .tag("environment", "production")
                .newVpc(vpc -> vpc.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .cluster("shop", cluster -> { })
                // Internet-facing, HTTP on port 80. For HTTPS: lb.https(certificateArn), and HTTP then redirects.
                .loadBalancer("web", lb -> { })
                .service("api", service -> service
                        .task(task -> task.cpu(512).memory(1024)
                                .container("app", container -> container
                                        .image(REGISTRY + "/shop/api:1.0.0")
                                        .port(8080)
                                        .env("SPRING_PROFILES_ACTIVE", "production")
                                        .secretFromSecretsManager("DATABASE_PASSWORD", DATABASE_SECRET, "password")))
                        .expose("web", route -> route.path("/api/*").healthCheckPath("/api/health"))
                        // Tasks may only call AWS over HTTPS unless told otherwise: let the API reach the database.
                        // (The database's security group must admit the API's in turn.)
                        .egressTo(Egress.toSecurityGroup(DATABASE_SECURITY_GROUP, 5432))
                        .autoScaling(scaling -> scaling.minCapacity(2).maxCapacity(10).cpuTargetPercent(60)))
                .service("storefront", service -> service
                        .task(task -> task.cpu(256).memory(512)
                                .container("app", container -> container
                                        .image(REGISTRY + "/shop/storefront:1.0.0")
                                        .port(3000)))
                        .expose("web", route -> route.path("/*").healthCheckPath("/"))
                        .autoScaling(scaling -> scaling.minCapacity(2).maxCapacity(6).cpuTargetPercent(70)))
                .build();
    }

    /** Program name (its output folder under {@code --out}) to program. Add more programs here. */
    public static Map<String, Supplier<Application>> programs() {
        return Map.of("shop", Infrastructure::shop);
    }

    /** Berth's command line over the programs: {@code synth --out DIR}, {@code check}, {@code list}, {@code --help}. */
    public static void main(String[] args) {
        Berth.run(args, programs());
    }
}
