package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.compute.ComputeResources.Cluster;
import dev.berth.synth.plan.compute.ComputeResources.ClusterCapacityProviders;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDependency;
import dev.berth.synth.plan.compute.ComputeResources.EnvironmentVariable;
import dev.berth.synth.plan.compute.ComputeResources.HealthCheck;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.LogGroup;
import dev.berth.synth.plan.compute.ComputeResources.PortMapping;
import dev.berth.synth.plan.compute.ComputeResources.SecretVariable;
import dev.berth.synth.plan.compute.ComputeResources.Service;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.compute.ComputeResources.TaskDefinition;

import java.util.List;

/** Properties of the ECS resources and log groups: AWS::ECS::*, AWS::Logs::LogGroup. */
final class ComputeEmitter {


    private ComputeEmitter() {
    }

    static ObjectNode cluster(Cluster r) {
        ArrayNode settings = Json.array()
                .add(Props.keyValue("Name", "containerInsights", "Value", r.containerInsights()));
        return new Props()
                .string("ClusterName", r.name())
                .json("ClusterSettings", settings)
                .tags(r.tags())
                .build();
    }

    static ObjectNode clusterCapacityProviders(ClusterCapacityProviders r) {
        return new Props()
                .value("Cluster", r.clusterName())
                .strings("CapacityProviders", r.providers())
                .json("DefaultCapacityProviderStrategy", strategy(r.defaultStrategy())) // required, even if []
                .build();
    }

    static ObjectNode logGroup(LogGroup r) {
        return new Props()
                .string("LogGroupName", r.name())
                .integer("RetentionInDays", r.retentionDays())
                .tags(r.tags())
                .build();
    }

    static ObjectNode taskDefinition(TaskDefinition r) {
        ObjectNode runtimePlatform = new Props()
                .string("CpuArchitecture", r.cpuArchitecture())
                .string("OperatingSystemFamily", "LINUX")
                .build();
        return new Props()
                .string("Family", r.family())
                // Task-level Cpu and Memory are strings in CloudFormation (they also accept "1 vCPU", "2 GB").
                .string("Cpu", String.valueOf(r.cpu()))
                .string("Memory", String.valueOf(r.memory()))
                .string("NetworkMode", r.networkMode())
                .strings("RequiresCompatibilities", r.requiresCompatibilities())
                .json("RuntimePlatform", runtimePlatform)
                .value("ExecutionRoleArn", r.executionRoleArn())
                .value("TaskRoleArn", r.taskRoleArn())
                .json("ContainerDefinitions", Props.each(r.containers(), ComputeEmitter::container))
                .tags(r.tags())
                .build();
    }

    private static ObjectNode container(ContainerDefinition c) {
        Props props = new Props()
                .string("Name", c.name())
                .value("Image", c.image())
                .integerIfPositive("Cpu", c.cpu())
                .integerIfPositive("Memory", c.memory())
                .integerIfPositive("MemoryReservation", c.memoryReservation())
                .bool("Essential", c.essential())
                .arrayUnlessEmpty("PortMappings", Props.each(c.portMappings(), ComputeEmitter::portMapping))
                .arrayUnlessEmpty("Environment", Props.each(c.environment(), ComputeEmitter::environmentVariable))
                .arrayUnlessEmpty("Secrets", Props.each(c.secrets(), ComputeEmitter::secret));
        c.repositoryCredentials().ifPresent(credentials ->
                props.json("RepositoryCredentials", new Props().value("CredentialsParameter", credentials).build()));
        c.healthCheck().ifPresent(check -> props.json("HealthCheck", healthCheck(check)));
        props.strings("Command", c.command())
                .strings("EntryPoint", c.entryPoint())
                .arrayUnlessEmpty("DependsOn", Props.each(c.dependsOn(), ComputeEmitter::containerDependency));
        c.logging().ifPresent(logging -> props.json("LogConfiguration", logConfiguration(logging)));
        return props.bool("ReadonlyRootFilesystem", c.readonlyRootFilesystem()).build();
    }

