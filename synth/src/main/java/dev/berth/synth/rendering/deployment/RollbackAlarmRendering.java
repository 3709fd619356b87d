package dev.berth.synth.rendering.deployment;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.deployment.DeploymentResources.RollbackAlarm;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::CloudWatch::Alarm / aws_cloudwatch_metric_alarm. {@code Ref} of the CloudFormation alarm is its name, which
 * the service's {@code DeploymentConfiguration.Alarms.AlarmNames} lists; the provider's {@code id} is the name too.
 * Dimensions are a list of Name/Value objects in CloudFormation and a map for the provider.
 */
public final class RollbackAlarmRendering extends Rendering<RollbackAlarm> {

    public RollbackAlarmRendering() {
        super(RollbackAlarm.class, cfn("AWS::CloudWatch::Alarm", "Alarm").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_cloudwatch_metric_alarm").attr(Attr.NAME, "alarm_name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(RollbackAlarm r, Body p) {
        p.string("AlarmDescription", r.description())
                .string("Namespace", r.namespace())
                .string("MetricName", r.metricName())
                .objects("Dimensions", List.copyOf(r.dimensions().entrySet()), (d, e) -> d
                        .string("Name", e.getKey())
                        .value("Value", e.getValue()))
                .string("Statistic", r.statistic())
                .integer("Period", r.periodSeconds())
                .integer("EvaluationPeriods", r.evaluationPeriods())
                .number("Threshold", (double) r.threshold())
                .string("ComparisonOperator", r.comparisonOperator())
                .string("TreatMissingData", r.treatMissingData())
                .tags(r.tags());
    }

    @Override
    protected void terraform(RollbackAlarm r, Body b) {
        b.string("alarm_name", r.name())
                .string("alarm_description", r.description())
                .string("namespace", r.namespace())
                .string("metric_name", r.metricName())
                .valueMap("dimensions", r.dimensions())
                .string("statistic", r.statistic())
                .integer("period", r.periodSeconds())
                .integer("evaluation_periods", r.evaluationPeriods())
                .number("threshold", (double) r.threshold())
                .string("comparison_operator", r.comparisonOperator())
                .string("treat_missing_data", r.treatMissingData())
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("metric", "MetricName", "metric_name"),
                Parity.value("namespace", "Namespace", "namespace"),
                Parity.value("statistic", "Statistic", "statistic"),
                Parity.value("period", "Period", "period"),
                Parity.value("periods", "EvaluationPeriods", "evaluation_periods"),
                Parity.value("threshold", "Threshold", "threshold"),
                Parity.value("operator", "ComparisonOperator", "comparison_operator"));
    }
}
