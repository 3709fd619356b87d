package dev.berth.synth.planning.loadbalancing;

import dev.berth.Application;
import dev.berth.loadbalancing.ExistingListener;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.NetworkLoadBalancer;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.FixedResponse;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Redirect;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans each load balancer the program creates (Application: its security group, the load balancer, an HTTP
 * listener and optionally an HTTPS listener with its extra certificates; Network: its security group and the load
 * balancer, whose listeners the services bring), their web ACL associations and alias records, and reads each
 * existing listener (its ARN and security group, as literals or deploy-time inputs). Listener rules, target groups
 * and the security group rules to the tasks belong to the services ({@link ExposurePlanner}).
 */
public final class LoadBalancerPlanner {

    private static final String ANYWHERE = "0.0.0.0/0";

    private LoadBalancerPlanner() {
    }

    /** What an exposure attaches to: a load balancer of the program, or an existing listener. */
    public sealed interface PlannedLoadBalancer permits PlannedApplicationLoadBalancer, PlannedNetworkLoadBalancer,
            PlannedExistingListener {
        /** The name exposures give. */
        String name();
    }

    /**
     * @param rulesListener the listener services attach their rules to: HTTPS when there is one
     */
    public record PlannedApplicationLoadBalancer(LoadBalancer spec, ResourceId id, ResourceId securityGroup,
                                                 ResourceId rulesListener) implements PlannedLoadBalancer {
        @Override
        public String name() {
            return spec.name();
        }
    }

    /** @param clients who the listeners admit: the allowed ranges, else anywhere or the VPC by scheme */
    public record PlannedNetworkLoadBalancer(NetworkLoadBalancer spec, ResourceId id, ResourceId securityGroup,
                                             List<NetworkResources.Cidr> clients, String clientsDescription)
            implements PlannedLoadBalancer {
        @Override
        public String name() {
            return spec.name();
        }
    }

    /** @param listenerArn the listener's ARN, a literal or an input; {@code securityGroupId} likewise */
    public record PlannedExistingListener(ExistingListener spec, Value listenerArn, Value securityGroupId)
            implements PlannedLoadBalancer {
        @Override
        public String name() {
            return spec.name();
        }
    }

    public static Map<String, PlannedLoadBalancer> plan(Application app, PlannedNetwork network,
                                                        PlanBuilder plan) {
        Map<String, PlannedLoadBalancer> result = new LinkedHashMap<>();
        for (LoadBalancer lb : app.loadBalancers()) {
            result.put(lb.name(), plan(lb, network, plan));
        }
        for (NetworkLoadBalancer lb : app.networkLoadBalancers()) {
            result.put(lb.name(), plan(lb, network, plan));
        }
        for (ExistingListener listener : app.existingListeners()) {
            result.put(listener.name(), plan(listener, plan));
        }
        return result;
    }

    /**
     * Who a load balancer's listeners admit: the ranges the program allows, else anywhere when internet-facing and
     * the VPC when internal.
     */
    private static List<NetworkResources.Cidr> clients(List<String> allowed, boolean internetFacing,
                                                       PlannedNetwork network) {
        if (!allowed.isEmpty()) {
            return allowed.stream().distinct().map(NetworkResources.Cidr::new).toList();
        }
        return List.of(new NetworkResources.Cidr(internetFacing ? ANYWHERE : network.vpcCidr()));
    }

    private static String from(List<String> allowed, boolean internetFacing) {
        return !allowed.isEmpty() ? "from an allowed range" : internetFacing ? "from anywhere" : "from the VPC";
    }

