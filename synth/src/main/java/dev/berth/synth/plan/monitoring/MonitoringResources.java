package dev.berth.synth.plan.monitoring;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/**
 * The planned CloudWatch resources: metric alarms, whoever reads them (a step-scaling policy they invoke, an ECS or
 * CodeDeploy deployment that rolls back on them), and the metric shapes alarms and scaling policies share.
 */
public final class MonitoringResources {

    private MonitoringResources() {
    }

    /**
     * A CloudWatch metric read by a statistic.
     *
     * @param dimensions in the order to write them
     * @param unit       null: any (left out)
     * @param period     seconds, for alarms and alarm queries; null elsewhere (left out)
     */
    public record MetricStat(String namespace, String metricName, List<Dimension> dimensions, String statistic,
                             String unit, Integer period) {
        public MetricStat {
            dimensions = Immutable.list(dimensions);
        }
    }

    /** A metric dimension; its value may refer to a resource (a cluster's, service's or queue's name). */
    public record Dimension(String name, Value value) {
    }

    /**
     * One query of metric math: a metric ({@code metric}) or an expression over other queries' ids.
     *
     * @param expression null for a metric query
     * @param metric     null for an expression
     * @param label      null: none
     */
    public record MetricQuery(String id, String expression, MetricStat metric, String label, boolean returnData) {
    }

    /**
     * A CloudWatch metric alarm: on a single metric ({@code metric}) or on metric math ({@code queries}).
     *
     * @param alarmName               the alarm's name (Terraform requires one)
     * @param nameGeneratedByCloudFormation true: CloudFormation leaves {@code AlarmName} out and generates one
     *                                (AlarmName is create-only, and a generated name never collides); false: both
     *                                targets write {@code alarmName}
     * @param metric                  the metric, with statistic and period; null with queries
     * @param queries                 metric math (the metrics carry their period); empty with a single metric
     * @param datapointsToAlarm       null: left out (all evaluation periods)
     * @param treatMissingData        {@code missing}, {@code notBreaching}, ...
     * @param alarmActions            the ARNs it invokes (step policies); empty: none, the alarm is read by a
     *                                deployment (ECS {@code DeploymentConfiguration.Alarms}, a CodeDeploy group)
     */
    public record Alarm(ResourceId id, String alarmName, boolean nameGeneratedByCloudFormation, String description,
                        MetricStat metric, List<MetricQuery> queries, String comparisonOperator, double threshold,
                        int evaluationPeriods, Integer datapointsToAlarm, String treatMissingData,
                        List<Value> alarmActions, Map<String, String> tags) implements PlannedResource {
        public Alarm {
            queries = Immutable.list(queries);
            alarmActions = Immutable.list(alarmActions);
            tags = Immutable.map(tags);
        }
    }
}
