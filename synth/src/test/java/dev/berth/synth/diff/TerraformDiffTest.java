package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Replacement and change decisions on small hand-made Terraform modules. */
class TerraformDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final TerraformDiff diff = new TerraformDiff();

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private List<String> lines(String before, String after) {
        return diff.compare(Map.of("shop", json(before)), Map.of("shop", json(after))).stream()
                .flatMap(s -> s.changes().stream()).map(Change::line).toList();
    }

    @Test
    void anArgumentInIgnoreChangesIsNotChanged() {
        String module = "{'resource': {'aws_ecs_service': {'api': {'name': 'shop-api', 'desired_count': %d,"
                + " 'lifecycle': {'ignore_changes': ['desired_count']}}}}}";
        assertThat(lines(module.formatted(2), module.formatted(3))).isEmpty();
        assertThat(lines(module.formatted(2), module.formatted(2).replace("'lifecycle': {'ignore_changes':"
                + " ['desired_count']}", "'depends_on': ['aws_iam_role.x']")))
                .containsExactly("~ aws_ecs_service.api changed (depends_on, lifecycle)");
    }

    @Test
    void aSecurityGroupRuleIsReplacedWhenItsKindOfSourceChanges() {
        String rule = "{'resource': {'aws_vpc_security_group_ingress_rule': {'from_alb': {"
                + " 'security_group_id': '${aws_security_group.tasks.id}', 'ip_protocol': 'tcp', %s}}}}";
        assertThat(lines(rule.formatted("'cidr_ipv4': '10.0.0.0/16'"), rule.formatted("'cidr_ipv4': '10.1.0.0/16'")))
                .containsExactly("~ aws_vpc_security_group_ingress_rule.from_alb changed (arguments: cidr_ipv4)");
        assertThat(lines(rule.formatted("'cidr_ipv4': '10.0.0.0/16'"),
                rule.formatted("'referenced_security_group_id': 'sg-1'"))).containsExactly(
                "! aws_vpc_security_group_ingress_rule.from_alb will be replaced: its source changed from cidr_ipv4"
                        + " to referenced_security_group_id");
    }

    @Test
    void aReplacementReachesOnlyTheReferencesWhoseValueChanges() {
        String module = "{'resource': {"
                + "'aws_cloudwatch_log_group': {'api': {'name': '/ecs/shop/api', 'log_group_class': '%s'}},"
                + "'aws_ecs_task_definition': {'api': {'family': 'shop-api', 'container_definitions':"
                + " '[{\\'name\\':\\'app\\',\\'logConfiguration\\':{\\'options\\':{\\'awslogs-group\\':"
                + "\\'${aws_cloudwatch_log_group.api.name}\\'}}}]'}},"
                + "'aws_iam_role_policy': {'api': {'role': 'r', 'policy': '{\\'Resource\\':"
                + " \\'${aws_cloudwatch_log_group.api.arn}\\'}'}}}}";
        assertThat(lines(module.formatted("STANDARD"), module.formatted("INFREQUENT_ACCESS"))).containsExactly(
                "! aws_cloudwatch_log_group.api will be replaced: log_group_class changed",
                "~ aws_iam_role_policy.api changed (arguments: policy (refers to aws_cloudwatch_log_group.api,"
                        + " which will be replaced))");
    }

    @Test
    void aConfiguredValueThatRefersToAReplacedResourceChangesToo() {
        String module = "{'resource': {"
                + "'aws_ecs_cluster': {'shop': {'name': '%s'}},"
                + "'aws_appautoscaling_policy': {'api': {'name': 'cpu', 'service_namespace': 'ecs',"
                + " 'resource_id': '${aws_appautoscaling_target.api.resource_id}'}},"
                + "'aws_appautoscaling_target': {'api': {'service_namespace': 'ecs', 'max_capacity': 2,"
                + " 'resource_id': 'service/${aws_ecs_cluster.shop.name}/api'}}}}";
        assertThat(lines(module.formatted("shop"), module.formatted("shop-2"))).containsExactly(
                "! aws_appautoscaling_policy.api will be replaced: resource_id refers to aws_appautoscaling_target.api,"
                        + " which will be replaced",
                "! aws_appautoscaling_target.api will be replaced: resource_id refers to aws_ecs_cluster.shop, which"
                        + " will be replaced",
                "! aws_ecs_cluster.shop will be replaced: name changed");
    }

    @Test
    void aBlockTheProviderMarksForceNewIsReplacedByAnyChangeInside() {
        String module = "{'resource': {'aws_ecs_task_definition': {'api': {'family': 'shop-api',"
                + " 'runtime_platform': {'cpu_architecture': '%s', 'operating_system_family': 'LINUX'}}}}}";
        assertThat(lines(module.formatted("X86_64"), module.formatted("ARM64")))
                .containsExactly("~ aws_ecs_task_definition.api gets a new revision: runtime_platform changed");
    }

    @Test
    void jsonStringsAreComparedAsDocuments() {
        String module = "{'resource': {'aws_iam_role': {'task': {'assume_role_policy': '%s'}}}}";
        assertThat(lines(module.formatted("{\\'Version\\': \\'2012-10-17\\'}"),
                module.formatted("{\\n  \\'Version\\':\\'2012-10-17\\'\\n}"))).isEmpty();
    }

    @Test
    void variablesOutputsAndDataSourcesAreComparedByName() {
        String before = "{'variable': {'api_image_tag': {'default': '1.0'}}, 'output': {'url': {'value': 'a'}},"
                + " 'data': {'aws_region': {'current': {}}},"
                + " 'resource': {'aws_ecs_task_definition': {'api': {'family': 'f', 'container_definitions':"
                + " '[{\\'image\\':\\'r/api:${var.api_image_tag}\\'}]'}}}}";
        String after = before.replace("'1.0'", "'1.1'").replace("'output': {'url': {'value': 'a'}}",
                "'output': {'dns': {'value': 'b'}}").replace("'data': {'aws_region': {'current': {}}}",
                "'data': {}");
        assertThat(lines(before, after)).containsExactly(
                "~ aws_ecs_task_definition.api gets a new revision: container_definitions refers to variable"
                        + " api_image_tag, whose default changed",
                "- data aws_region.current",
                "- output url",
                "~ variable api_image_tag changed (default)",
                "+ output dns");
    }
}
