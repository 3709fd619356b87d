package dev.berth.synth.planning.servicediscovery;

import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.compute.Cluster;
import dev.berth.loadbalancing.Exposure;
import dev.berth.network.Egress;
import dev.berth.service.Service;
import dev.berth.servicediscovery.ServiceConnect;
import dev.berth.servicediscovery.ServiceConnectServer;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ClientAlias;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceConnectConfiguration;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceConnectService;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.compute.LogGroups;
import dev.berth.synth.planning.iam.RolePlanner;
import dev.berth.synth.planning.iam.RolePlanner.LogTarget;
import dev.berth.task.Container;
import dev.berth.task.Logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans Amazon ECS Service Connect: the AWS Cloud Map HTTP namespaces Berth creates, each service's Service Connect
 * configuration with its proxy's log group, the ports a client's security group rules take, and the order in which
 * servers and their clients are created.
 *
 * <p>Order: "Existing tasks can't resolve and connect to the new endpoint. Only new tasks with a Service Connect
 * configuration in the same namespace and that start running after this deployment can resolve and connect to this
 * endpoint" (Amazon ECS Developer Guide, "Amazon ECS Service Connect components",
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html, which asks for
 * {@code dependsOn} on the client for each server it connects to). So a client service waits for the servers it
 * declares egress to; of two services that call each other, the one declared first waits for the other (a cycle
 * cannot be ordered; the other resolves it after its next deployment).
 */
public final class ServiceConnectPlanner {

    private ServiceConnectPlanner() {
    }

    /** The HTTP namespace Berth creates for the name {@code name}. */
    public static ResourceId namespaceId(String name) {
        return ResourceId.of(ServiceDiscoveryResources.HttpNamespace.class, name);
    }

    /** A namespace as Service Connect takes it: an existing one's ARN as given, else the ARN of the one Berth creates. */
    public static Value namespaceArn(String nameOrArn) {
        return isArn(nameOrArn) ? Value.literal(nameOrArn) : namespaceId(nameOrArn).attr(Attr.ARN);
    }

    /** The default namespace of a cluster's services; null when it has none. */
    public static Value clusterDefault(Cluster cluster) {
        return cluster.serviceConnectNamespace().isEmpty() ? null : namespaceArn(cluster.serviceConnectNamespace());
    }

    private static boolean isArn(String namespace) {
        return namespace.startsWith("arn:") || namespace.contains("Token[");
    }

    /**
     * One HTTP namespace for each namespace name of the program (clusters' defaults, then services' own, in program
     * order), shared by the services: Service Connect resolves names through the proxies, so no DNS (and no VPC) is
     * needed. A namespace only a cluster names is still created: the cluster's defaults refer to it.
     */
    public static void namespaces(Application app, PlanBuilder plan) {
        Set<String> names = new LinkedHashSet<>();
        app.clusters().forEach(c -> names.add(c.serviceConnectNamespace()));
        app.services().forEach(s -> names.add(app.serviceConnectNamespaceOf(s)));
        for (String name : names) {
            if (name.isEmpty() || isArn(name)) {
                continue;
            }
            plan.add(new ServiceDiscoveryResources.HttpNamespace(namespaceId(name), name,
                    "Service Connect namespace of " + app.name(), plan.tagsNamed(name)));
        }
    }

    /**
     * The service's Service Connect configuration; null when it uses none. Each server gets one client alias: its
     * DNS name (default: the discovery name, a short name clients use as is) and port (default: the container port).
     */
    public static ServiceConnectConfiguration configuration(Application app, Service service) {
        ServiceConnect sc = service.serviceConnect();
        if (!sc.enabled()) {
            return null;
        }
        List<ServiceConnectService> services = new ArrayList<>();
        for (int i = 0; i < sc.servers().size(); i++) {
            ServiceConnectServer server = sc.servers().get(i);
            services.add(new ServiceConnectService(server.portName(), server.discoveryNameFor(service.name(), i),
                    List.of(new ClientAlias(server.clientPortIn(service.task()),
                            server.dnsNameFor(service.name(), i)))));
        }
        ProxyLogs logs = proxyLogs(app, service);
        ComputeResources.LogConfiguration logging = null;
        if (logs != null) {
            Map<String, Value> options = new LinkedHashMap<>();
            options.put("awslogs-group", logs.target().groupName());
            options.put("awslogs-region", logs.target().region());
            options.put("awslogs-stream-prefix", Value.literal(sc.logging().streamPrefix().isEmpty()
                    ? service.name() : sc.logging().streamPrefix()));
            if (logs.target().createGroup()) {
                options.put("awslogs-create-group", Value.literal("true"));
            }
            logging = new ComputeResources.LogConfiguration("awslogs", options);
        }
        return new ServiceConnectConfiguration(namespaceArn(app.serviceConnectNamespaceOf(service)), services,
                logging);
    }

