package dev.berth.validation;

import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Severity;

/**
 * Every check Berth runs, in one catalogue: a stable code, its severity, a one-line summary, and the stage that
 * checks it ({@link Stage#MODEL}: {@link Validator}, on the program alone; {@link Stage#SYNTHESIS}: the synthesis,
 * on what the plan or a target's rendering found). The codes are the public contract (users acknowledge warnings by
 * code, documentation and tests enumerate them); the classes that emit them document the same codes.
 */
public enum Rule {
    // Names and tags (NamingRules)
    /** Error: A name is not in the form AWS or Berth accepts for it. */
    INVALID_NAME(Severity.ERROR, "A name is not in the form AWS or Berth accepts for it."),
    /** Error: Two things of one kind share a name (names are identities). */
    DUPLICATE_NAME(Severity.ERROR, "Two things of one kind share a name (names are identities)."),
    /** Error: A tag key or value breaks the AWS tagging limits. */
    TAG_INVALID(Severity.ERROR, "A tag key or value breaks the AWS tagging limits."),

    // Network (NetworkRules, EgressRules)
    /** Error: A VPC CIDR is not an aligned IPv4 range with a prefix Berth supports. */
    VPC_CIDR(Severity.ERROR, "A VPC CIDR is not an aligned IPv4 range with a prefix Berth supports."),
    /** Warning: A new VPC's CIDR is publicly routable: outside RFC 1918's ranges and 100.64.0.0/10. */
    VPC_CIDR_PUBLIC(Severity.WARNING,
            "A new VPC's CIDR is publicly routable: outside RFC 1918's ranges and 100.64.0.0/10."),
    /** Error: A new VPC spans fewer than 2 or more than 3 availability zones. */
    AZ_COUNT(Severity.ERROR, "A new VPC spans fewer than 2 or more than 3 availability zones."),
    /** Error: An existing VPC lacks its VPC ID or two private subnet IDs. */
    EXISTING_VPC_INCOMPLETE(Severity.ERROR, "An existing VPC lacks its VPC ID or two private subnet IDs."),
    /** Error: An ID of an existing VPC (vpc-, subnet-, rtb-) is malformed or repeated. */
    EXISTING_VPC_ID(Severity.ERROR, "An ID of an existing VPC (vpc-, subnet-, rtb-) is malformed or repeated."),
    /** Error: Interface endpoints in an existing VPC need the VPC's CIDR. */
    EXISTING_VPC_CIDR_REQUIRED(Severity.ERROR, "Interface endpoints in an existing VPC need the VPC's CIDR."),
    /** Error: A gateway endpoint (S3, DynamoDB) in an existing VPC needs the private route table IDs. */
    EXISTING_VPC_ROUTE_TABLES_REQUIRED(Severity.ERROR,
            "A gateway endpoint (S3, DynamoDB) in an existing VPC needs the private route table IDs."),
    /** Error: A subnet selection names subnets the network does not have. */
    SUBNET_SELECTION(Severity.ERROR, "A subnet selection names subnets the network does not have."),
    /** Error: A load balancer's subnets cannot host it (public, two AZs, /27). */
    LOAD_BALANCER_SUBNETS(Severity.ERROR, "A load balancer's subnets cannot host it (public, two AZs, /27)."),
    /** Error: Tasks in private subnets without NAT cannot reach an image registry or AWS service they need. */
    PRIVATE_SUBNET_NO_EGRESS(Severity.ERROR,
            "Tasks in private subnets without NAT cannot reach an image registry or AWS service they need."),
    /** Warning: A public IP on tasks in private subnets is never reachable. */
    PUBLIC_IP_IN_PRIVATE_SUBNET(Severity.WARNING, "A public IP on tasks in private subnets is never reachable."),
    /** Error: Tasks in public subnets without a public IP have no egress. */
    PUBLIC_SUBNET_WITHOUT_PUBLIC_IP(Severity.ERROR, "Tasks in public subnets without a public IP have no egress."),
    /** Error: Tasks without internet are granted an AWS service that the chosen VPC endpoints do not reach. */
    ENDPOINT_MISSING_FOR_GRANT(Severity.ERROR,
            "Tasks without internet are granted an AWS service that the chosen VPC endpoints do not reach."),
    /** Warning: Tasks without internet are granted a service for which Berth knows no VPC endpoint. */
    GRANT_WITHOUT_ENDPOINT(Severity.WARNING,
            "Tasks without internet are granted a service for which Berth knows no VPC endpoint."),
    /** Error: A declared egress names an invalid destination, an unknown service, or invalid ports. */
    EGRESS_RULE(Severity.ERROR,
            "A declared egress names an invalid destination, an unknown service, or invalid ports."),
    /** Warning: A service configured for a database has HTTPS-only egress and declares no egress to it. */
    EGRESS_DATABASE_UNREACHABLE(Severity.WARNING,
            "A service configured for a database has HTTPS-only egress and declares no egress to it."),
    /** Warning: A service calls a sibling service on a port its HTTPS-only egress blocks. */
    EGRESS_SIBLING_UNREACHABLE(Severity.WARNING,
            "A service calls a sibling service on a port its HTTPS-only egress blocks."),

    // Clusters and capacity (ClusterRules)
    /** Error: The program has services but no cluster. */
    NO_CLUSTER(Severity.ERROR, "The program has services but no cluster."),
    /** Error: A service names an unknown cluster, or none while there are several. */
    UNKNOWN_CLUSTER(Severity.ERROR, "A service names an unknown cluster, or none while there are several."),
    /** Error: A strategy names a provider not associated with the cluster. */
    UNKNOWN_CAPACITY_PROVIDER(Severity.ERROR, "A strategy names a provider not associated with the cluster."),
    /** Error: A capacity provider strategy breaks the base/weight rules. */
    CAPACITY_PROVIDER_STRATEGY(Severity.ERROR, "A capacity provider strategy breaks the base/weight rules."),
    /** Error: A strategy mixes Fargate and Auto Scaling group providers. */
    CAPACITY_PROVIDER_MIX(Severity.ERROR, "A strategy mixes Fargate and Auto Scaling group providers."),
    /** Error: Fargate Spot runs only X86_64 tasks. */
    FARGATE_SPOT_ARM64(Severity.ERROR, "Fargate Spot runs only X86_64 tasks."),

