package dev.berth.synth.planning.compute;

import dev.berth.service.DeploymentController;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner;
import dev.berth.synth.planning.deployment.CodeDeployPlanner;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.network.EndpointNeeds;
import dev.berth.service.LaunchType;
import dev.berth.service.PropagateTags;
import dev.berth.service.SchedulingStrategy;
import dev.berth.service.Service;
import dev.berth.task.NetworkMode;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceConnectConfiguration;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.compute.ClusterPlanner.PlannedCluster;
import dev.berth.synth.planning.deployment.DeploymentPlanner;
import dev.berth.synth.planning.loadbalancing.ExposurePlanner.PlannedExposure;
import dev.berth.synth.planning.loadbalancing.ExposurePlanner;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedLoadBalancer;
import dev.berth.synth.planning.network.PlannedNetwork;
import dev.berth.synth.planning.scaling.ScalingPlanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans everything that belongs to one service, grouped so that adding a service only appends resources. */
public final class ServicePlanner {

    private static final String ANYWHERE = "0.0.0.0/0";

    /**
     * The health check grace period of a load-balanced service whose program gives none: a minute for the
     * application to start before failing load balancer health checks count against a new task (ECS's own default
     * is none). The model keeps "not given", so that a service exposed through {@code toBuilder()} gets it too.
     */
    private static final int LOAD_BALANCED_GRACE_PERIOD_SECONDS = 60;

    private ServicePlanner() {
    }

    /**
     * @param peerGroups the groups the tasks wear beside their own, to reach other services' tasks
     *                   ({@code EgressPlanner.peerGroups})
     * @param serviceConnect its Service Connect configuration ({@code ServiceConnectPlanner}); null: none
     * @param weightedTarget whether another service's weighted rule forwards to this service's target group
     */
    public static void plan(Service service, PlannedCluster cluster, Optional<PlannedLoadBalancer> loadBalancer,
                            int rulePriority, PlannedNetwork network, List<Value> peerGroups,
                            ServiceConnectConfiguration serviceConnect, boolean weightedTarget,
                            PlanBuilder plan) {
        plan(service, cluster, loadBalancer, rulePriority, network, peerGroups, serviceConnect, weightedTarget,
                List.of(), plan);
    }

