package dev.berth.examples;

import dev.berth.Application;
import dev.berth.Hardening;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Egress;
import dev.berth.network.NatGateways;
import dev.berth.task.HealthCheck;
import dev.berth.task.Volume;

/**
 * A platform under the hardened profile ({@link Hardening#CONTROL_TOWER}): it passes the AWS Control Tower proactive
 * controls for ECS, Elastic Load Balancing, CloudWatch Logs, EC2/VPC, IAM, KMS, EFS and WAF (CI runs {@code cfn-guard}
 * with their rule files over its template). Berth sets what it can (log groups kept a year and encrypted with a KMS
 * key it creates, Service Connect's proxy logs included; container memory limits; load balancer deletion protection;
 * automatic EFS backups); the program sets what only it can know: the non-root users its images have, read-only root
 * file systems with a writable volume on each folder the applications write, HTTPS, the access logs' bucket, the WAF
 * web ACL, and an access point that confines the API to one directory as its own user.
 *
 * <p>Two services behind an internet-facing HTTPS Application Load Balancer, in private subnets without NAT (VPC
 * endpoints for images, logs and the granted S3 bucket). The web front end calls the API over Service Connect
 * ({@code http://api:8080}); the API keeps its documents on an encrypted EFS file system. No FireLens: its log router
 * runs as root, which ECS requires and CT.ECS.PR.3 forbids, so the profile rejects it (HARDENED_CONTAINER_USER).
 */
public final class HardenedPlatform {

    static final String ACCOUNT = "123456789012";
    static final String REGISTRY = ACCOUNT + ".dkr.ecr.eu-west-1.amazonaws.com";
    /** The API's user: the image's, and the access point's, so the files it writes are its own. */
    static final long API_UID = 10001;

    private HardenedPlatform() {
    }

    public static Application program() {
        return Application.builder("platform")
                .hardening(Hardening.CONTROL_TOWER)
                .tag("project", "platform")
                .tag("environment", "production")
                .newVpc(vpc -> vpc.cidr("10.30.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                // Container Insights ENABLED, the default: CT.ECS.PR.2 accepts neither disabled nor enhanced.
                // The namespace both services join; Berth creates it (an HTTP namespace in AWS Cloud Map).
                .cluster("platform", c -> c.serviceConnectNamespace("platform"))
                .fileSystem("documents", fs -> fs
                        .accessPoint("api", ap -> ap.path("/api").posixUser(API_UID, API_UID)))
                .loadBalancer("edge", lb -> lb
                        .https("arn:aws:acm:eu-west-1:" + ACCOUNT
                                + ":certificate/7a8b9c0d-1e2f-3a4b-5c6d-7e8f9a0b1c2d")
                        .accessLogs("platform-production-alb-logs")
                        .webAcl("arn:aws:wafv2:eu-west-1:" + ACCOUNT
                                + ":regional/webacl/platform-edge/3f2e1d0c-4b5a-6978-8a9b-0c1d2e3f4a5b")
                        // The profile turns it on anyway; said here because the edge must not be deleted by mistake.
                        .deletionProtection(true))
                .service("api", s -> s
                        .desiredCount(2)
                        .task(t -> t.cpu(512).memory(1024)
                                .volume(Volume.bind("tmp"))
                                .volume(Volume.efs("documents", v -> v.fileSystem("documents").accessPoint("api")))
                                .container("app", c -> c
                                        .image(REGISTRY + "/platform/api:3.2.0")
                                        .port(8080, "http")
                                        .user(API_UID + ":" + API_UID)
                                        .readonlyRootFilesystem(true)
                                        .mount("tmp", "/tmp")
                                        .mount("documents", "/var/lib/api/documents")
                                        .env("DOCUMENTS_DIR", "/var/lib/api/documents")
                                        .env("SERVER_PORT", "8080")
                                        .healthCheck(HealthCheck.shell("wget -q -O /dev/null http://localhost:8080/health"
                                                + " || exit 1").withStartPeriod(30)))
                                .grant(Grant.s3Bucket("platform-production-documents", Access.READ_WRITE)))
                        .expose("edge", e -> e.path("/api/*").healthCheckPath("/health"))
                        // Other services of the namespace reach it at http://api:8080.
                        .serviceConnect(sc -> sc.server("http"))
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
                                        .env("API_BASE_PATH", "/api")
                                        .env("API_URL", "http://api:8080")))
                        .expose("edge", e -> e.path("/*").healthCheckPath("/"))
                        // API_URL: through its Service Connect proxy to the api's tasks.
                        .serviceConnect(sc -> sc.client())
                        .egressTo(Egress.toService("api"))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(6).cpuTargetPercent(70)))
                .build();
    }
}