    // Task definition (TaskDefinitionRules)
    /** Error: A Fargate task definition does not use the awsvpc network mode. */
    FARGATE_NETWORK_MODE(Severity.ERROR, "A Fargate task definition does not use the awsvpc network mode."),
    /** Error: A Fargate task's cpu/memory is not a supported combination. */
    FARGATE_CPU_MEMORY(Severity.ERROR, "A Fargate task's cpu/memory is not a supported combination."),
    /** Error: The service's launch type or providers do not fit the task. */
    LAUNCH_TYPE_COMPATIBILITY(Severity.ERROR, "The service's launch type or providers do not fit the task."),
    /** Error: A task definition has no container or more than 10. */
    CONTAINER_COUNT(Severity.ERROR, "A task definition has no container or more than 10."),
    /** Error: A task definition has no essential container. */
    NO_ESSENTIAL_CONTAINER(Severity.ERROR, "A task definition has no essential container."),
    /** Error: Container cpu/memory settings do not fit each other or the task. */
    CONTAINER_RESOURCES(Severity.ERROR, "Container cpu/memory settings do not fit each other or the task."),
    /** Error: Two port mappings of one task claim the same port. */
    DUPLICATE_PORT(Severity.ERROR, "Two port mappings of one task claim the same port."),

    // Containers (ContainerRules)
    /** Error: A container has no image. */
    IMAGE_REQUIRED(Severity.ERROR, "A container has no image."),
    /** Error: An image reference is malformed. */
    IMAGE_REFERENCE(Severity.ERROR, "An image reference is malformed."),
    /** Warning: An image uses the tag latest or no tag, so deployments are not pinned. */
    IMAGE_MUTABLE_TAG(Severity.WARNING, "An image uses the tag latest or no tag, so deployments are not pinned."),
    /** Error: dependsOn names an unknown container or the container itself. */
    UNKNOWN_CONTAINER_DEPENDENCY(Severity.ERROR, "dependsOn names an unknown container or the container itself."),
    /** Error: Containers depend on each other in a cycle. */
    CONTAINER_DEPENDENCY_CYCLE(Severity.ERROR, "Containers depend on each other in a cycle."),
    /** Error: A HEALTHY dependency on a container without health check. */
    DEPENDENCY_NEEDS_HEALTH_CHECK(Severity.ERROR, "A HEALTHY dependency on a container without health check."),
    /** Error: A COMPLETE or SUCCESS dependency on an essential container. */
    DEPENDENCY_CONDITION_ESSENTIAL(Severity.ERROR, "A COMPLETE or SUCCESS dependency on an essential container."),
    /** Error: A container health check setting is outside the ECS range. */
    HEALTH_CHECK_RANGE(Severity.ERROR, "A container health check setting is outside the ECS range."),
    /** Error: A container or host port is outside 1-65535. */
    PORT_RANGE(Severity.ERROR, "A container or host port is outside 1-65535."),
    /** Error: With awsvpc a host port differs from its container port. */
    AWSVPC_HOST_PORT(Severity.ERROR, "With awsvpc a host port differs from its container port."),
    /** Error: A container defines one environment variable twice. */
    DUPLICATE_VARIABLE(Severity.ERROR, "A container defines one environment variable twice."),
    /** Error: A secret's parameter, secret ARN or name, JSON key or KMS key is malformed or not the form it says. */
    SECRET_REFERENCE(Severity.ERROR,
            "A secret's parameter, secret ARN or name, JSON key or KMS key is malformed or not the form it says."),
    /** Error: A Secrets Manager secret names both a version stage and a version ID, or a malformed one. */
    SECRET_VERSION(Severity.ERROR,
            "A Secrets Manager secret names both a version stage and a version ID, or a malformed one."),
    /** Error: Registry credentials are not the complete ARN of a Secrets Manager secret. */
    REPOSITORY_CREDENTIALS(Severity.ERROR, "Registry credentials are not the complete ARN of a Secrets Manager secret."),
    /** Error: A log retention is not a value CloudWatch Logs accepts. */
    LOG_RETENTION(Severity.ERROR, "A log retention is not a value CloudWatch Logs accepts."),
    /** Error: A log group name is not valid for CloudWatch Logs. */
    LOG_GROUP_NAME(Severity.ERROR, "A log group name is not valid for CloudWatch Logs."),
    /** Error: Containers that share a declared log group ask for different retentions. */
    LOG_GROUP_RETENTION_CONFLICT(Severity.ERROR,
            "Containers that share a declared log group ask for different retentions."),

    /** Error: A declared log group's KMS key is not a key ARN, or is set where the awslogs driver creates the group. */
    LOG_KMS_KEY(Severity.ERROR,
            "A declared log group's KMS key is not a key ARN, or is set where the awslogs driver creates the group."),
    /** Error: Containers that share a declared log group ask for different KMS keys or removal policies. */
    LOG_GROUP_SETTINGS_CONFLICT(Severity.ERROR,
            "Containers that share a declared log group ask for different KMS keys or removal policies."),

    // Log routing with FireLens (FireLensRules)
    /**
     * Error: A log router is repeated, receives no logs, logs to itself, runs as non-root, names a reserved or
     * relative configuration file, or cannot buffer for S3.
     */
    LOG_ROUTER(Severity.ERROR, "A log router is repeated, receives no logs, logs to itself, runs as non-root, names a"
            + " reserved or relative configuration file, or cannot buffer for S3."),
    /** Error: A container sends its logs to FireLens in a task without log router. */
    FIRELENS_WITHOUT_ROUTER(Severity.ERROR, "A container sends its logs to FireLens in a task without log router."),
    /** Error: A FireLens output names an invalid delivery stream, bucket or key prefix, or is combined with awslogs. */
    FIRELENS_OUTPUT(Severity.ERROR,
            "A FireLens output names an invalid delivery stream, bucket or key prefix, or is combined with awslogs."),
    /** Warning: The log router is not essential: when it stops, the task's logs are lost while it runs on. */
    LOG_ROUTER_NOT_ESSENTIAL(Severity.WARNING,
            "The log router is not essential: when it stops, the task's logs are lost while it runs on."),

