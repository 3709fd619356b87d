package dev.berth.synth.planning.capacity;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.compute.Ec2Capacity;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.SubnetSelection;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.capacity.CapacityResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans the EC2 capacity providers of the clusters: per provider an instance role (with the AWS managed policies
 * the ECS agent and Systems Manager need) and its instance profile, the instances' security group (HTTPS out, like
 * tasks; load balancers' rules are added by the exposures of bridge and host services), a launch template booting
 * the ECS-optimized AMI (resolved by EC2 at each launch from AWS's public SSM parameter) with the agent's settings,
 * IMDSv2 only and an encrypted root volume, an Auto Scaling group of mixed instance types across the private
 * subnets, and the ECS capacity provider with managed scaling, termination protection and draining.
 */
public final class Ec2CapacityPlanner {

    private static final String ANYWHERE = "0.0.0.0/0";
    /** The logging drivers the agent offers tasks; awslogs through the task's execution role. */
    private static final String LOGGING_DRIVERS = "[\"json-file\",\"awslogs\",\"fluentd\",\"none\"]";

    private Ec2CapacityPlanner() {
    }

    /** A planned EC2 capacity provider: the security group of its instances and its physical name. */
    public record PlannedCapacity(Ec2Capacity spec, ResourceId instancesGroup, String providerName) {
    }

    /** The security group of a provider's instances. */
    public static ResourceId instancesGroup(String provider) {
        return ResourceId.of(NetworkResources.SecurityGroup.class, provider, "instances");
    }

    /**
     * The capacity provider's physical name: the program's name for it followed by the application's, unique in the
     * region for each program (names of capacity providers are), and never starting with a prefix ECS reserves
     * (validation keeps the program's name from starting with aws, ecs or fargate).
     */
    public static String providerName(String application, String provider) {
        return provider + "-" + application;
    }

    /** Plans every provider of every cluster; returns them by the program's provider name. */
    public static Map<String, PlannedCapacity> plan(Application app, Map<String, ResourceId> clusters,
                                                    PlannedNetwork network, PlanBuilder plan) {
        Map<String, PlannedCapacity> planned = new LinkedHashMap<>();
        for (Cluster cluster : app.clusters()) {
            for (Ec2Capacity e : cluster.ec2Capacity()) {
                planned.put(e.name(), provider(app, e, clusters.get(cluster.name()), network, plan));
            }
        }
        return planned;
    }

    private static PlannedCapacity provider(Application app, Ec2Capacity e, ResourceId cluster,
                                            PlannedNetwork network, PlanBuilder plan) {
        String name = e.name();
        ResourceId role = ResourceId.of(IamResources.Role.class, name, "instance");
        // The ECS agent registers the instance and pulls images with the instance role (AmazonEC2ContainerService-
        // forEC2Role); Session Manager replaces SSH (AmazonSSMManagedInstanceCore). AWS updates both as the agent
        // needs: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html.
        plan.add(new IamResources.Role(role, "ECS container instances of capacity provider " + name,
                IamResources.PolicyDocument.of(List.of(IamResources.Statement.allow("Ec2Instances",
                        "ec2.amazonaws.com", List.of("sts:AssumeRole"), List.of(), Map.of()))),
                plan.tagsNamed(name + "-instance"),
                List.of(managedPolicy("service-role/AmazonEC2ContainerServiceforEC2Role"),
                        managedPolicy("AmazonSSMManagedInstanceCore"))));
        ResourceId profile = ResourceId.of(IamResources.InstanceProfile.class, name, "instance");
        plan.add(new IamResources.InstanceProfile(profile, role.attr(Attr.NAME), plan.tagsNamed(name + "-instance")));

        ResourceId group = instancesGroup(name);
        plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(),
                "ECS container instances of capacity provider " + name, plan.tagsNamed(name + "-instances")));
        plan.add(new NetworkResources.SecurityGroupEgress(
                ResourceId.of(NetworkResources.SecurityGroupEgress.class, name, "instances", "https"),
                group.attr(Attr.ID), "tcp", 443, 443, new NetworkResources.Cidr(ANYWHERE),
                "HTTPS to ECS, ECR, AWS APIs, VPC endpoints and S3"));

        ResourceId template = ResourceId.of(CapacityResources.LaunchTemplate.class, name);
        Map<String, String> instanceTags = plan.tagsNamed(name);
        // Hop limit 1: the agent (host network) reaches IMDSv2, containers behind Docker's bridge do not, so no task
        // reads the instance role's credentials; tasks use their own roles through the ECS credential endpoint
        // (ECS_AWSVPC_BLOCK_IMDS blocks awsvpc tasks as well). AWS's advice: "Amazon ECS task and container security
        // best practices", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html.
        plan.add(new CapacityResources.LaunchTemplate(template, "resolve:ssm:" + e.ami().ssmParameter(),
                profile.attr(Attr.ARN), List.of(group.attr(Attr.ID)), userData(e, cluster), "required", 1,
                blockDevices(e), instanceTags, plan.tagsNamed(name)));

        ResourceId asg = ResourceId.of(CapacityResources.AutoScalingGroup.class, name);
        Map<String, String> asgTags = new TreeMap<>(plan.tagsNamed(name));
        // ECS tags the group when a capacity provider uses it; declared here so that no deploy removes it (the
        // provider's documentation of aws_ecs_capacity_provider says to).
        asgTags.put("AmazonECSManaged", "true");
        plan.add(new CapacityResources.AutoScalingGroup(asg, template.attr(Attr.ID),
                template.attr(Attr.LATEST_VERSION), e.minSize(), e.maxSize(),
                network.subnets(SubnetSelection.privateSubnets()), e.instanceTypes(), e.onDemandBase(),
                e.onDemandPercentAboveBase(), "prioritized", "price-capacity-optimized",
                e.managedTerminationProtection(), true, asgTags));
        // The instances' agent registers with ECS as they boot. Only the agent's endpoints: those of the tasks' images
        // and logs come and go with services (and the services wait for them), so adding a service changes no group.
        plan.waitFor(asg, network.endpointsFor(EndpointNeeds.ec2Agent()));

        String providerName = providerName(app.name(), name);
        plan.add(new CapacityResources.CapacityProvider(ResourceId.of(CapacityResources.CapacityProvider.class, name),
                providerName, asg.attr(Attr.ARN), "ENABLED", e.targetCapacityPercent(),
                e.managedTerminationProtection() ? "ENABLED" : "DISABLED",
                e.managedDraining() ? "ENABLED" : "DISABLED", plan.tagsNamed(name)));
        return new PlannedCapacity(e, group, providerName);
    }

    private static Value managedPolicy(String path) {
        return Value.concat("arn:", Value.pseudo(Pseudo.PARTITION), ":iam::aws:policy/" + path);
    }

    /**
     * The root volume, encrypted gp3. Bottlerocket boots from a small OS volume ({@code /dev/xvda}) and keeps images
     * and containers on its data volume ({@code /dev/xvdb}), which gets the size.
     */
    private static List<CapacityResources.BlockDevice> blockDevices(Ec2Capacity e) {
        if (e.ami().bottlerocket()) {
            return List.of(new CapacityResources.BlockDevice("/dev/xvda", null, "gp3", true),
                    new CapacityResources.BlockDevice("/dev/xvdb", e.rootVolumeGiB(), "gp3", true));
        }
        return List.of(new CapacityResources.BlockDevice("/dev/xvda", e.rootVolumeGiB(), "gp3", true));
    }

    /**
     * The agent's settings: Amazon Linux reads {@code /etc/ecs/ecs.config}
     * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html), Bottlerocket TOML
     * settings ({@code settings.ecs}). The cluster's name is known only at deploy time.
     */
    private static Value userData(Ec2Capacity e, ResourceId cluster) {
        Value clusterName = cluster.attr(Attr.NAME);
        if (e.ami().bottlerocket()) {
            return Value.concat("[settings.ecs]\ncluster = \"", clusterName, "\"\n"
                    + "enable-spot-instance-draining = true\n"
                    + "awsvpc-block-imds = true\n"
                    + "logging-drivers = [\"json-file\", \"awslogs\", \"fluentd\", \"none\"]\n");
        }
        List<Object> parts = new ArrayList<>();
        parts.add("#!/bin/bash\ncat <<'EOF' >> /etc/ecs/ecs.config\nECS_CLUSTER=");
        parts.add(clusterName);
        StringBuilder rest = new StringBuilder("\n");
        rest.append("ECS_ENABLE_TASK_IAM_ROLE=true\n");
        rest.append("ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=true\n");
        rest.append("ECS_AVAILABLE_LOGGING_DRIVERS=").append(LOGGING_DRIVERS).append('\n');
        rest.append("ECS_ENABLE_SPOT_INSTANCE_DRAINING=true\n");
        rest.append("ECS_AWSVPC_BLOCK_IMDS=true\n");
        e.agentSettings().forEach((k, v) -> rest.append(k).append('=').append(v).append('\n'));
        rest.append("EOF\n");
        parts.add(rest.toString());
        return Value.concat(parts.toArray());
    }
}
