package dev.berth.scaling;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A scaling policy of a service beyond the CPU, memory and request targets of {@link AutoScaling}: target tracking on
 * a custom metric or on metric math, step scaling on an alarm Berth creates, and the SQS queue worker's backlog per
 * task. Add them with {@code autoScaling(a -> a.policy(...))} or {@code a.queueBacklog(...)}.
 */
public sealed interface ScalingPolicy {

    /**
     * The policy's name in the program: unique among the service's policies (the built-in targets are {@code cpu},
     * {@code memory} and {@code requests}; the queue worker's is {@code backlog}). The Application Auto Scaling
     * policy is named {@code <application>-<service>-<name>}.
     *
     * @return the name. Valid: lower-case letters, digits and single hyphens, starting with a letter, up to 32.
     */
    String name();

    /**
     * Target tracking on a custom CloudWatch metric: keeps it near {@code targetValue} by adding tasks above it and
     * removing tasks below it. The metric must fall as tasks are added (a per-task load), as AWS requires of a
     * tracked metric.
     *
     * @param name           the policy's name in the program
     * @param metric         the metric (with its statistic and unit)
     * @param targetValue    the value to keep the metric near. Valid: above 0.
     * @param disableScaleIn true: this policy only adds tasks (another policy or a person removes them). Default:
     *                       false.
     */
    record TargetTracking(String name, Metric metric, double targetValue, boolean disableScaleIn)
            implements ScalingPolicy {
        /**
         * Creates the policy; programs use {@link ScalingPolicy#trackMetric(String, Metric, double)}.
         *
         * @param name           the policy's name in the program
         * @param metric         the metric
         * @param targetValue    the target. Valid: above 0.
         * @param disableScaleIn true: this policy only adds tasks
         * @throws NullPointerException when a component is null
         */
        public TargetTracking {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(metric, "metric");
        }

        /**
         * This policy, adding tasks only.
         *
         * @return a new policy with {@code disableScaleIn} true
         */
        public TargetTracking withScaleInDisabled() {
            return new TargetTracking(name, metric, targetValue, true);
        }
    }

    /**
     * Target tracking on CloudWatch metric math: the {@code metrics} are read under their ids and the
     * {@code expression} over those ids (e.g. {@code "m1 / m2"}) is the tracked value; AWS requires the expression
     * to return one time series.
     *
     * @param name           the policy's name in the program
     * @param expression     e.g. {@code m1 / m2}. Valid: 1-2048 characters.
     * @param metrics        id to metric, kept sorted by id. Valid: 1-10 metrics; ids start with a lower-case
     *                       letter followed by letters, digits and underscores, and {@code e1} is Berth's (the
     *                       expression's id).
     * @param targetValue    the value to keep the expression near. Valid: above 0.
     * @param disableScaleIn true: this policy only adds tasks. Default: false.
     */
    record MetricMathTracking(String name, String expression, Map<String, Metric> metrics, double targetValue,
                              boolean disableScaleIn) implements ScalingPolicy {
        /**
         * Creates the policy; programs use {@link ScalingPolicy#trackMetricMath(String, String, Map, double)}.
         *
         * @param name           the policy's name in the program
         * @param expression     the expression. Valid: 1-2048 characters.
         * @param metrics        id to metric. Valid: 1-10.
         * @param targetValue    the target. Valid: above 0.
         * @param disableScaleIn true: this policy only adds tasks
         * @throws NullPointerException when a component is null
         */
        public MetricMathTracking {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
            metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        }

        /**
         * This policy, adding tasks only.
         *
         * @return a new policy with {@code disableScaleIn} true
         */
        public MetricMathTracking withScaleInDisabled() {
            return new MetricMathTracking(name, expression, metrics, targetValue, true);
        }
    }