    // Container runtime settings (ContainerRuntimeRules)
    /** Error: A container's user is not user, uid, user:group or uid:gid (or a mix). */
    CONTAINER_USER(Severity.ERROR, "A container's user is not user, uid, user:group or uid:gid (or a mix)."),
    /** Error: A container's working directory is not an absolute path. */
    WORKING_DIRECTORY(Severity.ERROR, "A container's working directory is not an absolute path."),
    /** Error: A container's stop timeout is negative, or above Fargate's 120 seconds. */
    STOP_TIMEOUT(Severity.ERROR, "A container's stop timeout is negative, or above Fargate's 120 seconds."),
    /** Error: A ulimit is set twice, negative, soft above hard, or nofile above Fargate's 1048576. */
    ULIMIT(Severity.ERROR, "A ulimit is set twice, negative, soft above hard, or nofile above Fargate's 1048576."),
    /** Error: A capability is both added and dropped, or the shared memory size is negative. */
    LINUX_PARAMETERS(Severity.ERROR, "A capability is both added and dropped, or the shared memory size is negative."),
    /**
     * Error: A Fargate task asks for what Fargate does not support: a privileged container, a shared memory size, an
     * added capability other than SYS_PTRACE.
     */
    FARGATE_UNSUPPORTED(Severity.ERROR, "A Fargate task asks for what Fargate does not support: a privileged"
            + " container, a shared memory size, an added capability other than SYS_PTRACE."),
    /** Warning: A container is privileged: root on its EC2 host. */
    PRIVILEGED_CONTAINER(Severity.WARNING, "A container is privileged: root on its EC2 host."),
    /** Error: An environment file is not the ARN of an S3 object ending in .env, is repeated, or one of more than 10. */
    ENVIRONMENT_FILE(Severity.ERROR,
            "An environment file is not the ARN of an S3 object ending in .env, is repeated, or one of more than 10."),
    /**
     * Warning: A service with ECS Exec has a container with a read-only root file system, which ECS Exec does not
     * support.
     */
    EXEC_READONLY_ROOT(Severity.WARNING, "A service with ECS Exec has a container with a read-only root file system,"
            + " which ECS Exec does not support."),

    // The hardened profile (HardeningRules): what a program under Hardening.CONTROL_TOWER must set itself
    /** Error: Under the hardened profile, a container runs as root or as its image's user (CT.ECS.PR.3). */
    HARDENED_CONTAINER_USER(Severity.ERROR,
            "Under the hardened profile, a container runs as root or as its image's user, or is a FireLens log router,"
                    + " which ECS runs as root (CT.ECS.PR.3)."),
    /** Error: Under the hardened profile, a container's root file system is writable (CT.ECS.PR.6). */
    HARDENED_READONLY_ROOT(Severity.ERROR,
            "Under the hardened profile, a container's root file system is writable (CT.ECS.PR.6)."),
    /** Error: Under the hardened profile, a container has no hard memory limit Berth can derive (CT.ECS.PR.7). */
    HARDENED_CONTAINER_MEMORY(Severity.ERROR,
            "Under the hardened profile, a container has no hard memory limit Berth can derive (CT.ECS.PR.7)."),
    /** Error: Under the hardened profile, logs are not sent, or go to a group without retention, key or a year. */
    HARDENED_LOGGING(Severity.ERROR, "Under the hardened profile, a container has no log configuration (CT.ECS.PR.5),"
            + " or a log group is created by the driver or kept less than 365 days (CT.CLOUDWATCH.PR.2, PR.3)."),
    /** Error: Under the hardened profile, a cluster's Container Insights is not 'enabled' (CT.ECS.PR.2). */
    HARDENED_CONTAINER_INSIGHTS(Severity.ERROR,
            "Under the hardened profile, a cluster's Container Insights is not 'enabled' (CT.ECS.PR.2)."),
    /** Error: Under the hardened profile, a task is not awsvpc, is privileged, or has AWS credentials in env. */
    HARDENED_TASK_SETTINGS(Severity.ERROR, "Under the hardened profile, a task is not in the awsvpc mode"
            + " (CT.ECS.PR.4), a container is privileged (CT.ECS.PR.11) or has AWS credentials in its environment"
            + " (CT.ECS.PR.12)."),
    /** Error: Under the hardened profile, a service gives its tasks public IPs (CT.ECS.PR.9). */
    HARDENED_PUBLIC_IP(Severity.ERROR, "Under the hardened profile, a service gives its tasks public IPs (CT.ECS.PR.9)."),
    /** Error: Under the hardened profile, a load balancer lacks HTTPS or the redirect to it. */
    HARDENED_HTTPS(Severity.ERROR, "Under the hardened profile, a load balancer lacks HTTPS with an ACM certificate or"
            + " the HTTP listener's redirect to it (CT.ELASTICLOADBALANCING.PR.1, PR.2)."),
    /** Error: Under the hardened profile, a load balancer writes no access logs (CT.ELASTICLOADBALANCING.PR.6). */
    HARDENED_ACCESS_LOGS(Severity.ERROR,
            "Under the hardened profile, a load balancer writes no access logs (CT.ELASTICLOADBALANCING.PR.6)."),
    /** Error: Under the hardened profile, an internet-facing listener uses a port other than 80 and 443. */
    HARDENED_LISTENER_PORTS(Severity.ERROR, "Under the hardened profile, an internet-facing load balancer listens on"
            + " a port other than 80 and 443, open to the internet (CT.EC2.PR.3, PR.4)."),

    /** Error: Under the hardened profile, an EFS file system is unencrypted or an access point is open. */
    HARDENED_FILE_SYSTEM(Severity.ERROR, "Under the hardened profile, an EFS file system is not encrypted"
            + " (CT.ELASTICFILESYSTEM.PR.1), or an access point does not enforce a root directory other than '/' or a"
            + " POSIX user (CT.ELASTICFILESYSTEM.PR.3, PR.4)."),

