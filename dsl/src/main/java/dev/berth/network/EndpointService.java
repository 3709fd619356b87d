package dev.berth.network;

import java.util.Arrays;
import java.util.List;

/**
 * The AWS services an ECS workload in private subnets reaches through VPC endpoints: those the tasks need to start
 * (images, logs, secrets, ECS Exec) and those the application calls with the grants of its task role.
 *
 * <p>S3 and DynamoDB are gateway endpoints: routes on the private route tables, at no additional charge ("There
 * is no additional charge for using gateway endpoints", https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html).
 * The others are interface endpoints (AWS PrivateLink): network interfaces in the private subnets, billed for each
 * hour in each availability zone plus each GB processed (https://aws.amazon.com/privatelink/pricing/). Service
 * names: https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html.
 */
public enum EndpointService {
    /** ECR's API (authorization token, image manifests' metadata); needed for private ECR images. */
    ECR_API("ecr.api", false, "ecr"),
    /** ECR's Docker registry endpoint (image manifests); needed for private ECR images. */
    ECR_DKR("ecr.dkr", false),
    /**
     * Gateway endpoint on the private route tables: ECR stores image layers in S3, and ECR accepts only the S3
     * gateway endpoint for them (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html).
     */
    S3("s3", true, "s3"),
    /** CloudWatch Logs: the awslogs driver. */
    LOGS("logs", false, "logs"),
    /** Secrets Manager: secrets and private registry credentials read at task start. */
    SECRETSMANAGER("secretsmanager", false, "secretsmanager"),
    /** Systems Manager: SSM parameters read at task start. */
    SSM("ssm", false, "ssm"),
    /** The channel ECS Exec (and Session Manager) uses. */
    SSMMESSAGES("ssmmessages", false, "ssmmessages"),
    /** Gateway endpoint on the private route tables, like S3. */
    DYNAMODB("dynamodb", true, "dynamodb"),
    /** Simple Notification Service. */
    SNS("sns", false, "sns"),
    /** Simple Queue Service. */
    SQS("sqs", false, "sqs"),
    /** Key Management Service. */
    KMS("kms", false, "kms"),
    /** Security Token Service. */
    STS("sts", false, "sts"),
    /** CloudWatch metrics (IAM prefix {@code cloudwatch}). */
    MONITORING("monitoring", false, "cloudwatch"),
    /** EventBridge. */
    EVENTS("events", false, "events"),
    /** Kinesis Data Streams. */
    KINESIS_STREAMS("kinesis-streams", false, "kinesis"),
    /** Amazon Data Firehose. */
    KINESIS_FIREHOSE("kinesis-firehose", false, "firehose"),
    /** Lambda. */
    LAMBDA("lambda", false, "lambda"),
    /** Step Functions. */
    STATES("states", false, "states"),
    /** X-Ray. */
    XRAY("xray", false, "xray"),
    /** Private API Gateway APIs. */
    EXECUTE_API("execute-api", false, "execute-api"),
    /**
     * The ECS API, which the container agent on EC2 instances calls to register and poll; with {@link #ECS_AGENT}
     * and {@link #ECS_TELEMETRY} what EC2 capacity in private subnets without NAT needs
     * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html).
     */
    ECS("ecs", false, "ecs"),
    /** The ECS agent's communication endpoint (EC2 capacity). */
    ECS_AGENT("ecs-agent", false),
    /** The ECS agent's telemetry endpoint (EC2 capacity). */
    ECS_TELEMETRY("ecs-telemetry", false);

    private final String serviceSuffix;
    private final boolean gateway;
    private final List<String> iamPrefixes;

    EndpointService(String serviceSuffix, boolean gateway, String... iamPrefixes) {
        this.serviceSuffix = serviceSuffix;
        this.gateway = gateway;
        this.iamPrefixes = List.of(iamPrefixes);
    }

    /**
     * The part after {@code com.amazonaws.<region>.}, e.g. {@code ecr.dkr}.
     *
     * @return the endpoint service name's suffix
     */
    public String serviceSuffix() {
        return serviceSuffix;
    }

    /**
     * Gateway endpoints attach to route tables; the others are interface endpoints (ENIs in the subnets).
     *
     * @return true for S3 and DynamoDB
     */
    public boolean isGateway() {
        return gateway;
    }

    /**
     * The endpoint an IAM action of this service prefix is called through (e.g. {@code sns} for {@code sns:Publish},
     * {@code monitoring} for {@code cloudwatch:PutMetricData}); null when Berth knows none.
     *
     * @param prefix an IAM action's service prefix, e.g. {@code sns}
     * @return the endpoint, or null
     */
    public static EndpointService ofIamPrefix(String prefix) {
        return Arrays.stream(values()).filter(e -> e.iamPrefixes.contains(prefix)).findFirst().orElse(null);
    }
}
