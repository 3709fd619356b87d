package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.servicediscovery.DnsRecordType;
import dev.berth.servicediscovery.ServiceDiscovery;
import dev.berth.task.Container;
import dev.berth.task.NetworkMode;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS Cloud Map DNS service discovery of ECS services (Amazon ECS API Reference, ServiceRegistry; AWS Cloud Map API
 * Reference, CreateService and CreatePrivateDnsNamespace).
 *
 * <ul>
 *   <li>{@code DNS_DISCOVERY_NAMESPACE}: a service registers but neither it nor its cluster names a namespace; it
 *       names a namespace that no cluster of the program declares (and that is no existing namespace's ID); or a
 *       namespace is neither a DNS name nor a namespace ID.</li>
 *   <li>{@code DNS_DISCOVERY_RECORD}: "If the task definition that your service task specifies uses the bridge or
 *       host network mode, you must specify a containerName and containerPort combination from the task
 *       definition" (ServiceRegistry): only SRV records carry a port, so A records need awsvpc; an SRV record needs
 *       a container with that port mapping.</li>
 *   <li>{@code DNS_DISCOVERY_SETTINGS}: a name that is no DNS label, a TTL outside 0-2147483647 (Cloud Map DnsRecord
 *       TTL), a container or port given with A records (which carry no port).</li>
 *   <li>{@code DNS_DISCOVERY_COLLISION}: two services register one name in a namespace (Cloud Map keeps one service
 *       per name in a namespace), or a namespace name the program uses both for DNS discovery (a private DNS
 *       namespace) and Service Connect (an HTTP namespace): Berth would create two namespaces of that name.</li>
 * </ul>
 */
final class DnsDiscoveryRules {

    private static final Pattern NAMESPACE_NAME = Pattern.compile(
            "(?=.{1,253}$)[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern NAMESPACE_ID = Pattern.compile("ns-[a-zA-Z0-9]{1,64}");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private DnsDiscoveryRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Set<String> declared = new LinkedHashSet<>();
        Set<String> serviceConnect = new LinkedHashSet<>();
        app.clusters().forEach(c -> serviceConnect.add(c.serviceConnectNamespace()));
        app.services().forEach(s -> serviceConnect.add(app.serviceConnectNamespaceOf(s)));
        for (Cluster c : app.clusters()) {
            String path = Paths.cluster(c) + ".dnsNamespace";
            if (namespaceForm(report, path, c.dnsNamespace())) {
                declared.add(c.dnsNamespace());
                if (!ServiceDiscovery.isExisting(c.dnsNamespace()) && serviceConnect.contains(c.dnsNamespace())) {
                    report.add(Rule.DNS_DISCOVERY_COLLISION, path, "The namespace name "
                                    + Values.quoted(c.dnsNamespace()) + " is used for DNS discovery (a private DNS"
                                    + " namespace) and for Service Connect (an HTTP namespace); Cloud Map would get"
                                    + " two namespaces of one name.",
                            "Give the DNS namespace another name (e.g. dns." + c.dnsNamespace() + ").");
                }
            }
        }
        // namespace -> registered names, with the path that took them
        Map<String, Map<String, String>> taken = new HashMap<>();
        for (Service s : app.services()) {
            ServiceDiscovery d = s.serviceDiscovery();
            if (!d.enabled()) {
                continue;
            }
            String path = Paths.service(s) + ".serviceDiscovery";
            Cluster cluster = app.clusters().stream().filter(c -> c.name().equals(app.clusterOf(s))).findFirst()
                    .orElse(null);
            String namespace = d.namespaceIn(cluster);
            if (namespace.isEmpty()) {
                if (cluster != null) {
                    report.add(Rule.DNS_DISCOVERY_NAMESPACE, path + ".namespace", "The service registers in DNS,"
                                    + " but neither it nor its cluster " + Values.quoted(cluster.name())
                                    + " names a private DNS namespace.",
                            "Set dnsNamespace(\"shop.internal\") on the cluster, or namespace(\"...\") on the"
                                    + " service's discovery.");
                }
            } else if (!d.namespace().isEmpty() && namespaceForm(report, path + ".namespace", d.namespace())
                    && !ServiceDiscovery.isExisting(namespace) && !declared.contains(namespace)) {
                report.add(Rule.DNS_DISCOVERY_NAMESPACE, path + ".namespace", "The service registers in the namespace "
                                + Values.quoted(namespace) + ", which no cluster of the program declares.",
                        "Declare it with dnsNamespace(" + Values.quoted(namespace) + ") on a cluster, or give an"
                                + " existing namespace's ID (ns-...).");
            }
            String name = d.nameFor(s.name());
            if (!LABEL.matcher(name).matches()) {
                report.add(Rule.DNS_DISCOVERY_SETTINGS, path + ".name", Values.quoted(name) + " is not a DNS label.",
                        "Use up to 63 lower-case letters, digits and hyphens, not starting or ending with a hyphen.");
            } else if (!namespace.isEmpty()) {
                String other = taken.computeIfAbsent(namespace, n -> new HashMap<>()).putIfAbsent(name, path);
                if (other != null) {
                    report.add(Rule.DNS_DISCOVERY_COLLISION, path + ".name", "The name " + Values.quoted(name)
                                    + " is already registered in the namespace " + Values.quoted(namespace) + " by "
                                    + other + ".",
                            "Give one of them another name(\"...\").");
                }
            }
            if (d.ttl() < 0) {
                report.add(Rule.DNS_DISCOVERY_SETTINGS, path + ".ttl", "A TTL of " + d.ttl() + " seconds is outside"
                        + " what Cloud Map takes.", "Give 0 to 2147483647 seconds (default: 60).");
            }
            records(report, s, d, path);
        }
        return report.diagnostics();
    }

    private static void records(Report report, Service s, ServiceDiscovery d, String path) {
        NetworkMode mode = s.task().networkMode();
        if (d.dnsRecordType() == DnsRecordType.A) {
            if (mode != NetworkMode.AWSVPC) {
                report.add(Rule.DNS_DISCOVERY_RECORD, path + ".dnsRecordType", "A records need the awsvpc network"
                                + " mode; with " + mode.value() + " tasks share the instance's address, so ECS"
                                + " registers them only with SRV records (container name and port).",
                        "Use d.srv(\"<container>\", <port>), or NetworkMode.AWSVPC.");
            }
            if (!d.containerName().isEmpty() || d.containerPort() != 0) {
                report.add(Rule.DNS_DISCOVERY_SETTINGS, path + ".containerName", "A records carry no port, so a"
                                + " container name or port is only for SRV records.",
                        "Remove containerName/containerPort, or use dnsRecordType(DnsRecordType.SRV).");
            }
            return;
        }
        String container = d.containerIn(s.task(), s.exposures());
        Container c = s.task().containers().stream().filter(x -> x.name().equals(container)).findFirst()
                .orElse(null);
        if (c == null) {
            report.add(Rule.DNS_DISCOVERY_RECORD, path + ".containerName", container.isEmpty()
                            ? "SRV records carry a container port, but no container of the task has a port mapping."
                            : "SRV records name the container " + Values.quoted(container)
                            + ", which the task does not have.",
                    "Add a port mapping, or name a container of the task with one: d.srv(\"app\", 8080).");
            return;
        }
        int port = d.containerPortIn(s.task(), s.exposures());
        if (port == 0 || c.portMappings().stream().noneMatch(m -> m.containerPort() == port)) {
            report.add(Rule.DNS_DISCOVERY_RECORD, path + ".containerPort", port == 0
                            ? "SRV records carry a container port, but the container " + Values.quoted(container)
                            + " has no port mapping."
                            : "The container " + Values.quoted(container) + " has no port mapping for " + port
                            + " (ECS registers a port from the task definition).",
                    "Give a container port the container maps, e.g. d.srv(\"" + container + "\", 8080).");
        }
    }

    /** Whether the namespace is well formed (empty counts as not given, so false); reports when it is not. */
    private static boolean namespaceForm(Report report, String path, String namespace) {
        if (namespace.isEmpty()) {
            return false;
        }
        if (Values.isToken(namespace) || NAMESPACE_NAME.matcher(namespace).matches()
                || NAMESPACE_ID.matcher(namespace).matches()) {
            return true;
        }
        report.add(Rule.DNS_DISCOVERY_NAMESPACE, path, Values.quoted(namespace) + " is neither a namespace name"
                        + " (lower-case DNS labels separated by periods, starting with a letter, up to 253 characters)"
                        + " nor a Cloud Map namespace ID (ns-...).",
                "Give a name such as shop.internal (Berth creates the private DNS namespace), or an existing"
                        + " namespace's ID.");
        return false;
    }
}
