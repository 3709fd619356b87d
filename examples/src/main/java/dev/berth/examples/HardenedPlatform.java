package dev.berth.examples;

import dev.berth.Application;
import dev.berth.Hardening;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.NatGateways;
import dev.berth.task.HealthCheck;
import dev.berth.task.Volume;

/**
 * A platform under the hardened profile ({@link Hardening#CONTROL_TOWER}): it passes the AWS Control Tower proactive
 * controls for ECS, Elastic Load Balancing, CloudWatch Logs, EC2/VPC, IAM and KMS (CI runs {@code cfn-guard} with
 * their rule files over its template). Berth sets what it can (log groups kept a year and encrypted with a KMS key it
 * creates, container memory limits, load balancer deletion protection); the program sets what only it can know: the
 * non-root users its images have, read-only root file systems with a writable volume on each folder the
 * applications write, HTTPS and the access logs' bucket.
 *
 * <p>Two services behind an internet-facing HTTPS Application Load Balancer, in private subnets without NAT (VPC
 * endpoints for images, logs and the granted S3 bucket).
 */
public final class HardenedPlatform {

    static final String ACCOUNT = "123456789012";
    static final String REGISTRY = ACCOUNT + ".dkr.ecr.eu-west-1.amazonaws.com";

    private HardenedPlatform() {
    }

    public static Application program() {
        return Application.builder("platform")
                .hardening(Hardening.CONTROL_TOWER)
                .tag("project", "platform")
                .tag("environment", "production")
                .newVpc(vpc -> vpc.cidr("10.30.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                // Container Insights ENABLED, the default: CT.ECS.PR.2 accepts neither disabled nor enhanced.
                .cluster("platform", c -> { })
                .loadBalancer("edge", lb -> lb
                        .https("arn:aws:acm:eu-west-1:" + ACCOUNT
                                + ":certificate/7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d")
                        .accessLogs("platform-production-alb-logs"))
                .service("api", s -> s
                        .desiredCount(2)
                        .task(t -> t.cpu(512).memory(1024)
                                .volume(Volume.bind("tmp"))
                                .container("app", c -> c
                                        .image(REGISTRY + "/platform/api:3.2.0")
                                        .port(8080, "http")
                                        .user("10001:10001")
                                        .readonlyRootFilesystem(true)
                                        .mount("tmp", "/tmp")
                                        .env("SERVER_PORT", "8080")
                                        .healthCheck(HealthCheck.shell("wget -q -O /dev/null http://localhost:8080/health"
                                                + " || exit 1").withStartPeriod(30)))
                                .grant(Grant.s3Bucket("platform-production-documents", Access.READ_WRITE)))
                        .expose("edge", e -> e.path("/api/*").healthCheckPath("/health"))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(8).cpuTargetPercent(60)))
                .service("web", s -> s
                        .task(t -> t.cpu(256).memory(512)
                                .volume(Volume.bind("tmp"))
                                .volume(Volume.bind("cache"))
                                .container("web", c -> c
                                        .image(REGISTRY + "/platform/web:5.0.1")
                                        .port(8080)
                                        .user("101")
                                        .readonlyRootFilesystem(true)
                                        .mount("tmp", "/tmp")
                                        .mount("cache", "/var/cache/web")
                                        .env("API_BASE_PATH", "/api")))
                        .expose("edge", e -> e.path("/*").healthCheckPath("/"))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(6).cpuTargetPercent(70)))
                .build();
    }
}
