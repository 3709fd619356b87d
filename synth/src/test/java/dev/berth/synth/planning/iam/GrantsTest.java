package dev.berth.synth.planning.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.iam.Grant;
import dev.berth.network.NatGateways;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.task.SecretRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.berth.synth.planning.iam.RolePlannerTest.JSON;
import static dev.berth.synth.planning.iam.RolePlannerTest.cfn;
import static dev.berth.synth.planning.iam.RolePlannerTest.statement;
import static dev.berth.synth.planning.iam.RolePlannerTest.synthesized;
import static dev.berth.synth.planning.iam.RolePlannerTest.texts;
import static dev.berth.synth.planning.iam.RolePlannerTest.tf;
import static dev.berth.synth.planning.iam.RolePlannerTest.tfDocument;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grants of issue 12 (task role) and what the execution role needs for environment files and encrypted registry
 * credentials, each scoped to exactly what the program names.
 */
class GrantsTest {

    static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    static final String SECRET = RolePlannerTest.SECRET;

    @Test
    void eachGrantIsScopedToItsResource() {
        Synthesis s = synthesized(b -> b.task(t -> t
                .grant(Grant.sqsSend("arn:aws:sqs:eu-west-1:123456789012:emails"))
                .grant(Grant.kmsEncryptDecrypt(KEY))
                .grant(Grant.kmsDecrypt(KEY))
                .grant(Grant.secretRead(SecretRef.name("shop/api-keys")))
                .grant(Grant.parameterRead("/shop/flags"))
                .grant(Grant.putEvents("default"))
                .grant(Grant.putMetricData("Shop/Orders"))));
        JsonNode policy = cfn(s, "ApiTaskPolicy").path("PolicyDocument");

        JsonNode send = statement(policy, "Grant1SqsSend");
        assertThat(texts(send.path("Action"))).containsExactly("sqs:GetQueueAttributes", "sqs:GetQueueUrl",
                "sqs:SendMessage");
        assertThat(texts(send.path("Resource"))).containsExactly("arn:aws:sqs:eu-west-1:123456789012:emails");
        assertThat(texts(statement(policy, "Grant2KmsEncryptDecrypt").path("Action")))
                .containsExactly("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey");
        assertThat(texts(statement(policy, "Grant2KmsEncryptDecrypt").path("Resource"))).containsExactly(KEY);
        assertThat(texts(statement(policy, "Grant3KmsDecrypt").path("Action"))).containsExactly("kms:Decrypt");
        JsonNode secret = statement(policy, "Grant4ReadSecret");
        assertThat(texts(secret.path("Action"))).containsExactly("secretsmanager:DescribeSecret",
                "secretsmanager:GetSecretValue");
        assertThat(texts(secret.path("Resource"))).containsExactly("{\"Fn::Sub\":\"arn:${AWS::Partition}:"
                + "secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:shop/api-keys-??????\"}");
        JsonNode parameter = statement(policy, "Grant5ReadParameter");
        assertThat(texts(parameter.path("Action"))).containsExactly("ssm:GetParameter", "ssm:GetParameters");
        assertThat(texts(parameter.path("Resource"))).containsExactly("{\"Fn::Sub\":\"arn:${AWS::Partition}:"
                + "ssm:${AWS::Region}:${AWS::AccountId}:parameter/shop/flags\"}");
        assertThat(texts(statement(policy, "Grant6PutEvents").path("Resource"))).containsExactly(
                "{\"Fn::Sub\":\"arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default\"}");

        // PutMetricData has no resource type: "*", scoped by the namespace condition, in both targets.
        String sid = "Grant7PutMetricDataHasNoResourceTypeScopedToNamespace";
        JsonNode metrics = statement(policy, sid);
        assertThat(texts(metrics.path("Action"))).containsExactly("cloudwatch:PutMetricData");
        assertThat(texts(metrics.path("Resource"))).containsExactly("*");
        assertThat(metrics.path("Condition").path("StringEquals").path("cloudwatch:namespace").asText())
                .isEqualTo("Shop/Orders");
        JsonNode tfMetrics = statement(tfDocument(tf(s, "aws_iam_role_policy", "api_task"), "policy"), sid);
        assertThat(tfMetrics.path("Condition").path("StringEquals").path("cloudwatch:namespace").asText())
                .isEqualTo("Shop/Orders");
        assertThat(RolePlanner.UNSCOPABLE_ACTIONS).contains("cloudwatch:PutMetricData");
    }

