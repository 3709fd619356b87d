package dev.berth.synth.planning.iam;

import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.messaging.QueuePlanner;
import dev.berth.synth.planning.storage.FileSystemPlanner;
import dev.berth.task.Container;
import dev.berth.task.FireLens;
import dev.berth.task.Secret;
import dev.berth.task.SecretSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a service's two roles: the task execution role (used by the ECS agent to pull images, write logs and read
 * secrets at start) and the task role (used by the application). Each gets exactly what its service needs, on
 * exactly the resources it names.
 */
public final class RolePlanner {

    /**
     * The only actions Berth grants on {@code "*"}: AWS defines no resource type for them, so they cannot be
     * scoped. Tests assert no other action is ever granted on every resource.
     */
    public static final List<String> UNSCOPABLE_ACTIONS = List.of(
            "ecr:GetAuthorizationToken",
            "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
            "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel",
            // Lists the account's log groups: the Service Authorization Reference gives it no resource type, and the
            // ECS Exec logging policy AWS documents grants it on "*".
            "logs:DescribeLogGroups",
            // No resource type either; Berth scopes it with the cloudwatch:namespace condition, the way the CloudWatch
            // User Guide documents ("Using condition keys to limit access to CloudWatch namespaces").
            "cloudwatch:PutMetricData",
            // Elastic Load Balancing's Describe actions take no resource type (Service Authorization Reference); the
            // ECS infrastructure role of a blue/green deployment reads listeners, rules and target health with them,
            // as the managed AmazonECSInfrastructureRolePolicyForLoadBalancers grants them on "*".
            "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules",
            "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth");

    private static final Value EVERY_RESOURCE = Value.literal("*");

    private RolePlanner() {
    }

    /** The roles of one service's tasks, as references for the task definition. */
    public record PlannedRoles(Value executionRoleArn, Value taskRoleArn) {
    }

    /**
     * @param logTargets     where each container with awslogs writes, by container name
     * @param fireLensGroups the log group the log router writes each container's logs to, for containers routed
     *                       to CloudWatch Logs by FireLens, by container name
     */
    public static PlannedRoles plan(Service service, Map<String, LogTarget> logTargets,
                                    Map<String, LogTarget> fireLensGroups, PlanBuilder plan) {
        Value execution = service.task().executionRoleArn().isEmpty()
                ? role(service, "execution", "Task execution role of " + service.name()
                        + ": pulls its images, writes its logs, reads its secrets", executionTrustPolicy(),
                executionStatements(service, logTargets), plan)
                : Value.literal(service.task().executionRoleArn());
        Value task = service.task().taskRoleArn().isEmpty()
                ? role(service, "task", "Task role of " + service.name() + ": what its application may call",
                taskTrustPolicy(), taskStatements(service, logTargets, fireLensGroups, plan.applicationName()), plan)
                : Value.literal(service.task().taskRoleArn());
        return new PlannedRoles(execution, task);
    }

    /** Where a container's awslogs driver writes: the group's name, region, and whether the driver creates it. */
    public record LogTarget(Value groupName, Value region, boolean createGroup) {
    }

