package dev.berth.synth.planning.loadbalancing;

import dev.berth.Application;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.FixedResponse;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Redirect;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans each Application Load Balancer: its security group, the load balancer, an HTTP listener and optionally
 * an HTTPS listener. Listener rules and target groups belong to the services ({@link ExposurePlanner}).
 */
public final class LoadBalancerPlanner {

    private static final String ANYWHERE = "0.0.0.0/0";

    private LoadBalancerPlanner() {
    }

    /**
     * @param rulesListener the listener services attach their rules to: HTTPS when there is one
     */
    public record PlannedLoadBalancer(LoadBalancer spec, ResourceId id, ResourceId securityGroup,
                                      ResourceId rulesListener) {
    }

    public static Map<String, PlannedLoadBalancer> plan(Application app, PlannedNetwork network,
                                                        PlanBuilder plan) {
        Map<String, PlannedLoadBalancer> result = new LinkedHashMap<>();
        for (LoadBalancer lb : app.loadBalancers()) {
            result.put(lb.name(), plan(lb, network, plan));
        }
        return result;
    }

    private static PlannedLoadBalancer plan(LoadBalancer lb, PlannedNetwork network, PlanBuilder plan) {
        ResourceId group = ResourceId.of(NetworkResources.SecurityGroup.class, lb.name(), "alb");
        plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(),
                "Load balancer " + lb.name() + " (" + lb.scheme().value() + ")", plan.tagsNamed(lb.name() + "-alb")));
        // Internet-facing: the listeners are open to the internet. Internal: only to the VPC.
        NetworkResources.Peer clients = new NetworkResources.Cidr(lb.isInternetFacing() ? ANYWHERE : network.vpcCidr());
        String from = lb.isInternetFacing() ? "from anywhere" : "from the VPC";
        plan.add(new NetworkResources.SecurityGroupIngress(
                ResourceId.of(NetworkResources.SecurityGroupIngress.class, lb.name(), "alb", "http"), group.attr(Attr.ID), "tcp",
                lb.httpPort(), lb.httpPort(), clients, "HTTP " + from));
        if (lb.hasHttps()) {
            plan.add(new NetworkResources.SecurityGroupIngress(
                    ResourceId.of(NetworkResources.SecurityGroupIngress.class, lb.name(), "alb", "https"), group.attr(Attr.ID),
                    "tcp", lb.httpsPort(), lb.httpsPort(), clients, "HTTPS " + from));
        }

        ResourceId id = ResourceId.of(LoadBalancingResources.LoadBalancer.class, lb.name());
        // Drop invalid header fields: request smuggling protection, off by default in ELB.
        plan.add(new LoadBalancingResources.LoadBalancer(id, "application", lb.scheme().value(),
                network.subnets(lb.effectiveSubnets()), List.of(group.attr(Attr.ID)), lb.idleTimeoutSeconds(), true,
                lb.hasAccessLogs() ? new LoadBalancingResources.AccessLogs(lb.accessLogsBucket(),
                        lb.effectiveAccessLogsPrefix()) : null,
                // The hardening profile protects load balancers from deletion (CT.ELASTICLOADBALANCING.PR.5).
                plan.hardening().hardened() ? Boolean.TRUE : null,
                plan.tagsNamed(lb.name())));
        Value arn = id.attr(Attr.ARN);

        // Requests no rule matches get a 404 rather than an arbitrary service.
        FixedResponse notFound = new FixedResponse(404, "text/plain", "Not Found");
        ResourceId http = ResourceId.of(LoadBalancingResources.Listener.class, lb.name(), "http");
        boolean redirect = lb.hasHttps() && lb.redirectHttpToHttps();
        plan.add(new LoadBalancingResources.Listener(http, arn, lb.httpPort(), "HTTP", null, null, redirect ? new Redirect("HTTPS", lb.httpsPort(), "HTTP_301") : notFound));
        ResourceId rules = http;
        if (lb.hasHttps()) {
            ResourceId https = ResourceId.of(LoadBalancingResources.Listener.class, lb.name(), "https");
            plan.add(new LoadBalancingResources.Listener(https, arn, lb.httpsPort(), "HTTPS",
                    lb.certificateArn(), lb.sslPolicy(), notFound));
            rules = https;
        }
        plan.output(lb.name() + "-load-balancer-dns-name", "DNS name of the load balancer " + lb.name(),
                id.attr(Attr.DNS_NAME));
        return new PlannedLoadBalancer(lb, id, group, rules);
    }
}
