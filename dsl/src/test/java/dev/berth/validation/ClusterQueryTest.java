package dev.berth.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster query language check accepts the documented examples and names the first error of others. */
class ClusterQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "attribute:ecs.instance-type == t2.small",
            "attribute:ecs.instance-type =~ g5.*",
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            "attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone != us-east-1d",
            "not(attribute:ecs.instance-type =~ t2.*)",
            "task:group == service:production",
            "attribute:stack exists",
            "attribute:ecs.os-type !exists || ec2InstanceId in ['i-0123', 'i-4567']",
            "(attribute:ecs.cpu-architecture == arm64 or attribute:gpu exists) && runningTasksCount < 5",
            "registeredAt >= 2024-01-01T00:00:00Z",
            "attribute:ecs.availability-zone not_in [us-east-1a]"})
    void acceptsTheDocumentedGrammar(String expression) {
        assertThat(ClusterQuery.error(expression)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "attribute:ecs.instance-type ==", "instanceType == t2.small",
            "attribute:a == b attribute:c == d", "attribute:a in b", "(attribute:a exists",
            "attribute:a like b", "attribute: == b", "attribute:a in [x y]", "and attribute:a exists"})
    void rejectsMalformedExpressions(String expression) {
        assertThat(ClusterQuery.error(expression)).isNotNull();
    }
}
