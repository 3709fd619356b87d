package dev.berth.synth.planning.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.network.NatGateways;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import dev.berth.task.FireLens;
import dev.berth.task.LogRouter;
import dev.berth.task.Logging;
import dev.berth.task.TaskDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FireLens (issue 12): the log router container, the awsfirelens options of each output, the start order, the task
 * role's scoped statements, the destination log group, in both targets, validated against their schemas.
 */
class FireLensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private static Synthesis synthesized(Logging logging, UnaryOperator<TaskDefinition.Builder> task) {
        Application app = Application.builder("shop").newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("main", c -> { })
                .service("api", s -> s.task(t -> task.apply(t.logRouter()
                        .container("app", c -> c.image(ECR + "/shop/api:1.0.0").port(8080).logging(logging)))))
                .build();
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        assertThat(CloudFormationTemplateValidator.validate(synthesis.cloudFormation().orElseThrow())).isEmpty();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        synthesis.terraform().orElseThrow().files().forEach((name, text) -> {
            if (name.endsWith(".json")) {
                files.put(name, read(text));
            }
        });
        assertThat(TerraformModuleValidator.validate(files)).isEmpty();
        return synthesis;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode cfn(Synthesis s) {
        return s.cloudFormation().orElseThrow().path("Resources");
    }

    private static JsonNode tfContainers(Synthesis s) {
        JsonNode main = read(s.terraform().orElseThrow().files().get("main.tf.json"));
        return read(main.path("resource").path("aws_ecs_task_definition").path("api").path("container_definitions")
                .asText());
    }

    private static JsonNode taskPolicy(Synthesis s) {
        return cfn(s).path("ApiTaskPolicy").path("Properties").path("PolicyDocument").path("Statement");
    }

    @Test
    void theRouterRunsFluentBitAsRootWithItsOwnAwslogsAndStartsFirst() {
        Synthesis s = synthesized(Logging.fireLens(FireLens.cloudWatchLogs()), t -> t);
        JsonNode containers = cfn(s).path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions");
        JsonNode router = containers.get(0);
        assertThat(router.path("Name").asText()).isEqualTo("log_router");
        assertThat(router.path("Image").asText()).isEqualTo(LogRouter.AWS_FOR_FLUENT_BIT_IMAGE);
        assertThat(router.path("Essential").asBoolean()).isTrue();
        assertThat(router.path("MemoryReservation").asInt()).isEqualTo(50);
        assertThat(router.path("User").asText()).isEqualTo("0");
        assertThat(router.path("FirelensConfiguration").toString())
                .isEqualTo("{\"Type\":\"fluentbit\",\"Options\":{\"enable-ecs-log-metadata\":\"true\"}}");
        assertThat(router.path("LogConfiguration").path("LogDriver").asText()).isEqualTo("awslogs");
        JsonNode app = containers.get(1);
        assertThat(app.path("DependsOn").toString())
                .isEqualTo("[{\"ContainerName\":\"log_router\",\"Condition\":\"START\"}]");
        JsonNode tf = tfContainers(s);
        assertThat(tf.get(0).path("user").asText()).isEqualTo("0");
        assertThat(tf.get(0).path("firelensConfiguration").path("type").asText()).isEqualTo("fluentbit");
        assertThat(tf.get(1).path("dependsOn").get(0).path("containerName").asText()).isEqualTo("log_router");
    }

    @Test
    void cloudWatchLogsGoToTheServicesDeclaredGroupWithScopedWrites() {
        Synthesis s = synthesized(Logging.fireLens(FireLens.cloudWatchLogs()), t -> t);
        JsonNode log = cfn(s).path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions").get(1)
                .path("LogConfiguration");
        assertThat(log.path("LogDriver").asText()).isEqualTo("awsfirelens");
        assertThat(log.path("Options").toString()).isEqualTo("{\"Name\":\"cloudwatch_logs\",\"region\":{\"Ref\":"
                + "\"AWS::Region\"},\"log_group_name\":{\"Ref\":\"ApiLogGroup\"},\"log_stream_prefix\":\"api/\","
                + "\"auto_create_group\":\"false\"}");
        // One group, shared by the router's awslogs and the app's FireLens output.
        assertThat(cfn(s).path("ApiLogGroup").path("Properties").path("LogGroupName").asText())
                .isEqualTo("/ecs/shop/api");
        assertThat(taskPolicy(s).toString()).contains("\"Sid\":\"FireLensWriteLogs\"",
                "\"logs:CreateLogStream\",\"logs:PutLogEvents\"", ":log-group:${ApiLogGroup}:*\"");
        JsonNode tf = tfContainers(s).get(1).path("logConfiguration").path("options");
        assertThat(tf.path("log_group_name").asText()).isEqualTo("${aws_cloudwatch_log_group.api.name}");
    }