    /**
     * @param registries its Cloud Map DNS registries ({@code DnsDiscoveryPlanner}); empty: none
     */
    public static void plan(Service service, PlannedCluster cluster, Optional<PlannedLoadBalancer> loadBalancer,
                            int rulePriority, PlannedNetwork network, List<Value> peerGroups,
                            ServiceConnectConfiguration serviceConnect, boolean weightedTarget,
                            List<ServiceDiscoveryResources.ServiceRegistry> registries, PlanBuilder plan) {
        ResourceId tasksGroup = securityGroup(service, network, plan);
        List<Value> groups = new ArrayList<>();
        groups.add(tasksGroup.attr(Attr.ID));
        groups.addAll(peerGroups);
        ResourceId taskDefinition = TaskDefinitionPlanner.plan(service, plan);
        ExposurePlanner.Receivers receivers = receivers(service, cluster);
        Optional<PlannedExposure> exposure = loadBalancer.map(lb -> ExposurePlanner.plan(service,
                service.exposures().get(0), lb, rulePriority, tasksGroup, network, weightedTarget, receivers, plan));

        List<StrategyItem> strategy = strategy(service, cluster, plan);
        Integer gracePeriod = exposure.isPresent()
                ? service.healthCheckGracePeriod().orElse(LOAD_BALANCED_GRACE_PERIOD_SECONDS) : null;
        ResourceId id = ResourceId.of(ComputeResources.Service.class, service.name());
        // Naming policy: an ECS service is replaced by some updates (a new launch type, a changed load balancer on
        // older services), and CloudFormation cannot replace a resource whose custom name stays the same ("cannot
        // update a stack when a custom-named resource requires replacing"); nor could two copies of a program live
        // in one region. So CloudFormation names the service itself (as the AWS CDK does); the readable name stays
        // in the Name tag and the service-name output. Clusters likewise (ClusterPlanner). Log groups and queues
        // keep their names: the name is the only property whose change replaces them (a new name never collides
        // with the old one), and it holds the application's name.
        DeploymentPlanner.PlannedDeployment deployment = DeploymentPlanner.plan(service, exposure, plan);
        String platformVersion = runsOnFargate(service, strategy) ? service.platformVersion() : null;
        // ECS takes a network configuration for awsvpc tasks only.
        ComputeResources.AwsvpcConfiguration awsvpc = service.task().networkMode() != NetworkMode.AWSVPC ? null
                : new ComputeResources.AwsvpcConfiguration(network.subnets(service.subnets()), groups,
                service.assignPublicIp());
        plan.add(new ComputeResources.Service(id, service.name(), true, cluster.id().attr(Attr.ARN),
                taskDefinition.attr(Attr.ARN), service.desiredCount(), service.autoScaling().isEnabled(),
                strategy.isEmpty() ? service.launchType().name() : null, strategy,
                platformVersion, awsvpc, minimumHealthyPercent(service), maximumPercent(service),
                service.deployment().circuitBreaker(), service.deployment().rollback(),
                service.enableExecuteCommand(), gracePeriod,
                service.propagateTags() == PropagateTags.NONE ? null : service.propagateTags().name(),
                deployment.loadBalancer() == null ? List.of() : List.of(deployment.loadBalancer()),
                plan.tagsNamed(service.name()), serviceConnect, registries, deployment.deployment(),
                service.placementStrategies().stream().map(p -> new ComputeResources.PlacementStrategy(p.type(),
                        p.field().isEmpty() ? null : p.field())).toList(),
                service.placementConstraints().stream().map(p -> new ComputeResources.PlacementConstraint(p.type(),
                        p.expression().isEmpty() ? null : p.expression())).toList(),
                service.isDaemon() ? SchedulingStrategy.DAEMON.name() : null));
        // Its tasks reach these AWS services as they start, so the service waits for the endpoints the plan creates
        // for them. What else it waits for (listener rule, capacity providers, roles' policies, routes, security
        // group rules) follows from the plan's records: CreationOrderRules.
        plan.waitFor(id, network.endpointsFor(EndpointNeeds.of(service)));
        plan.output(service.name() + "-service-name", "Name of the ECS service " + service.name(),
                id.attr(Attr.NAME));
        if (service.deployment().controller() == DeploymentController.CODE_DEPLOY && exposure.isPresent()
                && exposure.get().blueGreen() != null
                && loadBalancer.get() instanceof LoadBalancerPlanner.PlannedApplicationLoadBalancer alb) {
            CodeDeployPlanner.plan(service, cluster.id(), id, exposure.get(), alb, network, awsvpc, platformVersion,
                    deployment.codeDeployAlarms(), plan);
        }
        ScalingPlanner.plan(service, cluster.id(), id, exposure, plan);
    }

    /**
     * The tasks' own security group. Ingress comes only from the load balancer (added with the exposure) and from
     * services that declare egress to these tasks. Egress is HTTPS unless the program allows all: enough for AWS
     * APIs, the VPC endpoints, S3 and HTTPS services; declared egress adds to it ({@code EgressPlanner}).
     */
    /** The security group of a service's tasks. */
    public static ResourceId tasksGroup(String service) {
        return ResourceId.of(NetworkResources.SecurityGroup.class, service, "tasks");
    }

