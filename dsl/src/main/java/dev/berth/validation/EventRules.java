package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.events.EventTask;
import dev.berth.events.Events;
import dev.berth.events.ScheduledTask;
import dev.berth.events.TaskEnvironment;
import dev.berth.events.TaskNotifications;
import dev.berth.events.TriggeredTask;
import dev.berth.service.Service;
import dev.berth.task.Container;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Tasks started by schedules and events, and the notifications about failing tasks.
 *
 * <ul>
 *   <li>{@code SCHEDULE_EXPRESSION}: a schedule that is not {@code cron(...)} with 6 fields and {@code ?} in exactly
 *       one of day-of-month and day-of-week, {@code rate(value unit)} or {@code at(yyyy-mm-ddThh:mm:ss)}.</li>
 *   <li>{@code SCHEDULE_TIME_ZONE}: a time zone that is not an IANA name.</li>
 *   <li>{@code EVENT_PATTERN}: a pattern that is not JSON, not an object, empty, longer than 4096 characters, or with
 *       a leaf that is not an array (EventBridge matches values only in arrays).</li>
 *   <li>{@code TRIGGERED_TASK_SETTINGS}: a flexible window outside 0-1440 minutes, a task count outside 1-10, retries
 *       outside 0-185, a maximum event age outside 60-86400 seconds, or a dead-letter queue ARN that is not an SQS
 *       queue's (or given while the dead-letter queue is off).</li>
 *   <li>{@code TASK_ENVIRONMENT}: an override naming a container the task lacks, an invalid or repeated variable
 *       name, or (event tasks) a value that is not a JSON path {@code $.a.b}.</li>
 *   <li>{@code NOTIFICATION_SETTINGS}: no address, an invalid address, an unknown cluster, nothing to report, or a
 *       program without clusters.</li>
 *   <li>{@code INVALID_NAME} / {@code DUPLICATE_NAME}: a task's name, or a name shared with a service or another
 *       task.</li>
 * </ul>
 *
 * <p>A triggered task's task definition, placement and network are checked by the same rules as a service's
 * ({@link TriggeredTask#asService()}), reported at the task's path.
 */
final class EventRules {

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern JSON_PATH = Pattern.compile("\\$(\\.[A-Za-z0-9_-]+|\\[\\d+])+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int MAX_PATTERN_LENGTH = 4096;

    /** The rule sets that check a service's task, placement and network, run on the tasks as services. */
    private static final List<Function<Application, List<Diagnostic>>> TASK_RULE_SETS = List.of(
            NetworkRules::check, EgressRules::check, ClusterRules::check, TaskDefinitionRules::check,
            ContainerRules::check, ContainerRuntimeRules::check, FireLensRules::check, VolumeRules::check,
            IamRules::check, ServiceRules::check, MessagingRules::check, StorageRules::check, HardeningRules::check);

    private EventRules() {
    }

    static String path(TriggeredTask t) {
        return (t instanceof ScheduledTask ? "scheduledTask[" : "eventTask[") + t.name() + "]";
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Set<String> serviceNames = new HashSet<>();
        app.services().forEach(s -> serviceNames.add(s.name()));
        Set<String> seen = new HashSet<>();
        for (TriggeredTask t : app.events().tasks()) {
            String path = path(t);
            if (!NamingRules.RESOURCE_NAME.matcher(t.name()).matches() || t.name().length() > 32) {
                report.add(Rule.INVALID_NAME, path, "The task name " + Values.quoted(t.name()) + " is not valid: it"
                                + " names the task's roles, log group, schedule or rule.",
                        "Use lower-case letters, digits and single hyphens, starting with a letter, up to 32.");
            }
            if (serviceNames.contains(t.name()) || !seen.add(t.name())) {
                report.add(Rule.DUPLICATE_NAME, path, "The name " + Values.quoted(t.name()) + " is used by another"
                        + " service or task; names are identities (roles, task definitions and log groups derive"
                        + " from them).", "Rename one of them.");
            }
            settings(t, path, report);
            environment(t, path, report);
            if (t instanceof ScheduledTask s) {
                String problem = ScheduleExpressions.problem(s.schedule());
                if (problem != null) {
                    report.add(Rule.SCHEDULE_EXPRESSION, path + ".schedule", problem,
                            "Use e.g. cron(0 2 * * ? *) (02:00 daily), rate(15 minutes) or at(2027-01-01T09:00:00).");
                }
                if (!ZoneId.getAvailableZoneIds().contains(s.timeZone())) {
                    report.add(Rule.SCHEDULE_TIME_ZONE, path + ".timeZone", "The time zone "
                                    + Values.quoted(s.timeZone()) + " is not an IANA time zone name.",
                            "Use a name such as UTC, Europe/Berlin or America/New_York.");
                }
            } else if (t instanceof EventTask e) {
                String problem = patternProblem(e.eventPattern());
                if (problem != null) {
                    report.add(Rule.EVENT_PATTERN, path + ".eventPattern", problem, "Write the pattern as a JSON"
                            + " object with arrays of values, e.g. {\"source\":[\"aws.s3\"]}, or use"
                            + " onS3ObjectCreated(bucket, prefix).");
                }
            }
        }
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        all.addAll(taskRules(app));
        all.addAll(notifications(app));
        return all;
    }

    private static void settings(TriggeredTask t, String path, Report report) {
        List<String> problems = new ArrayList<>();
        if (t instanceof ScheduledTask s && !Values.inRange(s.flexibleWindowMinutes(), 0, 1440)) {
            problems.add("flexibleWindowMinutes " + s.flexibleWindowMinutes() + " (valid 0-1440)");
        }
        if (!Values.inRange(t.taskCount(), 1, 10)) {
            problems.add("taskCount " + t.taskCount() + " (valid 1-10)");
        }
        if (!Values.inRange(t.maximumRetryAttempts(), 0, 185)) {
            problems.add("maximumRetryAttempts " + t.maximumRetryAttempts() + " (valid 0-185)");
        }
        if (!Values.inRange(t.maximumEventAgeSeconds(), 60, 86_400)) {
            problems.add("maximumEventAgeSeconds " + t.maximumEventAgeSeconds() + " (valid 60-86400)");
        }
        if (!t.deadLetterQueueArn().isEmpty() && !t.deadLetterQueue()) {
            problems.add("a deadLetterQueueArn while deadLetterQueue is false");
        } else if (!t.deadLetterQueueArn().isEmpty() && !Values.matchesOrToken(Values.SQS_ARN, t.deadLetterQueueArn())) {
            problems.add("deadLetterQueueArn " + Values.quoted(t.deadLetterQueueArn()) + " (not an SQS queue ARN)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.TRIGGERED_TASK_SETTINGS, path, "The task has settings EventBridge rejects: "
                    + String.join(", ", problems) + ".", "Use values in the valid ranges.");
        }
    }

    private static void environment(TriggeredTask t, String path, Report report) {
        Set<String> containers = new HashSet<>();
        t.task().containers().forEach(c -> containers.add(c.name()));
        String first = t.task().containers().stream().map(Container::name).findFirst().orElse("");
        Set<String> variables = new HashSet<>();
        List<TaskEnvironment> environment = t.environment();
        for (int i = 0; i < environment.size(); i++) {
            TaskEnvironment e = environment.get(i);
            String at = path + ".environment[" + i + "]";
            String container = e.container().isEmpty() ? first : e.container();
            if (!containers.contains(container)) {
                report.add(Rule.TASK_ENVIRONMENT, at, "The variable " + Values.quoted(e.name()) + " is for the"
                        + " container " + Values.quoted(container) + ", which the task does not have.",
                        "Name a container of the task.");
            } else if (!VARIABLE.matcher(e.name()).matches() || !variables.add(container + "/" + e.name())) {
                report.add(Rule.TASK_ENVIRONMENT, at, "The variable name " + Values.quoted(e.name())
                        + " is not valid or given twice for the container.",
                        "Use letters, digits and underscores, not starting with a digit, once per container.");
            } else if (t instanceof EventTask && !JSON_PATH.matcher(e.value()).matches()) {
                report.add(Rule.TASK_ENVIRONMENT, at, "The value of " + Values.quoted(e.name()) + ", "
                        + Values.quoted(e.value()) + ", is not a JSON path into the event.",
                        "Use dot notation starting with $., e.g. $.detail.object.key.");
            }
        }
    }

    /** Why EventBridge would reject the pattern; null when it is valid. */
    static String patternProblem(String pattern) {
        if (pattern.isBlank()) {
            return "The task has no event pattern.";
        }
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            return "The event pattern has " + pattern.length() + " characters; EventBridge accepts 4096.";
        }
        Object parsed;
        try {
            parsed = JsonText.parse(pattern);
        } catch (JsonText.Malformed e) {
            return "The event pattern is not valid JSON: " + e.getMessage() + ".";
        }
        if (!(parsed instanceof Map<?, ?> map) || map.isEmpty()) {
            return "The event pattern is not a JSON object with at least one field.";
        }
        String leaf = leafNotArray(map, "");
        return leaf == null ? null : "The event pattern's field " + Values.quoted(leaf) + " is not an array or an"
                + " object: EventBridge matches values only in arrays.";
    }

    private static String leafNotArray(Map<?, ?> object, String prefix) {
        for (Map.Entry<?, ?> e : object.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> inner) {
                if (inner.isEmpty()) {
                    return key;
                }
                String found = leafNotArray(inner, key + ".");
                if (found != null) {
                    return found;
                }
            } else if (!(e.getValue() instanceof List<?>)) {
                return key;
            }
        }
        return null;
    }

    /** The service rules on the tasks as services, reported at the tasks' paths. */
    private static List<Diagnostic> taskRules(Application app) {
        List<TriggeredTask> tasks = app.events().tasks();
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> pathOf = new LinkedHashMap<>();
        List<Service> asServices = new ArrayList<>();
        Set<String> names = new HashSet<>();
        app.services().forEach(s -> names.add(s.name()));
        for (TriggeredTask t : tasks) {
            // Name clashes are reported above; the task rules run on the tasks whose name is theirs alone.
            if (names.add(t.name())) {
                asServices.add(t.asService());
                pathOf.put("service[" + t.name() + "]", path(t));
            }
        }
        Application shaped = new Application(app.name(), app.network(), app.endpoints(), app.clusters(),
                app.loadBalancers(), asServices, app.queues(), app.tags(), app.networkLoadBalancers(),
                app.existingListeners(), app.fileSystems(), app.hardening(), Events.NONE);
        List<Diagnostic> found = new ArrayList<>();
        for (Function<Application, List<Diagnostic>> rules : TASK_RULE_SETS) {
            for (Diagnostic d : rules.apply(shaped)) {
                for (Map.Entry<String, String> e : pathOf.entrySet()) {
                    if (d.path().equals(e.getKey()) || d.path().startsWith(e.getKey() + ".")) {
                        found.add(new Diagnostic(d.code(), d.severity(), e.getValue()
                                + d.path().substring(e.getKey().length()),
                                d.message().replaceFirst("^The service ", "The task ")));
                    }
                }
            }
        }
        if (app.clusters().isEmpty()) {
            for (TriggeredTask t : tasks) {
                found.add(Rule.UNKNOWN_CLUSTER.at(path(t), "The task needs a cluster to run in, and the program"
                        + " declares none.", "Declare a cluster with cluster(\"main\", c -> { })."));
            }
        }
        return found;
    }

    private static List<Diagnostic> notifications(Application app) {
        TaskNotifications n = app.events().notifications();
        if (!n.enabled()) {
            return List.of();
        }
        Report report = new Report();
        String path = "notifications";
        List<String> problems = new ArrayList<>();
        if (n.emails().isEmpty()) {
            problems.add("no e-mail address");
        }
        n.emails().stream().filter(e -> !EMAIL.matcher(e).matches())
                .forEach(e -> problems.add("the address " + Values.quoted(e) + " is not an e-mail address"));
        Set<String> clusters = new HashSet<>();
        app.clusters().forEach(c -> clusters.add(c.name()));
        n.clusters().stream().filter(c -> !clusters.contains(c))
                .forEach(c -> problems.add("the cluster " + Values.quoted(c) + " is not declared"));
        if (!n.taskFailures() && !n.serviceEvents()) {
            problems.add("neither task failures nor service events are reported");
        }
        if (app.clusters().isEmpty()) {
            problems.add("the program has no cluster to report on");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.NOTIFICATION_SETTINGS, path, "The notifications cannot work: " + String.join(", ",
                    problems) + ".", "Add an e-mail address with email(...), name declared clusters, and keep"
                    + " taskFailures or serviceEvents on.");
        }
        return report.diagnostics();
    }
}