    /**
     * What the service's configuration needs besides: the proxy's log group when no container's declared group is
     * the same (declared with the proxy's retention), the execution role's permission to write to it when no
     * container's statement covers it, and the servers it waits for.
     */
    public static void plan(Application app, Service service, PlanBuilder plan) {
        ProxyLogs logs = proxyLogs(app, service);
        if (logs != null) {
            if (logs.declare()) {
                Logging log = service.serviceConnect().logging();
                // Never retained (SERVICE_CONNECT_SETTINGS): the proxy's options name the group literally.
                plan.add(LogGroups.logGroup(proxyLogGroup(service), service.serviceConnect()
                        .logGroupNameFor(plan.applicationName(), service.name()), log.retentionDays(),
                        Logging.DEFAULT_RETENTION_DAYS, log.kmsKeyArn(), RemovalPolicy.DESTROY, plan));
            }
            if (!logs.coveredByContainers()) {
                RolePlanner.allowProxyLogs(service, logs.target(), plan);
            }
        }
        plan.waitFor(ResourceId.of(ComputeResources.Service.class, service.name()), serversFirst(app)
                .getOrDefault(service.name(), List.of()).stream()
                .map(s -> ResourceId.of(ComputeResources.Service.class, s)).toList());
    }

    private static ResourceId proxyLogGroup(Service service) {
        return ResourceId.of(ComputeResources.LogGroup.class, service.name(), "service-connect");
    }

    /**
     * Where the proxy logs: {@code target}; whether its group is declared here ({@code declare}: not created by the
     * driver, and no container's declared group has its name) and whether a container's statement of the execution
     * role already covers it (same group and region).
     */
    private record ProxyLogs(LogTarget target, boolean declare, boolean coveredByContainers) {
    }

    private static ProxyLogs proxyLogs(Application app, Service service) {
        ServiceConnect sc = service.serviceConnect();
        Logging log = sc.logging();
        if (!sc.enabled() || !log.awslogs()) {
            return null;
        }
        Value region = log.region().isEmpty() ? Value.pseudo(Pseudo.REGION) : Value.literal(log.region());
        String group = sc.logGroupNameFor(app.name(), service.name());
        if (log.createGroup()) {
            return new ProxyLogs(new LogTarget(Value.literal(group), region, true), false, false);
        }
        // the group a container declares (TaskDefinitionPlanner: the default group once per service, any other
        // once, named after the first container writing to it)
        String defaultGroup = Logging.DEFAULT.groupNameFor(app.name(), service.name());
        for (Container c : service.task().containers()) {
            Logging cl = c.logging();
            if (cl.awslogs() && !cl.createGroup() && cl.groupNameFor(app.name(), service.name()).equals(group)) {
                ResourceId id = group.equals(defaultGroup)
                        ? ResourceId.of(ComputeResources.LogGroup.class, service.name())
                        : ResourceId.of(ComputeResources.LogGroup.class, service.name(), c.name());
                return new ProxyLogs(new LogTarget(id.attr(Attr.NAME), region, false), false,
                        cl.region().equals(log.region()));
            }
        }
        return new ProxyLogs(new LogTarget(proxyLogGroup(service).attr(Attr.NAME), region, false), true, false);
    }

    /**
     * The ports at which {@code caller} reaches {@code server}'s tasks through Service Connect: the container ports
     * of the server's Service Connect ports (a client's proxy connects to the server's tasks there: "By default, the
     * Service Connect proxy listens on the containerPort from the task definition port mapping", Amazon ECS Developer
     * Guide, Service Connect components, Networking). Empty unless both are in one namespace and the server offers
     * ports.
     */
    public static List<Integer> serverPorts(Application app, Service caller, Service server) {
        if (!caller.serviceConnect().enabled() || server.serviceConnect().servers().isEmpty()
                || !app.serviceConnectNamespaceOf(server).equals(app.serviceConnectNamespaceOf(caller))) {
            return List.of();
        }
        TreeSet<Integer> ports = new TreeSet<>();
        for (ServiceConnectServer s : server.serviceConnect().servers()) {
            int port = s.containerPortIn(server.task());
            if (port != 0) {
                ports.add(port);
            }
        }
        return List.copyOf(ports);
    }

    /**
     * Client to the servers it waits for: the Service Connect servers of its namespace it declares egress to and
     * reaches through Service Connect (not an internal load balancer). Edges that would close a cycle are left out,
     * in program order.
     */
    static Map<String, List<String>> serversFirst(Application app) {
        Map<String, List<String>> first = new LinkedHashMap<>();
        for (Service client : app.services()) {
            for (Egress e : client.egress()) {
                if (e.destination() != Egress.Destination.SERVICE) {
                    continue;
                }
                Service server = app.services().stream().filter(x -> x.name().equals(e.target())).findFirst()
                        .orElse(null);
                if (server == null || server == client || serverPorts(app, client, server).isEmpty()
                        || internallyBalanced(app, server) || reaches(first, server.name(), client.name())) {
                    continue;
                }
                List<String> servers = first.computeIfAbsent(client.name(), k -> new ArrayList<>());
                if (!servers.contains(server.name())) {
                    servers.add(server.name());
                }
            }
        }
        return first;
    }

    private static boolean reaches(Map<String, List<String>> edges, String from, String to) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, List.of()));
            }
        }
        return false;
    }

    private static boolean internallyBalanced(Application app, Service service) {
        for (Exposure exposure : service.exposures()) {
            if (app.loadBalancers().stream().anyMatch(lb -> lb.name().equals(exposure.loadBalancer())
                    && !lb.isInternetFacing())) {
                return true;
            }
        }
        return false;
    }
}