    @Test
    void aFireLensGroupOfItsOwnIsDeclaredWithItsSettings() {
        String key = "arn:aws:kms:eu-west-1:123456789012:key/logs";
        Synthesis s = synthesized(Logging.builder().fireLens(FireLens.cloudWatchLogs()).logGroupName("/shop/api-app")
                .retentionDays(90).kmsKey(key).removalPolicy(RemovalPolicy.RETAIN).streamPrefix("app-").build(),
                t -> t);
        JsonNode group = cfn(s).path("ApiAppLogGroup");
        assertThat(group.path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(group.path("Properties").path("RetentionInDays").asInt()).isEqualTo(90);
        assertThat(group.path("Properties").path("KmsKeyId").asText()).isEqualTo(key);
        JsonNode options = cfn(s).path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions").get(1)
                .path("LogConfiguration").path("Options");
        assertThat(options.path("log_group_name").toString()).isEqualTo("{\"Ref\":\"ApiAppLogGroup\"}");
        assertThat(options.path("log_stream_prefix").asText()).isEqualTo("app-");
    }

    @Test
    void firehoseWritesToTheNamedStreamOnly() {
        Synthesis s = synthesized(Logging.fireLens(FireLens.firehose("shop-logs")), t -> t);
        JsonNode options = cfn(s).path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions").get(1)
                .path("LogConfiguration").path("Options");
        assertThat(options.toString()).isEqualTo("{\"Name\":\"kinesis_firehose\",\"region\":{\"Ref\":\"AWS::Region\"},"
                + "\"delivery_stream\":\"shop-logs\"}");
        assertThat(taskPolicy(s).toString()).contains("\"Sid\":\"FireLensFirehose\"", "\"firehose:PutRecordBatch\"",
                ":deliverystream/shop-logs");
        assertThat(tfContainers(s).get(1).path("logConfiguration").path("options").path("region").asText())
                .isEqualTo("${data.aws_region.current.region}");
    }

    @Test
    void s3WritesUnderTheKeyPrefixOnly() {
        Synthesis s = synthesized(Logging.fireLens(FireLens.s3("shop-logs")), t -> t);
        JsonNode options = cfn(s).path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions").get(1)
                .path("LogConfiguration").path("Options");
        assertThat(options.path("Name").asText()).isEqualTo("s3");
        assertThat(options.path("bucket").asText()).isEqualTo("shop-logs");
        assertThat(options.path("s3_key_format").asText()).isEqualTo("/shop/api/$TAG/%Y/%m/%d/%H/%M/%S");
        assertThat(taskPolicy(s).toString()).contains("\"Sid\":\"FireLensS3\"", "\"Action\":\"s3:PutObject\"",
                ":s3:::shop-logs/shop/api/*");
    }

    @Test
    void aFluentdRouterWithItsOwnFileAndAnExistingDependency() {
        Synthesis s = synthesized(Logging.fireLens(FireLens.s3("shop-logs", "logs/")), t -> t);
        Application app = Application.builder("shop").newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("main", c -> { })
                .service("api", sv -> sv.task(t -> t
                        .container("router", c -> c.image(ECR + "/fluentd:1.17").logRouter(LogRouter.fluentd()
                                .withEcsLogMetadata(false).withConfigFile("/fluentd/etc/extra.conf")))
                        .container("app", c -> c.image(ECR + "/shop/api:1.0.0")
                                .dependsOn("router", dev.berth.task.DependencyCondition.START)
                                .logging(Logging.fireLens(FireLens.firehose("shop-logs"))))))
                .build();
        Synthesis fluentd = Synthesizer.synthesize(app);
        assertThat(fluentd.succeeded()).as("%s", fluentd.diagnostics()).isTrue();
        JsonNode containers = cfn(fluentd).path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions");
        assertThat(containers.get(0).path("FirelensConfiguration").toString()).isEqualTo("{\"Type\":\"fluentd\","
                + "\"Options\":{\"enable-ecs-log-metadata\":\"false\",\"config-file-type\":\"file\","
                + "\"config-file-value\":\"/fluentd/etc/extra.conf\"}}");
        assertThat(containers.get(1).path("DependsOn").toString())
                .isEqualTo("[{\"ContainerName\":\"router\",\"Condition\":\"START\"}]");
        assertThat(taskPolicy(s).toString()).contains(":s3:::shop-logs/logs/*");
    }
}
