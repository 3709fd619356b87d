package dev.berth.task;

import java.util.Objects;

/**
 * A container's FireLens configuration, which makes it the task's log router: ECS generates the router's output
 * configuration from the {@code awsfirelens} log options of the other containers and mounts it into the router (Amazon
 * ECS Developer Guide, "Example Amazon ECS task definition: Route logs to FireLens"). A task has at most one.
 * {@link TaskDefinition.Builder#logRouter()} adds a router with Berth's defaults.
 *
 * <p>ECS runs the router as root: a user other than UID 0 on it is rejected ("If 'user' field is specified on
 * firelens container, then 'UID' has to be '0'"), and ECS records {@code user "0"} on it, so Berth writes
 * {@code "0"} to keep Terraform's comparison quiet (cloudposse/terraform-aws-ecs-container-definition#97,
 * hashicorp/terraform-provider-aws#41394).
 *
 * @param type           the router: {@link Type#NONE} (not a router), {@link Type#FLUENT_BIT} or {@link Type#FLUENTD}
 * @param ecsLogMetadata whether ECS adds {@code ecs_cluster}, {@code ecs_task_arn} and {@code ecs_task_definition}
 *                       to each record ({@code enable-ecs-log-metadata}). Default: true.
 * @param configFile     the path of an extra configuration file in the router's image or on a mounted volume
 *                       ({@code config-file-type file}). Default: empty (only the generated configuration).
 */
public record LogRouter(Type type, boolean ecsLogMetadata, String configFile) {

    /**
     * The image {@link TaskDefinition.Builder#logRouter()} uses: AWS for Fluent Bit from the Amazon ECR Public Gallery,
     * pinned to the release AWS marks stable (AWS_FOR_FLUENT_BIT_STABLE_VERSION of aws/aws-for-fluent-bit). Pinned
     * rather than {@code stable}/{@code latest} or the SSM parameter {@code /aws/service/aws-for-fluent-bit/stable}:
     * the project asks users to lock deployments to a version tag, which it keeps immutable (README, "Using image
     * tags"), and a tag or parameter resolved at each deployment would change the log router with no change to the
     * program (and make Terraform plans differ run to run). Newer Berth releases move the pin; programs can pin their
     * own with {@code logRouter(r -> r.image(...))}. Pulling from public.ecr.aws needs a route to the internet: without
     * NAT, use the image's copy in the region's Amazon ECR (its URI is the SSM parameter
     * {@code /aws/service/aws-for-fluent-bit/<version>}) or a pull-through cache ({@code PRIVATE_SUBNET_NO_EGRESS}).
     */
    public static final String AWS_FOR_FLUENT_BIT_IMAGE =
            "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.34.3.20260623";

    /** The name {@link TaskDefinition.Builder#logRouter()} gives the router container, as AWS's examples do. */
    public static final String DEFAULT_NAME = "log_router";

    /**
     * The memory reservation {@link TaskDefinition.Builder#logRouter()} gives the router, in MiB: the value of AWS's
     * FireLens examples (Amazon ECS Developer Guide, "Example Amazon ECS task definition: Route logs to FireLens").
     */
    public static final int DEFAULT_MEMORY_RESERVATION_MIB = 50;

    /** Not a log router: the default of every container. */
    public static final LogRouter NONE = new LogRouter(Type.NONE, true, "");

    /** The log routers FireLens knows. */
    public enum Type {
        /** Not a log router. */
        NONE,
        /** Fluent Bit ({@code fluentbit}), e.g. the AWS for Fluent Bit image. */
        FLUENT_BIT,
        /** Fluentd ({@code fluentd}). */
        FLUENTD
    }

    /**
     * Creates the configuration; programs use {@link #fluentBit()} or {@link #fluentd()}.
     *
     * @param type           the router
     * @param ecsLogMetadata whether ECS adds its metadata to each record
     * @param configFile     the path of an extra configuration file, or empty
     * @throws NullPointerException when a reference component is null
     */
    public LogRouter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(configFile, "configFile");
    }

    /**
     * A Fluent Bit router with ECS metadata and only the generated configuration.
     *
     * @return the configuration
     */
    public static LogRouter fluentBit() {
        return new LogRouter(Type.FLUENT_BIT, true, "");
    }

    /**
     * A Fluentd router with ECS metadata and only the generated configuration.
     *
     * @return the configuration
     */
    public static LogRouter fluentd() {
        return new LogRouter(Type.FLUENTD, true, "");
    }

    /**
     * The same router with or without ECS metadata in each record.
     *
     * @param enabled whether ECS adds its metadata. Default: true
     * @return a new configuration
     */
    public LogRouter withEcsLogMetadata(boolean enabled) {
        return new LogRouter(type, enabled, configFile);
    }

    /**
     * The same router with an extra configuration file (filters, parsers, more outputs) read from a path in its image
     * or on a volume mounted into it. Fargate supports only such files, not the {@code s3} configuration file type
     * (Amazon ECS API Reference, "FirelensConfiguration").
     *
     * @param path an absolute path other than the one ECS writes the generated configuration to
     *             ({@code /fluent-bit/etc/fluent-bit.conf}, {@code /fluentd/etc/fluent.conf})
     * @return a new configuration
     */
    public LogRouter withConfigFile(String path) {
        return new LogRouter(type, ecsLogMetadata, path);
    }

    /**
     * Whether the container is a log router.
     *
     * @return true unless the type is {@link Type#NONE}
     */
    public boolean isPresent() {
        return type != Type.NONE;
    }
}
