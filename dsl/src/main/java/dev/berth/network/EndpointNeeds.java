package dev.berth.network;

import dev.berth.iam.Grant;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.SecretSource;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AWS services a service's tasks must reach, and so the VPC endpoints that private subnets without a route to
 * the internet need for it: what the tasks need to start ({@link #toStart}), what the application calls with
 * the grants of its task role ({@link #granted}) and where the log router sends logs ({@link #logRouting}).
 */
public final class EndpointNeeds {

    /**
     * Actions that are not calls to their service: IAM checks iam:PassRole when another service is called, and EFS
     * checks its client actions when an NFS client mounts through a mount target in the VPC.
     */
    private static final Set<String> NOT_CALLS = Set.of("iam:passrole", "elasticfilesystem:clientmount",
            "elasticfilesystem:clientwrite", "elasticfilesystem:clientrootaccess");

    private EndpointNeeds() {
    }

    /**
     * Everything the tasks reach: {@link #toStart}, {@link #granted} and {@link #logRouting}.
     *
     * @param service a service of the program
     * @return the endpoints its tasks use
     */
    public static Set<EndpointService> of(Service service) {
        EnumSet<EndpointService> needs = EnumSet.noneOf(EndpointService.class);
        needs.addAll(toStart(service));
        needs.addAll(granted(service));
        needs.addAll(logRouting(service));
        return Collections.unmodifiableSet(needs);
    }

    /**
     * What the ECS container agent on EC2 instances reaches to register with the cluster, poll for tasks and report
     * telemetry: the {@code ecs}, {@code ecs-agent} and {@code ecs-telemetry} interface endpoints (or NAT); without
     * them the instances never register and tasks stay PENDING
     * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html).
     *
     * @return the endpoints the agent needs
     */
    public static Set<EndpointService> ec2Agent() {
        return Collections.unmodifiableSet(EnumSet.of(EndpointService.ECS, EndpointService.ECS_AGENT,
                EndpointService.ECS_TELEMETRY));
    }

    /**
     * What the tasks need to start, as the Fargate platform (1.4.0 and later) reaches it through the task's network
     * interface (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-version-migration.html): ECR
     * images: ecr.api, ecr.dkr and the s3 gateway (image layers); awslogs: logs; Secrets Manager secrets or registry
     * credentials: secretsmanager; SSM parameters: ssm; environment files: the s3 gateway; the Service Connect
     * proxy's awslogs: logs; ECS Exec: ssmmessages (the Session Manager channel,
     * https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-messageAPIs.html).
     *
     * @param service a service of the program
     * @return the endpoints its tasks need to start
     */
    public static Set<EndpointService> toStart(Service service) {
        EnumSet<EndpointService> needs = EnumSet.noneOf(EndpointService.class);
        for (Container c : service.task().containers()) {
            if (c.image().isPrivateEcr()) {
                needs.addAll(Set.of(EndpointService.ECR_API, EndpointService.ECR_DKR, EndpointService.S3));
            }
            if (c.logging().awslogs()) {
                needs.add(EndpointService.LOGS);
            }
            if (!c.repositoryCredentialsArn().isEmpty()) {
                needs.add(EndpointService.SECRETSMANAGER);
            }
            c.secrets().forEach(s -> needs.add(s.source() == SecretSource.SSM_PARAMETER
                    ? EndpointService.SSM : EndpointService.SECRETSMANAGER));
            if (!c.environmentFiles().isEmpty()) {
                needs.add(EndpointService.S3);
            }
        }
        if (service.enableExecuteCommand()) {
            needs.add(EndpointService.SSMMESSAGES);
        }
        if (service.serviceConnect().enabled() && service.serviceConnect().logging().awslogs()) {
            needs.add(EndpointService.LOGS); // the Service Connect proxy's logs
        }
        return Collections.unmodifiableSet(needs);
    }

    /**
     * What the application calls with its task role's grants: S3 and DynamoDB grants their gateway endpoints; SQS,
     * SNS, KMS, Secrets Manager, SSM, EventBridge and CloudWatch metrics grants theirs; a custom statement the endpoint of each action's service prefix that Berth knows
     * ({@link EndpointService#ofIamPrefix}). With an existing task role Berth does not know the grants.
     *
     * @param service a service of the program
     * @return the endpoints its grants call
     */
    public static Set<EndpointService> granted(Service service) {
        EnumSet<EndpointService> needs = EnumSet.noneOf(EndpointService.class);
        if (!service.task().taskRoleArn().isEmpty()) {
            return Collections.unmodifiableSet(needs);
        }
        for (Grant grant : service.task().grants()) {
            if (grant instanceof Grant.S3Bucket) {
                needs.add(EndpointService.S3);
            } else if (grant instanceof Grant.DynamoDbTable) {
                needs.add(EndpointService.DYNAMODB);
            } else if (grant instanceof Grant.SqsConsume || grant instanceof Grant.ProgramQueue
                    || grant instanceof Grant.SqsSend) {
                needs.add(EndpointService.SQS);
            } else if (grant instanceof Grant.SnsPublish) {
                needs.add(EndpointService.SNS);
            } else if (grant instanceof Grant.KmsKey) {
                needs.add(EndpointService.KMS);
            } else if (grant instanceof Grant.SecretRead) {
                needs.add(EndpointService.SECRETSMANAGER);
            } else if (grant instanceof Grant.ParameterRead) {
                needs.add(EndpointService.SSM);
            } else if (grant instanceof Grant.PutEvents) {
                needs.add(EndpointService.EVENTS);
            } else if (grant instanceof Grant.PutMetricData) {
                needs.add(EndpointService.MONITORING);
            } else if (grant instanceof Grant.Statement statement) {
                for (String action : statement.actions()) {
                    EndpointService endpoint = EndpointService.ofIamPrefix(prefix(action));
                    if (endpoint != null && isCall(action)) {
                        needs.add(endpoint);
                    }
                }
            }
        }
        // A queue worker consumes its queue with the task role (ScalingPolicy.QueueBacklog implies the grant).
        if (service.autoScaling().policies().stream().anyMatch(p -> p instanceof ScalingPolicy.QueueBacklog)) {
            needs.add(EndpointService.SQS);
        }
        return Collections.unmodifiableSet(needs);
    }

    /**
     * Where the task's log router (FireLens) sends its containers' logs, with the task role: CloudWatch Logs (logs),
     * Amazon Data Firehose (kinesis-firehose) or S3 (the s3 gateway). The tasks start without them, but the logs
     * never arrive.
     *
     * @param service a service of the program
     * @return the endpoints the log router calls
     */
    public static Set<EndpointService> logRouting(Service service) {
        EnumSet<EndpointService> needs = EnumSet.noneOf(EndpointService.class);
        for (Container c : service.task().containers()) {
            switch (c.logging().fireLens().output()) {
                case CLOUDWATCH_LOGS -> needs.add(EndpointService.LOGS);
                case KINESIS_FIREHOSE -> needs.add(EndpointService.KINESIS_FIREHOSE);
                case S3 -> needs.add(EndpointService.S3);
                case NONE -> {
                }
            }
        }
        return Collections.unmodifiableSet(needs);
    }

    /**
     * The service prefixes of custom statements' actions that call a service for which Berth knows no VPC endpoint
     * (e.g. {@code route53}), sorted: in private subnets without internet the calls time out.
     *
     * @param service a service of the program
     * @return the IAM service prefixes without a known endpoint
     */
    public static List<String> grantedWithoutEndpoint(Service service) {
        Set<String> prefixes = new TreeSet<>();
        if (!service.task().taskRoleArn().isEmpty()) {
            return List.of();
        }
        for (Grant grant : service.task().grants()) {
            if (grant instanceof Grant.Statement statement) {
                for (String action : statement.actions()) {
                    String prefix = prefix(action);
                    if (!prefix.isEmpty() && isCall(action) && EndpointService.ofIamPrefix(prefix) == null) {
                        prefixes.add(prefix);
                    }
                }
            }
        }
        return List.copyOf(prefixes);
    }

    /** {@code sns} of {@code sns:Publish}; empty when the action has no prefix. */
    private static String prefix(String action) {
        int colon = action.indexOf(':');
        return colon <= 0 ? "" : action.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isCall(String action) {
        return !NOT_CALLS.contains(action.toLowerCase(java.util.Locale.ROOT));
    }
}
