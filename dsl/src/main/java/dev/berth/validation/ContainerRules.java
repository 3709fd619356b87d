package dev.berth.validation;

import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.ContainerDependency;
import dev.berth.task.DependencyCondition;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.Logging;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;
import dev.berth.task.Secret;
import dev.berth.task.SecretRef;
import dev.berth.task.SecretSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One container: its image, start order, health check, ports, variables, secrets and logs.
 *
 * <ul>
 *   <li>{@code IMAGE_REQUIRED}: the container has no image.</li>
 *   <li>{@code IMAGE_REFERENCE}: the image reference is malformed (upper case or spaces in the repository, an
 *       empty or invalid tag, a digest that is not {@code algorithm:hex}).</li>
 *   <li>{@code IMAGE_MUTABLE_TAG}: the image has the tag latest or no tag (WARNING).</li>
 *   <li>{@code UNKNOWN_CONTAINER_DEPENDENCY}: dependsOn names a container the task does not have, or itself.</li>
 *   <li>{@code CONTAINER_DEPENDENCY_CYCLE}: containers depend on each other in a cycle, so none can start.</li>
 *   <li>{@code DEPENDENCY_NEEDS_HEALTH_CHECK}: a HEALTHY dependency on a container without health check.</li>
 *   <li>{@code DEPENDENCY_CONDITION_ESSENTIAL}: a COMPLETE or SUCCESS dependency on an essential container, which
 *       ECS rejects (an essential container that exits stops the task).</li>
 *   <li>{@code HEALTH_CHECK_RANGE}: interval outside 5-300, timeout outside 2-60, retries outside 1-10 or start
 *       period outside 0-300 seconds.</li>
 *   <li>{@code PORT_RANGE}: a container or host port outside 1-65535.</li>
 *   <li>{@code AWSVPC_HOST_PORT}: with awsvpc a host port is given and differs from the container port.</li>
 *   <li>{@code DUPLICATE_VARIABLE}: a variable name appears twice among a container's environment and secrets.</li>
 *   <li>{@code SECRET_REFERENCE}: an SSM reference is neither a name starting with / nor an SSM parameter ARN; a JSON
 *       key or version on an SSM parameter; a Secrets Manager secret that is not what its form says (a complete ARN
 *       ending in a hyphen and six characters, a partial ARN, or a name), or that has {@code :key:stage:id} appended
 *       (they are set on their own); a JSON key containing {@code :}; a KMS key that is not a key ARN.</li>
 *   <li>{@code SECRET_VERSION}: a Secrets Manager secret names both a version stage and a version ID (ECS reads one
 *       or the other), or a stage that is not 1 to 256 characters or an ID that is not 32 to 64, or one with a
 *       {@code :}.</li>
 *   <li>{@code REPOSITORY_CREDENTIALS}: registry credentials are not the complete ARN of a Secrets Manager
 *       secret, or their KMS key is not a key ARN.</li>
 *   <li>{@code LOG_RETENTION}: the log retention is not one CloudWatch Logs accepts.</li>
 *   <li>{@code LOG_GROUP_NAME}: the log group name is not 1-512 of letters, digits and {@code . - _ / #}; or two
 *       services declare the same log group (Berth declares one per service, and names are unique per region); or a
 *       retained group's name is too long to take the suffix that makes it unique per creation.</li>
 *   <li>{@code LOG_KMS_KEY}: a log group's KMS key is not a key ARN, or is set where the awslogs driver creates the
 *       group (createGroup), which it does without a key.</li>
 *   <li>{@code LOG_GROUP_SETTINGS_CONFLICT}: containers of one service write to one log group that Berth declares,
 *       with different KMS keys or removal policies; the group is declared once.</li>
 *   <li>{@code LOG_GROUP_RETENTION_CONFLICT}: containers of one service write to one log group that Berth declares,
 *       with different {@code retentionDays}; the group is declared once, so one of them would silently lose.</li>
 * </ul>
 */
final class ContainerRules {

    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(?::\\d+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}");
    private static final Pattern LOG_GROUP = Pattern.compile("[\\w.\\-/#]{1,512}");
    /**
     * The longest name of a retained log group: it becomes a prefix, followed by a hyphen and the 26 characters
     * Terraform's {@code name_prefix} appends, within the 512 a name may have.
     */
    static final int MAX_RETAINED_PREFIX = 512 - 27;

    private ContainerRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            Map<String, Container> byName = new HashMap<>();
            s.task().containers().forEach(c -> byName.putIfAbsent(c.name(), c));
            for (Container c : s.task().containers()) {
                String path = Paths.container(s, c);
                image(report, path + ".image", c.image());
                dependencies(report, path, c, byName);
                healthCheck(report, path + ".healthCheck", c.healthCheck());
                ports(report, s, path, c);
                variables(report, path, c);
                secrets(report, path, c);
                logging(report, path + ".logging", c.logging());
            }
            cycles(report, s, byName);
            logGroupRetentions(report, app, s);
        }
        sharedLogGroups(report, app);
        return report.diagnostics();
    }

    /** Berth declares each service's log groups; two services declaring one name would clash at deploy time. */
    private static void sharedLogGroups(Report report, Application app) {
        Map<String, String> declaredBy = new HashMap<>();
        for (Service s : app.services()) {
            java.util.Set<String> ownGroups = new java.util.HashSet<>();
            for (Container c : s.task().containers()) {
                Logging log = c.logging();
                if (!log.writesToLogGroup() || log.createGroup()) {
                    continue;
                }
                String group = log.groupNameFor(app.name(), s.name());
                String owner = declaredBy.putIfAbsent(group, s.name());
                if (owner != null && !owner.equals(s.name()) && ownGroups.add(group)) {
                    report.add(Rule.LOG_GROUP_NAME, Paths.container(s, c) + ".logging.logGroupName",
                            "Service " + s.name() + " and service " + owner + " both declare the log group "
                                    + Values.quoted(group) + "; a region holds one group of a name.",
                            "Give each service its own group (the default /ecs/<application>/<service> is), or set "
                                    + "createGroup(true) on one so the awslogs driver shares the existing group.");
                }
            }
        }
    }

    /**
     * Berth declares each log group of a service once, with one retention: containers sharing it must agree. A
     * retention CloudWatch does not accept (LOG_RETENTION) and a repeated container name (DUPLICATE_NAME) are reported
     * alone.
     */
    private static void logGroupRetentions(Report report, Application app, Service s) {
        Map<String, Container> firstByGroup = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Container c : s.task().containers()) {
            Logging log = c.logging();
            if (!names.add(c.name()) || !log.writesToLogGroup() || log.createGroup()
                    || log.retentionDays() != Logging.NOT_SET && !RETENTION_DAYS.contains(log.retentionDays())) {
                continue;
            }
            String group = log.groupNameFor(app.name(), s.name());
            Container first = firstByGroup.putIfAbsent(group, c);
            if (first != null && (!first.logging().kmsKeyArn().equals(log.kmsKeyArn())
                    || first.logging().removalPolicy() != log.removalPolicy())) {
                report.add(Rule.LOG_GROUP_SETTINGS_CONFLICT, Paths.container(s, c) + ".logging",
                        "Containers " + first.name() + " and " + c.name() + " of service " + s.name()
                                + " write to the log group " + Values.quoted(group) + " with different "
                                + (first.logging().removalPolicy() != log.removalPolicy() ? "removal policies ("
                                + first.logging().removalPolicy() + " and " + log.removalPolicy() + ")"
                                : "KMS keys") + "; Berth declares the group once, so one setting would be lost.",
                        "Set the same kmsKey and removalPolicy on both, or give " + c.name()
                                + " its own logGroupName.");
            }
            int firstDays = app.hardening().retentionDays(first == null ? 0 : first.logging().retentionDays(),
                    Logging.DEFAULT_RETENTION_DAYS);
            int days = app.hardening().retentionDays(log.retentionDays(), Logging.DEFAULT_RETENTION_DAYS);
            if (first != null && firstDays != days) {
                report.add(Rule.LOG_GROUP_RETENTION_CONFLICT, Paths.container(s, c) + ".logging.retentionDays",
                        "Containers " + first.name() + " and " + c.name() + " of service " + s.name()
                                + " write to the log group " + Values.quoted(group) + " with different retentions ("
                                + firstDays + " and " + days
                                + " days); Berth declares the group once, so one retention would be lost.",
                        "Set the same retentionDays on both, or give " + c.name()
                                + " its own logGroupName.");
            }
        }
    }

    private static void image(Report report, String path, Image image) {
        if (image.repository().isBlank()) {
            report.add(Rule.IMAGE_REQUIRED, path, "The container has no image; ECS needs an image to start it.",
                    "Set the image, e.g. c.image(\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2\").");
            return;
        }
        if (Values.isToken(image.repository()) || Values.isToken(image.version())) {
            return;
        }
        String problem = referenceProblem(image);
        if (problem != null) {
            report.add(Rule.IMAGE_REFERENCE, path, "The image reference " + Values.quoted(image.reference())
                    + " is not valid: " + problem + ".", "Correct the reference, e.g. registry/repository:tag.");
            return;
        }
        if (image.isMutableLatest() && !image.isDeployTime()) {
            report.add(Rule.IMAGE_MUTABLE_TAG, path, "The image " + Values.quoted(image.reference()) + " uses "
                            + (image.versionKind() == Image.VersionKind.NONE ? "no tag (so latest)" : "the tag latest")
                            + ". ECS resolves the tag when a task starts, so pushing a new image does not roll it out"
                            + " without a new task definition revision or a forced deployment, and the tasks of one"
                            + " service may run different images.",
                    "Pin a tag or digest (nginx:1.27, repo@sha256:...), or make the version a deploy-time input"
                            + " with Image.deployTimeVersion(\"<name>\").");
        }
    }

    /** What is wrong with the reference, or null. */
    private static String referenceProblem(Image image) {
        String repository = image.repository();
        if (repository.chars().anyMatch(Character::isWhitespace)) {
            return "it contains whitespace";
        }
        String[] parts = repository.split("/", -1);
        int first = 0;
        if (parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost"))) {
            if (!HOST.matcher(parts[0]).matches()) {
                return "the registry host " + Values.quoted(parts[0]) + " is malformed";
            }
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            if (!PATH_COMPONENT.matcher(parts[i]).matches()) {
                return "the repository part " + Values.quoted(parts[i]) + " must be lower-case letters, digits and"
                        + " separators (. _ -)";
            }
        }
        if (image.versionKind() == Image.VersionKind.TAG && !image.isDeployTime()
                && !TAG.matcher(image.version()).matches()) {
            return "the tag " + Values.quoted(image.version()) + " must be 1 to 128 letters, digits, _ . and -";
        }
        if (image.versionKind() == Image.VersionKind.DIGEST && !image.version().isEmpty()
                && !DIGEST.matcher(image.version()).matches()) {
            return "the digest " + Values.quoted(image.version()) + " must be algorithm:hex, e.g. sha256:...";
        }
        return null;
    }

    private static void dependencies(Report report, String path, Container c, Map<String, Container> byName) {
        List<ContainerDependency> deps = c.dependsOn();
        for (int i = 0; i < deps.size(); i++) {
            ContainerDependency d = deps.get(i);
            String at = path + ".dependsOn[" + i + "]";
            Container target = byName.get(d.container());
            if (d.container().equals(c.name())) {
                report.add(Rule.UNKNOWN_CONTAINER_DEPENDENCY, at, "The container depends on itself, so it could"
                        + " never start.", "Remove this dependency.");
            } else if (target == null) {
                report.add(Rule.UNKNOWN_CONTAINER_DEPENDENCY, at, "The container depends on "
                                + Values.quoted(d.container()) + ", which the task does not have (containers: "
                                + Values.join(byName.keySet().stream().sorted().toList()) + ").",
                        "Name a container of the same task.");
            } else if (d.condition() == DependencyCondition.HEALTHY && !target.healthCheck().isPresent()) {
                report.add(Rule.DEPENDENCY_NEEDS_HEALTH_CHECK, at, "The container waits for "
                                + Values.quoted(d.container()) + " to be HEALTHY, but that container has no health"
                                + " check, so it never becomes healthy and this container never starts.",
                        "Give " + Values.quoted(d.container()) + " a health check, or wait for START instead.");
            } else if ((d.condition() == DependencyCondition.COMPLETE
                    || d.condition() == DependencyCondition.SUCCESS) && target.essential()) {
                report.add(Rule.DEPENDENCY_CONDITION_ESSENTIAL, at, "The container waits for "
                                + Values.quoted(d.container()) + " to reach " + d.condition() + ", but that container is"
                                + " essential; ECS does not allow COMPLETE or SUCCESS on an essential container"
                                + " (its exit would stop the task).",
                        "Mark " + Values.quoted(d.container()) + " essential(false), or wait for START or HEALTHY.");
            }
        }
    }

    private static void cycles(Report report, Service s, Map<String, Container> byName) {
        Set<String> reported = new HashSet<>();
        for (Container start : s.task().containers()) {
            List<String> cycle = findCycle(start.name(), byName, new ArrayList<>(), new HashSet<>());
            if (cycle != null && cycle.size() > 2 && reported.add(String.join(",", new java.util.TreeSet<>(cycle)))) {
                report.add(Rule.CONTAINER_DEPENDENCY_CYCLE, Paths.container(s, start) + ".dependsOn",
                        "The containers depend on each other in a cycle (" + String.join(" -> ", cycle)
                                + "), so none of them can start.",
                        "Remove one of the dependencies to break the cycle.");
            }
        }
    }

    /** The cycle through {@code name} as a list starting and ending with it, or null. */
    private static List<String> findCycle(String name, Map<String, Container> byName, List<String> trail,
                                          Set<String> visited) {
        if (!trail.isEmpty() && trail.get(0).equals(name)) {
            List<String> cycle = new ArrayList<>(trail);
            cycle.add(name);
            return cycle;
        }
        if (!visited.add(name)) {
            return null;
        }
        Container c = byName.get(name);
        if (c == null) {
            return null;
        }
        trail.add(name);
        for (ContainerDependency d : c.dependsOn()) {
            if (!d.container().equals(name)) {
                List<String> found = findCycle(d.container(), byName, trail, visited);
                if (found != null) {
                    return found;
                }
            }
        }
        trail.remove(trail.size() - 1);
        return null;
    }

    private static void healthCheck(Report report, String path, HealthCheck check) {
        if (!check.isPresent()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!Values.inRange(check.interval(), 5, 300)) {
            problems.add("interval " + check.interval() + " seconds (valid 5-300)");
        }
        if (!Values.inRange(check.timeout(), 2, 60)) {
            problems.add("timeout " + check.timeout() + " seconds (valid 2-60)");
        }
        if (!Values.inRange(check.retries(), 1, 10)) {
            problems.add("retries " + check.retries() + " (valid 1-10)");
        }
        if (!Values.inRange(check.startPeriod(), 0, 300)) {
            problems.add("startPeriod " + check.startPeriod() + " seconds (valid 0-300)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.HEALTH_CHECK_RANGE, path, "ECS does not accept the container health check's "
                            + String.join(", ", problems) + ".",
                    "Set the values within the ranges given.");
        }
    }

    private static void ports(Report report, Service s, String path, Container c) {
        List<PortMapping> mappings = c.portMappings();
        for (int i = 0; i < mappings.size(); i++) {
            PortMapping m = mappings.get(i);
            String at = path + ".portMappings[" + i + "]";
            if (!Values.inRange(m.containerPort(), 1, 65535)) {
                report.add(Rule.PORT_RANGE, at, "The container port " + m.containerPort() + " is outside 1 to 65535.",
                        "Use the port the process listens on.");
            }
            if (m.hostPort() != 0 && !Values.inRange(m.hostPort(), 1, 65535)) {
                report.add(Rule.PORT_RANGE, at, "The host port " + m.hostPort() + " is outside 1 to 65535.",
                        "Use a valid port, or 0 to leave it unset.");
            }
            if (s.task().networkMode() == NetworkMode.AWSVPC && m.hostPort() != 0
                    && m.hostPort() != m.containerPort()) {
                report.add(Rule.AWSVPC_HOST_PORT, at, "The host port " + m.hostPort() + " differs from the container"
                                + " port " + m.containerPort() + "; with the awsvpc network mode the host port must be"
                                + " unset or equal to the container port.",
                        "Remove the host port (or set it to " + m.containerPort() + ").");
            }
        }
    }

    private static void variables(Report report, String path, Container c) {
        Set<String> names = new HashSet<>(c.environment().keySet());
        List<Secret> secrets = c.secrets();
        for (int i = 0; i < secrets.size(); i++) {
            String name = secrets.get(i).name();
            if (!names.add(name)) {
                report.add(Rule.DUPLICATE_VARIABLE, path + ".secrets[" + i + "]", "The variable "
                                + Values.quoted(name) + " is defined twice in the container (environment and secrets"
                                + " share one namespace); ECS rejects the duplicate.",
                        "Rename or remove one of them.");
            }
        }
    }

    private static void secrets(Report report, String path, Container c) {
        List<Secret> secrets = c.secrets();
        for (int i = 0; i < secrets.size(); i++) {
            Secret secret = secrets.get(i);
            String at = path + ".secrets[" + i + "]";
            if (secret.source() == SecretSource.SSM_PARAMETER) {
                ssmParameter(report, at, secret);
            } else {
                secretsManagerSecret(report, at, secret.secretsManagerRef());
            }
            if (!secret.kmsKeyArn().isEmpty() && !Values.matchesOrToken(Values.KMS_KEY_ARN, secret.kmsKeyArn())) {
                report.add(Rule.SECRET_REFERENCE, at, "The KMS key " + Values.quoted(secret.kmsKeyArn()) + " is not a"
                                + " KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>); kms:Decrypt is granted on it.",
                        "Give the key's ARN (not an alias or key ID).");
            }
        }
        String credentialsKey = c.repositoryCredentialsKmsKeyArn();
        if (!credentialsKey.isEmpty() && !Values.matchesOrToken(Values.KMS_KEY_ARN, credentialsKey)) {
            report.add(Rule.REPOSITORY_CREDENTIALS, path + ".repositoryCredentials", "The KMS key "
                            + Values.quoted(credentialsKey) + " of the registry credentials is not a KMS key ARN"
                            + " (arn:aws:kms:<region>:<account>:key/<id>); the execution role is granted kms:Decrypt"
                            + " on it.",
                    "Give the key's ARN (not an alias or key ID).");
        } else if (!credentialsKey.isEmpty() && c.repositoryCredentialsArn().isEmpty()) {
            report.add(Rule.REPOSITORY_CREDENTIALS, path + ".repositoryCredentials", "The registry credentials have"
                    + " a KMS key but no secret.", "Give the secret's complete ARN with the key.");
        }
        String credentials = c.repositoryCredentialsArn();
        if (!credentials.isEmpty() && !Values.matchesOrToken(Values.COMPLETE_SECRET_ARN, credentials)) {
            report.add(Rule.REPOSITORY_CREDENTIALS, path + ".repositoryCredentials", "The registry credentials "
                            + Values.quoted(credentials) + " are not the complete ARN of a Secrets Manager secret"
                            + " (ending in a hyphen and the six random characters Secrets Manager appends); ECS reads"
                            + " private registry credentials from Secrets Manager, and the execution role is granted"
                            + " exactly this ARN.",
                    "Store the credentials in Secrets Manager and give the secret's complete ARN.");
        }
    }

    private static void ssmParameter(Report report, String at, Secret secret) {
        String ref = secret.reference();
        if (!Values.isToken(ref) && !Values.SSM_PARAMETER_NAME.matcher(ref).matches()
                && !Values.SSM_PARAMETER_ARN.matcher(ref).matches()) {
            report.add(Rule.SECRET_REFERENCE, at, "The SSM parameter " + Values.quoted(ref) + " is neither a"
                            + " parameter name starting with / nor an SSM parameter ARN"
                            + " (arn:aws:ssm:<region>:<account>:parameter/...).",
                    "Give the full name, e.g. /shop/db-url, or the parameter's ARN.");
        }
        if (!secret.jsonKey().isEmpty() || !secret.versionStage().isEmpty() || !secret.versionId().isEmpty()) {
            report.add(Rule.SECRET_REFERENCE, at, "A JSON key or version is set on an SSM parameter; ECS supports"
                    + " them only for Secrets Manager secrets.", "Remove them, or use Secrets Manager.");
        }
    }

    /**
     * A Secrets Manager secret: its ARN or name in the form the program says, and the key and version ECS appends
     * to it ({@code <secret>:<json-key>:<version-stage>:<version-id>}, Amazon ECS Developer Guide, "Pass Secrets
     * Manager secrets through Amazon ECS environment variables").
     */
    private static void secretsManagerSecret(Report report, String at, SecretRef ref) {
        String value = ref.secret();
        if (!Values.isToken(value)) {
            String problem = secretProblem(ref);
            if (problem != null) {
                report.add(Rule.SECRET_REFERENCE, at, problem, secretFix(ref));
            }
        }
        if (ref.jsonKey().contains(":") && !Values.isToken(ref.jsonKey())) {
            report.add(Rule.SECRET_REFERENCE, at, "The JSON key " + Values.quoted(ref.jsonKey()) + " contains a colon,"
                            + " which ECS reads as the separator of <secret>:<json-key>:<version-stage>:<version-id>.",
                    "Use a key without a colon, or store the value in a secret of its own.");
        }
        String stage = ref.versionStage();
        String id = ref.versionId();
        if (!stage.isEmpty() && !id.isEmpty()) {
            report.add(Rule.SECRET_VERSION, at, "The secret names both the version stage " + Values.quoted(stage)
                            + " and the version ID " + Values.quoted(id) + "; ECS reads one version, by staging label"
                            + " or by ID, and does not accept both.",
                    "Remove one of them (withVersionStage or withVersionId).");
        }
        if (!stage.isEmpty() && !Values.isToken(stage) && (stage.length() > 256 || stage.contains(":"))) {
            report.add(Rule.SECRET_VERSION, at, "The version stage " + Values.quoted(stage) + " is not a staging"
                            + " label: Secrets Manager labels are 1 to 256 characters, and ECS reads a colon as a"
                            + " separator.",
                    "Give the label, e.g. AWSPREVIOUS.");
        }
        if (!id.isEmpty() && !Values.isToken(id) && (id.length() < 32 || id.length() > 64 || id.contains(":"))) {
            report.add(Rule.SECRET_VERSION, at, "The version ID " + Values.quoted(id) + " is not a Secrets Manager"
                            + " version ID (32 to 64 characters, without a colon).",
                    "Copy the ID from the secret's versions, or name the version by its stage instead.");
        }
    }

    /** What is wrong with the secret's ARN or name for the form the program says, or null. */
    private static String secretProblem(SecretRef ref) {
        String value = ref.secret();
        Matcher arn = Values.SECRET_ARN.matcher(value);
        boolean isArn = arn.matches();
        if (isArn && arn.group(2) != null && ref.form() != SecretRef.Form.NAME) {
            return "The Secrets Manager ARN " + Values.quoted(value) + " has " + Values.quoted(arn.group(2))
                    + " appended; Berth appends the JSON key and version to what the container reads itself, and"
                    + " grants the execution role the secret's own ARN, which is what IAM evaluates.";
        }
        return switch (ref.form()) {
            case ARN -> Values.COMPLETE_SECRET_ARN.matcher(value).matches() ? null : isArn
                    ? "The ARN " + Values.quoted(value) + " does not end in a hyphen and the six random characters"
                    + " Secrets Manager appends to a secret's name, so it is not a complete ARN."
                    : "The secret " + Values.quoted(value) + " is not a Secrets Manager ARN"
                    + " (arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 characters>).";
            case PARTIAL_ARN -> isArn ? null : "The partial ARN " + Values.quoted(value) + " is not a Secrets Manager"
                    + " ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>).";
            case NAME -> value.startsWith("arn:")
                    ? "The secret name " + Values.quoted(value) + " is an ARN."
                    : Values.SECRET_NAME.matcher(value).matches() ? null
                    : "The secret name " + Values.quoted(value) + " is not a Secrets Manager name: 1 to 512 ASCII"
                    + " letters, digits and / _ + = . @ -.";
        };
    }

    /** What to write instead, spelled as DSL calls where the intent is clear. */
    private static String secretFix(SecretRef ref) {
        String value = ref.secret();
        Matcher arn = Values.SECRET_ARN.matcher(value);
        if (arn.matches() && arn.group(2) != null && ref.form() != SecretRef.Form.NAME) {
            String[] parts = arn.group(2).substring(1).split(":", -1);
            String base = arn.group(1);
            StringBuilder call = new StringBuilder(Values.COMPLETE_SECRET_ARN.matcher(base).matches()
                    ? "SecretRef.arn(\"" + base + "\")" : "SecretRef.partialArn(\"" + base + "\")");
            String[] setters = {"withJsonKey", "withVersionStage", "withVersionId"};
            for (int i = 0; i < Math.min(parts.length, setters.length); i++) {
                if (!parts[i].isEmpty()) {
                    call.append('.').append(setters[i]).append("(\"").append(parts[i]).append("\")");
                }
            }
            return "Give the secret's own ARN and set the rest on its own: " + call + ".";
        }
        return switch (ref.form()) {
            case ARN -> arn.matches()
                    ? "Give the complete ARN (the Secrets Manager console shows it), or say it is partial with"
                    + " SecretRef.partialArn(\"" + value + "\")."
                    : "Give the secret's complete ARN, or name a secret of the deployment's account and region with"
                    + " SecretRef.name(" + (Values.SECRET_NAME.matcher(value).matches() ? "\"" + value + "\"" : "...")
                    + ").";
            case PARTIAL_ARN -> "Give arn:aws:secretsmanager:<region>:<account>:secret:<name>, or use"
                    + " SecretRef.name(...) for a secret of the deployment's account and region.";
            case NAME -> value.startsWith("arn:")
                    ? "Use SecretRef.arn(...) for a complete ARN or SecretRef.partialArn(...) for one without the"
                    + " random characters."
                    : "Correct the name.";
        };
    }

    private static void logging(Report report, String path, Logging logging) {
        if (!logging.writesToLogGroup()) {
            return;
        }
        if (logging.retentionDays() != Logging.NOT_SET && !RETENTION_DAYS.contains(logging.retentionDays())) {
            report.add(Rule.LOG_RETENTION, path + ".retentionDays", "The log retention " + logging.retentionDays()
                            + " days is not one CloudWatch Logs accepts (" + Values.join(RETENTION_DAYS) + ").",
                    "Pick one of these values, e.g. 30.");
        }
        String group = logging.logGroupName();
        if (!group.isEmpty() && !Values.matchesOrToken(LOG_GROUP, group)) {
            report.add(Rule.LOG_GROUP_NAME, path + ".logGroupName", "The log group name " + Values.quoted(group)
                            + " is not valid: CloudWatch Logs allows 1 to 512 letters, digits and . - _ / #.",
                    "Change the name, or leave it empty for /ecs/<application>/<service>.");
        } else if (logging.removalPolicy() == RemovalPolicy.RETAIN && !logging.createGroup()
                && group.length() > MAX_RETAINED_PREFIX && !Values.isToken(group)) {
            report.add(Rule.LOG_GROUP_NAME, path + ".logGroupName", "The retained log group's name is "
                            + group.length() + " characters; a retained group's name becomes a prefix followed by a"
                            + " hyphen and 26 characters unique to its creation, and a name is at most 512.",
                    "Shorten the name to " + MAX_RETAINED_PREFIX + " characters or less.");
        }
        logKmsKey(report, path + ".kmsKey", logging.kmsKeyArn(), logging.createGroup());
    }

    /**
     * A log group's KMS key: a key ARN (CloudWatch Logs encrypts with a key, given by its ARN), and only on a group
     * Berth declares: the awslogs driver creates a group without one.
     */
    static void logKmsKey(Report report, String path, String keyArn, boolean createGroup) {
        if (keyArn.isEmpty()) {
            return;
        }
        if (!Values.matchesOrToken(Values.KMS_KEY_ARN, keyArn)) {
            report.add(Rule.LOG_KMS_KEY, path, "The log group's KMS key " + Values.quoted(keyArn) + " is not a KMS"
                            + " key ARN (arn:aws:kms:<region>:<account>:key/<id>); CloudWatch Logs takes the key's"
                            + " ARN.",
                    "Give the key's ARN (not an alias or key ID).");
        } else if (createGroup) {
            report.add(Rule.LOG_KMS_KEY, path, "The log group has a KMS key, but the awslogs driver creates it"
                            + " (createGroup(true)), and the driver creates groups without a key.",
                    "Remove createGroup(true) so that Berth declares the group with the key, or remove the key.");
        }
    }
}