    private static Value role(Service service, String purpose, String description, PolicyDocument trust,
                              StatementList statements, PlanBuilder plan) {
        ResourceId roleId = ResourceId.of(IamResources.Role.class, service.name(), purpose);
        plan.add(new IamResources.Role(roleId, description, trust, plan.tags()));
        if (!statements.isEmpty()) {
            plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, service.name(), purpose),
                    roleId.attr(Attr.NAME), plan.applicationName() + "-" + service.name() + "-" + purpose,
                    PolicyDocument.of(statements.statements())));
        }
        return roleId.attr(Attr.ARN);
    }

    /**
     * Only ECS tasks of this account may assume the task role: the confused-deputy guard AWS documents for the task
     * role's trust policy ({@code aws:SourceAccount}, {@code aws:SourceArn} on {@code arn:...:ecs:<region>:<account>:*};
     * Amazon ECS Developer Guide, "Amazon ECS task IAM role", and awsdocs/amazon-ecs-developer-guide#208).
     */
    private static PolicyDocument taskTrustPolicy() {
        return trustPolicy("EcsTasksOfThisAccount", "ecs-tasks.amazonaws.com", Value.arnInThisAccount("ecs", "*"));
    }

    /**
     * The execution role trusts ecs-tasks.amazonaws.com without source conditions. AWS documents the execution
     * role's trust policy as the service principal alone (Amazon ECS Developer Guide, "Amazon ECS task execution IAM
     * role": https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html) and documents
     * {@code aws:SourceArn} / {@code aws:SourceAccount} only for the task role; nothing says the agent sends them when
     * it assumes the execution role, and a condition it does not meet fails every task ("ECS was unable to assume
     * the role"). Who may pass the role is still limited by iam:PassRole.
     */
    private static PolicyDocument executionTrustPolicy() {
        return PolicyDocument.of(List.of(Statement.allow("EcsTasks", "ecs-tasks.amazonaws.com",
                List.of("sts:AssumeRole"), List.of(), Map.of())));
    }

    private static PolicyDocument trustPolicy(String sid, String servicePrincipal, Value sourceArn) {
        Map<String, Map<String, Value>> conditions = new LinkedHashMap<>();
        conditions.put("StringEquals", Map.of("aws:SourceAccount", Value.pseudo(Pseudo.ACCOUNT_ID)));
        conditions.put("ArnLike", Map.of("aws:SourceArn", sourceArn));
        return PolicyDocument.of(List.of(Statement.allow(sid, servicePrincipal,
                List.of("sts:AssumeRole"), List.of(), conditions)));
    }

    /**
     * The role VPC flow logs deliver with: only this account's flow logs may assume it, and it may write only to
     * {@code logGroupName}.
     */
    public static Value flowLogsRole(String name, Value logGroupName, PlanBuilder plan) {
        ResourceId roleId = ResourceId.of(IamResources.Role.class, name, "flow-logs");
        plan.add(new IamResources.Role(roleId, "Delivers the VPC flow logs of " + name + " to CloudWatch Logs",
                trustPolicy("FlowLogsOfThisAccount", "vpc-flow-logs.amazonaws.com",
                        Value.arnInThisAccount("ec2", "vpc-flow-log/*")), plan.tags()));
        StatementList s = new StatementList();
        s.allow("WriteFlowLogs", List.of("logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"),
                logArn(new LogTarget(logGroupName, Value.pseudo(Pseudo.REGION), false), ":*"));
        plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, name, "flow-logs"),
                roleId.attr(Attr.NAME), plan.applicationName() + "-flow-logs", PolicyDocument.of(s.statements())));
        return roleId.attr(Attr.ARN);
    }

    private static StatementList executionStatements(Service service, Map<String, LogTarget> logTargets) {
        StatementList s = new StatementList();
        for (Container c : service.task().containers()) {
            if (c.image().isPrivateEcr()) {
                s.allow("PullImages", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
                        "ecr:GetDownloadUrlForLayer"), Value.concat("arn:", Value.pseudo(Pseudo.PARTITION),
                        ":ecr:" + c.image().ecrRegion() + ":" + c.image().ecrAccount() + ":repository/"
                                + c.image().ecrRepositoryName()));
            }
        }
        if (service.task().containers().stream().anyMatch(c -> c.image().isPrivateEcr())) {
            // ecr:GetAuthorizationToken has no resource type: AWS only accepts "*" for it.
            s.allow("EcrAuthorizationTokenHasNoResourceType", List.of("ecr:GetAuthorizationToken"),
                    EVERY_RESOURCE);
        }
        for (Container c : service.task().containers()) {
            LogTarget log = logTargets.get(c.name());
            if (log == null) {
                continue;
            }
            s.allow("WriteLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"), logArn(log, ":log-stream:*"));
            if (log.createGroup()) {
                s.allow("CreateLogGroup", List.of("logs:CreateLogGroup"), logArn(log, ""));
            }
        }
        for (Container c : service.task().containers()) {
            for (Secret secret : c.secrets()) {
                if (secret.source() == SecretSource.SSM_PARAMETER) {
                    s.allow("ReadParameters", List.of("ssm:GetParameters"), SecretArns.grant(secret));
                } else {
                    s.allow("ReadSecrets", List.of("secretsmanager:GetSecretValue"), SecretArns.grant(secret));
                }
            }
            if (!c.repositoryCredentialsArn().isEmpty()) {
                s.allow("ReadSecrets", List.of("secretsmanager:GetSecretValue"),
                        SecretArns.repositoryCredentials(c.repositoryCredentialsArn()));
            }
        }
        for (Container c : service.task().containers()) {
            for (Secret secret : c.secrets()) {
                if (!secret.kmsKeyArn().isEmpty()) {
                    s.allow("DecryptSecrets", List.of("kms:Decrypt"), Value.literal(secret.kmsKeyArn()));
                }
            }
            if (!c.repositoryCredentialsKmsKeyArn().isEmpty()) {
                s.allow("DecryptSecrets", List.of("kms:Decrypt"), Value.literal(c.repositoryCredentialsKmsKeyArn()));
            }
        }
        environmentFiles(s, service);
        return s;
    }

    /**
     * The agent downloads each environment file with the execution role: {@code s3:GetObject} on exactly those
     * objects and {@code s3:GetBucketLocation} on their buckets, the permissions AWS documents for environment files
     * (Amazon ECS Developer Guide, "Amazon ECS task execution IAM role", permissions for environment files). The
     * bucket is what precedes the key: {@code arn:aws:s3:::<bucket>}, or a CDK bucket ARN token.
     */
    private static void environmentFiles(StatementList s, Service service) {
        for (Container c : service.task().containers()) {
            for (String file : c.environmentFiles()) {
                s.allow("ReadEnvironmentFiles", List.of("s3:GetObject"), Value.literal(file));
            }
        }
        for (Container c : service.task().containers()) {
            for (String file : c.environmentFiles()) {
                int slash = file.indexOf('/');
                s.allow("LocateEnvironmentFileBuckets", List.of("s3:GetBucketLocation"),
                        Value.literal(slash < 0 ? file : file.substring(0, slash)));
            }
        }
    }

    /**
     * Lets the execution role Berth creates for {@code service} write the Service Connect proxy's logs to
     * {@code log} (ECS writes a task's container logs, the proxy's too, with the execution role): a policy of its
     * own, so the containers' statements stay as they are. Nothing when the program gives its own execution role.
     */
    public static void allowProxyLogs(Service service, LogTarget log, PlanBuilder plan) {
        if (!service.task().executionRoleArn().isEmpty()) {
            return;
        }
        StatementList s = new StatementList();
        s.allow("WriteServiceConnectProxyLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                logArn(log, ":log-stream:*"));
        if (log.createGroup()) {
            s.allow("CreateServiceConnectProxyLogGroup", List.of("logs:CreateLogGroup"), logArn(log, ""));
        }
        ResourceId role = ResourceId.of(IamResources.Role.class, service.name(), "execution");
        plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, service.name(),
                "execution", "service-connect"), role.attr(Attr.NAME),
                plan.applicationName() + "-" + service.name() + "-service-connect",
                PolicyDocument.of(s.statements())));
    }

    private static Value logArn(LogTarget log, String suffix) {
        return Value.concat("arn:", Value.pseudo(Pseudo.PARTITION), ":logs:", log.region(), ":",
                Value.pseudo(Pseudo.ACCOUNT_ID), ":log-group:", log.groupName(), suffix);
    }

    private static StatementList taskStatements(Service service, Map<String, LogTarget> logTargets,
                                                Map<String, LogTarget> fireLensGroups, String application) {
        StatementList s = new StatementList();
        List<Grant> grants = service.task().grants();
        for (int i = 0; i < grants.size(); i++) {
            grant(s, "Grant" + (i + 1), grants.get(i));
        }
        fireLens(s, service, fireLensGroups, application);
        fileSystems(s, service);
        if (service.enableExecuteCommand()) {
            // ECS Exec's Session Manager channels have no resource type: AWS only accepts "*" for them.
            s.allow("EcsExecChannelsHaveNoResourceType", List.of("ssmmessages:CreateControlChannel",
                    "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel",
                    "ssmmessages:OpenDataChannel"), EVERY_RESOURCE);
            execSessionLogs(s, service, logTargets);
        }
        return s;
    }

    /**
     * The log router sends logs with the task role (Amazon ECS Developer Guide, "Custom log routing", required IAM
     * permissions), so the task role may call exactly what each output calls, on exactly its destination; the
     * actions are those the Fluent Bit manual lists for each output. CloudWatch Logs: {@code logs:CreateLogStream}
     * and {@code logs:PutLogEvents} on the group's streams (and {@code logs:CreateLogGroup} on the group when the
     * output creates it; {@code logs:PutRetentionPolicy} is only for the output's own retention, which Berth leaves
     * to the declared group). Firehose: {@code firehose:PutRecordBatch} on the delivery stream. S3:
     * {@code s3:PutObject} (which also authorizes the multipart upload calls) on the objects under the key prefix.
     */
    private static void fireLens(StatementList s, Service service, Map<String, LogTarget> fireLensGroups,
                                 String application) {
        for (Container c : service.task().containers()) {
            LogTarget group = fireLensGroups.get(c.name());
            if (group != null) {
                s.allow("FireLensWriteLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        logArn(group, ":*"));
                if (group.createGroup()) {
                    s.allow("FireLensCreateLogGroup", List.of("logs:CreateLogGroup"), logArn(group, ":*"));
                }
            }
        }
        for (Container c : service.task().containers()) {
            FireLens f = c.logging().fireLens();
            Value region = c.logging().region().isEmpty() ? Value.pseudo(Pseudo.REGION)
                    : Value.literal(c.logging().region());
            if (f.output() == FireLens.Output.KINESIS_FIREHOSE) {
                s.allow("FireLensFirehose", List.of("firehose:PutRecordBatch"), Value.concat("arn:",
                        Value.pseudo(Pseudo.PARTITION), ":firehose:", region, ":", Value.pseudo(Pseudo.ACCOUNT_ID),
                        ":deliverystream/" + f.destination()));
            } else if (f.output() == FireLens.Output.S3) {
                s.allow("FireLensS3", List.of("s3:PutObject"), Value.concat("arn:", Value.pseudo(Pseudo.PARTITION),
                        ":s3:::" + f.destination() + "/" + f.keyPrefixFor(application, service.name()) + "*"));
            }
        }
    }

    /**
     * With the cluster's default exec logging, ECS Exec writes each session's output to the container's awslogs
     * group, and it does so with the task role, not the execution role: the task role may create streams in,
     * describe and write to exactly those groups, and list log groups (which has no resource type). This is the
     * CloudWatch Logs policy AWS documents for ECS Exec logging (Amazon ECS Developer Guide, "Monitor Amazon ECS
     * containers with ECS Exec", IAM permissions required for Amazon CloudWatch Logs), scoped to the groups.
     */
    private static void execSessionLogs(StatementList s, Service service, Map<String, LogTarget> logTargets) {
        for (Container c : service.task().containers()) {
            LogTarget log = logTargets.get(c.name());
            if (log != null) {
                s.allow("EcsExecSessionLogs", List.of("logs:CreateLogStream", "logs:DescribeLogStreams",
                        "logs:PutLogEvents"), logArn(log, ":*"));
            }
        }
        if (!logTargets.isEmpty()) {
            s.allow("EcsExecDescribeLogGroupsHasNoResourceType", List.of("logs:DescribeLogGroups"), EVERY_RESOURCE);
        }
    }

    /**
     * Each EFS volume mounts with IAM authorization, as the task role: {@code elasticfilesystem:ClientMount}, and
     * {@code ClientWrite} unless the volume is read-only, and {@code ClientRootAccess} only when asked, on exactly
     * the file system's ARN, and through an access point only that one ({@code elasticfilesystem:AccessPointArn},
     * Amazon EFS User Guide, "Using access points in IAM policies"). One statement per volume: the condition is its own.
     */
    private static void fileSystems(StatementList s, Service service) {
        List<dev.berth.task.Volume> volumes = service.task().volumes();
        for (int i = 0; i < volumes.size(); i++) {
            if (!(volumes.get(i) instanceof dev.berth.task.Volume.Efs v)) {
                continue;
            }
            List<String> actions = new ArrayList<>(List.of("elasticfilesystem:ClientMount"));
            if (!v.readOnly()) {
                actions.add("elasticfilesystem:ClientWrite");
            }
            if (v.rootAccess()) {
                actions.add("elasticfilesystem:ClientRootAccess");
            }
            Value accessPoint = FileSystemPlanner.accessPointArn(v);
            s.allow("MountEfsVolume" + (i + 1), actions, List.of(FileSystemPlanner.fileSystemArn(v)),
                    accessPoint == null ? Map.of() : Map.of("StringEquals",
                            Map.of("elasticfilesystem:AccessPointArn", accessPoint)));
        }
    }

    private static void grant(StatementList s, String sid, Grant grant) {
        if (grant instanceof Grant.S3Bucket g) {
            Value bucket = Value.concat("arn:", Value.pseudo(Pseudo.PARTITION), ":s3:::" + g.bucketName());
            Value objects = Value.concat(bucket, "/*");
            List<String> actions = new ArrayList<>();
            if (g.access().reads()) {
                actions.addAll(List.of("s3:GetObject", "s3:ListBucket"));
            }
            if (g.access().writes()) {
                actions.addAll(List.of("s3:AbortMultipartUpload", "s3:DeleteObject", "s3:PutObject"));
            }
            s.allow(sid + "S3" + accessWord(g.access()), actions, bucket, objects);
        } else if (grant instanceof Grant.DynamoDbTable g) {
            Value table = Value.arnInThisAccount("dynamodb", "table/" + g.tableName());
            List<String> actions = new ArrayList<>(List.of("dynamodb:DescribeTable"));
            if (g.access().reads()) {
                actions.addAll(List.of("dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:GetItem",
                        "dynamodb:Query", "dynamodb:Scan"));
            }
            if (g.access().writes()) {
                actions.addAll(List.of("dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem",
                        "dynamodb:UpdateItem"));
            }
            s.allow(sid + "DynamoDb" + accessWord(g.access()), actions, table, Value.concat(table, "/index/*"));
        } else if (grant instanceof Grant.SqsConsume g) {
            s.allow(sid + "SqsConsume", List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
                    "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"), Value.literal(g.queueArn()));
        } else if (grant instanceof Grant.ProgramQueue g) {
            // The actions a consumer needs (the AWS SDKs' receive loop) or a producer; on exactly that queue.
            List<String> actions = g.consume()
                    ? List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                    "sqs:GetQueueUrl", "sqs:ReceiveMessage")
                    : List.of("sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage");
            s.allow(sid + (g.consume() ? "Consume" : "SendTo") + Names.pascal(g.queue()), actions,
                    QueuePlanner.queueId(g.queue()).attr(Attr.ARN));
        } else if (grant instanceof Grant.SnsPublish g) {
            s.allow(sid + "SnsPublish", List.of("sns:Publish"), Value.literal(g.topicArn()));
        } else if (grant instanceof Grant.SqsSend g) {
            s.allow(sid + "SqsSend", List.of("sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"),
                    Value.literal(g.queueArn()));
        } else if (grant instanceof Grant.KmsKey g) {
            // Envelope encryption (the AWS SDKs, S3 and SQS with SSE-KMS) asks for a data key; direct encryption
            // calls Encrypt. Both on exactly this key.
            List<String> actions = new ArrayList<>();
            if (g.decrypt()) {
                actions.add("kms:Decrypt");
            }
            if (g.encrypt()) {
                actions.addAll(List.of("kms:Encrypt", "kms:GenerateDataKey"));
            }
            s.allow(sid + "Kms" + (g.encrypt() ? "Encrypt" : "") + (g.decrypt() ? "Decrypt" : ""), actions,
                    Value.literal(g.keyArn()));
        } else if (grant instanceof Grant.SecretRead g) {
            // DescribeSecret too: the AWS Secrets Manager caching clients call it to notice new versions.
            s.allow(sid + "ReadSecret", List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"),
                    SecretArns.grant(g.secret()));
        } else if (grant instanceof Grant.ParameterRead g) {
            s.allow(sid + "ReadParameter", List.of("ssm:GetParameter", "ssm:GetParameters"),
                    SecretArns.ssmParameterArn(g.parameter()));
        } else if (grant instanceof Grant.PutEvents g) {
            Value bus = g.eventBus().startsWith("arn:") ? Value.literal(g.eventBus())
                    : Value.arnInThisAccount("events", "event-bus/" + g.eventBus());
            s.allow(sid + "PutEvents", List.of("events:PutEvents"), bus);
        } else if (grant instanceof Grant.PutMetricData g) {
            // PutMetricData has no resource type, so AWS only accepts "*": the namespace condition scopes it.
            s.allow(sid + "PutMetricDataHasNoResourceTypeScopedToNamespace", List.of("cloudwatch:PutMetricData"),
                    List.of(EVERY_RESOURCE), Map.of("StringEquals", Map.of("cloudwatch:namespace",
                            Value.literal(g.namespace()))));
        } else if (grant instanceof Grant.Statement g) {
            s.allow(sid + "Custom", g.actions(), g.resources().stream().map(Value::literal).toList());
        }
    }

    private static String accessWord(Access access) {
        return switch (access) {
            case READ -> "Read";
            case WRITE -> "Write";
            case READ_WRITE -> "ReadWrite";
        };
    }
}
