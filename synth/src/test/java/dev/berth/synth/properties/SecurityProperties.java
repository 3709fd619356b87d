package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.service.Service;
import dev.berth.synth.planning.iam.RolePlanner;
import dev.berth.task.Container;
import dev.berth.task.Secret;
import dev.berth.task.SecretSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property 6: secure by construction, checked on the CloudFormation template against the program.
 * <ul>
 *   <li>no IAM statement allows {@code *} or {@code service:*};</li>
 *   <li>no statement applies to {@code "*"} unless all its actions are in {@link RolePlanner#UNSCOPABLE_ACTIONS};</li>
 *   <li>each execution role reads exactly the parameters, secrets and environment files its containers reference
 *       (and decrypts exactly their KMS keys, finds exactly the files' buckets);</li>
 *   <li>a statement on {@code "*"} for {@code cloudwatch:PutMetricData} is scoped by the
 *       {@code cloudwatch:namespace} condition;</li>
 *   <li>every secret grant matches the secret IAM will evaluate: the secret a container reads (its {@code valueFrom}
 *       without the JSON key and version) is, or for a partial ARN or name resolves to, a secret ARN that a grant
 *       matches under IAM's wildcards, and no grant carries a key or version;</li>
 *   <li>an ECS Exec service can write its session logs: its task role may create streams in, describe and write to
 *       the awslogs group of each container (and list log groups), and each container runs an init process;</li>
 *   <li>only an internet-facing load balancer's security group admits 0.0.0.0/0, and only on its listener ports;</li>
 *   <li>a load balancer with an allow-list admits no other range;</li>
 *   <li>a task security group admits only its load balancer's security group (an NLB's, or an existing listener's
 *       given group), only on the exposed container port (TCP, and UDP behind a UDP listener),
 *       and the groups of services that declare egress to it, only on ports its tasks listen on; nothing else;</li>
 *   <li>no task gets a public IP unless the program asks for one, and no subnet hands them out;</li>
 *   <li>under the hardened profile: encrypted log groups kept 365 days, Container Insights, deletion protection and
 *       access logs on Application Load Balancers, encrypted and backed-up file systems, read-only roots and non-root
 *       users;</li>
 *   <li>every CIDR a security group rule admits is an IPv4 CIDR (never an empty string AWS would reject);</li>
 *   <li>a queue worker's task role may receive, delete, change the visibility of and read the attributes of
 *       exactly its queue, and the policy Berth adds for queues allows nothing but the consume actions on the
 *       program's queues and the KMS actions on their keys;</li>
 *   <li>every {@code iam:PassRole} in the program is limited to ECS tasks ({@code iam:PassedToService}), or to EC2
 *       for a Managed Instances provider's instance role; the role a
 *       schedule or rule assumes to start a task passes exactly that task's execution and task roles, runs only that
 *       task definition family and only in its cluster ({@code ecs:cluster}), does nothing else than RunTask,
 *       PassRole, tagging the tasks it starts and sending dead letters, and trusts only EventBridge Scheduler or
 *       EventBridge acting for this account ({@code aws:SourceAccount}).</li>
 * </ul>
 */
class SecurityProperties {

    private static final String ANYWHERE = "0.0.0.0/0";
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}/(3[0-2]|[12]?\\d)");

    @Test
    void secureByConstruction() {
        BerthTheories.check(Programs.valid(), SecurityProperties::secure);
    }

    private static void secure(ProgramSpec program) {
        Synthesized s = Synthesized.of(program);
        Application app = s.program().app();
        Map<String, JsonNode> resources = s.cfnByLogicalId();
        List<String> problems = new ArrayList<>();

        iam(resources, problems);
        instances(app, resources, problems);
        executionRoles(app, resources, problems);
        execSessionLogs(app, resources, problems);
        deploymentRoles(app, resources, problems);
        network(app, resources, problems);
        hardened(app, resources, problems);
        queueWorkers(app, resources, problems);
        triggeredTasks(app, resources, problems);

        assertThat(problems).as("security problems of\n%s", s.program()).isEmpty();
    }

    /**
     * Under the hardened profile, what it promises beyond the program's own settings: every log group Berth declares
     * is KMS-encrypted and kept at least 365 days (CT.CLOUDWATCH.PR.2, PR.3), every cluster has Container Insights
     * {@code enabled} (CT.ECS.PR.2), every Application Load Balancer has deletion protection and access logs
     * (CT.ELASTICLOADBALANCING.PR.5, PR.6), every EFS file system Berth creates is encrypted and backed up
     * (CT.ELASTICFILESYSTEM.PR.1, PR.2), and every container has a read-only root and a non-root user.
     */
    private static void hardened(Application app, Map<String, JsonNode> resources, List<String> problems) {
        if (!app.hardening().hardened()) {
            return;
        }
        resources.forEach((id, r) -> {
            JsonNode p = r.path("Properties");
            switch (r.path("Type").asText()) {
                case "AWS::Logs::LogGroup" -> {
                    if (!p.has("KmsKeyId") || p.path("RetentionInDays").asInt() < 365) {
                        problems.add(id + ": hardened, but the log group has KmsKeyId " + p.has("KmsKeyId")
                                + " and RetentionInDays " + p.path("RetentionInDays"));
                    }
                }
                case "AWS::ECS::Cluster" -> {
                    if (!p.path("ClusterSettings").toString().contains("{\"Name\":\"containerInsights\",\"Value\":"
                            + "\"enabled\"}")) {
                        problems.add(id + ": hardened, but Container Insights is " + p.path("ClusterSettings"));
                    }
                }
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                    String attributes = p.path("LoadBalancerAttributes").toString();
                    if (p.path("Type").asText("application").equals("application")
                            && !(attributes.contains("{\"Key\":\"deletion_protection.enabled\",\"Value\":\"true\"}")
                            && attributes.contains("{\"Key\":\"access_logs.s3.enabled\",\"Value\":\"true\"}"))) {
                        problems.add(id + ": hardened, but the load balancer's attributes are " + attributes);
                    }
                }
                case "AWS::EFS::FileSystem" -> {
                    if (!p.path("Encrypted").asBoolean() || !p.path("BackupPolicy").path("Status").asText()
                            .equals("ENABLED")) {
                        problems.add(id + ": hardened, but the file system is encrypted " + p.path("Encrypted")
                                + " with backups " + p.path("BackupPolicy"));
                    }
                }
                case "AWS::ECS::TaskDefinition" -> {
                    for (JsonNode c : p.path("ContainerDefinitions")) {
                        String user = c.path("User").asText("");
                        if (!c.path("ReadonlyRootFilesystem").asBoolean() || user.isEmpty()
                                || user.matches("(0|root)(:.*)?")) {
                            problems.add(id + ": hardened, but container " + c.path("Name").asText()
                                    + " has ReadonlyRootFilesystem " + c.path("ReadonlyRootFilesystem")
                                    + " and User '" + user + "'");
                        }
                    }
                }
                default -> {
                }
            }
        });
    }

    /**
     * EC2 capacity and Managed Instances: only instance roles (trusted by EC2 alone) carry managed policies, exactly
     * the agent's and Session Manager's (an Auto Scaling group's instances) or the Managed Instances instance policy,
     * and Managed Instances infrastructure roles (trusted by ECS) exactly their infrastructure policy; instances require IMDSv2 and encrypted volumes; their security groups admit nothing but load
     * balancers' groups, on the ephemeral host ports of bridge mode or one port of host mode.
     */
    private static void instances(Application app, Map<String, JsonNode> resources, List<String> problems) {
        Set<String> loadBalancerGroups = new HashSet<>();
        // the groups of existing listeners' load balancers: given, or a deploy-time input
        app.existingListeners().forEach(l -> loadBalancerGroups.addAll(List.of(loadBalancerGroup(app, l.name())
                .split("\\|"))));
        resources.forEach((id, r) -> {
            JsonNode p = r.path("Properties");
            switch (r.path("Type").asText()) {
                case "AWS::IAM::Role" -> {
                    if (!p.has("ManagedPolicyArns")) {
                        return;
                    }
                    String trust = p.path("AssumeRolePolicyDocument").toString();
                    String policies = p.path("ManagedPolicyArns").toString();
                    int count = p.path("ManagedPolicyArns").size();
                    if (trust.contains("ecs-tasks")) {
                        problems.add(id + ": managed policies on a task role " + policies);
                    } else if (trust.contains("\"ec2.amazonaws.com\"")) {
                        // an EC2 capacity provider's instances, or a Managed Instances provider's
                        boolean asg = count == 2
                                && policies.contains(":iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role")
                                && policies.contains(":iam::aws:policy/AmazonSSMManagedInstanceCore");
                        boolean managed = count == 1
                                && policies.contains(":iam::aws:policy/AmazonECSInstanceRolePolicyForManagedInstances");
                        if (!asg && !managed) {
                            problems.add(id + ": unexpected managed policies of an instance role " + policies);
                        }
                    } else if (trust.contains("\"codedeploy.amazonaws.com\"")) {
                        // a CodeDeploy service role: AWSCodeDeployRoleForECS only (checked further in codeDeployRole)
                        if (count != 1 || !policies.contains(":iam::aws:policy/AWSCodeDeployRoleForECS")) {
                            problems.add(id + ": unexpected managed policies of a CodeDeploy role " + policies);
                        }
                    } else if (!trust.contains("\"ecs.amazonaws.com\"") || count != 1 || !policies.contains(
                            ":iam::aws:policy/AmazonECSInfrastructureRolePolicyForManagedInstances")) {
                        // a Managed Instances provider's infrastructure role
                        problems.add(id + ": unexpected managed policies " + policies + " on a role trusting " + trust);
                    }
                }
                case "AWS::EC2::LaunchTemplate" -> {
                    JsonNode data = p.path("LaunchTemplateData");
                    if (!data.path("MetadataOptions").path("HttpTokens").asText().equals("required")) {
                        problems.add(id + ": IMDSv1 allowed");
                    }
                    for (JsonNode device : data.path("BlockDeviceMappings")) {
                        if (!device.path("Ebs").path("Encrypted").asBoolean()) {
                            problems.add(id + ": unencrypted volume " + device.path("DeviceName").asText());
                        }
                    }
                }
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" ->
                        list(p.path("SecurityGroups")).forEach(g -> loadBalancerGroups.add(Neutral.cfn(g, Set.of())));
                default -> { }
            }
        });
        resources.forEach((id, r) -> {
            JsonNode p = r.path("Properties");
            if (!r.path("Type").asText().equals("AWS::EC2::SecurityGroupIngress")
                    || !Neutral.cfn(p.path("GroupId"), Set.of()).endsWith("InstancesSecurityGroup>")) {
                return;
            }
            String source = Neutral.cfn(p.path("SourceSecurityGroupId"), Set.of());
            boolean fromLoadBalancer = loadBalancerGroups.contains(source);
            boolean ports = p.path("FromPort").asInt() == 32768 && p.path("ToPort").asInt() == 65535
                    || p.path("FromPort").asInt() == p.path("ToPort").asInt();
            if (p.has("CidrIp") || !fromLoadBalancer || !ports) {
                problems.add(id + ": instances admit " + source + p.path("CidrIp").asText() + " on "
                        + p.path("FromPort").asText() + "-" + p.path("ToPort").asText()
                        + "; only a load balancer's group on the host ports expected");
            }
        });
    }

    private static void iam(Map<String, JsonNode> resources, List<String> problems) {
        resources.forEach((id, r) -> {
            if (!r.path("Type").asText().equals("AWS::IAM::RolePolicy")) {
                return;
            }
            for (JsonNode st : r.path("Properties").path("PolicyDocument").path("Statement")) {
                List<String> actions = texts(st.path("Action"));
                for (String action : actions) {
                    if (action.equals("*") || action.endsWith(":*")) {
                        problems.add(id + " " + st.path("Sid").asText() + ": wildcard action " + action);
                    }
                }
                boolean everyResource = texts(st.path("Resource")).contains("*");
                if (everyResource && !RolePlanner.UNSCOPABLE_ACTIONS.containsAll(actions)) {
                    problems.add(id + " " + st.path("Sid").asText() + ": Resource \"*\" for " + actions);
                }
                if (actions.contains("cloudwatch:PutMetricData")
                        && st.path("Condition").path("StringEquals").path("cloudwatch:namespace").isMissingNode()) {
                    problems.add(id + " " + st.path("Sid").asText() + ": PutMetricData without a namespace condition");
                }
            }
        });
    }

    /**
     * The execution role of each service reads exactly its secrets, parameters and environment files (and finds
     * exactly those files' buckets), and decrypts exactly its keys (the secrets' and the registry credentials').
     */
    private static void executionRoles(Application app, Map<String, JsonNode> resources, List<String> problems) {
        for (Service service : app.services()) {
            Set<String> parameters = new TreeSet<>();
            Set<String> secrets = new TreeSet<>();
            Set<String> keys = new TreeSet<>();
            Set<String> files = new TreeSet<>();
            Set<String> buckets = new TreeSet<>();
            for (Container c : service.task().containers()) {
                for (Secret secret : c.secrets()) {
                    if (secret.source() == SecretSource.SSM_PARAMETER) {
                        parameters.add(secret.reference().startsWith("arn:") ? secret.reference()
                                : "arn:<partition>:ssm:<region>:<account>:parameter" + secret.reference());
                    } else {
                        secrets.add(policyArn(secret.secretsManagerRef()));
                    }
                    if (!secret.kmsKeyArn().isEmpty()) {
                        keys.add(secret.kmsKeyArn());
                    }
                }
                if (!c.repositoryCredentialsArn().isEmpty()) {
                    secrets.add(c.repositoryCredentialsArn());
                }
                if (!c.repositoryCredentialsKmsKeyArn().isEmpty()) {
                    keys.add(c.repositoryCredentialsKmsKeyArn());
                }
                for (String file : c.environmentFiles()) {
                    files.add(file);
                    buckets.add(file.substring(0, file.indexOf('/')));
                }
            }
            String policyId = ProgramNames.pascal(service.name()) + "ExecutionPolicy";
            JsonNode policy = resources.get(policyId);
            Map<String, Set<String>> granted = new HashMap<>();
            if (policy != null) {
                for (JsonNode st : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                    for (String action : texts(st.path("Action"))) {
                        for (JsonNode resource : list(st.path("Resource"))) {
                            granted.computeIfAbsent(action, a -> new TreeSet<>())
                                    .add(Neutral.cfn(resource, Set.of()));
                        }
                    }
                }
            }
            check(problems, service, "ssm:GetParameters", parameters, granted);
            check(problems, service, "secretsmanager:GetSecretValue", secrets, granted);
            check(problems, service, "kms:Decrypt", keys, granted);
            check(problems, service, "s3:GetObject", files, granted);
            check(problems, service, "s3:GetBucketLocation", buckets, granted);
            secretsIamEvaluates(service, resources, granted.getOrDefault("secretsmanager:GetSecretValue", Set.of()),
                    problems);
        }
    }

    /**
     * Reads each Secrets Manager {@code valueFrom} as the ECS agent does (amazon-ecs-agent asmsecret.go: the ARN's
     * resource is {@code secret:<id>[:<json-key>:<version-stage>:<version-id>]}, and GetSecretValue gets the secret
     * ARN alone) and checks that a grant matches the secret IAM then evaluates: the ARN itself when it is complete,
     * else that ARN with some six random characters appended (the form the program says decides which; the test
     * spells the suffix {@code -Zz9Yy8}).
     */
    private static void secretsIamEvaluates(Service service, Map<String, JsonNode> resources, Set<String> grants,
                                            List<String> problems) {
        for (String grant : grants) {
            if (grant.matches(".*:secret:[^:]*:.*")) {
                problems.add("execution role of " + service.name() + " is granted " + grant
                        + ", which carries a JSON key or version IAM never evaluates");
            }
        }
        JsonNode definitions = resources.get(ProgramNames.pascal(service.name()) + "TaskDefinition")
                .path("Properties").path("ContainerDefinitions");
        for (Container c : service.task().containers()) {
            JsonNode definition = null;
            for (JsonNode d : definitions) {
                if (d.path("Name").asText().equals(c.name())) {
                    definition = d;
                }
            }
            for (Secret secret : c.secrets()) {
                if (secret.source() != SecretSource.SECRETS_MANAGER) {
                    continue;
                }
                String valueFrom = "";
                for (JsonNode s : definition.path("Secrets")) {
                    if (s.path("Name").asText().equals(secret.name())) {
                        valueFrom = Neutral.cfn(s.path("ValueFrom"), Set.of());
                    }
                }
                String[] fields = valueFrom.split(":", -1);
                if (fields.length != 7 && fields.length != 10) {
                    problems.add(secret.name() + " of " + service.name() + ": valueFrom " + valueFrom
                            + " is not <secret-arn> or <secret-arn>:<json-key>:<version-stage>:<version-id>");
                    continue;
                }
                String read = String.join(":", List.of(fields).subList(0, 7));
                dev.berth.task.SecretRef ref = secret.secretsManagerRef();
                String parameters = fields.length == 10 ? String.join(":", List.of(fields).subList(7, 10)) : "";
                String asked = ref.jsonKey().isEmpty() && ref.versionStage().isEmpty() && ref.versionId().isEmpty()
                        ? "" : ref.jsonKey() + ":" + ref.versionStage() + ":" + ref.versionId();
                if (!parameters.equals(asked)) {
                    problems.add(secret.name() + " of " + service.name() + ": valueFrom " + valueFrom + " reads "
                            + parameters + ", but the program asks " + asked);
                }
                String evaluated = ref.form() == dev.berth.task.SecretRef.Form.ARN ? read : read + "-Zz9Yy8";
                if (grants.stream().noneMatch(g -> iamMatches(g, evaluated))) {
                    problems.add(secret.name() + " of " + service.name() + ": IAM evaluates " + evaluated
                            + " when the agent reads " + valueFrom + ", but no grant matches it: " + grants);
                }
            }
        }
    }

    /** IAM's matching of a resource pattern: {@code *} any characters, {@code ?} exactly one. */
    static boolean iamMatches(String pattern, String arn) {
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
        }
        return arn.matches(regex.toString());
    }

    /**
     * With the cluster's default exec logging, session output goes to each container's awslogs group through the
     * task role (see RolePlanner): every such group must be writable by it, and every container runs an init process.
     */
    private static void execSessionLogs(Application app, Map<String, JsonNode> resources, List<String> problems) {
        for (Service service : app.services()) {
            if (!service.enableExecuteCommand() || !service.task().taskRoleArn().isEmpty()) {
                continue;
            }
            String pascal = ProgramNames.pascal(service.name());
            Set<String> groups = new TreeSet<>();
            for (JsonNode c : resources.get(pascal + "TaskDefinition").path("Properties").path("ContainerDefinitions")) {
                if (!c.path("LinuxParameters").path("InitProcessEnabled").asBoolean()) {
                    problems.add("container " + c.path("Name").asText() + " of exec service " + service.name()
                            + " runs no init process");
                }
                JsonNode options = c.path("LogConfiguration").path("Options");
                if (c.path("LogConfiguration").path("LogDriver").asText().equals("awslogs")) {
                    groups.add("arn:<partition>:logs:" + Neutral.cfn(options.path("awslogs-region"), Set.of())
                            + ":<account>:log-group:" + Neutral.cfn(options.path("awslogs-group"), Set.of()) + ":*");
                }
            }
            Map<String, Set<String>> granted = granted(resources.get(pascal + "TaskPolicy"));
            for (String action : List.of("logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents")) {
                if (!granted.getOrDefault(action, Set.of()).containsAll(groups)) {
                    problems.add("task role of exec service " + service.name() + ": " + action + " on "
                            + granted.get(action) + ", but its session logs go to " + groups);
                }
            }
            if (!groups.isEmpty() && !granted.getOrDefault("logs:DescribeLogGroups", Set.of()).contains("*")) {
                problems.add("task role of exec service " + service.name() + " may not list log groups");
            }
        }
    }

    /** The consume actions the SQS Developer Guide lists for a consumer, plus GetQueueUrl for the SDKs' lookup. */
    private static final Set<String> CONSUME = Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
            "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl");

    private static void queueWorkers(Application app, Map<String, JsonNode> resources, List<String> problems) {
        for (Service service : app.services()) {
            if (!service.task().taskRoleArn().isEmpty()) {
                continue;
            }
            String pascal = ProgramNames.pascal(service.name());
            JsonNode own = resources.get(pascal + "QueuesPolicy");
            Map<String, Set<String>> granted = new HashMap<>();
            for (JsonNode policy : java.util.Arrays.asList(resources.get(pascal + "TaskPolicy"), own)) {
                granted(policy).forEach((action, on) -> granted.computeIfAbsent(action, a -> new TreeSet<>())
                        .addAll(on));
            }
            for (dev.berth.scaling.ScalingPolicy p : service.autoScaling().policies()) {
                if (!(p instanceof dev.berth.scaling.ScalingPolicy.QueueBacklog q) || q.queue().isEmpty()) {
                    continue;
                }
                String queue = "<" + ProgramNames.pascal(q.queue()) + "Queue";
                for (String action : CONSUME) {
                    if (granted.getOrDefault(action, Set.of()).stream().noneMatch(r -> r.startsWith(queue))) {
                        problems.add("queue worker " + service.name() + " may not " + action + " on its queue "
                                + q.queue() + " (granted on " + granted.get(action) + ")");
                    }
                }
            }
            if (own == null) {
                continue;
            }
            for (JsonNode st : own.path("Properties").path("PolicyDocument").path("Statement")) {
                for (String action : texts(st.path("Action"))) {
                    boolean sqs = CONSUME.contains(action);
                    boolean kms = action.equals("kms:Decrypt") || action.equals("kms:GenerateDataKey");
                    if (!sqs && !kms) {
                        problems.add(pascal + "QueuesPolicy allows " + action);
                    }
                    for (JsonNode resource : list(st.path("Resource"))) {
                        String on = Neutral.cfn(resource, Set.of());
                        if (sqs ? !(on.startsWith("<") && on.contains("Queue")) && !on.startsWith("arn:aws:sqs:")
                                : !on.startsWith("arn:aws:kms:")) {
                            problems.add(pascal + "QueuesPolicy allows " + action + " on " + on);
                        }
                    }
                }
            }
        }
    }

    /** Action to the resources a role policy grants it on, in the neutral spelling. */
    /**
     * The roles ECS assumes for deployments: the infrastructure role registers targets in exactly the service's two
     * target groups and modifies exactly its production listener rule (beside the unscopable Describe actions); the
     * hook role invokes exactly the hooks' functions. A rolling service without hooks has neither.
     */
    private static void deploymentRoles(Application app, Map<String, JsonNode> resources, List<String> problems) {
        for (Service service : app.services()) {
            String p = ProgramNames.pascal(service.name());
            Set<String> functions = new TreeSet<>();
            service.deployment().lifecycleHooks().forEach(h -> functions.add(h.functionArn()));
            JsonNode hooks = resources.get(p + "DeploymentHooksPolicy");
            if (functions.isEmpty() != (hooks == null)) {
                problems.add(service.name() + ": hook role present " + (hooks != null) + " with hooks " + functions);
            } else if (hooks != null) {
                Map<String, Set<String>> granted = granted(hooks);
                if (!granted.keySet().equals(Set.of("lambda:InvokeFunction"))
                        || !granted.get("lambda:InvokeFunction").equals(functions)) {
                    problems.add(service.name() + ": hook role grants " + granted + ", hooks are " + functions);
                }
            }
            boolean codeDeploy = service.deployment().controller()
                    == dev.berth.service.DeploymentController.CODE_DEPLOY;
            codeDeployRole(service, resources.get(p + "CodedeployRole"), codeDeploy, resources, problems);
            // CodeDeploy, not ECS, shifts a CODE_DEPLOY service's pair: no ECS infrastructure role
            boolean blueGreen = resources.containsKey(p + "AlternateTargetGroup") && !codeDeploy;
            JsonNode infrastructure = resources.get(p + "DeploymentPolicy");
            if (blueGreen != (infrastructure != null)) {
                problems.add(service.name() + ": infrastructure role present " + (infrastructure != null)
                        + ", alternate target group present " + blueGreen);
            } else if (infrastructure != null) {
                Map<String, Set<String>> granted = new HashMap<>(granted(infrastructure));
                Set<String> groups = Set.of("<" + p + "TargetGroup>", "<" + p + "AlternateTargetGroup>");
                Set<String> rule = Set.of("<" + p + "ListenerRule>");
                if (!groups.equals(granted.remove("elasticloadbalancing:RegisterTargets"))
                        || !groups.equals(granted.remove("elasticloadbalancing:DeregisterTargets"))
                        || !rule.equals(granted.remove("elasticloadbalancing:ModifyRule"))
                        || !RolePlanner.UNSCOPABLE_ACTIONS.containsAll(granted.keySet())) {
                    problems.add(service.name() + ": infrastructure role grants " + granted(infrastructure));
                }
            }
        }
    }

    /**
     * A CODE_DEPLOY service's CodeDeploy role: trusted by codedeploy.amazonaws.com alone, with exactly the AWS managed
     * policy AWSCodeDeployRoleForECS and no inline policy; no such role for other services.
     */
    private static void codeDeployRole(Service service, JsonNode role, boolean codeDeploy,
                                       Map<String, JsonNode> resources, List<String> problems) {
        if (codeDeploy != (role != null)) {
            problems.add(service.name() + ": CodeDeploy role present " + (role != null) + ", CODE_DEPLOY " + codeDeploy);
            return;
        }
        if (role == null) {
            return;
        }
        JsonNode trust = role.path("Properties").path("AssumeRolePolicyDocument").path("Statement");
        if (trust.size() != 1 || !trust.get(0).path("Principal").path("Service").asText()
                .equals("codedeploy.amazonaws.com")) {
            problems.add(service.name() + ": CodeDeploy role trusts " + trust);
        }
        String policies = role.path("Properties").path("ManagedPolicyArns").toString();
        if (!policies.equals("[{\"Fn::Sub\":\"arn:${AWS::Partition}:iam::aws:policy/AWSCodeDeployRoleForECS\"}]")) {
            problems.add(service.name() + ": CodeDeploy role's managed policies " + policies);
        }
        String p = ProgramNames.pascal(service.name());
        if (resources.containsKey(p + "CodedeployPolicy")) {
            problems.add(service.name() + ": CodeDeploy role has an inline policy");
        }
    }

    private static Map<String, Set<String>> granted(JsonNode policy) {
        Map<String, Set<String>> granted = new HashMap<>();
        if (policy != null) {
            for (JsonNode st : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                for (String action : texts(st.path("Action"))) {
                    for (JsonNode resource : list(st.path("Resource"))) {
                        granted.computeIfAbsent(action, a -> new TreeSet<>()).add(Neutral.cfn(resource, Set.of()));
                    }
                }
            }
        }
        return granted;
    }

    private static void check(List<String> problems, Service service, String action, Set<String> expected,
                              Map<String, Set<String>> granted) {
        Set<String> actual = granted.getOrDefault(action, Set.of());
        if (!actual.equals(expected)) {
            problems.add("execution role of " + service.name() + ": " + action + " on " + actual + ", but the"
                    + " containers reference " + expected);
        }
    }

    /**
     * The grant a Secrets Manager secret needs: its complete ARN; or, given without the six random characters (a
     * partial ARN, or a name in the deploying account and region), that ARN with the {@code -??????} wildcard AWS
     * documents for them.
     */
    private static String policyArn(dev.berth.task.SecretRef ref) {
        return switch (ref.form()) {
            case ARN -> ref.secret();
            case PARTIAL_ARN -> ref.secret() + "-??????";
            case NAME -> "arn:<partition>:secretsmanager:<region>:<account>:secret:" + ref.secret() + "-??????";
        };
    }

    private static void network(Application app, Map<String, JsonNode> resources, List<String> problems) {
        // which security group belongs to which load balancer, and the load balancer's listener ports
        Map<String, String> lbOfGroup = new HashMap<>();
        Map<String, Boolean> internetFacing = new HashMap<>();
        Map<String, Set<String>> listenerPorts = new HashMap<>();
        resources.forEach((id, r) -> {
            JsonNode p = r.path("Properties");
            switch (r.path("Type").asText()) {
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                    list(p.path("SecurityGroups")).forEach(g -> lbOfGroup.put(Neutral.cfn(g, Set.of()), id));
                    internetFacing.put(id, p.path("Scheme").asText().equals("internet-facing"));
                }
                case "AWS::ElasticLoadBalancingV2::Listener" -> listenerPorts
                        .computeIfAbsent(Neutral.cfn(p.path("LoadBalancerArn"), Set.of()).replaceAll("[<>]", ""),
                                k -> new HashSet<>()).add(p.path("Port").asText());
                case "AWS::EC2::SecurityGroup" -> {
                    if (p.has("SecurityGroupIngress")) {
                        problems.add(id + ": inline ingress rules " + p.path("SecurityGroupIngress"));
                    }
                }
                case "AWS::EC2::Subnet" -> {
                    if (p.path("MapPublicIpOnLaunch").asBoolean()) {
                        problems.add(id + ": hands out public IPs");
                    }
                }
                default -> { }
            }
        });
        // the exposed services: task group -> (load balancer group, container port)
        Map<String, String[]> exposedTasks = new HashMap<>();
        // by logical ID: CloudFormation names services itself (no ServiceName)
        Map<String, Service> byLogicalId = new HashMap<>();
        app.services().forEach(sv -> byLogicalId.put(dev.berth.synth.cloudformation.CloudFormationRenderer.logicalId(
                dev.berth.synth.plan.ResourceId.of(dev.berth.synth.plan.compute.ComputeResources.Service.class,
                        sv.name())), sv));
        resources.forEach((id, r) -> {
            if (!r.path("Type").asText().equals("AWS::ECS::Service")) {
                return;
            }
            JsonNode p = r.path("Properties");
            Service service = byLogicalId.get(id);
            JsonNode vpc = p.path("NetworkConfiguration").path("AwsvpcConfiguration");
            if (vpc.isMissingNode()) {
                // bridge, host or none tasks: no network of their own (checked with the instances' groups below)
                if (service.task().networkMode() == dev.berth.task.NetworkMode.AWSVPC) {
                    problems.add(id + ": awsvpc tasks without a network configuration");
                }
                return;
            }
            boolean publicIp = vpc.path("AssignPublicIp").asText().equals("ENABLED");
            if (publicIp != service.assignPublicIp()) {
                problems.add(id + ": AssignPublicIp " + publicIp + " but the program asks " + service.assignPublicIp());
            }
            String taskGroup = Neutral.cfn(vpc.path("SecurityGroups").path(0), Set.of());
            JsonNode lb = p.path("LoadBalancers").path(0);
            if (!lb.isMissingNode()) {
                String lbName = service.exposures().get(0).loadBalancer();
                exposedTasks.put(taskGroup, new String[] {loadBalancerGroup(app, lbName),
                        lb.path("ContainerPort").asText(), String.join(",", protocols(app, service))});
            } else {
                exposedTasks.put(taskGroup, null);
            }
        });
        Map<String, Map<String, Set<String>>> callers = callers(app);
        resources.forEach((id, r) -> {
            if (!r.path("Type").asText().equals("AWS::EC2::SecurityGroupIngress")) {
                return;
            }
            JsonNode p = r.path("Properties");
            String group = Neutral.cfn(p.path("GroupId"), Set.of());
            if (p.has("CidrIp") && !IPV4_CIDR.matcher(p.path("CidrIp").asText()).matches()) {
                problems.add(id + ": admits '" + p.path("CidrIp").asText() + "', not an IPv4 CIDR");
            }
            String from = p.path("FromPort").asText();
            String to = p.path("ToPort").asText();
            if (ANYWHERE.equals(p.path("CidrIp").asText())) {
                String lb = lbOfGroup.get(group);
                if (lb == null || !internetFacing.get(lb)) {
                    problems.add(id + ": admits 0.0.0.0/0 to " + group + ", not an internet-facing load balancer's");
                } else if (!from.equals(to) || !listenerPorts.getOrDefault(lb, Set.of()).contains(from)) {
                    problems.add(id + ": admits 0.0.0.0/0 on " + from + "-" + to + ", not a listener port of " + lb
                            + " " + listenerPorts.get(lb));
                }
            }
            if (exposedTasks.containsKey(group)) {
                String[] expected = exposedTasks.get(group);
                String source = Neutral.cfn(p.path("SourceSecurityGroupId"), Set.of());
                if (callers.getOrDefault(group, Map.of()).containsKey(source)) {
                    Set<String> ports = callers.get(group).get(source);
                    boolean all = p.path("IpProtocol").asText().equals("-1");
                    if (!all && (!from.equals(to) || !ports.contains(from))) {
                        problems.add(id + ": task group " + group + " admits " + source + " on " + from + "-" + to
                                + "; only the ports its tasks listen on " + ports + " expected");
                    }
                } else if (expected == null) {
                    problems.add(id + ": admits traffic to the tasks of a service no load balancer exposes");
                } else if (!List.of(expected[0].split("\\|")).contains(source) || !from.equals(expected[1])
                        || !to.equals(expected[1]) || !List.of(expected[2].split(","))
                        .contains(p.path("IpProtocol").asText()) || p.has("CidrIp")) {
                    problems.add(id + ": task group " + group + " admits " + source + p.path("CidrIp").asText()
                            + " on " + from + "-" + to + "; only " + expected[0] + " on " + expected[1] + " expected");
                }
            }
        });
        // an allow-list replaces the default clients: no other range reaches the load balancer
        Map<String, List<String>> allowed = new HashMap<>();
        app.loadBalancers().forEach(lb -> allowed.put("<" + ProgramNames.pascal(lb.name()) + "AlbSecurityGroup>",
                lb.allowedCidrs()));
        app.networkLoadBalancers().forEach(lb -> allowed.put("<" + ProgramNames.pascal(lb.name())
                + "NlbSecurityGroup>", lb.allowedCidrs()));
        resources.forEach((id, r) -> {
            JsonNode p = r.path("Properties");
            if (r.path("Type").asText().equals("AWS::EC2::SecurityGroupIngress") && p.has("CidrIp")) {
                List<String> list = allowed.getOrDefault(Neutral.cfn(p.path("GroupId"), Set.of()), List.of());
                if (!list.isEmpty() && !list.contains(p.path("CidrIp").asText())) {
                    problems.add(id + ": admits " + p.path("CidrIp").asText() + ", outside the allow-list " + list);
                }
            }
        });
        // every program's internet-facing listeners are the only open doors: check the model agrees
        for (LoadBalancer lb : app.loadBalancers()) {
            String id = ProgramNames.pascal(lb.name()) + "LoadBalancer";
            if (internetFacing.containsKey(id) && internetFacing.get(id) != lb.isInternetFacing()) {
                problems.add(id + ": scheme differs from the program's");
            }
        }
    }

    /**
     * The group(s) a service's tasks admit for its exposure, {@code |}-separated: an ALB's or NLB's own group, or an
     * existing listener's group (its ID, or the input that carries it).
     */
    private static String loadBalancerGroup(Application app, String name) {
        for (dev.berth.loadbalancing.ExistingListener l : app.existingListeners()) {
            if (l.name().equals(name)) {
                return l.securityGroupId() + "|<" + ProgramNames.pascal(name + "-security-group-id") + ">";
            }
        }
        boolean network = app.networkLoadBalancers().stream().anyMatch(lb -> lb.name().equals(name));
        return "<" + ProgramNames.pascal(name) + (network ? "Nlb" : "Alb") + "SecurityGroup>";
    }

    /** The protocols the tasks admit from their load balancer: TCP, and UDP behind a UDP listener. */
    private static List<String> protocols(Application app, Service service) {
        dev.berth.loadbalancing.Exposure e = service.exposures().get(0);
        boolean network = app.networkLoadBalancers().stream().anyMatch(lb -> lb.name().equals(e.loadBalancer()));
        dev.berth.loadbalancing.ListenerProtocol p = e.networkListener().protocol();
        return network && (p == dev.berth.loadbalancing.ListenerProtocol.UDP
                || p == dev.berth.loadbalancing.ListenerProtocol.TCP_UDP) ? List.of("tcp", "udp") : List.of("tcp");
    }

    /**
     * The services that declare egress to another service's tasks (not through an internal load balancer): by the
     * called tasks' group, the calling pair group and the ports the called tasks listen on.
     */
    private static Map<String, Map<String, Set<String>>> callers(Application app) {
        Map<String, Map<String, Set<String>>> callers = new HashMap<>();
        for (Service caller : app.services()) {
            for (dev.berth.network.Egress e : caller.egress()) {
                if (e.destination() != dev.berth.network.Egress.Destination.SERVICE) {
                    continue;
                }
                Service peer = app.services().stream().filter(x -> x.name().equals(e.target())).findFirst()
                        .orElseThrow();
                boolean internal = peer.exposures().stream().anyMatch(x -> app.loadBalancers().stream()
                        .anyMatch(lb -> lb.name().equals(x.loadBalancer()) && !lb.isInternetFacing()));
                if (internal) {
                    continue;
                }
                Set<String> ports = new TreeSet<>();
                peer.task().containers().forEach(c -> c.portMappings()
                        .forEach(m -> ports.add(String.valueOf(m.containerPort()))));
                callers.computeIfAbsent("<" + ProgramNames.pascal(peer.name()) + "TasksSecurityGroup>",
                        k -> new HashMap<>()).put("<" + ProgramNames.pascal(caller.name()) + "To"
                        + ProgramNames.pascal(peer.name()) + "SecurityGroup>", ports);
            }
        }
        return callers;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode()) {
            out.add(node);
        }
        return out;
    }

    private static List<String> texts(JsonNode node) {
        return list(node).stream().map(n -> n.isTextual() ? n.asText() : n.toString()).toList();
    }

    /**
     * The smallest counterexample found (see the report in issue 3): an internal load balancer admits "the VPC", but
     * an existing VPC given without its cidr made that an empty CidrIp / cidr_ipv4 that AWS rejects at deploy time.
     * Validation now rejects the program instead (EXISTING_VPC_CIDR_REQUIRED), before anything is written.
     */
    @Test
    void internalLoadBalancerInExistingVpcWithoutCidr() {
        ProgramSpec program = new ProgramSpec(
                new ProgramSpec.NetworkSpec(true, 0, 16, 0, dev.berth.network.NatGateways.NONE, 2, 0, false, true, false, Set.of()),
                ProgramSpec.EndpointMode.ONLY, Set.of(),
                List.of(new ProgramSpec.ClusterSpec(dev.berth.compute.ContainerInsights.ENABLED,
                        ProgramSpec.Capacity.DEFAULT)),
                List.of(new ProgramSpec.LoadBalancerSpec(true, false, false, 60)),
                List.of(new ProgramSpec.ServiceSpec("api", 0, false, 0, false, List.of(new ProgramSpec.ContainerSpec(
                        ProgramSpec.ImageKind.DOCKER_HUB, false, 0, false, false, 0, List.of(),
                        ProgramSpec.LogKind.DEFAULT, 0, false, false, true, false, false, false)), 2,
                        ProgramSpec.Placement.PRIVATE, ProgramSpec.Capacity.DEFAULT,
                        new ProgramSpec.ExposureSpec(true, 0, true, false, false, false, false, 0),
                        new ProgramSpec.ScalingSpec(false, 1, 1, 0, 0, 0), false, List.of(), false, List.of())),
                0, dev.berth.synth.cloudformation.StackLayout.AUTOMATIC);
        dev.berth.Application app = program.build().app();
        dev.berth.Application withoutCidr = app.toBuilder().network(((dev.berth.network.ExistingVpc) app.network())
                .toBuilder().cidr("").build()).build();
        dev.berth.synth.Synthesis synthesis = dev.berth.synth.Synthesizer.synthesize(withoutCidr);
        assertThat(synthesis.succeeded()).isFalse();
        assertThat(synthesis.diagnostics().errors()).extracting(dev.berth.diagnostics.Diagnostic::code)
                .containsExactly("EXISTING_VPC_CIDR_REQUIRED");
    }

    private static final Set<String> STARTER_ACTIONS = Set.of("ecs:RunTask", "iam:PassRole", "ecs:TagResource",
            "sqs:SendMessage");

    private static void triggeredTasks(Application app, Map<String, JsonNode> resources, List<String> problems) {
        resources.forEach((id, r) -> {
            if (!r.path("Type").asText().equals("AWS::IAM::RolePolicy")) {
                return;
            }
            for (JsonNode st : r.path("Properties").path("PolicyDocument").path("Statement")) {
                if (!texts(st.path("Action")).contains("iam:PassRole")) {
                    continue;
                }
                String passedTo = st.path("Condition").path("StringEquals").path("iam:PassedToService").asText();
                if (passedTo.equals("ec2.amazonaws.com")) {
                    // a Managed Instances provider's infrastructure role passes its instance role to EC2, nothing else
                    for (JsonNode resource : st.path("Resource").isArray() ? st.path("Resource")
                            : List.of(st.path("Resource"))) {
                        JsonNode passed = resources.get(resource.path("Fn::GetAtt").path(0).asText());
                        boolean instanceRole = passed != null && passed.path("Type").asText().equals("AWS::IAM::Role")
                                && texts(passed.path("Properties").path("AssumeRolePolicyDocument").path("Statement")
                                .path(0).path("Principal").path("Service")).equals(List.of("ec2.amazonaws.com"));
                        if (!instanceRole) {
                            problems.add(id + " passes " + resource + " to EC2, which is not an instance role");
                        }
                    }
                } else if (!passedTo.equals("ecs-tasks.amazonaws.com")) {
                    problems.add(id + " passes roles without iam:PassedToService ecs-tasks.amazonaws.com");
                }
            }
        });
        for (dev.berth.events.TriggeredTask t : app.events().tasks()) {
            String purpose = t instanceof dev.berth.events.ScheduledTask ? "scheduler" : "events";
            String principal = purpose + ".amazonaws.com";
            String policyId = dev.berth.synth.cloudformation.CloudFormationRenderer.logicalId(
                    dev.berth.synth.plan.ResourceId.of(dev.berth.synth.plan.iam.IamResources.RolePolicy.class,
                            t.name(), purpose));
            String roleId = dev.berth.synth.cloudformation.CloudFormationRenderer.logicalId(
                    dev.berth.synth.plan.ResourceId.of(dev.berth.synth.plan.iam.IamResources.Role.class,
                            t.name(), purpose));
            JsonNode definition = resources.get(dev.berth.synth.cloudformation.CloudFormationRenderer.logicalId(
                    dev.berth.synth.plan.ResourceId.of(dev.berth.synth.plan.compute.ComputeResources.TaskDefinition.class,
                            t.name())));
            JsonNode policy = resources.get(policyId);
            JsonNode role = resources.get(roleId);
            if (policy == null || role == null || definition == null) {
                problems.add(t.name() + ": its role " + roleId + ", policy " + policyId + " or task definition is missing");
                continue;
            }
            JsonNode trust = role.path("Properties").path("AssumeRolePolicyDocument").path("Statement");
            if (trust.size() != 1 || !trust.get(0).path("Principal").path("Service").asText().equals(principal)
                    || trust.get(0).path("Condition").path("StringEquals").path("aws:SourceAccount").isMissingNode()) {
                problems.add(roleId + " is not trusted by " + principal + " for this account only: " + trust);
            }
            Set<JsonNode> taskRoles = new HashSet<>(List.of(definition.path("Properties").path("ExecutionRoleArn"),
                    definition.path("Properties").path("TaskRoleArn")));
            String family = definition.path("Properties").path("Family").asText();
            boolean runs = false;
            boolean passes = false;
            for (JsonNode st : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                List<String> actions = texts(st.path("Action"));
                if (!STARTER_ACTIONS.containsAll(actions)) {
                    problems.add(policyId + " allows more than starting the task: " + actions);
                }
                if (actions.contains("iam:PassRole")) {
                    passes = true;
                    if (!new HashSet<>(list(st.path("Resource"))).equals(taskRoles)) {
                        problems.add(policyId + " passes " + st.path("Resource") + ", not exactly " + taskRoles);
                    }
                }
                if (actions.contains("ecs:RunTask")) {
                    runs = true;
                    List<JsonNode> on = list(st.path("Resource"));
                    if (on.size() != 1 || !on.get(0).toString().contains(":task-definition/" + family + ":*")) {
                        problems.add(policyId + " runs " + on + ", not only the family " + family);
                    }
                    if (st.path("Condition").path("ArnEquals").path("ecs:cluster").isMissingNode()) {
                        problems.add(policyId + " runs the task in any cluster (no ecs:cluster condition)");
                    }
                }
            }
            if (!runs || !passes) {
                problems.add(policyId + " cannot start the task: RunTask " + runs + ", PassRole " + passes);
            }
        }
    }
}