    /**
     * The ingress rules of a listener port: one per client range. With the default single range the rule keeps its
     * plain name ({@code <lb>-alb-http}); allowed ranges add the range to the name, so that adding one renames none.
     */
    static void listenerIngress(PlanBuilder plan, ResourceId group, List<String> name, String protocol, int port,
                                List<NetworkResources.Cidr> clients, boolean allowList, String description) {
        for (NetworkResources.Cidr client : clients) {
            List<String> parts = new ArrayList<>(name);
            if (allowList) {
                parts.add(client.cidrIpv4().replaceAll("[^0-9]+", "-"));
            }
            plan.add(new NetworkResources.SecurityGroupIngress(
                    ResourceId.of(NetworkResources.SecurityGroupIngress.class, parts.toArray(String[]::new)),
                    group.attr(Attr.ID), protocol, port, port, client, description));
        }
    }

    private static PlannedLoadBalancer plan(LoadBalancer lb, PlannedNetwork network, PlanBuilder plan) {
        ResourceId group = ResourceId.of(NetworkResources.SecurityGroup.class, lb.name(), "alb");
        plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(),
                "Load balancer " + lb.name() + " (" + lb.scheme().value() + ")", plan.tagsNamed(lb.name() + "-alb")));
        // Internet-facing: the listeners are open to the internet. Internal: only to the VPC. Either way, an allow-list
        // replaces the default.
        List<NetworkResources.Cidr> clients = clients(lb.allowedCidrs(), lb.isInternetFacing(), network);
        boolean allowList = !lb.allowedCidrs().isEmpty();
        String from = from(lb.allowedCidrs(), lb.isInternetFacing());
        listenerIngress(plan, group, List.of(lb.name(), "alb", "http"), "tcp", lb.httpPort(), clients, allowList,
                "HTTP " + from);
        if (lb.hasHttps()) {
            listenerIngress(plan, group, List.of(lb.name(), "alb", "https"), "tcp", lb.httpsPort(), clients,
                    allowList, "HTTPS " + from);
        }

        ResourceId id = ResourceId.of(LoadBalancingResources.LoadBalancer.class, lb.name());
        // Drop invalid header fields: request smuggling protection, off by default in ELB.
        plan.add(new LoadBalancingResources.LoadBalancer(id, "application", lb.scheme().value(),
                network.subnets(lb.effectiveSubnets()), List.of(group.attr(Attr.ID)), lb.idleTimeoutSeconds(), true,
                lb.hasAccessLogs() ? new LoadBalancingResources.AccessLogs(lb.accessLogsBucket(),
                        lb.effectiveAccessLogsPrefix()) : null,
                // The hardening profile protects load balancers from deletion (CT.ELASTICLOADBALANCING.PR.5).
                lb.deletionProtection() || plan.hardening().hardened() ? Boolean.TRUE : null, null,
                plan.tagsNamed(lb.name())));
        Value arn = id.attr(Attr.ARN);

        // Requests no rule matches get a 404 rather than an arbitrary service.
        FixedResponse notFound = new FixedResponse(404, "text/plain", "Not Found");
        ResourceId http = ResourceId.of(LoadBalancingResources.Listener.class, lb.name(), "http");
        boolean redirect = lb.hasHttps() && lb.redirectHttpToHttps();
        plan.add(new LoadBalancingResources.Listener(http, arn, lb.httpPort(), "HTTP", null, null, null,
                redirect ? new Redirect("HTTPS", lb.httpsPort(), "HTTP_301") : notFound));
        ResourceId rules = http;
        if (lb.hasHttps()) {
            ResourceId https = ResourceId.of(LoadBalancingResources.Listener.class, lb.name(), "https");
            plan.add(new LoadBalancingResources.Listener(https, arn, lb.httpsPort(), "HTTPS",
                    lb.certificateArn(), lb.sslPolicy(), null, notFound));
            rules = https;
            // Named by position: a certificate has no name in the program (its ARN may be a token).
            for (int i = 0; i < lb.additionalCertificateArns().size(); i++) {
                plan.add(new LoadBalancingResources.ListenerCertificate(
                        ResourceId.of(LoadBalancingResources.ListenerCertificate.class, lb.name(), "https",
                                "certificate", String.valueOf(i + 1)),
                        https.attr(Attr.ARN), lb.additionalCertificateArns().get(i)));
            }
        }
        if (!lb.webAclArn().isEmpty()) {
            plan.add(new LoadBalancingResources.WebAclAssociation(
                    ResourceId.of(LoadBalancingResources.WebAclAssociation.class, lb.name()), arn, lb.webAclArn()));
        }
        alias(plan, lb.name(), id, lb.aliasHostedZoneId(), lb.aliasRecordName());
        plan.output(lb.name() + "-load-balancer-dns-name", "DNS name of the load balancer " + lb.name(),
                id.attr(Attr.DNS_NAME));
        return new PlannedApplicationLoadBalancer(lb, id, group, rules);
    }

    private static PlannedLoadBalancer plan(NetworkLoadBalancer lb, PlannedNetwork network, PlanBuilder plan) {
        // Always a security group: a Network Load Balancer created without one can never have one ("If you create
        // a Network Load Balancer without associating any security groups, you can't associate them with the load
        // balancer later", Elastic Load Balancing, Network Load Balancers, "Update the security groups"), and the
        // tasks then admit exactly this group, also for UDP, where the client's address is always preserved.
        ResourceId group = ResourceId.of(NetworkResources.SecurityGroup.class, lb.name(), "nlb");
        plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(),
                "Network Load Balancer " + lb.name() + " (" + lb.scheme().value() + ")",
                plan.tagsNamed(lb.name() + "-nlb")));
        ResourceId id = ResourceId.of(LoadBalancingResources.LoadBalancer.class, lb.name());
        plan.add(new LoadBalancingResources.LoadBalancer(id, "network", lb.scheme().value(),
                network.subnets(lb.effectiveSubnets()), List.of(group.attr(Attr.ID)), null, null, null,
                lb.deletionProtection() ? Boolean.TRUE : null, lb.crossZone(), plan.tagsNamed(lb.name())));
        alias(plan, lb.name(), id, lb.aliasHostedZoneId(), lb.aliasRecordName());
        plan.output(lb.name() + "-load-balancer-dns-name", "DNS name of the load balancer " + lb.name(),
                id.attr(Attr.DNS_NAME));
        return new PlannedNetworkLoadBalancer(lb, id, group,
                clients(lb.allowedCidrs(), lb.isInternetFacing(), network),
                from(lb.allowedCidrs(), lb.isInternetFacing()));
    }

    private static PlannedLoadBalancer plan(ExistingListener listener, PlanBuilder plan) {
        if (!listener.deployTimeInputs()) {
            return new PlannedExistingListener(listener, Value.literal(listener.listenerArn()),
                    Value.literal(listener.securityGroupId()));
        }
        String arnInput = listener.name() + "-listener-arn";
        String groupInput = listener.name() + "-security-group-id";
        plan.input(new Input(arnInput, "ARN of the existing listener " + listener.name()
                + " that the services' listener rules attach to", listener.listenerArn(),
                "arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:listener/app/.+"));
        plan.input(new Input(groupInput, "Security group of the load balancer of listener " + listener.name()
                + ", admitted by the tasks", listener.securityGroupId(), "sg-[0-9a-f]{8,17}"));
        return new PlannedExistingListener(listener, new Value.Input(arnInput), new Value.Input(groupInput));
    }

    /**
     * A Route 53 alias record (type A) for the load balancer. Evaluate target health: Route 53 then stops answering
     * with a load balancer that has no healthy targets, which matters only with several records for one name, and is
     * what the AWS console proposes for an Elastic Load Balancing alias.
     */
    private static void alias(PlanBuilder plan, String name, ResourceId lb, String zone, String record) {
        if (zone.isEmpty()) {
            return;
        }
        plan.add(new LoadBalancingResources.AliasRecord(
                ResourceId.of(LoadBalancingResources.AliasRecord.class, name), zone, record, "A",
                lb.attr(Attr.DNS_NAME), lb.attr(Attr.CANONICAL_HOSTED_ZONE_ID), true));
    }
}