    private static ObjectNode portMapping(PortMapping p) {
        return new Props()
                .integer("ContainerPort", p.containerPort())
                .integerIfPositive("HostPort", p.hostPort())
                .string("Protocol", p.protocol())
                .stringUnlessEmpty("Name", p.name())
                .build();
    }

    private static ObjectNode environmentVariable(EnvironmentVariable e) {
        return Props.keyValue("Name", e.name(), "Value", e.value());
    }

    private static ObjectNode secret(SecretVariable s) {
        return new Props().string("Name", s.name()).value("ValueFrom", s.valueFrom()).build();
    }

    private static ObjectNode healthCheck(HealthCheck h) {
        return new Props()
                .strings("Command", h.command())
                .integer("Interval", h.interval())
                .integer("Timeout", h.timeout())
                .integer("Retries", h.retries())
                .integer("StartPeriod", h.startPeriod())
                .build();
    }

    private static ObjectNode containerDependency(ContainerDependency d) {
        return Props.keyValue("ContainerName", d.containerName(), "Condition", d.condition());
    }

    private static ObjectNode logConfiguration(LogConfiguration l) {
        Props options = new Props();
        l.options().forEach(options::value);
        return new Props().string("LogDriver", l.driver()).json("Options", options.build()).build();
    }

    static ObjectNode service(Service r) {
        Props props = new Props()
                .string("ServiceName", r.name())
                .value("Cluster", r.cluster())
                .value("TaskDefinition", r.taskDefinition())
                .integer("DesiredCount", r.desiredCount());
        // A service has a launch type or a capacity provider strategy, never both.
        if (r.launchType().isEmpty()) {
            props.arrayUnlessEmpty("CapacityProviderStrategy", strategy(r.capacityProviderStrategy()));
        } else {
            props.string("LaunchType", r.launchType());
        }
        props.stringUnlessEmpty("PlatformVersion", r.platformVersion());
        if (!r.subnets().isEmpty()) { // only awsvpc tasks have a network configuration
            props.json("NetworkConfiguration", networkConfiguration(r));
        }
        props.json("DeploymentConfiguration", deploymentConfiguration(r))
                .bool("EnableExecuteCommand", r.enableExecuteCommand());
        if (r.healthCheckGracePeriodSeconds() > 0) {
            props.integer("HealthCheckGracePeriodSeconds", r.healthCheckGracePeriodSeconds());
        }
        props.stringUnlessEmpty("PropagateTags", r.propagateTags());
        return props.arrayUnlessEmpty("LoadBalancers", Props.each(r.loadBalancers(), ComputeEmitter::loadBalancer))
                .tags(r.tags())
                .build();
    }

    private static ObjectNode networkConfiguration(Service r) {
        ObjectNode awsvpc = new Props()
                .string("AssignPublicIp", r.assignPublicIp() ? "ENABLED" : "DISABLED")
                .values("SecurityGroups", r.securityGroups())
                .values("Subnets", r.subnets())
                .build();
        return new Props().json("AwsvpcConfiguration", awsvpc).build();
    }

    private static ObjectNode deploymentConfiguration(Service r) {
        ObjectNode circuitBreaker = new Props()
                .bool("Enable", r.circuitBreaker())
                .bool("Rollback", r.rollback())
                .build();
        return new Props()
                .integer("MaximumPercent", r.maximumPercent())
                .integer("MinimumHealthyPercent", r.minimumHealthyPercent())
                .json("DeploymentCircuitBreaker", circuitBreaker)
                .build();
    }

    private static ObjectNode loadBalancer(ServiceLoadBalancer lb) {
        return new Props()
                .string("ContainerName", lb.containerName())
                .integer("ContainerPort", lb.containerPort())
                .value("TargetGroupArn", lb.targetGroupArn())
                .build();
    }

    private static ArrayNode strategy(List<StrategyItem> items) {
        return Props.each(items, item -> new Props()
                .string("CapacityProvider", item.provider())
                .integer("Base", item.base())
                .integer("Weight", item.weight())
                .build());
    }
}
