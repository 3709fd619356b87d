package dev.berth.synth.rendering.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.iam.Grant;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A queue of the program, end to end: its dead-letter queue, both targets, and grants scoped to its ARN. */
class QueueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    private static Application program() {
        Application.Builder app = ScalePrograms.withServices(2).toBuilder()
                .queue("jobs", q -> q.visibilityTimeoutSeconds(120).maxReceiveCount(3))
                .queue("audit", q -> q.maxReceiveCount(0));
        Application base = app.build();
        return base.toBuilder()
                .withoutService("svc-0000").withoutService("svc-0001")
                .service(base.services().get(0).toBuilder().task(t -> t.grant(Grant.sendToQueue("jobs"))).build())
                .service(base.services().get(1).toBuilder().task(t -> t.grant(Grant.consumeQueue("jobs"))
                        .grant(Grant.sendToQueue("audit"))).build())
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
    void aQueueGetsAnEncryptedDeadLetterQueueAndARedrivePolicy() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode jobs = cfn("JobsQueue").path("Properties");
        assertThat(cfn("JobsQueue").path("Type").asText()).isEqualTo("AWS::SQS::Queue");
        assertThat(jobs.path("QueueName").asText()).isEqualTo("scale-jobs");
        assertThat(jobs.path("VisibilityTimeout").asInt()).isEqualTo(120);
        assertThat(jobs.path("SqsManagedSseEnabled").asBoolean()).isTrue();
        assertThat(jobs.path("RedrivePolicy").toString())
                .isEqualTo("{\"deadLetterTargetArn\":{\"Fn::GetAtt\":[\"JobsDlqQueue\",\"Arn\"]},\"maxReceiveCount\":3}");
        assertThat(cfn("JobsDlqQueue").path("Properties").path("MessageRetentionPeriod").asInt()).isEqualTo(1_209_600);
        assertThat(cfn("AuditDlqQueue").isMissingNode()).as("maxReceiveCount 0: no dead-letter queue").isTrue();

        JsonNode tfJobs = tf("aws_sqs_queue", "jobs");
        assertThat(tfJobs.path("redrive_policy").asText())
                .isEqualTo("{\"deadLetterTargetArn\":\"${aws_sqs_queue.jobs_dlq.arn}\",\"maxReceiveCount\":3}");
        assertThat(tfJobs.path("sqs_managed_sse_enabled").asBoolean()).isTrue();
    }

    @Test
    void grantsAreScopedToTheQueuesArn() {
        String consumer = cfn("Svc0001TaskPolicy").path("Properties").path("PolicyDocument").toString();
        assertThat(consumer).contains("\"sqs:ReceiveMessage\"", "\"sqs:DeleteMessage\"",
                "{\"Fn::GetAtt\":[\"JobsQueue\",\"Arn\"]}", "\"sqs:SendMessage\"",
                "{\"Fn::GetAtt\":[\"AuditQueue\",\"Arn\"]}");
        String producer = cfn("Svc0000TaskPolicy").path("Properties").path("PolicyDocument").toString();
        assertThat(producer).contains("\"sqs:SendMessage\"").doesNotContain("ReceiveMessage", "AuditQueue");
    }

    @Test
    void bothTargetsAreSchemaValidWithTheQueueUrlAsOutput() throws Exception {
        synthesis.cloudFormationStacks().forEach(stack -> assertThat(CloudFormationTemplateValidator.validate(
                JSON.valueToTree(stack.template()))).isEmpty());
        Map<String, JsonNode> module = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : synthesis.terraform().orElseThrow().files().entrySet()) {
            if (file.getKey().endsWith(".json")) {
                module.put(file.getKey(), JSON.readTree(file.getValue()));
            }
        }
        assertThat(TerraformModuleValidator.validate(module)).isEmpty();
        assertThat(synthesis.cloudFormation().orElseThrow().path("Outputs").path("JobsQueueUrl").path("Value")
                .toString()).isEqualTo("{\"Ref\":\"JobsQueue\"}");
    }
}