    private static ResourceId securityGroup(Service service, PlannedNetwork network, PlanBuilder plan) {
        ResourceId group = tasksGroup(service.name());
        plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(), "Tasks of service " + service.name(),
                plan.tagsNamed(service.name() + "-tasks")));
        if (service.allowAllOutbound()) {
            plan.add(new NetworkResources.SecurityGroupEgress(
                    ResourceId.of(NetworkResources.SecurityGroupEgress.class, service.name(), "tasks", "all"), group.attr(Attr.ID),
                    NetworkResources.SecurityGroupRule.ALL_PROTOCOLS, 0, 0, new NetworkResources.Cidr(ANYWHERE), "All outbound traffic (asked for)"));
        } else {
            plan.add(new NetworkResources.SecurityGroupEgress(
                    ResourceId.of(NetworkResources.SecurityGroupEgress.class, service.name(), "tasks", "https"),
                    group.attr(Attr.ID), "tcp", 443, 443, new NetworkResources.Cidr(ANYWHERE),
                    "HTTPS to AWS APIs, VPC endpoints and S3"));
        }
        return group;
    }

    /**
     * The service's own strategy, else none (its launch type). As in ECS, a service with a launch type ignores the
     * cluster's default strategy, which serves tasks started without either (RunTask, scheduled tasks).
     */
    private static List<StrategyItem> strategy(Service service, PlannedCluster cluster, PlanBuilder plan) {
        return service.capacityProviderStrategy().stream().map(s -> new StrategyItem(
                ClusterPlanner.physicalProvider(cluster.spec(), s.provider(), plan), s.base(), s.weight())).toList();
    }

    /**
     * A daemon replaces its task on each instance in place: ECS keeps its maximum percent at 100 ("If a service is
     * using the daemon service type, the maximumPercent should remain at 100%", Amazon ECS API Reference,
     * DeploymentConfiguration) and its default minimum healthy percent is 0, so a daemon whose program keeps
     * Berth's 100% minimum gets 0 (it could not replace any task otherwise).
     */
    private static int minimumHealthyPercent(Service service) {
        int min = service.deployment().minimumHealthyPercent();
        return service.isDaemon() && min >= DAEMON_MAXIMUM_PERCENT ? 0 : min;
    }

    private static int maximumPercent(Service service) {
        return service.isDaemon() ? DAEMON_MAXIMUM_PERCENT : service.deployment().maximumPercent();
    }

    private static final int DAEMON_MAXIMUM_PERCENT = 100;

    /**
     * Bridge and host tasks receive on their instances: the security groups of the EC2 capacity providers the
     * service runs on (those its strategy names, or all of its cluster's with the EC2 launch type), on the ephemeral
     * host ports (bridge) or the container port (host). Null for awsvpc tasks, which have their own group.
     */
    private static ExposurePlanner.Receivers receivers(Service service, PlannedCluster cluster) {
        NetworkMode mode = service.task().networkMode();
        if (mode != NetworkMode.BRIDGE && mode != NetworkMode.HOST || service.exposures().isEmpty()) {
            return null;
        }
        java.util.Map<String, ResourceId> groups = new java.util.LinkedHashMap<>();
        for (dev.berth.compute.Ec2Capacity e : cluster.spec().ec2Capacity()) {
            boolean used = service.capacityProviderStrategy().isEmpty() ? service.launchType() == LaunchType.EC2
                    : service.capacityProviderStrategy().stream().anyMatch(i -> i.provider().equals(e.name()));
            if (used) {
                groups.put(e.name(), dev.berth.synth.planning.capacity.Ec2CapacityPlanner.instancesGroup(e.name()));
            }
        }
        if (mode == NetworkMode.HOST) {
            int port = service.exposures().get(0).portIn(service.task());
            return new ExposurePlanner.Receivers(groups, port, port);
        }
        return new ExposurePlanner.Receivers(groups, EPHEMERAL_FROM, EPHEMERAL_TO);
    }

    /** The host ports Docker assigns to bridge mode's dynamic port mappings on ECS-optimized AMIs. */
    private static final int EPHEMERAL_FROM = 32768;
    private static final int EPHEMERAL_TO = 65535;

    private static boolean runsOnFargate(Service service, List<StrategyItem> strategy) {
        return strategy.isEmpty() ? service.launchType() == LaunchType.FARGATE
                : strategy.stream().allMatch(s -> CapacityProviderStrategyItem.isFargate(s.provider()));
    }

    /**
     * A task no service runs (a scheduled or event-triggered task), given in the service shape: its security group
     * (HTTPS egress only), log groups, roles and task definition, planned as a service's are.
     */
    public record PlannedTask(ComputeResources.TaskDefinition definition, ResourceId securityGroup) {
    }

    /** Plans a triggered task's own resources ({@code task} is its {@code asService()} shape). */
    public static PlannedTask task(Service task, PlannedNetwork network, PlanBuilder plan) {
        ResourceId group = securityGroup(task, network, plan);
        return new PlannedTask(TaskDefinitionPlanner.definition(task, plan), group);
    }

    /** Whether the service (or a triggered task in its shape) runs on Fargate: its strategy's providers or launch type. */
    public static boolean onFargate(Service service) {
        return runsOnFargate(service, service.capacityProviderStrategy().stream()
                .map(s -> new StrategyItem(s.provider(), s.base(), s.weight())).toList());
    }
}