    // Volumes and task storage (VolumeRules)
    /** Error: A mount point names a volume the task does not have. */
    UNKNOWN_VOLUME(Severity.ERROR, "A mount point names a volume the task does not have."),
    /** Error: A mount point's container path is not absolute, or is used twice in a container. */
    MOUNT_POINT(Severity.ERROR, "A mount point's container path is not absolute, or is used twice in a container."),
    /** Error: volumesFrom names an unknown container, the container itself, or one container twice. */
    VOLUMES_FROM(Severity.ERROR, "volumesFrom names an unknown container, the container itself, or one container twice."),
    /** Error: Ephemeral storage outside 21-200 GiB, or on a task that is not Fargate-compatible. */
    EPHEMERAL_STORAGE(Severity.ERROR,
            "Ephemeral storage outside 21-200 GiB, or on a task that is not Fargate-compatible."),

    // IAM (IamRules)
    /** Error: An existing role is not given as an IAM role ARN. */
    ROLE_ARN(Severity.ERROR, "An existing role is not given as an IAM role ARN."),
    /** Error: A custom statement allows every action of a service or of AWS. */
    GRANT_WILDCARD_ACTION(Severity.ERROR, "A custom statement allows every action of a service or of AWS."),
    /** Warning: A custom statement applies to every resource. */
    GRANT_WILDCARD_RESOURCE(Severity.WARNING, "A custom statement applies to every resource."),
    /** Error: A custom statement has no action or no resource. */
    GRANT_EMPTY(Severity.ERROR, "A custom statement has no action or no resource."),
    /** Error: A grant names its resource or action in a form IAM or the service rejects. */
    GRANT_REFERENCE(Severity.ERROR, "A grant names its resource or action in a form IAM or the service rejects."),

    // Services (ServiceRules)
    /** Error: A desired count is outside 0-5000. */
    DESIRED_COUNT(Severity.ERROR, "A desired count is outside 0-5000."),
    /** Error: Deployment minimum/maximum percents are outside their ranges. */
    DEPLOYMENT_PERCENT(Severity.ERROR, "Deployment minimum/maximum percents are outside their ranges."),
    /** Warning: A health check grace period on a service without load balancer. */
    GRACE_PERIOD_WITHOUT_LOAD_BALANCER(Severity.WARNING, "A health check grace period on a service without load balancer."),
    /** Error: A service is exposed more than once. */
    EXPOSURE_COUNT(Severity.ERROR, "A service is exposed more than once."),

    // Load balancers and exposures (LoadBalancerRules)
    /** Error: An exposure names an unknown load balancer. */
    UNKNOWN_LOAD_BALANCER(Severity.ERROR, "An exposure names an unknown load balancer."),
    /** Error: An exposure names a container the task does not have. */
    UNKNOWN_CONTAINER(Severity.ERROR, "An exposure names a container the task does not have."),
    /** Error: The exposed port is not a TCP port mapping of the container. */
    PORT_NOT_MAPPED(Severity.ERROR, "The exposed port is not a TCP port mapping of the container."),
    /** Error: A load-balanced awsvpc service needs an IP target group. */
    TARGET_TYPE_IP_REQUIRED(Severity.ERROR, "A load-balanced awsvpc service needs an IP target group."),
    /** Error: A listener rule has no condition, too many values or wildcards, or a malformed one. */
    LISTENER_RULE_CONDITION(Severity.ERROR,
            "A listener rule has no condition, too many values or wildcards, or a malformed one."),
    /** Error: A path pattern starts with neither / nor a wildcard, so it never matches a request path. */
    PATH_PATTERN_RELATIVE(Severity.ERROR,
            "A path pattern starts with neither / nor a wildcard, so it never matches a request path."),
    /** Error: An explicit listener rule priority is outside 1-50000. */
    LISTENER_RULE_PRIORITY(Severity.ERROR, "An explicit listener rule priority is outside 1-50000."),
    /** Error: Two rules on one load balancer share a priority. */
    LISTENER_RULE_PRIORITY_COLLISION(Severity.ERROR, "Two rules on one load balancer share a priority."),
    /** Error: Two rules on one load balancer have the same conditions. */
    DUPLICATE_LISTENER_RULE(Severity.ERROR, "Two rules on one load balancer have the same conditions."),
    /** Error: A weighted rule names a service that is not exposed on the same Application Load Balancer. */
    WEIGHTED_TARGET(Severity.ERROR,
            "A weighted rule names a service that is not exposed on the same Application Load Balancer."),
    /** Error: A weighted rule's weights or target group stickiness are out of range. */
    WEIGHTED_FORWARD(Severity.ERROR, "A weighted rule's weights or target group stickiness are out of range."),
    /** Error: A target group health check or deregistration setting is out of range. */
    TARGET_GROUP_HEALTH_CHECK(Severity.ERROR, "A target group health check or deregistration setting is out of range."),
    /** Error: A target group protocol is not HTTP or HTTPS. */
    TARGET_GROUP_PROTOCOL(Severity.ERROR, "A target group protocol is not HTTP or HTTPS."),
    /** Error: A listener's certificate (HTTPS, TLS, or an extra SNI one) is not an ACM (or IAM) certificate ARN. */
    CERTIFICATE_ARN(Severity.ERROR,
            "A listener's certificate (HTTPS, TLS, or an extra SNI one) is not an ACM (or IAM) certificate ARN."),
    /** Error: Listener ports are outside 1-65535 or equal. */
    LISTENER_PORT(Severity.ERROR, "Listener ports are outside 1-65535 or equal."),
    /** Error: A load balancer idle timeout is outside 1-4000 seconds. */
    LOAD_BALANCER_IDLE_TIMEOUT(Severity.ERROR, "A load balancer idle timeout is outside 1-4000 seconds."),
    /** Error: A load balancer's access logs bucket or prefix is not valid. */
    ACCESS_LOGS_BUCKET(Severity.ERROR, "A load balancer's access logs bucket or prefix is not valid."),
    /** Warning: A load balancer no service is exposed on. */
    UNUSED_LOAD_BALANCER(Severity.WARNING, "A load balancer no service is exposed on."),
    /** Error: An existing listener's ARN, security group ID or priority range is not valid. */
    EXISTING_LISTENER(Severity.ERROR, "An existing listener's ARN, security group ID or priority range is not valid."),
    /** Error: The rules on an existing listener do not fit the priority range the program gives. */
    LISTENER_PRIORITY_RANGE(Severity.ERROR,
            "The rules on an existing listener do not fit the priority range the program gives."),
    /** Error: An exposure on a Network Load Balancer has listener rule conditions or Application Load Balancer settings. */
    NETWORK_LOAD_BALANCER_ROUTING(Severity.ERROR,
            "An exposure on a Network Load Balancer has listener rule conditions or Application Load Balancer settings."),
    /** Error: A Network Load Balancer listener is not valid, clashes with another, or is given for an Application Load Balancer. */
    NETWORK_LISTENER(Severity.ERROR,
            "A Network Load Balancer listener is not valid, clashes with another, or is given for an Application Load Balancer."),
    /** Error: A load balancer's allowed source ranges are not IPv4 CIDRs, or more than 50. */
    LISTENER_SOURCE_CIDR(Severity.ERROR, "A load balancer's allowed source ranges are not IPv4 CIDRs, or more than 50."),
    /** Error: A target group's stickiness or slow start is out of range. */
    TARGET_GROUP_ATTRIBUTES(Severity.ERROR, "A target group's stickiness or slow start is out of range."),
    /** Error: A web ACL is not a regional AWS WAF web ACL ARN. */
    WEB_ACL_ARN(Severity.ERROR, "A web ACL is not a regional AWS WAF web ACL ARN."),
    /** Error: A Route 53 alias record's hosted zone ID or record name is not valid. */
    DNS_ALIAS(Severity.ERROR, "A Route 53 alias record's hosted zone ID or record name is not valid."),

