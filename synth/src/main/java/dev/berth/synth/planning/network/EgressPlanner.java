package dev.berth.synth.planning.network;

import dev.berth.Application;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.network.Egress;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.network.NetworkResources.Peer;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupRule;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.compute.ServicePlanner;
import dev.berth.synth.planning.servicediscovery.DnsDiscoveryPlanner;
import dev.berth.synth.planning.servicediscovery.ServiceConnectPlanner;
import dev.berth.task.Container;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans the egress a service declares ({@link Egress}): exactly those rules on its tasks' security group, and for
 * another service of the program the matching ingress on that service's side.
 *
 * <p>A service exposed through an internal load balancer is reached there: an egress rule from the tasks to the
 * load balancer's security group and an ingress rule on it, on its listener ports; both belong to the calling
 * service (the load balancer's group is shared). Any other service is reached at its tasks, through a group of
 * their own for the pair ({@code <caller>-to-<service>}, shared) that the calling tasks wear beside their own: its
 * egress rule to the called tasks and the called tasks' ingress rule from it belong to the called service. So no
 * service's resources reference another service's, and a split CloudFormation deployment keeps its service stacks
 * independent of each other.
 */
public final class EgressPlanner {

    private EgressPlanner() {
    }

    /**
     * The pair groups through which services reach other services' tasks directly, planned as shared resources;
     * by calling service, in the order of its declarations.
     */
    public static Map<String, List<Value>> peerGroups(Application app, PlannedNetwork network, PlanBuilder plan) {
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Service s : app.services()) {
            List<Value> own = new ArrayList<>();
            for (Service peer : directPeers(app, s)) {
                ResourceId group = pairGroup(s, peer);
                plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(), "Tasks of service " + s.name()
                        + " that reach the tasks of service " + peer.name(), plan.tagsNamed(s.name() + "-to-"
                        + peer.name())));
                own.add(group.attr(Attr.ID));
            }
            groups.put(s.name(), List.copyOf(own));
        }
        return groups;
    }

    /**
     * The declared egress of {@code service}, whose tasks wear {@code tasksGroup}; {@code plan} adds for the service
     * (the rules on the called side are added for the service that owns them).
     */
    public static void plan(Application app, Service service, ResourceId tasksGroup, PlanBuilder plan) {
        Value tasks = tasksGroup.attr(Attr.ID);
        // Declarations that come to the same rule (a service's derived port given again, two services behind one
        // load balancer) plan it once: EC2 rejects a rule that is already there.
        Set<ResourceId> planned = new HashSet<>();
        for (Egress e : service.egress()) {
            if (e.destination() != Egress.Destination.SERVICE) {
                Peer peer = switch (e.destination()) {
                    case CIDR -> new NetworkResources.Cidr(e.target());
                    case SECURITY_GROUP -> new NetworkResources.Group(Value.literal(e.target()));
                    default -> new NetworkResources.PrefixList(e.target());
                };
                for (PortRange ports : explicit(e)) {
                    add(plan, planned, egress(ResourceId.of(NetworkResources.SecurityGroupEgress.class,
                            service.name(), "tasks", "to", kind(e), name(e), ports.name()), tasks, ports, peer,
                            described(e, "Declared egress to " + e.target())));
                }
                continue;
            }
            Service peer = app.services().stream().filter(x -> x.name().equals(e.target())).findFirst()
                    .orElseThrow();
            LoadBalancer internal = internalLoadBalancer(app, peer);
            if (internal != null) {
                Value lbGroup = ResourceId.of(NetworkResources.SecurityGroup.class, internal.name(), "alb")
                        .attr(Attr.ID);
                for (PortRange ports : e.portsDerived() ? listenerPorts(e, internal) : explicit(e)) {
                    add(plan, planned, egress(ResourceId.of(NetworkResources.SecurityGroupEgress.class,
                                    service.name(), "tasks", "to", "load-balancer", internal.name(), ports.name()),
                            tasks, ports, new NetworkResources.Group(lbGroup),
                            described(e, "To internal load balancer " + internal.name())));
                    add(plan, planned, ingress(ResourceId.of(NetworkResources.SecurityGroupIngress.class,
                                    internal.name(), "alb", "from", "service", service.name(), ports.name()),
                            lbGroup, ports, new NetworkResources.Group(tasks),
                            described(e, "From the tasks of service " + service.name())));
                }
            } else {
                Value pair = pairGroup(service, peer).attr(Attr.ID);
                Value peerTasks = ServicePlanner.tasksGroup(peer.name()).attr(Attr.ID);
                PlanBuilder peerSide = plan.ownedBy(peer.name());
                for (PortRange ports : e.portsDerived() ? taskPorts(app, e, service, peer) : explicit(e)) {
                    add(peerSide, planned, egress(ResourceId.of(NetworkResources.SecurityGroupEgress.class,
                                    service.name(), "to", peer.name(), ports.name()), pair, ports,
                            new NetworkResources.Group(peerTasks), described(e, "To the tasks of service "
                                    + peer.name())));
                    add(peerSide, planned, ingress(ResourceId.of(NetworkResources.SecurityGroupIngress.class,
                                    peer.name(), "tasks", "from", "service", service.name(), ports.name()), peerTasks,
                            ports, new NetworkResources.Group(pair), described(e, "From the tasks of service "
                                    + service.name())));
                }
            }
        }
    }

    private static void add(PlanBuilder plan, Set<ResourceId> planned, PlannedResource rule) {
        if (planned.add(rule.id())) {
            plan.add(rule);
        }
    }

    /** The services {@code s} reaches at their tasks (not through an internal load balancer), in declared order. */
    private static List<Service> directPeers(Application app, Service s) {
        List<Service> peers = new ArrayList<>();
        for (Egress e : s.egress()) {
            if (e.destination() == Egress.Destination.SERVICE) {
                app.services().stream().filter(x -> x.name().equals(e.target())).findFirst().ifPresent(peer -> {
                    if (internalLoadBalancer(app, peer) == null && !peers.contains(peer)) {
                        peers.add(peer);
                    }
                });
            }
        }
        return peers;
    }

    private static ResourceId pairGroup(Service s, Service peer) {
        return ResourceId.of(NetworkResources.SecurityGroup.class, s.name(), "to", peer.name());
    }

    /** The internal load balancer a service is exposed through; null when none. */
    static LoadBalancer internalLoadBalancer(Application app, Service service) {
        for (Exposure exposure : service.exposures()) {
            for (LoadBalancer lb : app.loadBalancers()) {
                if (lb.name().equals(exposure.loadBalancer()) && !lb.isInternetFacing()) {
                    return lb;
                }
            }
        }
        return null;
    }

    /** One rule's protocol and ports; {@code from}/{@code to} null with every protocol. */
    record PortRange(String protocol, Integer from, Integer to) {
        /** A name part that tells ranges from single ports: {@code tcp-5432}, {@code tcp-1-to-23}, {@code all}. */
        String name() {
            if (from == null) {
                return "all";
            }
            return protocol + "-" + from + (from.equals(to) ? "" : "-to-" + to);
        }
    }

    private static List<PortRange> explicit(Egress e) {
        if (e.protocol() == Egress.IpProtocol.ALL) {
            return List.of(new PortRange(SecurityGroupRule.ALL_PROTOCOLS, null, null));
        }
        return List.of(new PortRange(e.protocol().value(), e.fromPort(), e.toPort()));
    }

    private static List<PortRange> listenerPorts(Egress e, LoadBalancer lb) {
        if (e.protocol() == Egress.IpProtocol.ALL) {
            return explicit(e);
        }
        List<PortRange> ports = new ArrayList<>();
        ports.add(new PortRange(e.protocol().value(), lb.httpPort(), lb.httpPort()));
        if (lb.hasHttps()) {
            ports.add(new PortRange(e.protocol().value(), lb.httpsPort(), lb.httpsPort()));
        }
        return ports;
    }

    /**
     * The container ports of the peer's Service Connect servers when the caller reaches it through Service Connect,
     * else the port of its SRV records (Cloud Map DNS discovery), else its exposed container port, else every port
     * mapping of the protocol, sorted.
     */
    private static List<PortRange> taskPorts(Application app, Egress e, Service caller, Service peer) {
        if (e.protocol() == Egress.IpProtocol.ALL) {
            return explicit(e);
        }
        TreeSet<Integer> ports = new TreeSet<>();
        List<Integer> serviceConnect = e.protocol() == Egress.IpProtocol.TCP
                ? ServiceConnectPlanner.serverPorts(app, caller, peer) : List.of();
        Integer srv = DnsDiscoveryPlanner.srvPort(peer);
        if (!serviceConnect.isEmpty()) {
            ports.addAll(serviceConnect);
        } else if (srv != null && e.protocol() == Egress.IpProtocol.TCP) {
            // the port its SRV records give callers (DnsDiscoveryPlanner)
            ports.add(srv);
        } else if (peer.isLoadBalanced()) {
            ports.add(peer.exposures().get(0).portIn(peer.task()));
        } else {
            Protocol wanted = e.protocol() == Egress.IpProtocol.UDP ? Protocol.UDP : Protocol.TCP;
            for (Container c : peer.task().containers()) {
                for (PortMapping p : c.portMappings()) {
                    if (p.protocol() == wanted) {
                        ports.add(p.containerPort());
                    }
                }
            }
        }
        return ports.stream().map(p -> new PortRange(e.protocol().value(), p, p)).toList();
    }

    private static String described(Egress e, String derived) {
        return e.description().isEmpty() ? derived : e.description();
    }

    private static String kind(Egress e) {
        return switch (e.destination()) {
            case CIDR -> "cidr";
            case SECURITY_GROUP -> "group";
            case PREFIX_LIST -> "prefix-list";
            case SERVICE -> "service";
        };
    }

    /**
     * A name part for a destination: a CIDR's octets padded to three digits and its prefix to two (so that no two
     * ranges give the same logical ID once the separators are dropped), an ID as it is, a token's characters.
     */
    private static String name(Egress e) {
        if (e.destination() == Egress.Destination.CIDR && e.target().matches("\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+")) {
            String[] parts = e.target().split("[./]");
            return String.format(Locale.ROOT, "%03d-%03d-%03d-%03d-%02d", Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                    Integer.parseInt(parts[4]));
        }
        return e.target().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static NetworkResources.SecurityGroupEgress egress(ResourceId id, Value group, PortRange ports, Peer peer,
                                                               String description) {
        return new NetworkResources.SecurityGroupEgress(id, group, ports.protocol(), ports.from(), ports.to(), peer,
                description);
    }

    private static NetworkResources.SecurityGroupIngress ingress(ResourceId id, Value group, PortRange ports,
                                                                 Peer peer, String description) {
        return new NetworkResources.SecurityGroupIngress(id, group, ports.protocol(), ports.from(), ports.to(), peer,
                description);
    }
}