    /**
     * Step scaling on a CloudWatch alarm that Berth creates: the alarm compares {@code metric} with
     * {@code threshold} over {@code evaluationPeriods} periods of {@code periodSeconds}, and while it is in ALARM it
     * invokes this policy, which changes the task count by the step the metric's distance from the threshold falls
     * in. AWS's rules for the steps, which Berth checks: bounds relative to the threshold, no overlaps, no gaps, at
     * most one open lower and one open upper bound; and here, as the alarm only fires on its side of the threshold,
     * the steps of a greater-than alarm cover exactly [0, +infinity) and those of a less-than alarm
     * (-infinity, 0].
     *
     * @param name                   the policy's name in the program; the alarm is {@code <application>-<service>-<name>}
     * @param metric                 the alarm's metric and statistic
     * @param comparison             above or below the threshold
     * @param threshold              the alarm's threshold. Valid: a finite number.
     * @param steps                  the steps, in any order. Valid: 1-20, as described above.
     * @param adjustmentType         Default: {@link AdjustmentType#CHANGE_IN_CAPACITY}.
     * @param periodSeconds          the alarm's period. Default: 60. Valid: 10, 20, 30 or a multiple of 60.
     * @param evaluationPeriods      Default: 1. Valid: 1 or more, with periods times period at most one day.
     * @param datapointsToAlarm      breaching datapoints among the evaluation periods that set off the alarm.
     *                               Default: equal to {@code evaluationPeriods}. Valid: 1 to evaluationPeriods.
     * @param cooldownSeconds        time after a scaling activity before the next one. Default: 60. Valid: 0 or
     *                               more.
     * @param aggregation            Default: {@link MetricAggregation#AVERAGE}.
     * @param minAdjustmentMagnitude for {@link AdjustmentType#PERCENT_CHANGE_IN_CAPACITY}: the fewest tasks a step
     *                               changes; 0 means not set. Default: 0. Valid: 0 or more, only with percent changes.
     */
    record StepScaling(String name, Metric metric, Comparison comparison, double threshold,
                       List<StepAdjustment> steps, AdjustmentType adjustmentType, int periodSeconds,
                       int evaluationPeriods, int datapointsToAlarm, int cooldownSeconds,
                       MetricAggregation aggregation, int minAdjustmentMagnitude) implements ScalingPolicy {
        /**
         * Creates the policy; programs use
         * {@link ScalingPolicy#stepScaling(String, Metric, Comparison, double, StepAdjustment...)}.
         *
         * @param name                   the policy's name in the program
         * @param metric                 the alarm's metric
         * @param comparison             above or below the threshold
         * @param threshold              the threshold
         * @param steps                  the steps
         * @param adjustmentType         how steps change the count
         * @param periodSeconds          the alarm's period. Valid: 10, 20, 30 or a multiple of 60.
         * @param evaluationPeriods      the periods the alarm evaluates. Valid: 1 or more.
         * @param datapointsToAlarm      breaching datapoints that set off the alarm. Valid: 1 to evaluationPeriods.
         * @param cooldownSeconds        the cooldown. Valid: 0 or more.
         * @param aggregation            the metric aggregation
         * @param minAdjustmentMagnitude 0, or the fewest tasks a percent step changes
         * @throws NullPointerException when a component is null
         */
        public StepScaling {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(comparison, "comparison");
            steps = List.copyOf(steps);
            Objects.requireNonNull(adjustmentType, "adjustmentType");
            Objects.requireNonNull(aggregation, "aggregation");
        }

        /**
         * This policy with another adjustment type.
         *
         * @param type Default: {@link AdjustmentType#CHANGE_IN_CAPACITY}.
         * @return a new policy
         */
        public StepScaling withAdjustmentType(AdjustmentType type) {
            return new StepScaling(name, metric, comparison, threshold, steps, type, periodSeconds,
                    evaluationPeriods, datapointsToAlarm, cooldownSeconds, aggregation, minAdjustmentMagnitude);
        }

        /**
         * This policy's alarm evaluating other periods.
         *
         * @param periodSeconds     Default: 60. Valid: 10, 20, 30 or a multiple of 60.
         * @param evaluationPeriods Default: 1. Valid: 1 or more, with periods times period at most 86400 seconds.
         * @param datapointsToAlarm Default: evaluationPeriods. Valid: 1 to evaluationPeriods.
         * @return a new policy
         */
        public StepScaling withEvaluation(int periodSeconds, int evaluationPeriods, int datapointsToAlarm) {
            return new StepScaling(name, metric, comparison, threshold, steps, adjustmentType, periodSeconds,
                    evaluationPeriods, datapointsToAlarm, cooldownSeconds, aggregation, minAdjustmentMagnitude);
        }

        /**
         * This policy with another cooldown.
         *
         * @param seconds Default: 60. Valid: 0 or more.
         * @return a new policy
         */
        public StepScaling withCooldownSeconds(int seconds) {
            return new StepScaling(name, metric, comparison, threshold, steps, adjustmentType, periodSeconds,
                    evaluationPeriods, datapointsToAlarm, seconds, aggregation, minAdjustmentMagnitude);
        }

        /**
         * This policy aggregating the alarm's datapoints otherwise.
         *
         * @param aggregation Default: {@link MetricAggregation#AVERAGE}.
         * @return a new policy
         */
        public StepScaling withAggregation(MetricAggregation aggregation) {
            return new StepScaling(name, metric, comparison, threshold, steps, adjustmentType, periodSeconds,
                    evaluationPeriods, datapointsToAlarm, cooldownSeconds, aggregation, minAdjustmentMagnitude);
        }

        /**
         * This policy with a smallest change for percent steps.
         *
         * @param tasks Default: 0 (not set). Valid: 1 or more, only with
         *              {@link AdjustmentType#PERCENT_CHANGE_IN_CAPACITY}.
         * @return a new policy
         */
        public StepScaling withMinAdjustmentMagnitude(int tasks) {
            return new StepScaling(name, metric, comparison, threshold, steps, adjustmentType, periodSeconds,
                    evaluationPeriods, datapointsToAlarm, cooldownSeconds, aggregation, tasks);
        }
    }