    // Auto scaling (ScalingRules)
    /** Error: Auto scaling capacities are negative, inverted or above 5000. */
    SCALING_BOUNDS(Severity.ERROR, "Auto scaling capacities are negative, inverted or above 5000."),
    /** Error: Auto scaling is enabled without any target-tracking target. */
    SCALING_NO_POLICY(Severity.ERROR, "Auto scaling is enabled without any target-tracking target."),
    /** Warning: Scaling targets are set but maxCapacity is 0, so nothing scales. */
    SCALING_NOT_ENABLED(Severity.WARNING, "Scaling targets are set but maxCapacity is 0, so nothing scales."),
    /** Error: A scaling target value is out of range. */
    SCALING_TARGET(Severity.ERROR, "A scaling target value is out of range."),
    /** Error: A scaling cooldown is negative. */
    SCALING_COOLDOWN(Severity.ERROR, "A scaling cooldown is negative."),
    /** Error: Request-count scaling on a service not exposed on an Application Load Balancer of the program. */
    SCALING_REQUESTS_NEEDS_LOAD_BALANCER(Severity.ERROR,
            "Request-count scaling on a service not exposed on an Application Load Balancer of the program."),
    /** Warning: The desired count is outside the scaling bounds. */
    DESIRED_COUNT_OUTSIDE_SCALING_BOUNDS(Severity.WARNING, "The desired count is outside the scaling bounds."),

    // Scaling policies, schedules and queue workers (ScalingPolicyRules)
    /** Error: A custom metric, metric-math expression or target value of a scaling policy is not valid. */
    SCALING_METRIC(Severity.ERROR,
            "A custom metric, metric-math expression or target value of a scaling policy is not valid."),
    /** Error: A step-scaling alarm's period, evaluation periods, datapoints, threshold or cooldown is not valid. */
    SCALING_ALARM(Severity.ERROR,
            "A step-scaling alarm's period, evaluation periods, datapoints, threshold or cooldown is not valid."),
    /** Error: Step adjustments overlap, leave a gap, or do not cover the alarm's side of the threshold. */
    SCALING_STEPS(Severity.ERROR,
            "Step adjustments overlap, leave a gap, or do not cover the alarm's side of the threshold."),
    /** Error: A scheduled scaling expression, time zone, name or bound is not valid. */
    SCALING_SCHEDULE(Severity.ERROR, "A scheduled scaling expression, time zone, name or bound is not valid."),
    /** Error: Two scaling policies of a service share a name or a tracked metric, or two schedules a name or time. */
    SCALING_POLICY_CONFLICT(Severity.ERROR,
            "Two scaling policies of a service share a name or a tracked metric, or two schedules a name or time."),
    /** Error: A queue-backlog policy names no valid queue, or its latency and time per message are not valid. */
    SCALING_QUEUE_BACKLOG(Severity.ERROR,
            "A queue-backlog policy names no valid queue, or its latency and time per message are not valid."),
    /** Error: Backlog-per-task scaling in a cluster without Container Insights (no RunningTaskCount metric). */
    SCALING_BACKLOG_NEEDS_CONTAINER_INSIGHTS(Severity.ERROR,
            "Backlog-per-task scaling in a cluster without Container Insights (no RunningTaskCount metric)."),
    /** Warning: minCapacity 0 with only target tracking: nothing can start the first task. */
    SCALING_CANNOT_LEAVE_ZERO(Severity.WARNING,
            "minCapacity 0 with only target tracking: nothing can start the first task."),

    // Queues (MessagingRules)
    /** Error: A queue's visibility timeout, retention, receive count or KMS key is not one SQS accepts. */
    QUEUE_SETTINGS(Severity.ERROR,
            "A queue's visibility timeout, retention, receive count or KMS key is not one SQS accepts."),
    /** Error: A grant names a queue the program does not declare. */
    UNKNOWN_QUEUE(Severity.ERROR, "A grant names a queue the program does not declare."),

