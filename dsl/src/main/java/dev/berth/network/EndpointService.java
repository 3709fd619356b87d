package dev.berth.network;

/** The AWS services an ECS workload in private subnets reaches through VPC endpoints. */
public enum EndpointService {
    ECR_API("ecr.api", false),
    ECR_DKR("ecr.dkr", false),
    /** Gateway endpoint on the private route tables: ECR stores image layers in S3. */
    S3("s3", true),
    LOGS("logs", false),
    SECRETSMANAGER("secretsmanager", false),
    SSM("ssm", false),
    /** The channel ECS Exec (and Session Manager) uses. */
    SSMMESSAGES("ssmmessages", false);

    private final String serviceSuffix;
    private final boolean gateway;

    EndpointService(String serviceSuffix, boolean gateway) {
        this.serviceSuffix = serviceSuffix;
        this.gateway = gateway;
    }

    /** The part after {@code com.amazonaws.<region>.}, e.g. {@code ecr.dkr}. */
    public String serviceSuffix() {
        return serviceSuffix;
    }

    /** Gateway endpoints attach to route tables; the others are interface endpoints (ENIs in the subnets). */
    public boolean isGateway() {
        return gateway;
    }
}
