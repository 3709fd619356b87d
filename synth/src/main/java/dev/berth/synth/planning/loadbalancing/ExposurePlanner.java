package dev.berth.synth.planning.loadbalancing;

import dev.berth.loadbalancing.Exposure;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedLoadBalancer;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.Locale;

/**
 * Plans how one service is reached through its load balancer: its target group, the listener rule forwarding to
 * it, and the two security group rules that let exactly the load balancer reach the tasks on the container port.
 */
public final class ExposurePlanner {

    private ExposurePlanner() {
    }

    /** What the service and its scaling need from the exposure. */
    public record PlannedExposure(ServiceLoadBalancer serviceLoadBalancer, ResourceId targetGroup,
                                  ResourceId loadBalancer) {
    }

    public static PlannedExposure plan(Service service, Exposure exposure, PlannedLoadBalancer lb, int priority,
                                       ResourceId taskGroup, PlannedNetwork network, PlanBuilder plan) {
        String container = exposure.containerIn(service.task());
        int port = exposure.portIn(service.task());

        ResourceId targetGroup = ResourceId.of(LoadBalancingResources.TargetGroup.class, service.name());
        plan.add(new LoadBalancingResources.TargetGroup(targetGroup, network.vpcId(), port, exposure.protocol(),
                exposure.targetType().name().toLowerCase(Locale.ROOT), true, exposure.protocol(),
                exposure.healthCheckPath(),
                exposure.healthCheckMatcher(), exposure.healthCheckIntervalSeconds(),
                exposure.healthCheckTimeoutSeconds(), exposure.healthyThreshold(), exposure.unhealthyThreshold(),
                exposure.deregistrationDelaySeconds(), plan.tagsNamed(service.name())));
        Value targetGroupArn = targetGroup.attr(Attr.ARN);

        ResourceId rule = ResourceId.of(LoadBalancingResources.ListenerRule.class, service.name());
        plan.add(new LoadBalancingResources.ListenerRule(rule, lb.rulesListener().attr(Attr.ARN), priority,
                exposure.pathPatterns(), exposure.hostHeaders(), new LoadBalancingResources.Forward(targetGroupArn)));

        String lbName = lb.spec().name();
        plan.add(new NetworkResources.SecurityGroupIngress(
                ResourceId.of(NetworkResources.SecurityGroupIngress.class, service.name(), "tasks", "from", lbName),
                taskGroup.attr(Attr.ID), "tcp", port, port,
                new NetworkResources.Group(lb.securityGroup().attr(Attr.ID)),
                "From load balancer " + lbName + " to container " + container));
        plan.add(new NetworkResources.SecurityGroupEgress(
                ResourceId.of(NetworkResources.SecurityGroupEgress.class, lbName, "alb", "to", service.name()),
                lb.securityGroup().attr(Attr.ID), "tcp", port, port,
                new NetworkResources.Group(taskGroup.attr(Attr.ID)),
                "To the tasks of service " + service.name()));
        return new PlannedExposure(new ServiceLoadBalancer(targetGroupArn, container, port), targetGroup, lb.id());
    }
}
