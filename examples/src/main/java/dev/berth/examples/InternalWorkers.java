package dev.berth.examples;

import dev.berth.Application;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.iam.Grant;
import dev.berth.network.Egress;
import dev.berth.network.Endpoints;
import dev.berth.task.DependencyCondition;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.SecretRef;

import java.util.List;

import static dev.berth.compute.CapacityProviderStrategyItem.FARGATE;
import static dev.berth.compute.CapacityProviderStrategyItem.FARGATE_SPOT;

/**
 * Internal services in a VPC that already exists (private subnets with a NAT gateway), split into one
 * CloudFormation stack per service: an internal API behind an internal load balancer, with egress to its database,
 * and an SQS worker on Fargate Spot with a sidecar, reachable with ECS Exec, that calls the API through the internal
 * load balancer.
 */
public final class InternalWorkers {

    private static final String ACCOUNT = FargateWebApp.ACCOUNT;
    private static final String REGISTRY = FargateWebApp.REGISTRY;
    /** The security group of the billing PostgreSQL database (managed outside this program). */
    private static final String DATABASE_SECURITY_GROUP = "sg-0a9b8c7d6e5f40312";

    private InternalWorkers() {
    }

    /** One CloudFormation stack per service, beside the shared one, whatever the program's size. */
    public static CloudFormationOptions cloudFormation() {
        return CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE).build();
    }

    public static Application program() {
        return Application.builder("billing")
                .tag("project", "billing")
                .existingVpc(vpc -> vpc
                        .vpcId("vpc-0a1b2c3d4e5f60718")
                        .cidr("10.40.0.0/16")
                        .privateSubnetIds("subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88")
                        .privateRouteTableIds("rtb-0123456789abcdef0", "rtb-0fedcba9876543210")
                        .privateSubnetsReachInternet(true))
                // The subnets reach the internet through NAT, so the default creates only the free S3 gateway
                // endpoint (image layers, the bulk of ECR traffic) and leaves the small ECR, logs, SQS and SNS calls
                // to NAT rather than pay for interface endpoints in each AZ (Berth says so: ENDPOINTS_LEFT_TO_NAT).
                .endpoints(Endpoints.automatic())
                .cluster("billing", c -> c.capacityProviders(FARGATE, FARGATE_SPOT))
                .loadBalancer("internal", lb -> lb.internal().httpPort(80))
                .service("invoices", s -> s
                        .desiredCount(2)
                        .task(t -> t.cpu(1024).memory(2048)
                                .container("app", c -> c
                                        .image(Image.of(REGISTRY + "/billing/invoices:3.2.0")
                                                .deployTimeVersion("invoices-image-tag"))
                                        .port(9000)
                                        // A partial ARN (without the six random characters): the execution
                                        // role is granted billing/db-??????.
                                        .secretFromSecretsManager("DB_CREDENTIALS", SecretRef.partialArn(
                                                "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:billing/db"))
                                        .healthCheck(HealthCheck.shell("wget -qO- http://localhost:9000/ready")))
                                .grant(Grant.snsPublish("arn:aws:sns:eu-west-1:" + ACCOUNT + ":invoice-issued")))
                        .expose("internal", e -> e.host("invoices.billing.internal").path("/v1/*")
                                .healthCheckPath("/ready"))
                        // The billing database (DB_CREDENTIALS): PostgreSQL in the same VPC.
                        .egressTo(Egress.toSecurityGroup(DATABASE_SECURITY_GROUP, 5432))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(8).memoryTargetPercent(70)))
                .service("payment-worker", s -> s
                        .desiredCount(1)
                        // Interruptible queue work: mostly Spot, one task always on regular Fargate.
                        .capacityProvider(FARGATE, 1, 0)
                        .capacityProvider(FARGATE_SPOT, 0, 1)
                        .enableExecuteCommand(true)
                        .task(t -> t.cpu(512).memory(1024)
                                .container("worker", c -> c
                                        .image(REGISTRY + "/billing/payment-worker:5.0.4")
                                        .command("worker", "--queue", "payments")
                                        .env("INVOICES_URL", "http://invoices.billing.internal/v1")
                                        .secretFromSsm("STRIPE_KEY", "/billing/production/stripe-key")
                                        .dependsOn("otel", DependencyCondition.START))
                                .container("otel", c -> c
                                        .image("public.ecr.aws/aws-observability/aws-otel-collector:v0.43.1")
                                        .essential(false)
                                        .memoryReservation(64))
                                .grant(Grant.sqsConsume("arn:aws:sqs:eu-west-1:" + ACCOUNT + ":payments"))
                                .grant(Grant.statement(List.of("kms:Decrypt"), List.of("arn:aws:kms:eu-west-1:"
                                        + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab"))))
                        // INVOICES_URL: the invoices API on port 80 of the internal load balancer.
                        .egressTo(Egress.toService("invoices"))
                        .autoScaling(a -> a.minCapacity(1).maxCapacity(20).cpuTargetPercent(50)))
                .build();
    }
}
