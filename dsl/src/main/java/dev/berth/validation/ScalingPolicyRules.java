package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.compute.ContainerInsights;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.messaging.Queue;
import dev.berth.scaling.AdjustmentType;
import dev.berth.scaling.AutoScaling;
import dev.berth.scaling.Metric;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.ScheduledScaling;
import dev.berth.scaling.StepAdjustment;
import dev.berth.service.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service's scaling policies beyond the built-in targets, its schedules, and the queue worker's backlog policy.
 *
 * <ul>
 *   <li>{@code INVALID_NAME}: a policy name that is not lower-case letters, digits and single hyphens (up to 32).</li>
 *   <li>{@code SCALING_METRIC}: a metric without namespace or name, too long, with more than 30 dimensions or an
 *       unknown unit; a metric-math expression that is empty or longer than 2048 characters, without metrics, with
 *       more than 10, or with ids CloudWatch rejects ({@code ^[a-z][A-Za-z0-9_]*$}; {@code e1} is Berth's); a
 *       target value that is not a positive number.</li>
 *   <li>{@code SCALING_ALARM}: a period other than 10, 20, 30 or a multiple of 60 seconds, evaluation periods below
 *       1 or spanning more than a day, datapoints to alarm outside 1 to the evaluation periods, a threshold that is
 *       not finite, or a negative cooldown.</li>
 *   <li>{@code SCALING_STEPS}: the AWS rules for step adjustments (API StepScalingPolicyConfiguration, "StepAdjustment":
 *       no overlaps or gaps, at most one open lower and one open upper bound, never both open), steps that leave the
 *       alarm's side of the threshold uncovered ([0, +inf) above, (-inf, 0] below), an exact capacity below 0, or a
 *       minimum adjustment magnitude that is negative or not with percent steps.</li>
 *   <li>{@code SCALING_SCHEDULE}: an expression AWS would reject ({@link ScalingSchedules}), a time zone that is not
 *       an IANA zone, a name with {@code : / |}, no bound, bounds outside 0-5000, or min above max.</li>
 *   <li>{@code SCALING_POLICY_CONFLICT}: two policies of a service with one name (the built-in targets count as
 *       {@code cpu}, {@code memory}, {@code requests}), two target-tracking policies on one metric (AWS: "each policy
 *       must use a different metric"), or two schedules with one name or one expression and time zone.</li>
 *   <li>{@code SCALING_QUEUE_BACKLOG}: a backlog policy naming both or neither of a program queue and an ARN, a queue
 *       the program does not declare, a malformed queue ARN, durations that are not positive, or a latency shorter
 *       than the time per message (a target below one message per task).</li>
 *   <li>{@code SCALING_BACKLOG_NEEDS_CONTAINER_INSIGHTS}: a backlog policy on a service whose cluster has Container
 *       Insights disabled: {@code RunningTaskCount} (namespace {@code ECS/ContainerInsights}) is then not
 *       published.</li>
 *   <li>{@code SCALING_CANNOT_LEAVE_ZERO} (WARNING): minCapacity 0 with target tracking only (cpu, memory, requests or
 *       custom): with no task the metrics have no data, and target tracking does not scale on insufficient data
 *       (Amazon ECS Developer Guide, "Use a target metric to scale Amazon ECS services").</li>
 * </ul>
 */
final class ScalingPolicyRules {

    private static final Pattern QUERY_ID = Pattern.compile("[a-z][A-Za-z0-9_]*");
    /** CloudWatch's units (PutMetricData, MetricDatum.Unit). */
    private static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");
    private static final Pattern ACTION_NAME_FORBIDDEN = Pattern.compile("[:/|\\p{Cntrl}]");
    /** Names Berth gives policies it derives. */
    static final String FROM_ZERO = "backlog-from-zero";

    private ScalingPolicyRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            AutoScaling a = s.autoScaling();
            String path = Paths.service(s) + ".autoScaling";
            Map<String, String> names = new HashMap<>();
            if (a.cpuTargetPercent() > 0) {
                names.put("cpu", path + ".cpuTargetPercent");
            }
            if (a.memoryTargetPercent() > 0) {
                names.put("memory", path + ".memoryTargetPercent");
            }
            if (a.requestsPerTarget() > 0) {
                names.put("requests", path + ".requestsPerTarget");
            }
            Map<String, String> tracked = new HashMap<>();
            int backlogs = 0;
            for (int i = 0; i < a.policies().size(); i++) {
                ScalingPolicy p = a.policies().get(i);
                String at = path + ".policies[" + i + "]";
                if (!NamingRules.RESOURCE_NAME.matcher(p.name()).matches() || p.name().length() > 32
                        || p.name().equals(FROM_ZERO)) {
                    report.add(Rule.INVALID_NAME, at, "The scaling policy name " + Values.quoted(p.name())
                                    + " is not valid" + (p.name().equals(FROM_ZERO) ? " (Berth names its own policy so)"
                                    : "") + ".",
                            "Use lower-case letters, digits and single hyphens, starting with a letter, up to 32.");
                }
                String earlier = names.putIfAbsent(p.name(), at);
                if (earlier != null) {
                    report.add(Rule.SCALING_POLICY_CONFLICT, at, "Two scaling policies of the service are named "
                                    + Values.quoted(p.name()) + " (also " + earlier + "); a policy's name is its identity.",
                            "Rename one of them.");
                }
                String metricKey = trackedMetric(p);
                if (metricKey != null) {
                    String same = tracked.putIfAbsent(metricKey, at);
                    if (same != null) {
                        report.add(Rule.SCALING_POLICY_CONFLICT, at, "The target-tracking policy "
                                        + Values.quoted(p.name()) + " tracks the same metric as " + same + "; AWS requires"
                                        + " each target-tracking policy of a scalable target to use a different metric.",
                                "Keep one policy per metric (one target value), or track another metric.");
                    }
                }
                if (p instanceof ScalingPolicy.TargetTracking t) {
                    metric(report, at + ".metric", t.metric());
                    target(report, at, t.targetValue());
                } else if (p instanceof ScalingPolicy.MetricMathTracking m) {
                    metricMath(report, at, m);
                    target(report, at, m.targetValue());
                } else if (p instanceof ScalingPolicy.StepScaling st) {
                    metric(report, at + ".metric", st.metric());
                    alarm(report, at, st);
                    steps(report, at + ".steps", st);
                } else if (p instanceof ScalingPolicy.QueueBacklog q) {
                    backlogs++;
                    backlog(report, app, s, at, q);
                }
            }
            schedules(report, path, a.schedules());
            boolean onlyTracking = a.policies().stream().noneMatch(p -> p instanceof ScalingPolicy.StepScaling
                    || p instanceof ScalingPolicy.QueueBacklog) && a.schedules().isEmpty();
            if (a.isEnabled() && a.minCapacity() == 0 && onlyTracking && (!names.isEmpty())) {
                report.add(Rule.SCALING_CANNOT_LEAVE_ZERO, path + ".minCapacity", "The service's minCapacity is 0 and"
                                + " it scales by target tracking only: with no task running its metrics have no data, and"
                                + " target tracking does not scale on insufficient data, so the service would stay at"
                                + " zero tasks once it got there.",
                        "Set minCapacity to 1 or more, or add a step policy (on an alarm that fires when work"
                                + " arrives) or a schedule that raises the minimum.");
            }
            if (backlogs > 0) {
                String cluster = app.clusterOf(s);
                boolean disabled = app.clusters().stream().filter(c -> c.name().equals(cluster))
                        .map(Cluster::containerInsights).anyMatch(c -> c == ContainerInsights.DISABLED);
                if (disabled) {
                    report.add(Rule.SCALING_BACKLOG_NEEDS_CONTAINER_INSIGHTS, path, "The service scales on its"
                                    + " queue's backlog per task, which divides by RunningTaskCount (namespace"
                                    + " ECS/ContainerInsights), but its cluster " + Values.quoted(cluster) + " has"
                                    + " Container Insights disabled, so the metric is not published and the policy"
                                    + " would never scale.",
                            "Set containerInsights(ContainerInsights.ENABLED) (the default) on the cluster.");
                }
            }
        }
        return report.diagnostics();
    }

    /** What a target-tracking policy tracks, to find two on one metric; null for other policies. */
    private static String trackedMetric(ScalingPolicy p) {
        if (p instanceof ScalingPolicy.TargetTracking t) {
            return "metric " + t.metric();
        } else if (p instanceof ScalingPolicy.MetricMathTracking m) {
            return "math " + m.expression().replace(" ", "") + " " + m.metrics();
        } else if (p instanceof ScalingPolicy.QueueBacklog q) {
            return "backlog";
        }
        return null;
    }

    private static void metric(Report report, String path, Metric m) {
        List<String> problems = new ArrayList<>();
        if (m.namespace().isEmpty() || m.namespace().length() > 255 || m.namespace().startsWith(":")) {
            problems.add("namespace " + Values.quoted(m.namespace()) + " (1-255 characters, not starting with :)");
        }
        if (m.name().isEmpty() || m.name().length() > 255) {
            problems.add("name " + Values.quoted(m.name()) + " (1-255 characters)");
        }
        if (m.dimensions().size() > 30) {
            problems.add(m.dimensions().size() + " dimensions (at most 30)");
        }
        m.dimensions().forEach((name, value) -> {
            if (name.isEmpty() || name.length() > 255 || value.isEmpty() || value.length() > 1024) {
                problems.add("dimension " + Values.quoted(name) + "=" + Values.quoted(value)
                        + " (names 1-255, values 1-1024 characters)");
            }
        });
        if (!m.unit().isEmpty() && !UNITS.contains(m.unit())) {
            problems.add("unit " + Values.quoted(m.unit()) + " (a CloudWatch unit such as Count, Percent, Seconds)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.SCALING_METRIC, path, "The metric is not one CloudWatch accepts: "
                    + String.join(", ", problems) + ".", "Correct the metric as described.");
        }
    }

    private static void metricMath(Report report, String path, ScalingPolicy.MetricMathTracking m) {
        List<String> problems = new ArrayList<>();
        if (m.expression().isBlank() || m.expression().length() > 2048) {
            problems.add("the expression must have 1-2048 characters");
        }
        if (m.metrics().isEmpty() || m.metrics().size() > 10) {
            problems.add("it reads " + m.metrics().size() + " metrics (1-10)");
        }
        for (String id : m.metrics().keySet()) {
            if (!QUERY_ID.matcher(id).matches() || id.length() > 255 || id.equals("e1")) {
                problems.add("the id " + Values.quoted(id) + " is not valid (a lower-case letter, then letters,"
                        + " digits and underscores; e1 is the expression's)");
            } else if (!Pattern.compile("\\b" + id + "\\b").matcher(m.expression()).find()) {
                problems.add("the expression does not use " + id);
            }
        }
        // CloudWatch's functions are upper-case (FILL, IF, SUM): a lower-case word in the expression is a query id.
        java.util.regex.Matcher ids = Pattern.compile("\\b[a-z][A-Za-z0-9_]*\\b").matcher(m.expression());
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        while (ids.find()) {
            if (!m.metrics().containsKey(ids.group())) {
                unknown.add(ids.group());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("the expression uses " + Values.join(unknown) + ", which " + (unknown.size() == 1 ? "is" : "are")
                    + " not among the metrics");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.SCALING_METRIC, path, "The metric math of " + Values.quoted(m.name()) + " is not valid: "
                    + String.join("; ", problems) + ".", "Name the metrics m1, m2, ... and use them in the"
                    + " expression, e.g. trackMetricMath(\"per-task\", \"m1 / m2\", Map.of(\"m1\", a, \"m2\", b), 10).");
        }
        m.metrics().forEach((id, metric) -> metric(report, path + ".metrics[" + id + "]", metric));
    }

    private static void target(Report report, String path, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            report.add(Rule.SCALING_METRIC, path + ".targetValue", "The target value " + value + " is not a positive"
                    + " number; target tracking adds tasks above it and removes them below it.",
                    "Use a positive target in the metric's unit.");
        }
    }

    private static void alarm(Report report, String path, ScalingPolicy.StepScaling s) {
        List<String> problems = new ArrayList<>();
        int period = s.periodSeconds();
        if (!(period == 10 || period == 20 || period == 30 || (period > 0 && period % 60 == 0))) {
            problems.add("period " + period + " s (10, 20, 30 or a multiple of 60)");
        }
        if (s.evaluationPeriods() < 1) {
            problems.add("evaluationPeriods " + s.evaluationPeriods() + " (1 or more)");
        } else if (period > 0 && (long) period * s.evaluationPeriods() > 86_400) {
            problems.add("evaluationPeriods " + s.evaluationPeriods() + " of " + period + " s (at most one day in"
                    + " all)");
        }
        if (s.datapointsToAlarm() < 1 || s.datapointsToAlarm() > Math.max(1, s.evaluationPeriods())) {
            problems.add("datapointsToAlarm " + s.datapointsToAlarm() + " (1 to evaluationPeriods)");
        }
        if (Double.isNaN(s.threshold()) || Double.isInfinite(s.threshold())) {
            problems.add("threshold " + s.threshold() + " (a finite number)");
        }
        if (s.cooldownSeconds() < 0) {
            problems.add("cooldown " + s.cooldownSeconds() + " s (0 or more)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.SCALING_ALARM, path, "The alarm of the step policy " + Values.quoted(s.name())
                    + " has settings CloudWatch or Application Auto Scaling rejects: " + String.join(", ", problems)
                    + ".", "Use values in the valid ranges.");
        }
    }

    private static void steps(Report report, String path, ScalingPolicy.StepScaling s) {
        List<String> problems = new ArrayList<>();
        List<StepAdjustment> steps = new ArrayList<>(s.steps());
        if (steps.isEmpty()) {
            problems.add("there are none");
        }
        for (StepAdjustment a : steps) {
            if (Double.isNaN(a.lowerBound()) || Double.isNaN(a.upperBound())
                    || a.lowerBound() == Double.POSITIVE_INFINITY || a.upperBound() == Double.NEGATIVE_INFINITY) {
                problems.add("a bound is not a number");
            } else if (Double.isInfinite(a.lowerBound()) && Double.isInfinite(a.upperBound())) {
                problems.add("a step has neither a lower nor an upper bound");
            } else if (a.lowerBound() >= a.upperBound()) {
                problems.add("the step [" + bound(a.lowerBound()) + ", " + bound(a.upperBound()) + ") is empty");
            }
            if (s.adjustmentType() == AdjustmentType.EXACT_CAPACITY && a.adjustment() < 0) {
                problems.add("an exact capacity of " + a.adjustment() + " tasks");
            }
        }
        if (problems.isEmpty()) {
            steps.sort(Comparator.comparingDouble(StepAdjustment::lowerBound));
            long openLower = steps.stream().filter(a -> Double.isInfinite(a.lowerBound())).count();
            long openUpper = steps.stream().filter(a -> Double.isInfinite(a.upperBound())).count();
            if (openLower > 1 || openUpper > 1) {
                problems.add("more than one step is open-ended on one side");
            }
            for (int i = 1; i < steps.size(); i++) {
                double end = steps.get(i - 1).upperBound();
                double start = steps.get(i).lowerBound();
                if (start < end) {
                    problems.add("the steps overlap between " + bound(start) + " and " + bound(end));
                } else if (start > end) {
                    problems.add("no step covers " + bound(end) + " to " + bound(start));
                }
            }
            double lowest = steps.get(0).lowerBound();
            double highest = steps.get(steps.size() - 1).upperBound();
            if (s.comparison().above() && (lowest != 0 || highest != Double.POSITIVE_INFINITY)) {
                problems.add("the alarm fires at or above its threshold, so the steps must cover exactly 0 to +infinity,"
                        + " not " + bound(lowest) + " to " + bound(highest));
            } else if (!s.comparison().above() && (lowest != Double.NEGATIVE_INFINITY || highest != 0)) {
                problems.add("the alarm fires at or below its threshold, so the steps must cover exactly -infinity to 0,"
                        + " not " + bound(lowest) + " to " + bound(highest));
            }
        }
        if (s.minAdjustmentMagnitude() < 0 || (s.minAdjustmentMagnitude() > 0
                && s.adjustmentType() != AdjustmentType.PERCENT_CHANGE_IN_CAPACITY)) {
            problems.add("minAdjustmentMagnitude " + s.minAdjustmentMagnitude() + " (1 or more, only with"
                    + " PERCENT_CHANGE_IN_CAPACITY)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.SCALING_STEPS, path, "The steps of " + Values.quoted(s.name()) + " are not valid: "
                            + String.join("; ", problems) + ". Bounds are relative to the alarm's threshold.",
                    "Give adjacent steps that meet, e.g. between(0, 50, 1) and from(50, 3) for a greater-than alarm,"
                            + " or below(0, -1) for a less-than alarm.");
        }
    }

    private static String bound(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+infinity" : "-infinity";
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void schedules(Report report, String path, List<ScheduledScaling> schedules) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> times = new HashMap<>();
        for (int i = 0; i < schedules.size(); i++) {
            ScheduledScaling s = schedules.get(i);
            String at = path + ".schedules[" + i + "]";
            List<String> problems = new ArrayList<>();
            if (s.name().isEmpty() || s.name().length() > 256 || ACTION_NAME_FORBIDDEN.matcher(s.name()).find()
                    || !s.name().equals(s.name().strip())) {
                problems.add("the name " + Values.quoted(s.name()) + " (1-256 characters without : / | or outer"
                        + " spaces)");
            }
            String expression = ScalingSchedules.problem(s.schedule());
            if (expression != null) {
                problems.add("the schedule " + Values.quoted(s.schedule()) + ": " + expression);
            }
            if (!s.timeZone().isEmpty() && !ScalingSchedules.isTimeZone(s.timeZone())) {
                problems.add("the time zone " + Values.quoted(s.timeZone()) + " (an IANA zone such as Europe/Berlin)");
            }
            boolean keepMin = s.minCapacity() == ScheduledScaling.KEEP;
            boolean keepMax = s.maxCapacity() == ScheduledScaling.KEEP;
            if (keepMin && keepMax) {
                problems.add("it changes neither bound");
            }
            if ((!keepMin && !Values.inRange(s.minCapacity(), 0, 5000))
                    || (!keepMax && !Values.inRange(s.maxCapacity(), 0, 5000))) {
                problems.add("bounds " + s.minCapacity() + "-" + s.maxCapacity() + " (0-5000, or KEEP)");
            } else if (!keepMin && !keepMax && s.minCapacity() > s.maxCapacity()) {
                problems.add("minimum " + s.minCapacity() + " above maximum " + s.maxCapacity());
            }
            if (!problems.isEmpty()) {
                report.add(Rule.SCALING_SCHEDULE, at, "The scheduled scaling " + Values.quoted(s.name()) + " is not"
                                + " valid: " + String.join("; ", problems) + ".",
                        "Use at(2026-12-24T18:00:00), rate(6 hours) or cron(0 20 ? * MON-FRI *), an IANA time zone,"
                                + " and bounds 0-5000.");
            }
            String earlier = names.putIfAbsent(s.name(), at);
            if (earlier != null) {
                report.add(Rule.SCALING_POLICY_CONFLICT, at, "Two schedules of the service are named "
                        + Values.quoted(s.name()) + " (also " + earlier + ").", "Rename one of them.");
            }
            String same = times.putIfAbsent(s.schedule() + " " + s.timeZone(), at);
            if (same != null && earlier == null) {
                report.add(Rule.SCALING_POLICY_CONFLICT, at, "The schedule " + Values.quoted(s.name()) + " runs at"
                                + " the same time as " + same + " (" + s.schedule() + "), so which bounds win is"
                                + " undefined.",
                        "Merge the two into one schedule.");
            }
        }
    }

    private static void backlog(Report report, Application app, Service s, String path,
                                ScalingPolicy.QueueBacklog q) {
        List<String> problems = new ArrayList<>();
        if (q.queue().isEmpty() == q.queueArn().isEmpty()) {
            problems.add("it names " + (q.queue().isEmpty() ? "neither" : "both") + " a program queue and an ARN");
        } else if (!q.queue().isEmpty() && app.queues().stream().map(Queue::name).noneMatch(q.queue()::equals)) {
            problems.add("the program declares no queue " + Values.quoted(q.queue()));
        } else if (!q.queueArn().isEmpty() && !Values.SQS_ARN.matcher(q.queueArn()).matches()) {
            problems.add("the queue ARN " + Values.quoted(q.queueArn()) + " is not an SQS queue ARN");
        }
        if (q.acceptableLatency().isNegative() || q.acceptableLatency().isZero()
                || q.timePerMessage().isNegative() || q.timePerMessage().isZero()) {
            problems.add("the acceptable latency and time per message must be positive");
        } else if (q.acceptableLatency().compareTo(q.timePerMessage()) < 0) {
            problems.add("the acceptable latency " + q.acceptableLatency() + " is shorter than the time per message "
                    + q.timePerMessage() + " (less than one message per task)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.SCALING_QUEUE_BACKLOG, path, "The queue backlog policy of " + Values.quoted(s.name())
                            + " is not valid: " + String.join("; ", problems) + ".",
                    "Use queueBacklog(\"<queue declared with queue(...)>\", Duration.ofMinutes(1),"
                            + " Duration.ofSeconds(2)), or queueBacklogOfArn(arn, ...) for an existing queue.");
        }
    }
}
