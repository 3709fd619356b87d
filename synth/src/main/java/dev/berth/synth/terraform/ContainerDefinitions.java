package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDependency;
import dev.berth.synth.plan.compute.ComputeResources.EnvironmentVariable;
import dev.berth.synth.plan.compute.ComputeResources.HealthCheck;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.PortMapping;
import dev.berth.synth.plan.compute.ComputeResources.SecretVariable;

import java.util.List;
import java.util.function.BiConsumer;

import static dev.berth.synth.terraform.TfValues.text;
import static dev.berth.synth.terraform.TfValues.texts;

/**
 * A task definition's containers as the provider wants them: one string holding the JSON array of container
 * definitions in ECS API spelling. The string is itself a Terraform template, so its string leaves are template
 * renderings ({@code ${var.image}} interpolates, a user's {@code ${} is {@code $${}).
 */
final class ContainerDefinitions {

    private final TfValues values;

    ContainerDefinitions(TfValues values) {
        this.values = values;
    }

    String render(List<ContainerDefinition> containers) {
        ArrayNode array = Json.array();
        containers.forEach(c -> array.add(container(c)));
        return Json.compact(array);
    }

    private ObjectNode container(ContainerDefinition c) {
        ObjectNode node = Json.object();
        node.put("name", text(c.name()));
        node.put("image", values.render(c.image()));
        putPositive(node, "cpu", c.cpu());
        putPositive(node, "memory", c.memory());
        putPositive(node, "memoryReservation", c.memoryReservation());
        node.put("essential", c.essential());
        putList(node, "portMappings", c.portMappings(), this::portMapping);
        putList(node, "environment", c.environment(), this::environmentVariable);
        putList(node, "secrets", c.secrets(), this::secret);
        c.repositoryCredentials().ifPresent(arn ->
                node.putObject("repositoryCredentials").put("credentialsParameter", values.render(arn)));
        c.healthCheck().ifPresent(check -> healthCheck(node.putObject("healthCheck"), check));
        putStrings(node, "command", c.command());
        putStrings(node, "entryPoint", c.entryPoint());
        putList(node, "dependsOn", c.dependsOn(), this::dependency);
        c.logging().ifPresent(logging -> logConfiguration(node.putObject("logConfiguration"), logging));
        node.put("readonlyRootFilesystem", c.readonlyRootFilesystem());
        return node;
    }

    private void portMapping(ObjectNode node, PortMapping port) {
        node.put("containerPort", port.containerPort());
        putPositive(node, "hostPort", port.hostPort());
        node.put("protocol", port.protocol());
        if (!port.name().isEmpty()) {
            node.put("name", text(port.name()));
        }
    }

    private void environmentVariable(ObjectNode node, EnvironmentVariable variable) {
        node.put("name", text(variable.name()));
        node.put("value", text(variable.value()));
    }

    private void secret(ObjectNode node, SecretVariable secret) {
        node.put("name", text(secret.name()));
        node.put("valueFrom", values.render(secret.valueFrom()));
    }

    private void healthCheck(ObjectNode node, HealthCheck check) {
        node.set("command", texts(check.command()));
        node.put("interval", check.interval());
        node.put("timeout", check.timeout());
        node.put("retries", check.retries());
        node.put("startPeriod", check.startPeriod());
    }

    private void dependency(ObjectNode node, ContainerDependency dependency) {
        node.put("containerName", text(dependency.containerName()));
        node.put("condition", dependency.condition());
    }

    private void logConfiguration(ObjectNode node, LogConfiguration logging) {
        node.put("logDriver", logging.driver());
        ObjectNode options = node.putObject("options");
        logging.options().forEach((name, value) -> options.put(text(name), values.render(value)));
    }

    /** ECS reads zero as "not set" for these, so zero is left out. */
    private static void putPositive(ObjectNode node, String field, int value) {
        if (value > 0) {
            node.put(field, value);
        }
    }

    private static void putStrings(ObjectNode node, String field, List<String> strings) {
        if (!strings.isEmpty()) {
            node.set(field, texts(strings));
        }
    }

    /** A list of objects, left out when empty so the provider does not see a difference from what ECS returns. */
    private static <T> void putList(ObjectNode node, String field, List<T> items, BiConsumer<ObjectNode, T> writer) {
        if (items.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(field);
        items.forEach(item -> writer.accept(array.addObject(), item));
    }
}
