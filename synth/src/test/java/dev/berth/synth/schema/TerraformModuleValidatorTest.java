package dev.berth.synth.schema;

import static dev.berth.synth.schema.CloudFormationTemplateValidatorTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TerraformModuleValidatorTest {

    /** A small module in the layout Berth writes, with every kind of reference resolving. */
    private static final String MAIN = """
            {
              "data": { "aws_region": { "current": {} } },
              "locals": { "name": "${var.name}-svc" },
              "resource": {
                "aws_vpc": { "main": { "cidr_block": "10.0.0.0/16", "enable_dns_hostnames": true,
                                       "tags": { "Name": "${local.name}", "Note": "$${not.an_expression}" } } },
                "aws_subnet": { "private": { "count": 2, "vpc_id": "${aws_vpc.main.id}",
                                             "cidr_block": "${cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)}" } },
                "aws_security_group": { "service": {
                  "name": "svc", "vpc_id": "${aws_vpc.main.id}",
                  "egress": [{ "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"] }] } },
                "aws_ecs_cluster": { "this": { "name": "${var.name}", "setting": [{ "name": "containerInsights", "value": "enabled" }] } },
                "aws_cloudwatch_log_group": { "app": { "name": "/berth/api", "retention_in_days": 30 } },
                "aws_iam_role": { "execution": {
                  "name": "api-execution",
                  "assume_role_policy": "${jsonencode({Version = \\"2012-10-17\\", Statement = [{Effect = \\"Allow\\", Action = \\"sts:AssumeRole\\", Principal = {Service = \\"ecs-tasks.amazonaws.com\\"}}]})}" } },
                "aws_ecs_task_definition": { "app": {
                  "family": "api", "cpu": "256", "memory": "512", "network_mode": "awsvpc",
                  "requires_compatibilities": ["FARGATE"],
                  "execution_role_arn": "${aws_iam_role.execution.arn}",
                  "container_definitions": "${jsonencode([{name = \\"app\\", image = \\"nginx:1.27\\", logConfiguration = {logDriver = \\"awslogs\\", options = {\\"awslogs-group\\" = aws_cloudwatch_log_group.app.name, \\"awslogs-region\\" = data.aws_region.current.region}}}])}" } },
                "aws_ecs_service": { "api": {
                  "name": "api",
                  "cluster": "${aws_ecs_cluster.this.id}",
                  "task_definition": "${aws_ecs_task_definition.app.arn}",
                  "desired_count": 2,
                  "launch_type": "FARGATE",
                  "network_configuration": { "subnets": "${aws_subnet.private[*].id}", "security_groups": ["${aws_security_group.service.id}"], "assign_public_ip": false },
                  "deployment_circuit_breaker": [{ "enable": true, "rollback": true }],
                  "depends_on": ["aws_cloudwatch_log_group.app"],
                  "lifecycle": { "ignore_changes": ["desired_count"] } } }
              }
            }
            """;
    private static final String VARIABLES = "{ \"variable\": { \"name\": { \"type\": \"string\", \"default\": \"api\" } } }";
    private static final String OUTPUTS = """
            { "output": { "service_name": { "value": "${aws_ecs_service.api.name}" }, "vpc_id": { "value": "${aws_vpc.main.id}" } } }
            """;
    private static final String VERSIONS = """
            { "terraform": { "required_version": ">= 1.5", "required_providers": { "aws": { "source": "hashicorp/aws", "version": ">= 6.0" } } } }
            """;

    @Test
    void validModulePasses() {
        assertThat(TerraformModuleValidator.validate(module())).isEmpty();
    }

    @Test
    void unknownResourceTypeFails() {
        assertThat(problemsAfterMain(m -> resources(m).set("aws_ecs_servis", json("{\"x\": {\"name\": \"x\"}}"))))
                .singleElement().asString().contains("resource.aws_ecs_servis.x", "unknown resource type");
    }

    @Test
    void unknownAttributeFails() {
        assertThat(problemsAfterMain(m -> service(m).put("desired_cnt", 2)))
                .singleElement().asString().contains("main.tf.json", "resource.aws_ecs_service.api", "desired_cnt");
    }

    @Test
    void unknownAttributeInNestedBlockFails() {
        assertThat(problemsAfterMain(m -> ((ObjectNode) service(m).get("network_configuration")).put("public_ip", true)))
                .singleElement().asString().contains("resource.aws_ecs_service.api.network_configuration", "public_ip");
    }

    @Test
    void missingRequiredAttributeFails() {
        assertThat(problemsAfterMain(m -> service(m).remove("name")))
                .anySatisfy(p -> assertThat(p).contains("resource.aws_ecs_service.api", "missing required attribute name"));
    }

    @Test
    void missingRequiredAttributeInNestedBlockFails() {
        assertThat(problemsAfterMain(m -> ((ObjectNode) service(m).get("network_configuration")).remove("subnets")))
                .singleElement().asString().contains("resource.aws_ecs_service.api.network_configuration", "missing required attribute subnets");
    }

    @Test
    void computedOnlyAttributeFails() {
        assertThat(problemsAfterMain(m -> ((ObjectNode) resources(m).at("/aws_vpc/main")).put("owner_id", "123456789012")))
                .singleElement().asString().contains("resource.aws_vpc.main.owner_id", "computed");
    }

    @Test
    void wrongTypesFail() {
        assertThat(problemsAfterMain(m -> service(m).put("desired_count", "two")))
                .singleElement().asString().contains("resource.aws_ecs_service.api.desired_count", "string found, number expected");
        assertThat(problemsAfterMain(m -> service(m).set("launch_type", json("[\"FARGATE\"]"))))
                .singleElement().asString().contains("resource.aws_ecs_service.api.launch_type", "array found");
        assertThat(problemsAfterMain(m -> ((ObjectNode) resources(m).at("/aws_vpc/main")).set("tags", json("[\"a\"]"))))
                .singleElement().asString().contains("resource.aws_vpc.main.tags", "map");
        assertThat(problemsAfterMain(m -> ((ObjectNode) resources(m).at("/aws_security_group/service/egress/0")).put("to_port", "all")))
                .singleElement().asString().contains("resource.aws_security_group.service.egress[0].to_port", "number expected");
    }

    @Test
    void expressionsFitAnyTypeButEscapedOnesAreLiterals() {
        assertThat(problemsAfterMain(m -> {
            service(m).put("desired_count", "${var.name == \"api\" ? 2 : 1}");
            service(m).put("enable_execute_command", "${var.name != \"\"}");
            ((ObjectNode) resources(m).at("/aws_vpc/main")).put("tags", "${merge({}, {Name = local.name})}");
        })).isEmpty();
        assertThat(problemsAfterMain(m -> service(m).put("desired_count", "$${var.count}")))
                .singleElement().asString().contains("resource.aws_ecs_service.api.desired_count", "number expected");
    }

    @Test
    void blockItemLimitsAreEnforced() {
        assertThat(problemsAfterMain(m -> service(m).set("network_configuration", json(
                "[{\"subnets\": [\"a\"]}, {\"subnets\": [\"b\"]}]"))))
                .singleElement().asString().contains("resource.aws_ecs_service.api.network_configuration", "at most 1");
        assertThat(problemsAfterMain(m -> resources(m).withObjectProperty("aws_lb_listener").set("http", json(
                "{\"load_balancer_arn\": \"arn\", \"port\": 80}"))))
                .singleElement().asString().contains("resource.aws_lb_listener.http", "missing required block default_action");
    }

    @Test
    void metaArgumentsAreAllowed() {
        assertThat(problemsAfterMain(m -> {
            ((ObjectNode) resources(m).at("/aws_subnet/private")).remove("count");
            ((ObjectNode) resources(m).at("/aws_subnet/private")).put("for_each", "${toset([\"a\", \"b\"])}");
            ((ObjectNode) resources(m).at("/aws_subnet/private")).put("cidr_block", "${each.value}");
            service(m).set("lifecycle", json("{\"create_before_destroy\": true}"));
        })).isEmpty();
    }

    @Test
    void referenceToUndeclaredResourceFails() {
        assertThat(problemsAfterMain(m -> service(m).put("cluster", "${aws_ecs_cluster.main.id}")))
                .singleElement().asString().contains("resource.aws_ecs_service.api.cluster", "aws_ecs_cluster.main");
    }

    @Test
    void referenceToUnknownAttributeFails() {
        assertThat(problemsAfterMain(m -> service(m).put("task_definition", "${aws_ecs_task_definition.app.task_arn}")))
                .singleElement().asString().contains("resource.aws_ecs_service.api.task_definition", "task_arn");
    }

    @Test
    void undeclaredVariableLocalAndDataFail() {
        assertThat(problemsAfterMain(m -> {
            service(m).put("name", "${var.service_name}");
            service(m).put("propagate_tags", "${local.tags_from}");
            service(m).put("iam_role", "${data.aws_iam_role.ecs.arn}");
        })).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("resource.aws_ecs_service.api.name", "var.service_name"))
                .anySatisfy(p -> assertThat(p).contains("resource.aws_ecs_service.api.propagate_tags", "local.tags_from"))
                .anySatisfy(p -> assertThat(p).contains("resource.aws_ecs_service.api.iam_role", "data.aws_iam_role.ecs.arn"));
    }

    @Test
    void dependsOnUndeclaredResourceFails() {
        assertThat(problemsAfterMain(m -> service(m).set("depends_on", json("[\"aws_lb_listener.http\"]"))))
                .singleElement().asString().contains("resource.aws_ecs_service.api.depends_on", "aws_lb_listener.http");
    }

    @Test
    void lifecycleIgnoresOnlyAttributesTheResourceHas() {
        assertThat(problemsAfterMain(m -> service(m).set("lifecycle",
                json("{\"ignore_changes\": [\"desired_count\", \"tags[\\\"Name\\\"]\", \"load_balancer\"]}"))))
                .isEmpty();
        assertThat(problemsAfterMain(m -> service(m).set("lifecycle", json("{\"ignore_changes\": \"all\"}"))))
                .isEmpty();
        assertThat(problemsAfterMain(m -> service(m).set("lifecycle", json("{\"ignore_changes\": [\"desired_cnt\"]}"))))
                .singleElement().asString().contains("resource.aws_ecs_service.api.lifecycle.ignore_changes",
                        "desired_cnt");
    }

    @Test
    void lifecycleArgumentsAreChecked() {
        assertThat(problemsAfterMain(m -> service(m).set("lifecycle",
                json("{\"ignore_change\": [\"desired_count\"], \"prevent_destroy\": \"yes\"}"))))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("lifecycle", "ignore_change is not a lifecycle argument"))
                .anySatisfy(p -> assertThat(p).contains("lifecycle.prevent_destroy", "must be a bool"));
        assertThat(problemsAfterMain(m -> service(m).set("lifecycle", json("{\"ignore_changes\": \"desired_count\"}"))))
                .singleElement().asString().contains("ignore_changes", "must be \"all\" or a list");
    }

    @Test
    void dependencyCycleFails() {
        assertThat(problemsAfterMain(m -> ((ObjectNode) resources(m).at("/aws_vpc/main")).set("depends_on", json("[\"aws_ecs_service.api\"]"))))
                .singleElement().asString().contains("dependency cycle", "aws_ecs_service.api", "aws_vpc.main");
    }

    @Test
    void outputReferencesAreChecked() {
        Map<String, JsonNode> files = module();
        ((ObjectNode) files.get("outputs.tf.json").at("/output/vpc_id")).put("value", "${aws_vpc.primary.id}");
        assertThat(TerraformModuleValidator.validate(files))
                .singleElement().asString().contains("outputs.tf.json", "output.vpc_id", "aws_vpc.primary");
    }

    @Test
    void awsProviderMustBeRequired() {
        Map<String, JsonNode> files = module();
        files.put("versions.tf.json", json("{\"terraform\": {\"required_providers\": {\"aws\": {\"source\": \"someone/aws\"}}}}"));
        assertThat(TerraformModuleValidator.validate(files))
                .singleElement().asString().contains("versions.tf.json", "hashicorp/aws");
        files.remove("versions.tf.json");
        assertThat(TerraformModuleValidator.validate(files)).singleElement().asString().contains("hashicorp/aws");
    }

    @Test
    void traversalsAreReadFromExpressions() {
        assertThat(TerraformExpressions.traversalsInTemplate(
                "a ${aws_subnet.x[count.index].id} $${aws_vpc.literal} %{ for s in var.list }${s.name}%{ endfor } ${upper(\"${local.y}\")} ${1.5 + data.d.n.v}")
                .stream().map(TerraformExpressions.Traversal::text).toList())
                .containsExactly("count.index", "aws_subnet.x.id", "for", "s", "in", "var.list", "s.name", "endfor", "local.y", "data.d.n.v");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Map<String, JsonNode> module() {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        files.put("main.tf.json", json(MAIN));
        files.put("variables.tf.json", json(VARIABLES));
        files.put("outputs.tf.json", json(OUTPUTS));
        files.put("versions.tf.json", json(VERSIONS));
        return files;
    }

    private static List<String> problemsAfterMain(Consumer<JsonNode> edit) {
        Map<String, JsonNode> files = module();
        edit.accept(files.get("main.tf.json"));
        return TerraformModuleValidator.validate(files);
    }

    private static ObjectNode resources(JsonNode main) {
        return (ObjectNode) main.get("resource");
    }

    private static ObjectNode service(JsonNode main) {
        return (ObjectNode) main.at("/resource/aws_ecs_service/api");
    }
}