    /**
     * The SQS queue worker's policy: target tracking on the queue's <em>backlog per task</em>, the messages
     * available for retrieval ({@code AWS/SQS ApproximateNumberOfMessagesVisible}) divided by the service's running
     * tasks ({@code ECS/ContainerInsights RunningTaskCount}, so the cluster needs Container Insights), by metric
     * math as the Application Auto Scaling guide's "Amazon SQS queue backlog per task" example does. The target is
     * the backlog a task may have and still meet the latency: {@code acceptableLatency / timePerMessage} messages.
     *
     * <p>Scaling from zero: with no running task the division has no value, and target tracking does not scale on
     * insufficient data, so it cannot start the first task. When the service's minCapacity is 0 Berth therefore adds
     * a step policy {@code backlog-from-zero} with an alarm that fires while messages are visible and no task runs
     * ({@code IF(FILL(m2, 0) < 1, m1, 0) > 0}); it adds one task, after which target tracking takes over (and scales
     * in to 0 when the queue stays empty, unless scale-in is disabled).
     *
     * <p>The service's task role gets exactly the consume actions on the queue ({@code sqs:ReceiveMessage},
     * {@code sqs:DeleteMessage}, {@code sqs:ChangeMessageVisibility}, {@code sqs:GetQueueAttributes},
     * {@code sqs:GetQueueUrl}) and {@code kms:Decrypt} on its key when it has one.
     *
     * @param queue             the program's queue (declared with {@code queue(name, ...)}), or empty with
     *                          {@code queueArn}
     * @param queueArn          an existing queue's ARN, or empty with {@code queue}. Valid:
     *                          {@code arn:<partition>:sqs:<region>:<account>:<name>}.
     * @param acceptableLatency how long a message may wait before a task starts it. Valid: positive, at least
     *                          {@code timePerMessage}.
     * @param timePerMessage    how long a task takes for one message. Valid: positive.
     */
    record QueueBacklog(String queue, String queueArn, Duration acceptableLatency, Duration timePerMessage)
            implements ScalingPolicy {
        /** The policy's name. */
        public static final String NAME = "backlog";

        /**
         * Creates the policy; programs use {@code autoScaling(a -> a.queueBacklog(...))}.
         *
         * @param queue             the program's queue, or empty
         * @param queueArn          an existing queue's ARN, or empty
         * @param acceptableLatency the acceptable latency. Valid: positive.
         * @param timePerMessage    the time per message. Valid: positive.
         * @throws NullPointerException when a component is null
         */
        public QueueBacklog {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(queueArn, "queueArn");
            Objects.requireNonNull(acceptableLatency, "acceptableLatency");
            Objects.requireNonNull(timePerMessage, "timePerMessage");
        }

        @Override
        public String name() {
            return NAME;
        }

        /**
         * The backlog per task to keep: acceptable latency divided by time per message.
         *
         * @return messages per task; 0 when the durations are not positive
         */
        public double targetBacklogPerTask() {
            long perMessage = timePerMessage.toMillis();
            return perMessage <= 0 ? 0 : (double) acceptableLatency.toMillis() / perMessage;
        }

        /**
         * The queue's SQS name: the last part of the ARN, or empty for a program queue (the planner names those).
         *
         * @return the name of an existing queue, or empty
         */
        public String existingQueueName() {
            return queueArn.substring(queueArn.lastIndexOf(':') + 1);
        }
    }

    /**
     * Target tracking on a custom metric.
     *
     * @param name        the policy's name in the program
     * @param metric      the metric
     * @param targetValue the value to keep it near. Valid: above 0.
     * @return the policy
     */
    static TargetTracking trackMetric(String name, Metric metric, double targetValue) {
        return new TargetTracking(name, metric, targetValue, false);
    }

    /**
     * Target tracking on metric math, e.g.
     * {@code trackMetricMath("per-task", "m1 / m2", Map.of("m1", orders, "m2", tasks), 50)}.
     *
     * @param name        the policy's name in the program
     * @param expression  over the metrics' ids
     * @param metrics     id to metric
     * @param targetValue the value to keep the expression near. Valid: above 0.
     * @return the policy
     */
    static MetricMathTracking trackMetricMath(String name, String expression, Map<String, Metric> metrics,
                                              double targetValue) {
        return new MetricMathTracking(name, expression, metrics, targetValue, false);
    }

    /**
     * Step scaling on an alarm Berth creates, with the defaults of {@link StepScaling} (change in capacity, one
     * 60-second period, 60-second cooldown, average aggregation).
     *
     * @param name       the policy's name in the program
     * @param metric     the alarm's metric
     * @param comparison above or below the threshold
     * @param threshold  the alarm's threshold
     * @param steps      the steps, relative to the threshold
     * @return the policy
     */
    static StepScaling stepScaling(String name, Metric metric, Comparison comparison, double threshold,
                                   StepAdjustment... steps) {
        return new StepScaling(name, metric, comparison, threshold, List.of(steps), AdjustmentType.CHANGE_IN_CAPACITY,
                60, 1, 1, 60, MetricAggregation.AVERAGE, 0);
    }
}
