package dev.berth.synth.planning.compute;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.compute.ManagedInstances;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.compute.ClusterPlanner.PlannedCluster;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans each ECS Managed Instances capacity provider of a cluster with what it needs:
 *
 * <ul>
 *   <li>the infrastructure role ECS launches and manages the instances with: trusted by {@code ecs.amazonaws.com},
 *       with the AWS managed policy {@code AmazonECSInfrastructureRolePolicyForManagedInstances} (Amazon ECS
 *       Developer Guide, "Amazon ECS infrastructure IAM role"). That policy passes only roles named
 *       {@code ecsInstanceRole*} ("Amazon ECS Managed Instances instance profile": "The policy scopes iam:PassRole to
 *       arn:aws:iam::*:role/ecsInstanceRole*"), and the generated name of the instance role does not start so; an
 *       inline policy passes exactly this provider's instance role, to EC2 only, as the same page says a custom
 *       policy must;</li>
 *   <li>the instance role (trusted by {@code ec2.amazonaws.com}, with {@code AmazonECSInstanceRolePolicyForManaged
 *       Instances}) and its instance profile;</li>
 *   <li>a security group for the instances' primary network interface, which pulls images, fetches secrets and
 *       talks to ECS (Amazon ECS Developer Guide, "Allocate a network interface for tasks on Amazon ECS Managed
 *       Instances"): outbound HTTPS only, nothing inbound (awsvpc tasks have their own groups);</li>
 *   <li>the capacity provider, in its cluster.</li>
 * </ul>
 */
public final class ManagedInstancesPlanner {

    private static final String ANYWHERE = "0.0.0.0/0";

    private ManagedInstancesPlanner() {
    }

    public static void plan(Application app, Map<String, PlannedCluster> clusters, PlannedNetwork network,
                            PlanBuilder plan) {
        for (Cluster c : app.clusters()) {
            for (ManagedInstances m : c.managedInstances()) {
                provider(clusters.get(c.name()), m, network, plan);
            }
        }
    }

    /** The capacity provider of {@code provider} in cluster {@code cluster}, which strategies wait for. */
    public static ResourceId providerId(String cluster, String provider) {
        return ResourceId.of(ComputeResources.ManagedInstancesCapacityProvider.class, cluster, provider);
    }

    private static Value awsManagedPolicy(String name) {
        return Value.concat("arn:", Value.pseudo(Pseudo.PARTITION), ":iam::aws:policy/" + name);
    }

    private static PolicyDocument trust(String sid, String principal) {
        return PolicyDocument.of(List.of(Statement.allow(sid, principal, List.of("sts:AssumeRole"), List.of(),
                Map.of())));
    }

    private static void provider(PlannedCluster cluster, ManagedInstances m, PlannedNetwork network,
                                 PlanBuilder plan) {
        String c = cluster.spec().name();
        ResourceId instanceRole = ResourceId.of(IamResources.Role.class, c, m.name(), "instance");
        plan.add(new IamResources.Role(instanceRole, "Role of the ECS Managed Instances of " + c + "/" + m.name(),
                trust("Ec2Instances", "ec2.amazonaws.com"), plan.tags(),
                List.of(awsManagedPolicy("AmazonECSInstanceRolePolicyForManagedInstances"))));
        ResourceId profile = ResourceId.of(IamResources.InstanceProfile.class, c, m.name());
        plan.add(new IamResources.InstanceProfile(profile, instanceRole.attr(Attr.NAME)));

        ResourceId infrastructure = ResourceId.of(IamResources.Role.class, c, m.name(), "infrastructure");
        plan.add(new IamResources.Role(infrastructure, "ECS launches and manages the Managed Instances of " + c
                + "/" + m.name() + " with this role", trust("EcsManagedInstances", "ecs.amazonaws.com"),
                plan.tags(), List.of(awsManagedPolicy("AmazonECSInfrastructureRolePolicyForManagedInstances"))));
        plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, c, m.name(),
                "infrastructure"), infrastructure.attr(Attr.NAME),
                plan.applicationName() + "-" + c + "-" + m.name() + "-infrastructure",
                PolicyDocument.of(List.of(Statement.allow("PassInstanceRoleToEc2", null, List.of("iam:PassRole"),
                        List.of(instanceRole.attr(Attr.ARN)),
                        Map.of("StringEquals", Map.of("iam:PassedToService", Value.literal("ec2.amazonaws.com"))))))));

        ResourceId group = ResourceId.of(NetworkResources.SecurityGroup.class, c, m.name(), "instances");
        plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(), "ECS Managed Instances of " + c + "/"
                + m.name(), plan.tagsNamed(c + "-" + m.name() + "-instances")));
        plan.add(new NetworkResources.SecurityGroupEgress(ResourceId.of(NetworkResources.SecurityGroupEgress.class,
                c, m.name(), "instances", "https"), group.attr(Attr.ID), "tcp", 443, 443,
                new NetworkResources.Cidr(ANYWHERE), "HTTPS to ECS, ECR, AWS APIs and VPC endpoints"));

        plan.add(new ComputeResources.ManagedInstancesCapacityProvider(providerId(c, m.name()), m.name(),
                cluster.id().attr(Attr.NAME), infrastructure.attr(Attr.ARN), profile.attr(Attr.ARN),
                network.subnets(m.subnets()), List.of(group.attr(Attr.ID)),
                m.storageSizeGiB() > 0 ? m.storageSizeGiB() : null, m.detailedMonitoring() ? "DETAILED" : "BASIC",
                m.spot() ? "SPOT" : "ON_DEMAND", m.vcpuMin(), m.vcpuMax() > 0 ? m.vcpuMax() : null,
                m.memoryMinMiB(), m.memoryMaxMiB() > 0 ? m.memoryMaxMiB() : null,
                m.cpuManufacturers().stream().map(ManagedInstances.CpuManufacturer::value).toList(),
                m.instanceGenerations().stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList(),
                m.acceleratorTypes().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList(),
                m.acceleratorManufacturers().stream().map(ManagedInstances.AcceleratorManufacturer::value).toList(),
                m.acceleratorCountMin() > 0 ? m.acceleratorCountMin() : null,
                m.acceleratorCountMax() > 0 ? m.acceleratorCountMax() : null,
                m.allowedInstanceTypes(), m.excludedInstanceTypes(), "CAPACITY_PROVIDER",
                plan.tagsNamed(m.name())));
    }
}
