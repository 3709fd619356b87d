package dev.berth.synth.planning.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.network.NatGateways;
import dev.berth.service.Service;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.task.Container;
import dev.berth.task.SecretRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What the two roles of a service are trusted by and granted, read from both targets. */
class RolePlannerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
    static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-Uv78Wx";

    static Synthesis synthesize(UnaryOperator<Container.Builder> container, UnaryOperator<Service.Builder> service) {
        Application app = Application.builder("shop").cluster("main", c -> { })
                .service("api", s -> service.apply(s.task(t -> t.container("app", c -> container.apply(c
                        .image(ECR + "/shop/api:1.0.0").port(8080))))))
                .build();
        return Synthesizer.synthesize(app);
    }

    static Synthesis synthesized(UnaryOperator<Service.Builder> service) {
        return synthesized(c -> c, service);
    }

    static Synthesis synthesized(UnaryOperator<Container.Builder> container, UnaryOperator<Service.Builder> service) {
        Synthesis synthesis = synthesize(container, service);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        return synthesis;
    }

    static JsonNode cfn(Synthesis s, String logicalId) {
        return s.cloudFormation().orElseThrow().path("Resources").path(logicalId).path("Properties");
    }

    static JsonNode tf(Synthesis s, String type, String name) {
        try {
            return JSON.readTree(s.terraform().orElseThrow().files().get("main.tf.json")).path("resource")
                    .path(type).path(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode tfDocument(JsonNode body, String field) {
        try {
            return JSON.readTree(body.path(field).asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode statement(JsonNode document, String sid) {
        for (JsonNode st : document.path("Statement")) {
            if (st.path("Sid").asText().equals(sid)) {
                return st;
            }
        }
        return JSON.missingNode();
    }

    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        } else if (!node.isMissingNode()) {
            out.add(node.isTextual() ? node.asText() : node.toString());
        }
        return out;
    }

    // ---- item 9: the execution role's trust policy

    /**
     * AWS documents {@code aws:SourceAccount} / {@code aws:SourceArn} for the task role's trust policy only; the
     * execution role's documented trust policy names the service principal alone (see RolePlanner). A condition
     * ECS does not meet would make every task fail with "unable to assume role".
     */
    @Test
    void theExecutionRoleTrustsEcsTasksWithoutSourceConditionsAndTheTaskRoleKeepsThem() {
        Synthesis s = synthesized(b -> b);

        JsonNode cfnExecution = cfn(s, "ApiExecutionRole").path("AssumeRolePolicyDocument").path("Statement").get(0);
        JsonNode tfExecution = tfDocument(tf(s, "aws_iam_role", "api_execution"), "assume_role_policy")
                .path("Statement").get(0);
        for (JsonNode trust : List.of(cfnExecution, tfExecution)) {
            assertThat(trust.path("Principal").path("Service").asText()).isEqualTo("ecs-tasks.amazonaws.com");
            assertThat(trust.has("Condition")).as("execution role trust %s", trust).isFalse();
        }

        JsonNode cfnTask = cfn(s, "ApiTaskRole").path("AssumeRolePolicyDocument").path("Statement").get(0);
        assertThat(cfnTask.path("Condition").path("StringEquals").has("aws:SourceAccount")).isTrue();
        assertThat(cfnTask.path("Condition").path("ArnLike").has("aws:SourceArn")).isTrue();
    }

    // ---- item 4: ECS Exec session logs go through the task role

    @Test
    void anExecEnabledServiceMayWriteItsSessionLogsThroughTheTaskRole() {
        Synthesis s = synthesized(b -> b.enableExecuteCommand(true));

        JsonNode cfnPolicy = cfn(s, "ApiTaskPolicy").path("PolicyDocument");
        JsonNode write = statement(cfnPolicy, "EcsExecSessionLogs");
        assertThat(texts(write.path("Action"))).containsExactly("logs:CreateLogStream", "logs:DescribeLogStreams",
                "logs:PutLogEvents");
        assertThat(texts(write.path("Resource"))).containsExactly("{\"Fn::Sub\":\"arn:${AWS::Partition}:logs:"
                + "${AWS::Region}:${AWS::AccountId}:log-group:${ApiLogGroup}:*\"}");
        JsonNode describe = statement(cfnPolicy, "EcsExecDescribeLogGroupsHasNoResourceType");
        assertThat(texts(describe.path("Action"))).containsExactly("logs:DescribeLogGroups");
        assertThat(texts(describe.path("Resource"))).containsExactly("*");
        assertThat(RolePlanner.UNSCOPABLE_ACTIONS).contains("logs:DescribeLogGroups");

        JsonNode tfPolicy = tfDocument(tf(s, "aws_iam_role_policy", "api_task"), "policy");
        assertThat(texts(statement(tfPolicy, "EcsExecSessionLogs").path("Resource"))).containsExactly(
                "arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.region}:"
                        + "${data.aws_caller_identity.current.account_id}:log-group:"
                        + "${aws_cloudwatch_log_group.api.name}:*");
    }

    @Test
    void aServiceWithoutExecGetsNoSessionLogGrants() {
        Synthesis s = synthesized(b -> b);
        assertThat(cfn(s, "ApiTaskPolicy").isMissingNode()).isTrue();
    }

    // ---- item 5: what IAM evaluates for a versioned secret

    /**
     * Today's DSL takes a Secrets Manager "ARN" with {@code :key:stage:id} appended and grants
     * {@code ...:token:AWSPREVIOUS:-??????}, which matches no secret. Either the program is rejected with the fix,
     * or the grant is the secret's own ARN.
     */
    @Test
    void aSecretArnWithKeyAndStageIsNeverGrantedAsGiven() {
        Synthesis s = synthesize(c -> c.secretFromSecretsManager("TOKEN", SECRET + ":token:AWSPREVIOUS:"), b -> b);
        if (!s.succeeded()) {
            assertThat(s.diagnostics().errors()).extracting(Diagnostic::code).containsExactly("SECRET_REFERENCE");
            return;
        }
        JsonNode read = statement(cfn(s, "ApiExecutionPolicy").path("PolicyDocument"), "ReadSecrets");
        assertThat(texts(read.path("Resource"))).containsExactly(SECRET);
    }

    @Test
    void eachFormOfSecretIsReadAsGivenAndGrantedAsIamEvaluatesIt() {
        String partial = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-master";
        Synthesis s = synthesized(c -> c
                .secretFromSecretsManager("A", SecretRef.arn(SECRET).withJsonKey("token").withVersionStage("AWSPREVIOUS"))
                .secretFromSecretsManager("B", SecretRef.partialArn(partial))
                .secretFromSecretsManager("C", SecretRef.name("prod/api").withJsonKey("key")
                        .withVersionId("9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE")), b -> b);

        JsonNode cfnRead = statement(cfn(s, "ApiExecutionPolicy").path("PolicyDocument"), "ReadSecrets");
        assertThat(texts(cfnRead.path("Resource"))).containsExactly(SECRET, partial + "-??????",
                "{\"Fn::Sub\":\"arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:"
                        + "prod/api-??????\"}");
        JsonNode tfRead = statement(tfDocument(tf(s, "aws_iam_role_policy", "api_execution"), "policy"),
                "ReadSecrets");
        assertThat(texts(tfRead.path("Resource"))).containsExactly(SECRET, partial + "-??????",
                "arn:${data.aws_partition.current.partition}:secretsmanager:${data.aws_region.current.region}:"
                        + "${data.aws_caller_identity.current.account_id}:secret:prod/api-??????");

        JsonNode cfnSecrets = s.cloudFormation().orElseThrow().path("Resources").path("ApiTaskDefinition")
                .path("Properties").path("ContainerDefinitions").get(0).path("Secrets");
        List<String> cfnValueFrom = new ArrayList<>();
        cfnSecrets.forEach(v -> cfnValueFrom.addAll(texts(v.path("ValueFrom"))));
        assertThat(cfnValueFrom).containsExactly(SECRET + ":token:AWSPREVIOUS:", partial,
                        "{\"Fn::Sub\":\"arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:"
                                + "prod/api:key::9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE\"}");
        JsonNode tfSecrets = tfDocument(tf(s, "aws_ecs_task_definition", "api"), "container_definitions").get(0)
                .path("secrets");
        assertThat(tfSecrets.findValuesAsText("valueFrom")).containsExactly(SECRET + ":token:AWSPREVIOUS:", partial,
                "arn:${data.aws_partition.current.partition}:secretsmanager:${data.aws_region.current.region}:"
                        + "${data.aws_caller_identity.current.account_id}:secret:prod/api:key::"
                        + "9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE");
    }

    @Test
    void registryCredentialsAreGrantedAsTheirCompleteArn() {
        Application app = Application.builder("shop").newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("main", c -> { })
                .service("api", sv -> sv.task(t -> t.container("app", c -> c.image("registry.example.com/shop/api:1.0.0")
                        .repositoryCredentials(SECRET))))
                .build();
        Synthesis s = Synthesizer.synthesize(app);
        assertThat(s.succeeded()).as("%s", s.diagnostics()).isTrue();
        JsonNode read = statement(cfn(s, "ApiExecutionPolicy").path("PolicyDocument"), "ReadSecrets");
        assertThat(texts(read.path("Resource"))).containsExactly(SECRET);
    }
}
