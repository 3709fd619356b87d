package dev.berth.examples;

import dev.berth.Application;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;

import java.time.Duration;

import static dev.berth.compute.CapacityProviderStrategyItem.FARGATE;
import static dev.berth.compute.CapacityProviderStrategyItem.FARGATE_SPOT;

/**
 * Event-driven tasks, the "ECS architecture" of the field notes: a client uploads a video to S3, S3 sends the event
 * to EventBridge, and a rule starts a Fargate task that transcodes it, writing the renditions to S3 and the asset's
 * record to DynamoDB; a report runs every night at 02:00 Berlin time; and when a task fails (a non-zero exit code,
 * or it cannot start) or a service cannot start tasks, EventBridge publishes to an encrypted SNS topic that e-mails
 * the admins.
 *
 * <pre>
 *  client --upload--> S3 --event--> EventBridge --RunTask--> task transcode --> DynamoDB, S3
 *                                                            task transcode --> SQS thumbnails --> service thumbnailer
 *                                                                               (0..20 tasks, backlog per task)
 *  Scheduler (02:00) --RunTask--> task nightly-report
 *  tasks exited --event--> EventBridge --> SNS --e-mail--> admin
 * </pre>
 *
 * <p>The upload bucket is not the program's: it needs EventBridge notifications turned on (S3 console: Properties,
 * Event notifications, Amazon EventBridge), else S3 sends no events. The tasks run in private subnets without NAT;
 * the VPC endpoints Berth derives reach ECR, CloudWatch Logs, S3 and DynamoDB.
 */
public final class EventDriven {

    private static final String REGISTRY = FargateWebApp.REGISTRY;

    private EventDriven() {
    }

    public static Application program() {
        return Application.builder("media")
                .tag("project", "media")
                .newVpc(v -> v.cidr("10.30.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .endpoints(Endpoints.automatic())
                .cluster("media", c -> c.capacityProviders(FARGATE, FARGATE_SPOT))
                // S3 upload -> EventBridge -> Fargate task -> DynamoDB / S3
                .eventTask("transcode", t -> t
                        .task(td -> td.cpu(2048).memory(4096)
                                .container("app", c -> c
                                        .image(REGISTRY + "/media/transcode:2.1.0")
                                        .env("RENDITIONS_BUCKET", "media-renditions")
                                        .env("ASSETS_TABLE", "media-assets"))
                                .grant(Grant.s3Bucket("media-uploads", Access.READ))
                                .grant(Grant.s3Bucket("media-renditions", Access.WRITE))
                                .grant(Grant.dynamoDbTable("media-assets", Access.WRITE))
                                .grant(Grant.sendToQueue("thumbnails")))
                        // BUCKET and KEY of each uploaded object reach the container from the event.
                        .onS3ObjectCreated("media-uploads", "incoming/"))
                // The nightly report: on Fargate Spot (a late run does no harm), within 15 minutes of 02:00.
                .scheduledTask("nightly-report", t -> t
                        .task(td -> td.container("app", c -> c.image(REGISTRY + "/media/report:1.4.0"))
                                .grant(Grant.dynamoDbTable("media-assets", Access.READ))
                                .grant(Grant.s3Bucket("media-reports", Access.WRITE)))
                        .schedule("cron(0 2 * * ? *)").timeZone("Europe/Berlin").flexibleWindowMinutes(15)
                        .capacityProvider(FARGATE_SPOT, 0, 1)
                        .environment("app", "REPORT", "daily"))
                // Each transcoded asset is queued for thumbnails; the worker scales on its backlog per task, to
                // zero when the queue is empty: a message may wait a minute, one takes about two seconds, so the
                // target is 30 messages per task (Container Insights, on by default, gives the running task count).
                .queue("thumbnails", q -> q.visibilityTimeoutSeconds(120))
                .service("thumbnailer", s -> s
                        .task(td -> td.cpu(1024).memory(2048)
                                .container("app", c -> c.image(REGISTRY + "/media/thumbnailer:1.2.0")
                                        .env("THUMBNAILS_BUCKET", "media-renditions"))
                                .grant(Grant.s3Bucket("media-renditions", Access.READ_WRITE)))
                        .desiredCount(0)
                        .autoScaling(a -> a.minCapacity(0).maxCapacity(20)
                                .queueBacklog("thumbnails", Duration.ofMinutes(1), Duration.ofSeconds(2))))
                .notifications(n -> n.email("media-admins@example.com"))
                .build();
    }
}
