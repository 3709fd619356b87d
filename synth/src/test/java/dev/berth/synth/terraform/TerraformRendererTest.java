package dev.berth.synth.terraform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.scaling.ScalingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TerraformRendererTest {

    private static final TerraformModule MODULE = TerraformRenderer.render(TerraformFixture.plan());
    private static final JsonNode MAIN = parse(MODULE.files().get("main.tf.json"));
    private static final JsonNode RESOURCES = MAIN.path("resource");

    @Test
    void writesTheFiveFilesInOrder() {
        assertThat(MODULE.name()).isEqualTo("shop");
        assertThat(MODULE.files().keySet()).containsExactly(
                "main.tf.json", "variables.tf.json", "outputs.tf.json", "versions.tf.json", "README.md");
        assertThat(MODULE.files().get("main.tf.json")).isEqualTo(Json.pretty(MAIN));
    }

    @Test
    void isDeterministic() {
        assertThat(TerraformRenderer.render(TerraformFixture.plan())).isEqualTo(MODULE);
    }

    @Test
    void addressesAreTypeAndSnakeCasedName() {
        assertThat(TerraformRenderer.address(TerraformFixture.SUBNET_A)).isEqualTo("aws_subnet.public_a");
        assertThat(TerraformRenderer.address(ResourceId.of(NetworkResources.SecurityGroupIngress.class, "web-lb", "http")))
                .isEqualTo("aws_vpc_security_group_ingress_rule.web_lb_http");
        assertThat(TerraformRenderer.type(ScalingResources.ScalableTarget.class)).isEqualTo("aws_appautoscaling_target");
        assertThat(RESOURCES.path("aws_subnet").fieldNames()).toIterable().containsExactly("public_a", "public_b");
    }

    @Test
    void typesComeInOrderOfTheirFirstResource() {
        assertThat(RESOURCES.fieldNames()).toIterable().containsExactly(
                "aws_vpc", "aws_internet_gateway", "aws_internet_gateway_attachment", "aws_subnet", "aws_route_table",
                "aws_route", "aws_route_table_association", "aws_security_group",
                "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_ecs_cluster",
                "aws_cloudwatch_log_group", "aws_iam_role", "aws_iam_role_policy", "aws_ecs_task_definition",
                "aws_lb", "aws_lb_target_group", "aws_lb_listener", "aws_lb_listener_rule", "aws_ecs_service",
                "aws_appautoscaling_target", "aws_appautoscaling_policy");
        assertThat(RESOURCES.path("aws_iam_role").fieldNames()).toIterable().containsExactly("api_execution", "api_task");
    }

    @Test
    void referencesInterpolateTheRightAttributes() {
        JsonNode subnet = RESOURCES.path("aws_subnet").path("public_a");
        assertThat(subnet.path("vpc_id").asText()).isEqualTo("${aws_vpc.main.id}");
        assertThat(subnet.path("availability_zone").asText())
                .isEqualTo("${data.aws_availability_zones.available.names[0]}");
        JsonNode service = RESOURCES.path("aws_ecs_service").path("api");
        assertThat(service.path("cluster").asText()).isEqualTo("${aws_ecs_cluster.shop.name}");
        assertThat(service.path("task_definition").asText()).isEqualTo("${aws_ecs_task_definition.api.arn}");
        assertThat(service.path("load_balancer").get(0).path("target_group_arn").asText())
                .isEqualTo("${aws_lb_target_group.api.arn}");
        assertThat(RESOURCES.path("aws_iam_role_policy").path("api_execution").path("role").asText())
                .isEqualTo("${aws_iam_role.api_execution.name}");
        assertThat(RESOURCES.path("aws_appautoscaling_target").path("api").path("resource_id").asText())
                .isEqualTo("service/${aws_ecs_cluster.shop.name}/${aws_ecs_service.api.name}");
    }

    @Test
    void declaresExactlyTheDataSourcesItUses() {
        assertThat(MAIN.fieldNames()).toIterable().containsExactly("data", "resource");
        assertThat(MAIN.path("data").fieldNames()).toIterable().containsExactly(
                "aws_partition", "aws_region", "aws_caller_identity", "aws_availability_zones");
        assertThat(MAIN.path("data").path("aws_availability_zones").path("available").path("state").asText())
                .isEqualTo("available");
        assertThat(MAIN.path("data").path("aws_region").path("current").isEmpty()).isTrue();

        JsonNode tiny = parse(TerraformRenderer.render(TerraformFixture.minimal()).files().get("main.tf.json"));
        assertThat(tiny.fieldNames()).toIterable().containsExactly("resource");
    }

    @Test
    void containerDefinitionsAreOneJsonStringOfTemplates() {
        JsonNode task = RESOURCES.path("aws_ecs_task_definition").path("api");
        assertThat(task.path("container_definitions").isTextual()).isTrue();
        JsonNode app = parse(task.path("container_definitions").asText()).get(0);
        assertThat(app.path("image").asText()).isEqualTo("public.ecr.aws/shop/api:${var.api_image_tag}");
        assertThat(app.path("environment").get(0).path("value").asText()).isEqualTo("Hello $${name}");
        assertThat(app.path("environment").get(1).path("value").asText()).isEqualTo("%%{if x}y%%{endif}");
        JsonNode options = app.path("logConfiguration").path("options");
        assertThat(options.path("awslogs-group").asText()).isEqualTo("${aws_cloudwatch_log_group.api.name}");
        assertThat(options.path("awslogs-region").asText()).isEqualTo("${data.aws_region.current.region}");
        assertThat(app.path("portMappings").get(0).has("hostPort")).isFalse();
        assertThat(app.has("cpu")).isFalse();
        assertThat(app.has("secrets")).isFalse();
        assertThat(app.path("memory").asInt()).isEqualTo(512);
        // the provider types task cpu and memory as strings
        assertThat(task.path("cpu").isTextual()).isTrue();
        assertThat(task.path("runtime_platform").path("cpu_architecture").asText()).isEqualTo("ARM64");
    }

    @Test
    void policiesAreJsonStringsWithPseudoValues() {
        JsonNode trust = parse(RESOURCES.path("aws_iam_role").path("api_task").path("assume_role_policy").asText());
        assertThat(trust.path("Statement").get(0).path("Principal").path("Service").asText())
                .isEqualTo("ecs-tasks.amazonaws.com");
        assertThat(trust.path("Statement").get(0).path("Action").asText()).isEqualTo("sts:AssumeRole");
        assertThat(trust.path("Statement").get(0).has("Resource")).isFalse();

        JsonNode policy = parse(RESOURCES.path("aws_iam_role_policy").path("api_execution").path("policy").asText());
        JsonNode logs = policy.path("Statement").get(0);
        assertThat(logs.path("Action").isArray()).isTrue();
        assertThat(logs.path("Resource").asText()).isEqualTo("${aws_cloudwatch_log_group.api.arn}:*");
        JsonNode pull = policy.path("Statement").get(1);
        assertThat(pull.path("Resource").asText()).isEqualTo("arn:${data.aws_partition.current.partition}:ecr:"
                + "${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:repository/shop/api");
        assertThat(pull.path("Condition").path("StringEquals").path("aws:ResourceAccount").asText())
                .isEqualTo("${data.aws_caller_identity.current.account_id}");
    }

    @Test
    void dependsOnIsBareAndLast() {
        JsonNode service = RESOURCES.path("aws_ecs_service").path("api");
        List<String> dependsOn = new ArrayList<>();
        service.path("depends_on").forEach(d -> dependsOn.add(d.asText()));
        assertThat(dependsOn).isEqualTo(TerraformFixture.plan().order().dependsOn(TerraformFixture.SERVICE).stream()
                .map(TerraformRenderer::address).toList()).contains("aws_lb_listener_rule.web_api");
        assertThat(lastField(service)).isEqualTo("depends_on");
        assertThat(RESOURCES.path("aws_route").path("public_default").path("depends_on").get(0).asText())
                .isEqualTo("aws_internet_gateway_attachment.main");
        // internet-facing: it waits for the gateway attachment no property names
        assertThat(RESOURCES.path("aws_lb").path("web").path("depends_on").get(0).asText())
                .isEqualTo("aws_internet_gateway_attachment.main");
        assertThat(RESOURCES.path("aws_appautoscaling_target").path("api").has("depends_on")).isFalse();
    }

    @Test
    void securityGroupsHaveSeparateRules() {
        JsonNode group = RESOURCES.path("aws_security_group").path("web_lb");
        assertThat(group.has("ingress")).isFalse();
        assertThat(group.has("egress")).isFalse();
        JsonNode fromLb = RESOURCES.path("aws_vpc_security_group_ingress_rule").path("api_web_lb");
        assertThat(fromLb.path("referenced_security_group_id").asText()).isEqualTo("${aws_security_group.web_lb.id}");
        assertThat(fromLb.path("from_port").asInt()).isEqualTo(8080);
        JsonNode all = RESOURCES.path("aws_vpc_security_group_egress_rule").path("api_all");
        assertThat(all.path("ip_protocol").asText()).isEqualTo("-1");
        assertThat(all.has("from_port")).isFalse();
        assertThat(all.has("to_port")).isFalse();
        assertThat(all.path("cidr_ipv4").asText()).isEqualTo("0.0.0.0/0");
    }

    @Test
    void loadBalancerListenerAndRule() {
        JsonNode lb = RESOURCES.path("aws_lb").path("web");
        assertThat(lb.path("internal").asBoolean(true)).isFalse();
        assertThat(lb.path("subnets")).hasSize(2);
        JsonNode listener = RESOURCES.path("aws_lb_listener").path("web_http");
        assertThat(listener.path("default_action").path("fixed_response").path("status_code").asText()).isEqualTo("404");
        assertThat(listener.has("certificate_arn")).isFalse();
        JsonNode rule = RESOURCES.path("aws_lb_listener_rule").path("web_api");
        assertThat(rule.path("action").path("type").asText()).isEqualTo("forward");
        assertThat(rule.path("condition")).hasSize(1);
        assertThat(rule.path("condition").get(0).path("path_pattern").path("values").get(0).asText())
                .isEqualTo("/api/*");
        assertThat(RESOURCES.path("aws_lb_target_group").path("api").path("deregistration_delay").asText())
                .isEqualTo("30");
    }

    @Test
    void scalingPolicyReadsItsTarget() {
        JsonNode policy = RESOURCES.path("aws_appautoscaling_policy").path("api_requests");
        assertThat(policy.path("resource_id").asText()).isEqualTo("${aws_appautoscaling_target.api.resource_id}");
        assertThat(policy.path("scalable_dimension").asText())
                .isEqualTo("${aws_appautoscaling_target.api.scalable_dimension}");
        JsonNode metric = policy.path("target_tracking_scaling_policy_configuration")
                .path("predefined_metric_specification");
        assertThat(metric.path("resource_label").asText())
                .isEqualTo("${aws_lb.web.arn_suffix}/${aws_lb_target_group.api.arn_suffix}");
    }

    @Test
    void serviceLeavesOutWhatThePlanSaysToLeaveOut() {
        JsonNode service = RESOURCES.path("aws_ecs_service").path("api");
        assertThat(service.path("launch_type").asText()).isEqualTo("FARGATE");
        assertThat(service.has("capacity_provider_strategy")).isFalse();
        assertThat(service.path("health_check_grace_period_seconds").asInt()).isEqualTo(60);
        assertThat(service.path("propagate_tags").asText()).isEqualTo("SERVICE");
        assertThat(service.path("network_configuration").path("assign_public_ip").asBoolean()).isTrue();
        assertThat(service.path("tags").fieldNames()).toIterable().containsExactly("app", "managed-by");
    }

    @Test
    void variablesCarryAnAnchoredValidation() {
        JsonNode variable = parse(MODULE.files().get("variables.tf.json")).path("variable").path("api_image_tag");
        assertThat(variable.path("type").asText()).isEqualTo("string");
        assertThat(variable.path("default").asText()).isEqualTo("latest");
        JsonNode rule = variable.path("validation").get(0);
        assertThat(rule.path("condition").asText())
                .isEqualTo("${can(regex(\"^(?:[A-Za-z0-9._-]{1,128})$\", var.api_image_tag))}");
        assertThat(rule.path("error_message").asText()).matches("[A-Z].*\\.");
    }

    @Test
    void outputsAndVersions() {
        JsonNode output = parse(MODULE.files().get("outputs.tf.json")).path("output").path("web_load_balancer_dns_name");
        assertThat(output.path("value").asText()).isEqualTo("${aws_lb.web.dns_name}");
        assertThat(output.path("description").asText()).isEqualTo("The load balancer's DNS name.");
        JsonNode terraform = parse(MODULE.files().get("versions.tf.json")).path("terraform");
        assertThat(terraform.path("required_version").asText()).isEqualTo(">= 1.5.0");
        assertThat(terraform.path("required_providers").path("aws").path("source").asText()).isEqualTo("hashicorp/aws");
        assertThat(terraform.path("required_providers").path("aws").path("version").asText())
                .isEqualTo(">= 6.0, < 7.0");
    }

    @Test
    void emptyInterfaceFilesAreEmptyObjects() {
        TerraformModule tiny = TerraformRenderer.render(TerraformFixture.minimal());
        assertThat(tiny.files().get("variables.tf.json")).isEqualTo(Json.pretty(Json.object()));
        assertThat(tiny.files().get("outputs.tf.json")).isEqualTo(Json.pretty(Json.object()));
    }

    @Test
    void readmeListsUsageInputsOutputsAndResources() {
        String readme = MODULE.files().get("README.md");
        assertThat(readme).startsWith("# shop\n\nThe shop's API on Fargate behind an Application Load Balancer.\n");
        assertThat(readme).contains("module \"shop\" {\n  source = \"./terraform/shop\"\n\n  api_image_tag = \"latest\"\n}");
        assertThat(readme).contains("[terraform](#requirement\\_terraform) | >= 1.5.0 |");
        assertThat(readme).contains("[api_image_tag](#input\\_api\\_image\\_tag) | The tag of the API image to deploy."
                + " | `string` | `\"latest\"` | no |");
        assertThat(readme).contains("[web_load_balancer_dns_name](#output\\_web\\_load\\_balancer\\_dns\\_name)");
        assertThat(readme).contains("| [aws_vpc.main](https://registry.terraform.io/providers/hashicorp/aws/latest/"
                + "docs/resources/vpc) | resource |");
        assertThat(readme).contains("[aws_region.current](https://registry.terraform.io/providers/hashicorp/aws/"
                + "latest/docs/data-sources/region) | data source |");
        assertThat(readme.indexOf("aws_vpc.main")).isLessThan(readme.indexOf("aws_appautoscaling_policy.api_requests"));
        assertThat(readme).doesNotContain("\r").endsWith(".\n");
    }

    @Test
    void readmeSaysWhatWaitsForWhatAndWhichDesiredCountsAutoScalingOwns() {
        String readme = MODULE.files().get("README.md");
        assertThat(readme).contains("## Creation order and updates",
                "| `aws_lb.web` | `aws_internet_gateway_attachment.main` |",
                "Application Auto Scaling owns the desired count of `aws_ecs_service.api`:",
                "`lifecycle { ignore_changes = [desired_count] }`");
        assertThat(readme).doesNotContain("aws_ecs_service.worker");
    }

    @Test
    void moduleValidatesAgainstTheProviderSchema() {
        assertThat(TerraformModuleValidator.validate(parsedJsonFiles(MODULE))).isEmpty();
        assertThat(TerraformModuleValidator.validate(parsedJsonFiles(TerraformRenderer.render(TerraformFixture.minimal()))))
                .isEmpty();
    }

    @Test
    void theOtherKindsValidateToo() {
        TerraformModule module = TerraformRenderer.render(TerraformFixture.privateNetwork());
        assertThat(TerraformModuleValidator.validate(parsedJsonFiles(module))).isEmpty();

        JsonNode resources = parse(module.files().get("main.tf.json")).path("resource");
        assertThat(resources.path("aws_eip").path("nat_a").path("domain").asText()).isEqualTo("vpc");
        assertThat(resources.path("aws_nat_gateway").path("a").path("allocation_id").asText())
                .isEqualTo("${aws_eip.nat_a.allocation_id}");
        assertThat(resources.path("aws_route").path("private_default").path("nat_gateway_id").asText())
                .isEqualTo("${aws_nat_gateway.a.id}");
        JsonNode s3 = resources.path("aws_vpc_endpoint").path("s3");
        assertThat(s3.path("vpc_endpoint_type").asText()).isEqualTo("Gateway");
        assertThat(s3.path("service_name").asText()).isEqualTo("com.amazonaws.${data.aws_region.current.region}.s3");
        assertThat(s3.has("subnet_ids")).isFalse();
        assertThat(resources.path("aws_vpc_endpoint").path("ecr_api").path("private_dns_enabled").asBoolean()).isTrue();
        assertThat(resources.path("aws_ecs_cluster_capacity_providers").path("shop")
                .path("default_capacity_provider_strategy")).hasSize(2);
        JsonNode redirect = resources.path("aws_lb_listener").path("web_http").path("default_action");
        assertThat(redirect.path("redirect").path("port").asText()).isEqualTo("443");
        assertThat(resources.path("aws_lb_listener").path("web_https").path("ssl_policy").asText())
                .startsWith("ELBSecurityPolicy");
        assertThat(resources.path("aws_lb").path("web").path("internal").asBoolean()).isTrue();
        JsonNode worker = resources.path("aws_ecs_service").path("worker");
        assertThat(worker.has("launch_type")).isFalse();
        assertThat(worker.has("platform_version")).isFalse();
        assertThat(worker.has("health_check_grace_period_seconds")).isFalse();
        assertThat(worker.has("propagate_tags")).isFalse();
        assertThat(worker.has("tags")).isFalse();
        assertThat(worker.path("capacity_provider_strategy").get(0).path("capacity_provider").asText())
                .isEqualTo("FARGATE_SPOT");
        assertThat(parse(module.files().get("outputs.tf.json")).path("output").path("worker_service_arn")
                .path("value").asText()).isEqualTo("${aws_ecs_service.worker.id}");
        assertThat(parse(module.files().get("main.tf.json")).path("data").fieldNames()).toIterable()
                .containsExactly("aws_region", "aws_availability_zones");
        assertThat(module.files().get("README.md")).contains("No inputs.");
    }

    static Map<String, JsonNode> parsedJsonFiles(TerraformModule module) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        module.files().forEach((name, content) -> {
            if (name.endsWith(".tf.json")) {
                files.put(name, parse(content));
            }
        });
        return files;
    }

    private static String lastField(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.get(names.size() - 1);
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
