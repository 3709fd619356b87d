package dev.berth.synth.rendering.monitoring;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.monitoring.MonitoringResources.Alarm;
import dev.berth.synth.plan.monitoring.MonitoringResources.Dimension;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricStat;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS::CloudWatch::Alarm / aws_cloudwatch_metric_alarm: a step policy's alarm (its {@code AlarmActions} are the
 * policy's ARN) or a deployment's rollback alarm (no actions; {@code Ref} is its name, which the service's
 * {@code DeploymentConfiguration.Alarms.AlarmNames} or a CodeDeploy group lists; the provider's {@code alarm_name}).
 * Dimensions are a list of {@code Name}/{@code Value} objects in CloudFormation and a map for the provider; metric
 * math is {@code Metrics} ({@code MetricStat} with {@code Period}) and {@code metric_query} blocks ({@code metric}
 * with {@code period}).
 */
public final class AlarmRendering extends Rendering<Alarm> {

    public AlarmRendering() {
        super(Alarm.class, cfn("AWS::CloudWatch::Alarm", "Alarm").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_cloudwatch_metric_alarm").attr(Attr.NAME, "alarm_name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(Alarm r, Body p) {
        p.string("AlarmName", r.nameGeneratedByCloudFormation() ? null : r.alarmName())
                .string("AlarmDescription", r.description())
                .values("AlarmActions", r.alarmActions());
        MetricStat m = r.metric();
        if (m != null) {
            p.string("Namespace", m.namespace())
                    .string("MetricName", m.metricName())
                    .objects("Dimensions", m.dimensions(), (d, dimension) -> d.string("Name", dimension.name())
                            .value("Value", dimension.value()))
                    .string("Statistic", m.statistic())
                    .integer("Period", m.period())
                    .string("Unit", m.unit());
        }
        p.objects("Metrics", r.queries(), (q, query) -> {
            q.string("Expression", query.expression()).string("Id", query.id()).string("Label", query.label());
            if (query.metric() != null) {
                MetricStat stat = query.metric();
                q.object("MetricStat", ms -> ms
                        .object("Metric", metric -> metric
                                .objects("Dimensions", stat.dimensions(), (d, dimension) -> d
                                        .string("Name", dimension.name()).value("Value", dimension.value()))
                                .string("MetricName", stat.metricName())
                                .string("Namespace", stat.namespace()))
                        .integer("Period", stat.period())
                        .string("Stat", stat.statistic())
                        .string("Unit", stat.unit()));
            }
            q.bool("ReturnData", query.returnData());
        });
        p.integer("EvaluationPeriods", r.evaluationPeriods())
                .integer("DatapointsToAlarm", r.datapointsToAlarm())
                .number("Threshold", r.threshold())
                .string("ComparisonOperator", r.comparisonOperator())
                .string("TreatMissingData", r.treatMissingData())
                .tags(r.tags());
    }

    @Override
    protected void terraform(Alarm r, Body b) {
        b.string("alarm_name", r.alarmName())
                .string("alarm_description", r.description())
                .values("alarm_actions", r.alarmActions());
        MetricStat m = r.metric();
        if (m != null) {
            b.string("namespace", m.namespace())
                    .string("metric_name", m.metricName());
            if (!m.dimensions().isEmpty()) {
                b.valueMap("dimensions", dimensions(m));
            }
            b.string("statistic", m.statistic())
                    .integer("period", m.period())
                    .string("unit", m.unit());
        }
        b.objects("metric_query", r.queries(), (q, query) -> {
            q.string("id", query.id()).string("expression", query.expression()).string("label", query.label())
                    .bool("return_data", query.returnData());
            if (query.metric() != null) {
                MetricStat stat = query.metric();
                q.object("metric", metric -> {
                    metric.string("metric_name", stat.metricName()).string("namespace", stat.namespace());
                    if (!stat.dimensions().isEmpty()) {
                        metric.valueMap("dimensions", dimensions(stat));
                    }
                    metric.integer("period", stat.period()).string("stat", stat.statistic())
                            .string("unit", stat.unit());
                });
            }
        });
        b.integer("evaluation_periods", r.evaluationPeriods())
                .integer("datapoints_to_alarm", r.datapointsToAlarm())
                .number("threshold", r.threshold())
                .string("comparison_operator", r.comparisonOperator())
                .string("treat_missing_data", r.treatMissingData())
                .tags(r.tags());
    }

    private static Map<String, Value> dimensions(MetricStat m) {
        Map<String, Value> map = new LinkedHashMap<>();
        for (Dimension d : m.dimensions()) {
            map.put(d.name(), d.value());
        }
        return map;
    }

    @Override
    public List<Parity> parity() {
        // No name parity: a name CloudFormation generates is absent from the template.
        return List.of(Parity.sorted("actions", "AlarmActions/*", "alarm_actions/*"),
                Parity.value("comparison", "ComparisonOperator", "comparison_operator"),
                Parity.value("threshold", "Threshold", "threshold"),
                Parity.value("periods", "EvaluationPeriods", "evaluation_periods"),
                Parity.value("datapoints", "DatapointsToAlarm", "datapoints_to_alarm"),
                Parity.value("treatMissingData", "TreatMissingData", "treat_missing_data"),
                Parity.value("metric", "MetricName", "metric_name"),
                Parity.value("namespace", "Namespace", "namespace"),
                Parity.value("statistic", "Statistic", "statistic"),
                Parity.value("period", "Period", "period"),
                Parity.sorted("queries", "Metrics/*/Id", "metric_query/*/id"),
                Parity.sorted("expressions", "Metrics/*/Expression", "metric_query/*/expression"));
    }
}
