package dev.berth.synth.rendering.scaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.network.NatGateways;
import dev.berth.scaling.AdjustmentType;
import dev.berth.scaling.Comparison;
import dev.berth.scaling.Metric;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.ScheduledScaling;
import dev.berth.scaling.Statistic;
import dev.berth.scaling.StepAdjustment;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of scaling end to end: an SQS queue worker scaled to zero (backlog per task by metric math, the step
 * policy and alarm that start its first task, the consume grant and the queue's KMS key), step scaling on an alarm,
 * custom-metric and metric-math target tracking, schedules; both targets schema-valid.
 */
class ScalingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    static Application program() {
        Metric pending = Metric.of("Shop/Orders", "Pending").withDimension("Service", "api")
                .withStatistic(Statistic.SUM).withUnit("Count");
        return Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.SINGLE))
                .cluster("main", c -> { })
                .queue("jobs", q -> q.visibilityTimeoutSeconds(120).kmsKeyArn(KEY))
                // the queue worker: scales on the backlog per task, from zero when the queue is empty
                .service("worker", s -> s
                        .task(t -> t.container("worker", c -> c.image(IMAGE + "worker:2.0.0")))
                        .desiredCount(0)
                        .autoScaling(a -> a.minCapacity(0).maxCapacity(20)
                                .queueBacklog("jobs", Duration.ofMinutes(1), Duration.ofSeconds(2))))
                .service("api", s -> s
                        .task(t -> t.container("app", c -> c.image(IMAGE + "api:1.4.2").port(8080)))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(12).cpuTargetPercent(60).disableScaleIn(true)
                                .policy(ScalingPolicy.trackMetric("pending", pending, 100).withScaleInDisabled())
                                .policy(ScalingPolicy.trackMetricMath("per-task", "m1 / m2", Map.of("m1", pending,
                                        "m2", Metric.of("ECS/ContainerInsights", "RunningTaskCount")
                                                .withDimension("ServiceName", "api")), 50))
                                .policy(ScalingPolicy.stepScaling("burst", pending, Comparison.GREATER_THAN_OR_EQUAL,
                                                500, StepAdjustment.between(0, 250, 10), StepAdjustment.from(250, 50))
                                        .withAdjustmentType(AdjustmentType.PERCENT_CHANGE_IN_CAPACITY)
                                        .withMinAdjustmentMagnitude(1).withEvaluation(60, 3, 2))
                                .schedule("night", "cron(0 20 ? * MON-FRI *)", 2, 4)
                                .schedule(ScheduledScaling.of("morning", "cron(0 7 ? * MON-FRI *)", 4,
                                        ScheduledScaling.KEEP).withTimeZone("Europe/Berlin"))))
                .build();
    }

    private JsonNode cfn(String logicalId) {
        return synthesis.cloudFormation().orElseThrow().path("Resources").path(logicalId);
    }

    private JsonNode tf(String type, String name) throws Exception {
        return JSON.readTree(synthesis.terraform().orElseThrow().files().get("main.tf.json"))
                .path("resource").path(type).path(name);
    }

    @Test
    void theQueueWorkerTracksTheBacklogPerTaskByMetricMath() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode c = cfn("WorkerBacklogScalingPolicy").path("Properties").path("TargetTrackingScalingPolicyConfiguration");
        assertThat(c.path("TargetValue").asDouble()).as("60 s / 2 s per message").isEqualTo(30.0);
        JsonNode metrics = c.path("CustomizedMetricSpecification").path("Metrics");
        assertThat(metrics.toString()).contains("\"Namespace\":\"AWS/SQS\"", "ApproximateNumberOfMessagesVisible",
                "{\"Name\":\"QueueName\",\"Value\":{\"Fn::GetAtt\":[\"JobsQueue\",\"QueueName\"]}}",
                "\"Namespace\":\"ECS/ContainerInsights\"", "RunningTaskCount", "\"Expression\":\"m1 / m2\"");
        JsonNode t = tf("aws_appautoscaling_policy", "worker_backlog").path("target_tracking_scaling_policy_configuration");
        assertThat(t.path("customized_metric_specification").path("metrics").toString())
                .contains("\"value\":\"${aws_sqs_queue.jobs.name}\"", "\"expression\":\"m1 / m2\"");
    }

    @Test
    void aWorkerScaledToZeroStartsItsFirstTaskByAStepPolicyOnAnAlarm() throws Exception {
        JsonNode policy = cfn("WorkerBacklogFromZeroScalingPolicy").path("Properties");
        assertThat(policy.path("PolicyType").asText()).isEqualTo("StepScaling");
        assertThat(policy.path("StepScalingPolicyConfiguration").path("StepAdjustments").toString())
                .isEqualTo("[{\"MetricIntervalLowerBound\":0.0,\"ScalingAdjustment\":1}]");
        JsonNode alarm = cfn("WorkerBacklogFromZeroAlarm").path("Properties");
        assertThat(cfn("WorkerBacklogFromZeroAlarm").path("Type").asText()).isEqualTo("AWS::CloudWatch::Alarm");
        assertThat(alarm.path("AlarmActions").toString())
                .isEqualTo("[{\"Fn::GetAtt\":[\"WorkerBacklogFromZeroScalingPolicy\",\"Arn\"]}]");
        assertThat(alarm.path("Metrics").toString()).contains("IF(FILL(m2, 0) < 1, m1, 0)", "\"Period\":60");
        assertThat(alarm.path("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");
        JsonNode tfAlarm = tf("aws_cloudwatch_metric_alarm", "worker_backlog_from_zero");
        assertThat(tfAlarm.path("alarm_actions").toString())
                .isEqualTo("[\"${aws_appautoscaling_policy.worker_backlog_from_zero.arn}\"]");
        assertThat(tfAlarm.path("metric_query").toString()).contains("\"dimensions\":{\"QueueName\":"
                + "\"${aws_sqs_queue.jobs.name}\"}");
        assertThat(cfn("ApiBacklogFromZeroAlarm").isMissingNode()).isTrue();
    }

    @Test
    void theWorkerMayConsumeExactlyItsQueueAndDecryptWithItsKey() {
        String document = cfn("WorkerQueuesPolicy").path("Properties").path("PolicyDocument").toString();
        assertThat(document).contains("\"sqs:ReceiveMessage\"", "\"sqs:DeleteMessage\"",
                "\"sqs:ChangeMessageVisibility\"", "\"sqs:GetQueueAttributes\"",
                "{\"Fn::GetAtt\":[\"JobsQueue\",\"Arn\"]}", "\"kms:Decrypt\"", KEY)
                .doesNotContain("SendMessage", "GenerateDataKey", "\"*\"");
        assertThat(cfn("JobsQueue").path("Properties").path("KmsMasterKeyId").asText()).isEqualTo(KEY);
        assertThat(cfn("JobsQueue").path("Properties").has("SqsManagedSseEnabled")).isFalse();
        assertThat(cfn("JobsDlqQueue").path("Properties").path("KmsMasterKeyId").asText()).isEqualTo(KEY);
        assertThat(cfn("ApiQueuesPolicy").isMissingNode()).isTrue();
    }

    @Test
    void stepPoliciesGetTheirAlarmAndCustomMetricsTheirSpecification() throws Exception {
        JsonNode burst = cfn("ApiBurstScalingPolicy").path("Properties").path("StepScalingPolicyConfiguration");
        assertThat(burst.toString()).isEqualTo("{\"AdjustmentType\":\"PercentChangeInCapacity\",\"Cooldown\":60,"
                + "\"MetricAggregationType\":\"Average\",\"MinAdjustmentMagnitude\":1,\"StepAdjustments\":["
                + "{\"MetricIntervalLowerBound\":0.0,\"MetricIntervalUpperBound\":250.0,\"ScalingAdjustment\":10},"
                + "{\"MetricIntervalLowerBound\":250.0,\"ScalingAdjustment\":50}]}");
        JsonNode tfBurst = tf("aws_appautoscaling_policy", "api_burst").path("step_scaling_policy_configuration");
        assertThat(tfBurst.path("step_adjustment").toString()).isEqualTo("[{\"metric_interval_lower_bound\":\"0\","
                + "\"metric_interval_upper_bound\":\"250\",\"scaling_adjustment\":10},"
                + "{\"metric_interval_lower_bound\":\"250\",\"scaling_adjustment\":50}]");
        JsonNode alarm = cfn("ApiBurstAlarm").path("Properties");
        assertThat(alarm.path("Threshold").asDouble()).isEqualTo(500.0);
        assertThat(alarm.path("EvaluationPeriods").asInt()).isEqualTo(3);
        assertThat(alarm.path("DatapointsToAlarm").asInt()).isEqualTo(2);
        assertThat(alarm.path("Dimensions").toString()).isEqualTo("[{\"Name\":\"Service\",\"Value\":\"api\"}]");
        assertThat(tf("aws_cloudwatch_metric_alarm", "api_burst").path("dimensions").toString())
                .isEqualTo("{\"Service\":\"api\"}");
        JsonNode pending = cfn("ApiPendingScalingPolicy").path("Properties").path("TargetTrackingScalingPolicyConfiguration");
        assertThat(pending.path("CustomizedMetricSpecification").toString()).isEqualTo("{\"Dimensions\":[{\"Name\":"
                + "\"Service\",\"Value\":\"api\"}],\"MetricName\":\"Pending\",\"Namespace\":\"Shop/Orders\","
                + "\"Statistic\":\"Sum\",\"Unit\":\"Count\"}");
        assertThat(pending.path("DisableScaleIn").asBoolean()).isTrue();
        assertThat(cfn("ApiCpuScalingPolicy").path("Properties").path("TargetTrackingScalingPolicyConfiguration")
                .path("DisableScaleIn").asBoolean()).as("disableScaleIn on the built-in targets").isTrue();
    }

    @Test
    void schedulesAreTheTargetsScheduledActionsOrResourcesBesideIt() throws Exception {
        JsonNode actions = cfn("ApiScalableTarget").path("Properties").path("ScheduledActions");
        assertThat(actions.toString()).isEqualTo("[{\"ScalableTargetAction\":{\"MaxCapacity\":4,\"MinCapacity\":2},"
                + "\"Schedule\":\"cron(0 20 ? * MON-FRI *)\",\"ScheduledActionName\":\"shop-api-night\"},"
                + "{\"ScalableTargetAction\":{\"MinCapacity\":4},\"Schedule\":\"cron(0 7 ? * MON-FRI *)\","
                + "\"ScheduledActionName\":\"shop-api-morning\",\"Timezone\":\"Europe/Berlin\"}]");
        JsonNode morning = tf("aws_appautoscaling_scheduled_action", "api_morning");
        assertThat(morning.path("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(morning.path("scalable_target_action").toString()).isEqualTo("{\"min_capacity\":\"4\"}");
        assertThat(morning.path("resource_id").asText()).isEqualTo("${aws_appautoscaling_target.api.resource_id}");
        assertThat(morning.path("depends_on").toString())
                .as("one after another on one target").isEqualTo("[\"aws_appautoscaling_scheduled_action.api_night\"]");
        assertThat(tf("aws_appautoscaling_scheduled_action", "api_night").has("depends_on")).isFalse();
    }

    @Test
    void bothTargetsAreSchemaValid() throws Exception {
        synthesis.cloudFormationStacks().forEach(stack -> assertThat(CloudFormationTemplateValidator.validate(
                JSON.valueToTree(stack.template()))).isEmpty());
        Map<String, JsonNode> module = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : synthesis.terraform().orElseThrow().files().entrySet()) {
            if (file.getKey().endsWith(".json")) {
                module.put(file.getKey(), JSON.readTree(file.getValue()));
            }
        }
        assertThat(TerraformModuleValidator.validate(module)).isEmpty();
        // For cfn-lint (run by hand: cfn-lint target/scaling-test/*.json).
        Path out = Files.createDirectories(Path.of("target/scaling-test"));
        Files.writeString(out.resolve("shop.template.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(synthesis.cloudFormation().orElseThrow()));
    }
}