    /** "Pass environment variables to an Amazon ECS container": s3:GetObject on the file, GetBucketLocation on its bucket. */
    @Test
    void theExecutionRoleReadsExactlyTheEnvironmentFilesAndFindsTheirBuckets() {
        Synthesis s = synthesized(c -> c.environmentFile("arn:aws:s3:::shop-config/api.env")
                .environmentFile("arn:aws:s3:::shop-config/prod/api.env"), b -> b);
        JsonNode policy = cfn(s, "ApiExecutionPolicy").path("PolicyDocument");
        JsonNode read = statement(policy, "ReadEnvironmentFiles");
        assertThat(texts(read.path("Action"))).containsExactly("s3:GetObject");
        assertThat(texts(read.path("Resource"))).containsExactly("arn:aws:s3:::shop-config/api.env",
                "arn:aws:s3:::shop-config/prod/api.env");
        JsonNode locate = statement(policy, "LocateEnvironmentFileBuckets");
        assertThat(texts(locate.path("Action"))).containsExactly("s3:GetBucketLocation");
        assertThat(texts(locate.path("Resource"))).containsExactly("arn:aws:s3:::shop-config");
        assertThat(statement(tfDocument(tf(s, "aws_iam_role_policy", "api_execution"), "policy"),
                "LocateEnvironmentFileBuckets").path("Resource").asText()).isEqualTo("arn:aws:s3:::shop-config");
    }

    @Test
    void encryptedRegistryCredentialsAreDecryptedWithExactlyTheirKey() {
        dev.berth.Application app = dev.berth.Application.builder("shop")
                .newVpc(v -> v.natGateways(NatGateways.SINGLE)).cluster("main", c -> { })
                .service("api", sv -> sv.task(t -> t.container("app", c -> c
                        .image("registry.example.com/shop/api:1.0.0").repositoryCredentials(SECRET, KEY))))
                .build();
        Synthesis s = Synthesizer.synthesize(app);
        assertThat(s.succeeded()).as("%s", s.diagnostics()).isTrue();
        JsonNode policy = cfn(s, "ApiExecutionPolicy").path("PolicyDocument");
        assertThat(texts(statement(policy, "ReadSecrets").path("Resource"))).containsExactly(SECRET);
        JsonNode decrypt = statement(policy, "DecryptSecrets");
        assertThat(texts(decrypt.path("Action"))).containsExactly("kms:Decrypt");
        assertThat(texts(decrypt.path("Resource"))).containsExactly(KEY);
    }

    @Test
    void grantedServicesGetTheirEndpointsWithoutNat() {
        Synthesis s = synthesized(b -> b.task(t -> t.grant(Grant.kmsDecrypt(KEY))
                .grant(Grant.putEvents("default")).grant(Grant.putMetricData("Shop/Orders"))
                .grant(Grant.secretRead(SecretRef.name("shop/x"))).grant(Grant.parameterRead("/shop/y"))));
        List<String> endpoints = new java.util.ArrayList<>();
        s.cloudFormation().orElseThrow().path("Resources").properties().forEach(r -> {
            if (r.getValue().path("Type").asText().equals("AWS::EC2::VPCEndpoint")) {
                endpoints.add(r.getKey());
            }
        });
        assertThat(endpoints).contains("KmsEndpoint", "EventsEndpoint", "MonitoringEndpoint",
                "SecretsmanagerEndpoint", "SsmEndpoint");
        assertThat(JSON).isNotNull();
    }
}
