package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.compute.ComputeResources.Cluster;
import dev.berth.synth.plan.compute.ComputeResources.ClusterCapacityProviders;
import dev.berth.synth.plan.compute.ComputeResources.LogGroup;
import dev.berth.synth.plan.compute.ComputeResources.Service;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.compute.ComputeResources.TaskDefinition;

import java.util.List;

import static dev.berth.synth.terraform.TfValues.text;
import static dev.berth.synth.terraform.TfValues.texts;

/** Bodies of the ECS resources: clusters, their capacity providers, log groups, task definitions and services. */
final class ComputeEmitter {


    private final TfValues values;
    private final ContainerDefinitions containers;

    ComputeEmitter(TfValues values) {
        this.values = values;
        this.containers = new ContainerDefinitions(values);
    }

    ObjectNode cluster(Cluster r) {
        ObjectNode body = Json.object();
        body.put("name", text(r.name()));
        ObjectNode setting = body.putArray("setting").addObject();
        setting.put("name", "containerInsights");
        setting.put("value", r.containerInsights());
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode clusterCapacityProviders(ClusterCapacityProviders r) {
        ObjectNode body = Json.object();
        body.put("cluster_name", values.render(r.clusterName()));
        body.set("capacity_providers", texts(r.providers()));
        putStrategy(body, "default_capacity_provider_strategy", r.defaultStrategy());
        return body;
    }

    ObjectNode logGroup(LogGroup r) {
        ObjectNode body = Json.object();
        body.put("name", text(r.name()));
        body.put("retention_in_days", r.retentionDays());
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode taskDefinition(TaskDefinition r) {
        ObjectNode body = Json.object();
        body.put("family", text(r.family()));
        // the provider types task cpu and memory as strings (the API also accepts "1 vCPU", "2 GB")
        body.put("cpu", String.valueOf(r.cpu()));
        body.put("memory", String.valueOf(r.memory()));
        body.put("network_mode", r.networkMode());
        body.set("requires_compatibilities", texts(r.requiresCompatibilities()));
        ObjectNode platform = body.putObject("runtime_platform");
        platform.put("cpu_architecture", r.cpuArchitecture());
        platform.put("operating_system_family", "LINUX");
        body.put("execution_role_arn", values.render(r.executionRoleArn()));
        body.put("task_role_arn", values.render(r.taskRoleArn()));
        body.put("container_definitions", containers.render(r.containers()));
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode service(Service r) {
        ObjectNode body = Json.object();
        body.put("name", text(r.name()));
        body.put("cluster", values.render(r.cluster()));
        body.put("task_definition", values.render(r.taskDefinition()));
        body.put("desired_count", r.desiredCount());
        // a launch type and a capacity provider strategy exclude each other; the plan gives one
        if (!r.launchType().isEmpty()) {
            body.put("launch_type", r.launchType());
        } else {
            putStrategy(body, "capacity_provider_strategy", r.capacityProviderStrategy());
        }
        if (!r.platformVersion().isEmpty()) {
            body.put("platform_version", r.platformVersion());
        }
        putNetworkConfiguration(body, r);
        body.put("deployment_minimum_healthy_percent", r.minimumHealthyPercent());
        body.put("deployment_maximum_percent", r.maximumPercent());
        ObjectNode breaker = body.putObject("deployment_circuit_breaker");
        breaker.put("enable", r.circuitBreaker());
        breaker.put("rollback", r.rollback());
        body.put("enable_execute_command", r.enableExecuteCommand());
        if (r.healthCheckGracePeriodSeconds() > 0) {
            body.put("health_check_grace_period_seconds", r.healthCheckGracePeriodSeconds());
        }
        if (!r.propagateTags().isEmpty()) {
            body.put("propagate_tags", r.propagateTags());
        }
        putLoadBalancers(body, r.loadBalancers());
        values.putTags(body, r.tags());
        return body;
    }

    /** Only awsvpc tasks have a network configuration; its subnets are required, so no subnets means none. */
    private void putNetworkConfiguration(ObjectNode body, Service r) {
        if (r.subnets().isEmpty()) {
            return;
        }
        ObjectNode network = body.putObject("network_configuration");
        network.set("subnets", values.array(r.subnets()));
        network.set("security_groups", values.array(r.securityGroups()));
        network.put("assign_public_ip", r.assignPublicIp());
    }

    private void putLoadBalancers(ObjectNode body, List<ServiceLoadBalancer> loadBalancers) {
        if (loadBalancers.isEmpty()) {
            return;
        }
        ArrayNode blocks = body.putArray("load_balancer");
        for (ServiceLoadBalancer lb : loadBalancers) {
            ObjectNode block = blocks.addObject();
            block.put("target_group_arn", values.render(lb.targetGroupArn()));
            block.put("container_name", text(lb.containerName()));
            block.put("container_port", lb.containerPort());
        }
    }

    /** A capacity provider strategy as repeated blocks; nothing when empty. */
    private static void putStrategy(ObjectNode body, String blockName, List<StrategyItem> strategy) {
        if (strategy.isEmpty()) {
            return;
        }
        ArrayNode blocks = body.putArray(blockName);
        for (StrategyItem item : strategy) {
            ObjectNode block = blocks.addObject();
            block.put("capacity_provider", text(item.provider()));
            block.put("base", item.base());
            block.put("weight", item.weight());
        }
    }
}