    // Service Connect (ServiceDiscoveryRules)
    /** Error: A Service Connect namespace is missing or is neither a namespace name nor a Cloud Map namespace ARN. */
    SERVICE_CONNECT_NAMESPACE(Severity.ERROR,
            "A Service Connect namespace is missing or is neither a namespace name nor a Cloud Map namespace ARN."),
    /** Error: Service Connect on a task whose network mode is neither awsvpc nor bridge. */
    SERVICE_CONNECT_NETWORK_MODE(Severity.ERROR,
            "Service Connect on a task whose network mode is neither awsvpc nor bridge."),
    /** Error: A Service Connect server names a port that no port mapping of the service's containers has. */
    SERVICE_CONNECT_PORT_NAME(Severity.ERROR,
            "A Service Connect server names a port that no port mapping of the service's containers has."),
    /** Error: A Service Connect discovery name, DNS name, port or proxy log setting is invalid, or a server repeats. */
    SERVICE_CONNECT_SETTINGS(Severity.ERROR,
            "A Service Connect discovery name, DNS name, port or proxy log setting is invalid, or a server repeats."),
    /** Error: Two Service Connect servers of one namespace share a discovery name or a DNS name and port. */
    SERVICE_CONNECT_COLLISION(Severity.ERROR,
            "Two Service Connect servers of one namespace share a discovery name or a DNS name and port."),
    /** Warning: A service calls a Service Connect server without being a Service Connect client of its namespace. */
    SERVICE_CONNECT_CALLER(Severity.WARNING,
            "A service calls a Service Connect server without being a Service Connect client of its namespace."),
    // Cloud Map DNS service discovery (DnsDiscoveryRules)
    /** Error: A service registers in no namespace, or in one no cluster declares, or a namespace is malformed. */
    DNS_DISCOVERY_NAMESPACE(Severity.ERROR,
            "A service registers in no namespace, or in one no cluster declares, or a namespace is malformed."),
    /** Error: A DNS record type the network mode does not take, or an SRV record without a container port. */
    DNS_DISCOVERY_RECORD(Severity.ERROR,
            "A DNS record type the network mode does not take, or an SRV record without a container port."),
    /** Error: A DNS discovery name or TTL AWS rejects, or a container or port given for A records. */
    DNS_DISCOVERY_SETTINGS(Severity.ERROR,
            "A DNS discovery name or TTL AWS rejects, or a container or port given for A records."),
    /** Error: Two services register one name in a namespace, or a namespace name is both DNS and Service Connect. */
    DNS_DISCOVERY_COLLISION(Severity.ERROR,
            "Two services register one name in a namespace, or a namespace name is both DNS and Service Connect."),
    // EFS file systems and volumes (StorageRules)
    /** Error: A file system's throughput, performance mode or encryption settings do not go together. */
    FILE_SYSTEM_SETTINGS(Severity.ERROR,
            "A file system's throughput, performance mode or encryption settings do not go together."),
    /** Error: An access point's path, POSIX user or creation info is outside what EFS takes. */
    ACCESS_POINT_SETTINGS(Severity.ERROR, "An access point's path, POSIX user or creation info is outside what EFS takes."),
    /** Warning: An access point's directory is neither the root nor created by EFS, so mounting it fails. */
    ACCESS_POINT_DIRECTORY(Severity.WARNING,
            "An access point's directory is neither the root nor created by EFS, so mounting it fails."),
    /** Error: An EFS volume names a file system or access point the program does not declare. */
    UNKNOWN_FILE_SYSTEM(Severity.ERROR, "An EFS volume names a file system or access point the program does not declare."),
    /** Error: An EFS volume's file system, access point, root directory or platform version is not usable. */
    EFS_VOLUME(Severity.ERROR,
            "An EFS volume's file system, access point, root directory or platform version is not usable."),

    // Deployments (DeploymentRules)
    /** Error: A BLUE_GREEN, CANARY or LINEAR deployment lacks the traffic path ECS shifts, or has one Berth cannot shift. */
    DEPLOYMENT_STRATEGY_TRAFFIC(Severity.ERROR,
            "A BLUE_GREEN, CANARY or LINEAR deployment lacks the traffic path ECS shifts, or has one Berth cannot shift."),
    /** Error: A canary percent, linear step or bake time is outside the range ECS accepts. */
    DEPLOYMENT_TRAFFIC_SHIFT(Severity.ERROR,
            "A canary percent, linear step or bake time is outside the range ECS accepts."),
    /** Error: A deployment lifecycle hook names no Lambda function, no stage, a repeated stage or one the strategy lacks. */
    DEPLOYMENT_HOOK(Severity.ERROR,
            "A deployment lifecycle hook names no Lambda function, no stage, a repeated stage or one the strategy lacks."),
    /** Error: A deployment rollback alarm's threshold or name is malformed. */
    DEPLOYMENT_ALARM(Severity.ERROR, "A deployment rollback alarm's threshold or name is malformed."),
    /** Warning: A blue/green family deployment behind a Network Load Balancer or a weighted rule runs as ROLLING. */
    DEPLOYMENT_STRATEGY_FALLBACK(Severity.WARNING,
            "A blue/green family deployment behind a Network Load Balancer or a weighted rule runs as ROLLING."),
    /** Warning: Berth's rollback alarms have no target group on a load balancer of the program to watch. */
    DEPLOYMENT_ALARM_UNWATCHED(Severity.WARNING,
            "Berth's rollback alarms have no target group on a load balancer of the program to watch."),
    /** Warning: A service scaling on requests per target shifts traffic between two target groups on deployments. */
    DEPLOYMENT_REQUEST_SCALING(Severity.WARNING,
            "A service scaling on requests per target shifts traffic between two target groups on deployments."),
    // Event-driven tasks and notifications (EventRules)
    /** Error: A schedule is not a cron, rate or at expression EventBridge Scheduler accepts. */
    SCHEDULE_EXPRESSION(Severity.ERROR, "A schedule is not a cron, rate or at expression EventBridge Scheduler accepts."),
    /** Error: A schedule's time zone is not an IANA time zone name. */
    SCHEDULE_TIME_ZONE(Severity.ERROR, "A schedule's time zone is not an IANA time zone name."),
    /** Error: An event pattern is not a JSON object whose leaves are arrays. */
    EVENT_PATTERN(Severity.ERROR, "An event pattern is not a JSON object whose leaves are arrays."),
    /** Error: A triggered task's window, task count, retry policy or dead-letter queue is outside EventBridge's range. */
    TRIGGERED_TASK_SETTINGS(Severity.ERROR,
            "A triggered task's window, task count, retry policy or dead-letter queue is outside EventBridge's range."),
    /** Error: A triggered task's environment names an unknown container, an invalid variable or JSON path. */
    TASK_ENVIRONMENT(Severity.ERROR,
            "A triggered task's environment names an unknown container, an invalid variable or JSON path."),
    /** Error: Notifications without a valid address, naming an unknown cluster, or reporting nothing. */
    NOTIFICATION_SETTINGS(Severity.ERROR,
            "Notifications without a valid address, naming an unknown cluster, or reporting nothing."),
    // ECS Managed Instances (ManagedInstancesRules)
    /** Error: A Managed Instances capacity provider's name or instance requirements are invalid. */
    MANAGED_INSTANCES_SETTINGS(Severity.ERROR,
            "A Managed Instances capacity provider's name or instance requirements are invalid."),
    /** Error: A service on Managed Instances has a task definition not compatible with MANAGED_INSTANCES. */
    MANAGED_INSTANCES_COMPATIBILITY(Severity.ERROR,
            "A service on Managed Instances has a task definition not compatible with MANAGED_INSTANCES."),
    /** Error: A task on Managed Instances uses a network mode other than awsvpc or host. */
    MANAGED_INSTANCES_NETWORK_MODE(Severity.ERROR,
            "A task on Managed Instances uses a network mode other than awsvpc or host."),
    /** Warning: A task asks for GPUs on a Managed Instances provider that does not require GPU instances. */
    MANAGED_INSTANCES_GPU(Severity.WARNING,
            "A task asks for GPUs on a Managed Instances provider that does not require GPU instances."),

