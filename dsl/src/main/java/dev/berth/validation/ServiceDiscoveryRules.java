package dev.berth.validation;

import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.compute.Cluster;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.network.Egress;
import dev.berth.service.Service;
import dev.berth.servicediscovery.ServiceConnect;
import dev.berth.servicediscovery.ServiceConnectServer;
import dev.berth.task.Container;
import dev.berth.task.Logging;
import dev.berth.task.NetworkMode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amazon ECS Service Connect (Amazon ECS Developer Guide, "Service Connect"; API Reference, ServiceConnectService
 * and ServiceConnectClientAlias).
 *
 * <ul>
 *   <li>{@code SERVICE_CONNECT_NAMESPACE}: a service uses Service Connect but neither it nor its cluster names a
 *       namespace, or a namespace (of a service or a cluster's default) is neither a namespace name Berth can create
 *       nor a Cloud Map namespace ARN.</li>
 *   <li>{@code SERVICE_CONNECT_NETWORK_MODE}: Service Connect supports the awsvpc and bridge network modes only.</li>
 *   <li>{@code SERVICE_CONNECT_PORT_NAME}: "The portName must match the name of one of the portMappings from all
 *       the containers in the task definition".</li>
 *   <li>{@code SERVICE_CONNECT_SETTINGS}: a discovery name (up to 64 lower-case letters, digits, underscores and
 *       hyphens, not starting with a hyphen), a DNS name (up to 127, periods allowed too) or a client port (1-65535)
 *       AWS rejects; one port name offered twice; a proxy log retention CloudWatch Logs does not accept, or one that
 *       differs from the retention of a container writing to the same log group; a retained proxy log group.</li>
 *   <li>{@code SERVICE_CONNECT_COLLISION}: "Each name and port mapping must be unique within the namespace", and a
 *       discovery name "must be unique within the Cloud Map namespace".</li>
 *   <li>{@code SERVICE_CONNECT_CALLER}: a service declares egress to a Service Connect server (not exposed through
 *       an internal load balancer) but is not a Service Connect client of the server's namespace: it cannot resolve
 *       the server's name.</li>
 * </ul>
 */
final class ServiceDiscoveryRules {

    /** Lower-case DNS labels separated by periods: a name every Service Connect client can resolve. */
    private static final Pattern NAMESPACE_NAME = Pattern.compile(
            "(?=.{1,253}$)[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern NAMESPACE_ARN = Pattern.compile(
            "arn:aws(?:-[a-z]+)*:servicediscovery:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:namespace/ns-[a-zA-Z0-9]{1,64}");
    private static final Pattern DISCOVERY_NAME = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,63}");
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9_.][a-z0-9_.-]{0,126}");

    private ServiceDiscoveryRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Cluster c : app.clusters()) {
            namespaceForm(report, Paths.cluster(c) + ".serviceConnectNamespace", c.serviceConnectNamespace());
        }
        // namespace -> discovery names and dnsName:port aliases already taken, with the path that took them
        Map<String, Map<String, String>> taken = new HashMap<>();
        for (Service s : app.services()) {
            ServiceConnect sc = s.serviceConnect();
            if (!sc.enabled()) {
                continue;
            }
            String path = Paths.service(s) + ".serviceConnect";
            NetworkMode mode = s.task().networkMode();
            if (mode != NetworkMode.AWSVPC && mode != NetworkMode.BRIDGE) {
                report.add(Rule.SERVICE_CONNECT_NETWORK_MODE, Paths.task(s) + ".networkMode", "The service uses"
                                + " Service Connect, but its task uses the " + mode.value() + " network mode: Service"
                                + " Connect supports awsvpc and bridge only.",
                        "Use NetworkMode.AWSVPC (or BRIDGE on EC2), or remove Service Connect.");
            }
            String namespace = app.serviceConnectNamespaceOf(s);
            boolean clusterKnown = app.clusters().stream().filter(c -> c.name().equals(app.clusterOf(s))).count() == 1;
            if (namespace.isEmpty() && clusterKnown) {
                report.add(Rule.SERVICE_CONNECT_NAMESPACE, path + ".namespace", "The service uses Service Connect,"
                                + " but neither it nor its cluster " + Values.quoted(app.clusterOf(s))
                                + " names a namespace.",
                        "Set serviceConnectNamespace(\"...\") on the cluster, or namespace(\"...\") on the service.");
            } else if (!namespace.isEmpty() && !sc.namespace().isEmpty()) {
                namespaceForm(report, path + ".namespace", sc.namespace());
            }
            Set<String> portNames = new HashSet<>();
            for (int i = 0; i < sc.servers().size(); i++) {
                server(report, s, sc.servers().get(i), i, path + ".servers[" + i + "]", portNames,
                        taken.computeIfAbsent(namespace, n -> new HashMap<>()));
            }
            logging(report, app, s, sc, path + ".logging");
        }
        callers(report, app);
        return report.diagnostics();
    }

    private static void namespaceForm(Report report, String path, String namespace) {
        if (namespace.isEmpty() || Values.isToken(namespace) || NAMESPACE_NAME.matcher(namespace).matches()
                || NAMESPACE_ARN.matcher(namespace).matches()) {
            return;
        }
        report.add(Rule.SERVICE_CONNECT_NAMESPACE, path, Values.quoted(namespace) + " is neither a namespace name"
                        + " (lower-case DNS labels separated by periods, starting with a letter, up to 253 characters) nor a Cloud Map"
                        + " namespace ARN.",
                "Give a name such as shop.internal (Berth creates the namespace), or the ARN of an existing one"
                        + " (arn:aws:servicediscovery:<region>:<account>:namespace/ns-...).");
    }

    private static void server(Report report, Service s, ServiceConnectServer server, int index, String path,
                               Set<String> portNames, Map<String, String> taken) {
        if (!portNames.add(server.portName())) {
            report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".portName", "The port "
                            + Values.quoted(server.portName()) + " is offered twice.",
                    "Remove the second server.");
            return;
        }
        if (server.containerPortIn(s.task()) == 0) {
            List<String> names = s.task().containers().stream().flatMap(c -> c.portMappings().stream())
                    .map(p -> p.name()).filter(n -> !n.isEmpty()).toList();
            report.add(Rule.SERVICE_CONNECT_PORT_NAME, path + ".portName", "No port mapping of the service's"
                            + " containers is named " + Values.quoted(server.portName()) + "; ECS requires the"
                            + " portName of a Service Connect service to match a port mapping of the task definition.",
                    names.isEmpty() ? "Name the container's port: c.port(8080, \"" + server.portName() + "\")."
                            : "Name one of " + Values.join(names) + ", or name the container's port.");
        }
        if (!DISCOVERY_NAME.matcher(server.discoveryNameFor(s.name(), index)).matches()) {
            report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".discoveryName", "The discovery name "
                            + Values.quoted(server.discoveryNameFor(s.name(), index)) + " is not up to 64 lower-case letters, digits,"
                            + " underscores and hyphens not starting with a hyphen.",
                    "Use a name such as " + NamingRules.suggest(s.name()) + ".");
        }
        if (!DNS_NAME.matcher(server.dnsNameFor(s.name(), index)).matches()) {
            report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".dnsName", "The DNS name "
                            + Values.quoted(server.dnsNameFor(s.name(), index)) + " is not up to 127 lower-case letters, digits,"
                            + " underscores, hyphens and periods not starting with a hyphen.",
                    "Use a name such as " + NamingRules.suggest(s.name()) + ".");
        }
        if (!Values.inRange(server.port(), 0, 65535)) {
            report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".port", "The client port " + server.port()
                    + " is outside 1-65535.", "Give a port from 1 to 65535, or none (the container port).");
        }
        String discovery = "discovery name " + Values.quoted(server.discoveryNameFor(s.name(), index));
        String earlier = taken.putIfAbsent(discovery, path);
        if (earlier != null) {
            report.add(Rule.SERVICE_CONNECT_COLLISION, path + ".discoveryName", "The " + discovery + " is taken"
                            + " already in the namespace by " + earlier + "; Cloud Map needs it unique.",
                    "Give one of them a discoveryName of its own.");
        }
        int port = server.clientPortIn(s.task());
        if (port != 0) {
            String alias = "alias " + server.dnsNameFor(s.name(), index) + ":" + port;
            String first = taken.putIfAbsent(alias, path);
            if (first != null) {
                report.add(Rule.SERVICE_CONNECT_COLLISION, path + ".dnsName", "The " + alias + " is taken already"
                                + " in the namespace by " + first + "; each name and port must be unique there.",
                        "Give one of them another dnsName or port.");
            }
        }
    }

    private static void logging(Report report, Application app, Service s, ServiceConnect sc, String path) {
        Logging log = sc.logging();
        if (!log.awslogs() || log.createGroup()) {
            return;
        }
        if (log.retentionDays() != Logging.NOT_SET && !ContainerRules.RETENTION_DAYS.contains(log.retentionDays())) {
            report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".retentionDays", "The proxy's log retention "
                            + log.retentionDays() + " is not one CloudWatch Logs accepts.",
                    "Use one of " + Values.join(ContainerRules.RETENTION_DAYS) + ".");
            return;
        }
        if (log.removalPolicy() == RemovalPolicy.RETAIN) {
            // The proxy's awslogs options name its group literally, while a retained group's name is unique to each
            // creation (generated by CloudFormation): the proxy would write to a group that does not exist.
            report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".removalPolicy", "The proxy's log group cannot be"
                            + " retained: a retained group's name is unique to each creation, and the proxy's log"
                            + " configuration names its group.",
                    "Leave the proxy's removalPolicy at DESTROY, or point the proxy at a log group of your own"
                            + " (logGroupName with createGroup(true)).");
            return;
        }
        String group = sc.logGroupNameFor(app.name(), s.name());
        for (Container c : s.task().containers()) {
            Logging cl = c.logging();
            if (cl.awslogs() && !cl.createGroup() && cl.groupNameFor(app.name(), s.name()).equals(group)
                    && effectiveRetention(cl) != effectiveRetention(log)) {
                report.add(Rule.SERVICE_CONNECT_SETTINGS, path + ".retentionDays", "The proxy writes to the log"
                                + " group " + Values.quoted(group) + " of container " + c.name() + " with a retention"
                                + " of " + log.retentionDays() + " days, the container with " + cl.retentionDays()
                                + "; the group is declared once.",
                        "Give both the same retentionDays, or give the proxy a logGroupName of its own.");
                return;
            }
        }
    }

    /** A retention left unset is the default one (or, under a profile, the profile's for both). */
    private static int effectiveRetention(Logging log) {
        return log.retentionDays() == Logging.NOT_SET ? Logging.DEFAULT_RETENTION_DAYS : log.retentionDays();
    }

    /**
     * A service that calls a Service Connect server reaches it by its alias only through a proxy of the same
     * namespace; a server exposed through an internal load balancer stays reachable there.
     */
    private static void callers(Report report, Application app) {
        for (Service caller : app.services()) {
            for (int i = 0; i < caller.egress().size(); i++) {
                Egress e = caller.egress().get(i);
                if (e.destination() != Egress.Destination.SERVICE) {
                    continue;
                }
                Service server = app.services().stream().filter(x -> x.name().equals(e.target())).findFirst()
                        .orElse(null);
                if (server == null || server == caller || !server.serviceConnect().enabled()
                        || server.serviceConnect().servers().isEmpty()
                        || EgressRules.internalLoadBalancer(app, server) != null) {
                    continue;
                }
                String namespace = app.serviceConnectNamespaceOf(server);
                if (!namespace.equals(app.serviceConnectNamespaceOf(caller))) {
                    report.add(Rule.SERVICE_CONNECT_CALLER, Paths.service(caller) + ".egress[" + i + "]", "The"
                                    + " service calls " + server.name() + ", a Service Connect server of the namespace "
                                    + Values.quoted(namespace) + ", but is not a Service Connect client of that"
                                    + " namespace: it cannot resolve " + server.name() + "'s name.",
                            "Add serviceConnect(sc -> sc.client()) in the same namespace; acknowledge this warning"
                                    + " when the service reaches " + server.name() + " another way.");
                }
            }
        }
    }
}
