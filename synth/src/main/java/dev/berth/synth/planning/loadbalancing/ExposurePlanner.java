package dev.berth.synth.planning.loadbalancing;

import dev.berth.loadbalancing.AlpnPolicy;
import dev.berth.service.DeploymentController;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.ListenerProtocol;
import dev.berth.loadbalancing.LoadBalancingAlgorithm;
import dev.berth.loadbalancing.NetworkListener;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedApplicationLoadBalancer;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedExistingListener;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedLoadBalancer;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedNetworkLoadBalancer;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Plans how one service is reached through its load balancer: its target group; on an Application Load Balancer
 * (its own or an existing listener) the listener rule forwarding to it, on a Network Load Balancer the listener; and
 * the security group rules that let exactly the load balancer reach the tasks on the container port (on an existing
 * listener only the tasks' ingress: the platform's group is not the program's to change).
 */
public final class ExposurePlanner {

    /** The health check an Application Load Balancer target group gets when the program gives none. */
    static final String DEFAULT_HEALTH_CHECK_PATH = "/";
    static final String DEFAULT_MATCHER = "200-399";

    private ExposurePlanner() {
    }

    /**
     * What the service and its scaling need from the exposure.
     *
     * @param loadBalancer the load balancer Berth creates; null on an existing listener
     */
    public record PlannedExposure(ServiceLoadBalancer serviceLoadBalancer, ResourceId targetGroup,
                                  ResourceId loadBalancer, BlueGreen blueGreen) {

        /** An exposure of a rolling service. */
        public PlannedExposure(ServiceLoadBalancer serviceLoadBalancer, ResourceId targetGroup,
                               ResourceId loadBalancer) {
            this(serviceLoadBalancer, targetGroup, loadBalancer, null);
        }
    }

    /**
     * What a blue/green family deployment shifts: the alternate (green) target group and the production listener rule
     * whose weights ECS moves between the two groups.
     */
    public record BlueGreen(ResourceId alternateTargetGroup, ResourceId productionRule) {
    }

    /** The alternate (green) target group of a service deployed with BLUE_GREEN, CANARY or LINEAR. */
    public static ResourceId alternateTargetGroup(String service) {
        return ResourceId.of(LoadBalancingResources.TargetGroup.class, service, "alternate");
    }

    /**
     * @param weightedTarget whether another service's weighted rule forwards to this service's target group: then
     *                       the group is shared (planned without owner), since that rule, in the other service's
     *                       CloudFormation stack, refers to it and service stacks refer only to the shared stack
     */
    public static PlannedExposure plan(Service service, Exposure exposure, PlannedLoadBalancer lb, int priority,
                                       ResourceId taskGroup, PlannedNetwork network, boolean weightedTarget,
                                       PlanBuilder plan) {
        return plan(service, exposure, lb, priority, taskGroup, network, weightedTarget, null, plan);
    }

    /**
     * Who receives a bridge or host service's traffic: its instances' security groups (one per EC2 capacity
     * provider it runs on, by provider name) and the host ports: the ephemeral range 32768-65535 of bridge mode's
     * dynamic host ports (the agent's default ECS_RESERVED_PORTS range,
     * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html), or the container port in
     * host mode.
     */
    public record Receivers(Map<String, ResourceId> instanceGroups, int fromPort, int toPort) {
    }

    /** @param receivers the instances of a bridge or host service; null: the tasks' own group (awsvpc) */
    public static PlannedExposure plan(Service service, Exposure exposure, PlannedLoadBalancer lb, int priority,
                                       ResourceId taskGroup, PlannedNetwork network, boolean weightedTarget,
                                       Receivers receivers, PlanBuilder plan) {
        String container = exposure.containerIn(service.task());
        int port = exposure.portIn(service.task());
        ResourceId targetGroup = targetGroup(service.name());
        Value targetGroupArn = targetGroup.attr(Attr.ARN);
        ServiceLoadBalancer registration = new ServiceLoadBalancer(targetGroupArn, container, port);

        if (lb instanceof PlannedNetworkLoadBalancer nlb) {
            network(service, exposure, nlb, port, targetGroup, taskGroup, network, receivers, plan);
            return new PlannedExposure(registration, targetGroup, nlb.id());
        }
        (weightedTarget ? plan.shared() : plan).add(applicationTargetGroup(service, exposure, port, targetGroup,
                network, plan));
        Value listener = lb instanceof PlannedApplicationLoadBalancer alb ? alb.rulesListener().attr(Attr.ARN)
                : ((PlannedExistingListener) lb).listenerArn();
        ResourceId rule = ResourceId.of(LoadBalancingResources.ListenerRule.class, service.name());
        // BLUE_GREEN, CANARY, LINEAR: a second, identical target group for the green revision, and the rule forwards
        // to both by weight, production 100 and alternate 0, the form ECS rewrites on each deployment ("the
        // production listener rule ... forward action with both target groups": ECS Developer Guide,
        // alb-resources-for-blue-green). A weighted rule, or another service's weighted rule forwarding to this
        // service's group, keeps the service rolling (DEPLOYMENT_STRATEGY_FALLBACK).
        BlueGreen blueGreen = null;
        LoadBalancingResources.Action action = action(exposure, targetGroupArn);
        // CODE_DEPLOY: the same pair and the same weighted form, which CodeDeploy itself leaves behind after each
        // deployment (the idle group at weight 0); the alternate group is thereby attached to the load balancer
        // before the first deployment registers tasks in it.
        // (on the program's own Application Load Balancers only: else CODE_DEPLOY_FALLBACK, the ECS controller)
        boolean codeDeploy = service.deployment().controller() == DeploymentController.CODE_DEPLOY
                && lb instanceof PlannedApplicationLoadBalancer;
        if ((service.deployment().strategy().shiftsTraffic() || codeDeploy) && !exposure.isWeighted()
                && !weightedTarget) {
            ResourceId alternate = alternateTargetGroup(service.name());
            plan.add(applicationTargetGroup(service, exposure, port, alternate, network, plan));
            action = new LoadBalancingResources.WeightedForward(List.of(
                    new LoadBalancingResources.WeightedTargetGroup(targetGroupArn, 100),
                    new LoadBalancingResources.WeightedTargetGroup(alternate.attr(Attr.ARN), 0)), null);
            blueGreen = new BlueGreen(alternate, rule);
        }
        plan.add(new LoadBalancingResources.ListenerRule(rule, listener, priority,
                exposure.pathPatterns(), exposure.hostHeaders(), exposure.httpHeaders(), exposure.httpMethods(),
                exposure.queryStrings(), exposure.sourceIps(), action, blueGreen != null));

        String lbName = lb.name();
        if (receivers != null) {
            Value from = lb instanceof PlannedExistingListener existing ? existing.securityGroupId()
                    : ((PlannedApplicationLoadBalancer) lb).securityGroup().attr(Attr.ID);
            instances(service, lbName, "alb", from, lb instanceof PlannedApplicationLoadBalancer, container,
                    receivers, "tcp", null, plan);
            return new PlannedExposure(registration, targetGroup,
                    lb instanceof PlannedApplicationLoadBalancer alb ? alb.id() : null, blueGreen);
        }
        if (lb instanceof PlannedExistingListener existing) {
            plan.add(new NetworkResources.SecurityGroupIngress(
                    ResourceId.of(NetworkResources.SecurityGroupIngress.class, service.name(), "tasks", "from", lbName),
                    taskGroup.attr(Attr.ID), "tcp", port, port, new NetworkResources.Group(existing.securityGroupId()),
                    "From the load balancer of listener " + lbName + " to container " + container));
            return new PlannedExposure(registration, targetGroup, null, blueGreen);
        }
        PlannedApplicationLoadBalancer alb = (PlannedApplicationLoadBalancer) lb;
        plan.add(new NetworkResources.SecurityGroupIngress(
                ResourceId.of(NetworkResources.SecurityGroupIngress.class, service.name(), "tasks", "from", lbName),
                taskGroup.attr(Attr.ID), "tcp", port, port,
                new NetworkResources.Group(alb.securityGroup().attr(Attr.ID)),
                "From load balancer " + lbName + " to container " + container));
        plan.add(new NetworkResources.SecurityGroupEgress(
                ResourceId.of(NetworkResources.SecurityGroupEgress.class, lbName, "alb", "to", service.name()),
                alb.securityGroup().attr(Attr.ID), "tcp", port, port,
                new NetworkResources.Group(taskGroup.attr(Attr.ID)),
                "To the tasks of service " + service.name()));
        return new PlannedExposure(registration, targetGroup, alb.id(), blueGreen);
    }

    /**
     * A bridge or host service's load balancer reaches its tasks on their instances: each instance group admits the
     * host ports from the load balancer's security group only, and the load balancer's group (when Berth creates it)
     * may send there.
     */
    private static void instances(Service service, String lbName, String lbKind, Value lbGroup, boolean ownGroup,
                                  String container, Receivers receivers, String protocol, String suffix,
                                  PlanBuilder plan) {
        String ports = receivers.fromPort() == receivers.toPort() ? "port " + receivers.fromPort()
                : "ports " + receivers.fromPort() + "-" + receivers.toPort();
        receivers.instanceGroups().forEach((provider, group) -> {
            plan.add(new NetworkResources.SecurityGroupIngress(
                    ResourceId.of(NetworkResources.SecurityGroupIngress.class,
                            parts(suffix, service.name(), provider, "instances", "from", lbName)),
                    group.attr(Attr.ID), protocol, receivers.fromPort(), receivers.toPort(),
                    new NetworkResources.Group(lbGroup),
                    "From load balancer " + lbName + " to container " + container + " of service " + service.name()
                            + " (host " + ports + ")"));
            if (ownGroup) {
                plan.add(new NetworkResources.SecurityGroupEgress(
                        ResourceId.of(NetworkResources.SecurityGroupEgress.class,
                                parts(suffix, lbName, lbKind, "to", service.name(), provider)),
                        lbGroup, protocol, receivers.fromPort(), receivers.toPort(),
                        new NetworkResources.Group(group.attr(Attr.ID)),
                        "To service " + service.name() + " on the instances of " + provider + " (host " + ports
                                + ")"));
            }
        });
    }

    /**
     * The rule's action: forward to the service's target group, or, with weighted targets, to it and the other
     * services' groups (each service owns one target group, named after it) by weight. The other groups are
     * referenced, so the rule is created after them; they are attached to this load balancer by their own services'
     * rules (validation keeps weighted targets on the same load balancer).
     */
    private static LoadBalancingResources.Action action(Exposure exposure, Value targetGroupArn) {
        if (!exposure.isWeighted()) {
            return new LoadBalancingResources.Forward(targetGroupArn);
        }
        List<LoadBalancingResources.WeightedTargetGroup> groups = new ArrayList<>();
        groups.add(new LoadBalancingResources.WeightedTargetGroup(targetGroupArn, exposure.ownWeight()));
        exposure.weightedTargets().forEach((other, weight) -> groups.add(new LoadBalancingResources.WeightedTargetGroup(
                targetGroup(other).attr(Attr.ARN), weight)));
        return new LoadBalancingResources.WeightedForward(groups,
                exposure.weightedStickinessSeconds() > 0 ? exposure.weightedStickinessSeconds() : null);
    }

    /** The target group of a service: each exposed service has one. */
    public static ResourceId targetGroup(String service) {
        return ResourceId.of(LoadBalancingResources.TargetGroup.class, service);
    }

    private static LoadBalancingResources.TargetGroup applicationTargetGroup(Service service, Exposure exposure,
                                                                             int port, ResourceId id,
                                                                             PlannedNetwork network,
                                                                             PlanBuilder plan) {
        String protocol = exposure.protocol().isEmpty() ? "HTTP" : exposure.protocol();
        return new LoadBalancingResources.TargetGroup(id, network.vpcId(), port, protocol,
                exposure.targetType().name().toLowerCase(Locale.ROOT), true, protocol,
                orDefault(exposure.healthCheckPath(), DEFAULT_HEALTH_CHECK_PATH),
                orDefault(exposure.healthCheckMatcher(), DEFAULT_MATCHER), exposure.healthCheckIntervalSeconds(),
                exposure.healthCheckTimeoutSeconds(), exposure.healthyThreshold(), exposure.unhealthyThreshold(),
                exposure.deregistrationDelaySeconds(),
                exposure.stickinessSeconds() > 0 ? exposure.stickinessSeconds() : null,
                exposure.slowStartSeconds() > 0 ? exposure.slowStartSeconds() : null,
                exposure.algorithm() == LoadBalancingAlgorithm.ROUND_ROBIN ? null : exposure.algorithm().value(),
                plan.tagsNamed(service.name()));
    }

    /**
     * A Network Load Balancer exposure: the listener (owned by the service), a target group of the listener's
     * protocol (TLS ends at the load balancer, so TCP to the tasks), a TCP health check unless a path makes it HTTP
     * ("GENEVE, TLS, UDP, and TCP_UDP protocols are not supported for health checks": Elastic Load Balancing API,
     * CreateTargetGroup, HealthCheckProtocol), and the security group rules: clients to the listener port, the load
     * balancer to the tasks, on the traffic's protocols plus TCP for the health checks.
     */
    private static void network(Service service, Exposure exposure, PlannedNetworkLoadBalancer nlb, int port,
                                ResourceId targetGroup, ResourceId taskGroup, PlannedNetwork network,
                                Receivers receivers, PlanBuilder plan) {
        NetworkListener listener = exposure.networkListener();
        ListenerProtocol protocol = listener.protocol();
        String targetProtocol = protocol == ListenerProtocol.TLS ? "TCP" : protocol.name();
        boolean http = !exposure.healthCheckPath().isEmpty();
        plan.add(new LoadBalancingResources.TargetGroup(targetGroup, network.vpcId(), port, targetProtocol,
                exposure.targetType().name().toLowerCase(Locale.ROOT), true, http ? "HTTP" : "TCP",
                http ? exposure.healthCheckPath() : null,
                http ? orDefault(exposure.healthCheckMatcher(), DEFAULT_MATCHER) : null,
                exposure.healthCheckIntervalSeconds(), exposure.healthCheckTimeoutSeconds(),
                exposure.healthyThreshold(), exposure.unhealthyThreshold(), exposure.deregistrationDelaySeconds(),
                null, null, null, plan.tagsNamed(service.name())));

        String lbName = nlb.name();
        int listenerPort = listener.portFor(port);
        boolean tls = protocol == ListenerProtocol.TLS;
        plan.add(new LoadBalancingResources.Listener(
                ResourceId.of(LoadBalancingResources.Listener.class, lbName, service.name()),
                nlb.id().attr(Attr.ARN), listenerPort, protocol.name(), tls ? listener.certificateArn() : null,
                tls ? listener.sslPolicy() : null,
                tls && listener.alpnPolicy() != AlpnPolicy.NONE ? listener.alpnPolicy().value() : null,
                new LoadBalancingResources.Forward(targetGroup.attr(Attr.ARN))));

        List<String> clientProtocols = switch (protocol) {
            case TCP, TLS -> List.of("tcp");
            case UDP -> List.of("udp");
            case TCP_UDP -> List.of("tcp", "udp");
        };
        // The health checks are TCP (or HTTP) on the traffic port, so the tasks admit TCP from the load balancer also
        // behind a UDP listener.
        List<String> targetProtocols = protocol == ListenerProtocol.UDP || protocol == ListenerProtocol.TCP_UDP
                ? List.of("tcp", "udp") : List.of("tcp");
        boolean allowList = !nlb.spec().allowedCidrs().isEmpty();
        for (String p : clientProtocols) {
            LoadBalancerPlanner.listenerIngress(plan, nlb.securityGroup(),
                    List.of(lbName, "nlb", service.name(), p), p, listenerPort, nlb.clients(), allowList,
                    protocol.name() + " to service " + service.name() + " " + nlb.clientsDescription());
        }
        String container = exposure.containerIn(service.task());
        if (receivers != null) {
            for (String p : targetProtocols) {
                instances(service, lbName, "nlb", nlb.securityGroup().attr(Attr.ID), true, container, receivers, p,
                        targetProtocols.size() > 1 ? p : null, plan);
            }
            return;
        }
        for (String p : targetProtocols) {
            String suffix = targetProtocols.size() > 1 ? p : null;
            plan.add(new NetworkResources.SecurityGroupIngress(
                    ResourceId.of(NetworkResources.SecurityGroupIngress.class,
                            parts(suffix, service.name(), "tasks", "from", lbName)),
                    taskGroup.attr(Attr.ID), p, port, port,
                    new NetworkResources.Group(nlb.securityGroup().attr(Attr.ID)),
                    "From Network Load Balancer " + lbName + " to container " + container
                            + (suffix == null ? "" : " (" + p + ")")));
            plan.add(new NetworkResources.SecurityGroupEgress(
                    ResourceId.of(NetworkResources.SecurityGroupEgress.class,
                            parts(suffix, lbName, "nlb", "to", service.name())),
                    nlb.securityGroup().attr(Attr.ID), p, port, port,
                    new NetworkResources.Group(taskGroup.attr(Attr.ID)),
                    "To the tasks of service " + service.name() + (suffix == null ? "" : " (" + p + ")")));
        }
    }

    private static String[] parts(String suffix, String... parts) {
        if (suffix == null) {
            return parts;
        }
        String[] all = java.util.Arrays.copyOf(parts, parts.length + 1);
        all[parts.length] = suffix;
        return all;
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