    // Placement, daemons, GPUs and host ports (PlacementRules)
    /** Error: Placement strategies or constraints on a task that runs on Fargate. */
    PLACEMENT_ON_FARGATE(Severity.ERROR, "Placement strategies or constraints on a task that runs on Fargate."),
    /** Error: A placement strategy has a field its type does not take, or there are more than 5. */
    PLACEMENT_STRATEGY(Severity.ERROR,
            "A placement strategy has a field its type does not take, or there are more than 5."),
    /** Warning: Placement strategies on a service on Managed Instances, which place tasks themselves. */
    PLACEMENT_STRATEGY_MANAGED_INSTANCES(Severity.WARNING,
            "Placement strategies on a service on Managed Instances, which place tasks themselves."),
    /** Error: A placement constraint is malformed (memberOf expression syntax, type, count). */
    PLACEMENT_EXPRESSION(Severity.ERROR,
            "A placement constraint is malformed (memberOf expression syntax, type, count)."),
    /** Error: A DAEMON service runs on Fargate. */
    DAEMON_ON_FARGATE(Severity.ERROR, "A DAEMON service runs on Fargate."),
    /** Error: A DAEMON service has a capacity provider strategy. */
    DAEMON_CAPACITY_PROVIDER(Severity.ERROR, "A DAEMON service has a capacity provider strategy."),
    /** Error: A DAEMON service has auto scaling. */
    DAEMON_AUTO_SCALING(Severity.ERROR, "A DAEMON service has auto scaling."),
    /** Error: A DAEMON service has placement strategies. */
    DAEMON_PLACEMENT_STRATEGY(Severity.ERROR, "A DAEMON service has placement strategies."),
    /** Error: A container asks for a negative number of GPUs. */
    GPU_COUNT(Severity.ERROR, "A container asks for a negative number of GPUs."),
    /** Error: A container asks for GPUs in a task on Fargate or Fargate-compatible. */
    GPU_ON_FARGATE(Severity.ERROR, "A container asks for GPUs in a task on Fargate or Fargate-compatible."),
    /** Error: A container asks for an Elastic Inference accelerator, which AWS retired. */
    ELASTIC_INFERENCE_RETIRED(Severity.ERROR,
            "A container asks for an Elastic Inference accelerator, which AWS retired."),
    /** Error: A service that does not run on Fargate asks for public IPs. */
    PUBLIC_IP_OFF_FARGATE(Severity.ERROR, "A service that does not run on Fargate asks for public IPs."),
    /** Warning: Host network mode tasks could need the same host port on one instance. */
    HOST_PORT_COLLISION(Severity.WARNING, "Host network mode tasks could need the same host port on one instance."),

    // CodeDeploy blue/green (CodeDeployRules)
    /** Error: A CODE_DEPLOY service is not exposed on a load balancer. */
    CODE_DEPLOY_TRAFFIC(Severity.ERROR, "A CODE_DEPLOY service is not exposed on a load balancer."),
    /** Warning: A CODE_DEPLOY service behind a Network Load Balancer, an existing listener or weights deploys by ECS. */
    CODE_DEPLOY_FALLBACK(Severity.WARNING,
            "A CODE_DEPLOY service behind a Network Load Balancer, an existing listener or weights deploys by ECS."),
    /** Error: A CODE_DEPLOY service sets ECS-native deployment settings, Service Connect or forceNewDeployment. */
    CODE_DEPLOY_CONFLICT(Severity.ERROR,
            "A CODE_DEPLOY service sets ECS-native deployment settings, Service Connect or forceNewDeployment."),
    /** Error: A CodeDeploy wait, test listener port or test-traffic CIDR block is out of range. */
    CODE_DEPLOY_SETTINGS(Severity.ERROR, "A CodeDeploy wait, test listener port or test-traffic CIDR block is out of range."),
    /** Error: An AppSpec hook names no Lambda function, or two hooks share an event. */
    CODE_DEPLOY_HOOK(Severity.ERROR, "An AppSpec hook names no Lambda function, or two hooks share an event."),

    // Synthesis: found while planning (dev.berth.synth.planning.Planner) or rendering CloudFormation
    /**
     * Warning, reported by the synthesis: Beside NAT, Endpoints.automatic() created no interface endpoints: the tasks
     * reach those services through NAT.
     */
    ENDPOINTS_LEFT_TO_NAT(Severity.WARNING, Stage.SYNTHESIS,
            "Beside NAT, Endpoints.automatic() created no interface endpoints: the tasks reach those services"
                    + " through NAT."),
    /**
     * Error, reported by the synthesis: Different names give two resources of one kind the same logical ID or address.
     */
    NAME_COLLISION(Severity.ERROR, Stage.SYNTHESIS,
            "Different names give two resources of one kind the same logical ID or address."),
    /**
     * Warning, reported by the synthesis: Two derived listener rule priorities collided, so one service took the next
     * free number.
     */
    LISTENER_RULE_PRIORITY_SHARED(Severity.WARNING, Stage.SYNTHESIS,
            "Two derived listener rule priorities collided, so one service took the next free number."),
    /** Error, reported by the synthesis: CloudFormation options name stack groups while the stack layout is SINGLE. */
    STACK_LAYOUT_CONFLICT(Severity.ERROR, Stage.SYNTHESIS,
            "CloudFormation options name stack groups while the stack layout is SINGLE."),
    /**
     * Error, reported by the synthesis: A CloudFormation stack group has an invalid name or names a service the
     * program does not have.
     */
    STACK_GROUP(Severity.ERROR, Stage.SYNTHESIS,
            "A CloudFormation stack group has an invalid name or names a service the program does not have."),
    /** Error, reported by the synthesis: A CloudFormation stack would exceed a template limit. */
    TEMPLATE_LIMIT(Severity.ERROR, Stage.SYNTHESIS, "A CloudFormation stack would exceed a template limit."),
    /**
     * Warning, reported by the synthesis: A CloudFormation template file has more than 51,200 bytes: deploy it
     * through an S3 bucket.
     */
    TEMPLATE_NEEDS_S3(Severity.WARNING, Stage.SYNTHESIS,
            "A CloudFormation template file has more than 51,200 bytes: deploy it through an S3 bucket."),
    /**
     * Warning, reported by the synthesis: An automatic stack layout is near a template limit: growing past it would
     * move resources.
     */
    STACK_LAYOUT_NEAR_LIMIT(Severity.WARNING, Stage.SYNTHESIS,
            "An automatic stack layout is near a template limit: growing past it would move resources."),

    // EC2 capacity (Ec2Rules)
    /** Error: An EC2 capacity provider's settings are outside what ECS and EC2 Auto Scaling accept. */
    EC2_CAPACITY_SETTINGS(Severity.ERROR,
            "An EC2 capacity provider's settings are outside what ECS and EC2 Auto Scaling accept."),
    /** Warning: An EC2 capacity provider lists an instance type whose size Berth does not know. */
    EC2_INSTANCE_TYPE_UNKNOWN(Severity.WARNING,
            "An EC2 capacity provider lists an instance type whose size Berth does not know."),
    /** Error: A task's CPU architecture differs from its EC2 capacity provider's AMI. */
    EC2_ARCHITECTURE_MISMATCH(Severity.ERROR,
            "A task's CPU architecture differs from its EC2 capacity provider's AMI."),
    /** Error: A task needs more CPU or memory than any instance type of its EC2 capacity providers has. */
    EC2_TASK_TOO_LARGE(Severity.ERROR,
            "A task needs more CPU or memory than any instance type of its EC2 capacity providers has."),
    /** Error: EC2 instances in private subnets without NAT cannot reach ECS (no ecs, ecs-agent, ecs-telemetry endpoints). */
    EC2_AGENT_UNREACHABLE(Severity.ERROR,
            "EC2 instances in private subnets without NAT cannot reach ECS (no ecs, ecs-agent, ecs-telemetry endpoints)."),
    /** Warning: A service uses the EC2 launch type in a cluster without EC2 capacity from the program. */
    EC2_NO_CAPACITY(Severity.WARNING,
            "A service uses the EC2 launch type in a cluster without EC2 capacity from the program."),
    /** Error: A bridge, host or none network mode service is set up in a way that mode cannot serve. */
    EC2_NETWORK_MODE(Severity.ERROR,
            "A bridge, host or none network mode service is set up in a way that mode cannot serve."),
    /** Warning: awsvpc tasks on EC2 take one network interface each; instances hold few without ENI trunking. */
    AWSVPC_ON_EC2(Severity.WARNING,
            "awsvpc tasks on EC2 take one network interface each; instances hold few without ENI trunking."),
    /** Error: An EXTERNAL (ECS Anywhere) service has a load balancer or the awsvpc network mode. */
    EXTERNAL_LAUNCH_TYPE(Severity.ERROR,
            "An EXTERNAL (ECS Anywhere) service has a load balancer or the awsvpc network mode.");

    /** Who checks a rule. */
    public enum Stage {
        /** {@link Validator}, on the program alone, before anything is planned. */
        MODEL,
        /** The synthesis, on the plan or a target's rendering. */
        SYNTHESIS
    }

    private final Severity severity;
    private final Stage stage;
    private final String summary;

    Rule(Severity severity, String summary) {
        this(severity, Stage.MODEL, summary);
    }

    Rule(Severity severity, Stage stage, String summary) {
        this.severity = severity;
        this.stage = stage;
        this.summary = summary;
    }

    /**
     * Who checks the rule.
     *
     * @return {@link Stage#MODEL} or {@link Stage#SYNTHESIS}
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The stable code, e.g. {@code FARGATE_NETWORK_MODE}.
     *
     * @return the code, the constant's name
     */
    public String code() {
        return name();
    }

    /**
     * How serious a finding of this rule is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * One line: what the rule rejects.
     *
     * @return the summary
     */
    public String summary() {
        return summary;
    }

    /**
     * A diagnostic of this rule. {@code problem} says what is wrong and which AWS rule it breaks; {@code fix} says
     * what to do.
     *
     * @param path    where in the model, e.g. {@code service[api].task}
     * @param problem what is wrong
     * @param fix     what to do about it
     * @return the diagnostic
     */
    public Diagnostic at(String path, String problem, String fix) {
        return new Diagnostic(code(), severity, path, problem.strip() + " " + fix.strip());
    }
}
