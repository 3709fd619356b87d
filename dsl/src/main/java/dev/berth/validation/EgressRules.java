package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.network.Egress;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.EndpointService;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetType;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.LogRouter;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;
import dev.berth.task.Secret;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a service's tasks can reach what they need: to start (the image registry, CloudWatch Logs, SSM and
 * Secrets Manager; a task that cannot reach them never starts), what their task role is granted (an application
 * whose calls cannot reach the service times out), and what they talk to besides AWS (their security group allows
 * only outbound HTTPS unless the program declares more).
 *
 * <ul>
 *   <li>{@code PRIVATE_SUBNET_NO_EGRESS}: tasks in private subnets without NAT pull an image from outside private
 *       ECR, or need a VPC endpoint to start that the program does not create and the VPC does not have.</li>
 *   <li>{@code PUBLIC_IP_IN_PRIVATE_SUBNET}: a public IP on tasks in private subnets (no internet gateway route,
 *       so the address is useless).</li>
 *   <li>{@code PUBLIC_SUBNET_WITHOUT_PUBLIC_IP}: tasks in public subnets without a public IP cannot reach the
 *       internet (public subnets route through the internet gateway, which needs a public address).</li>
 *   <li>{@code ENDPOINT_MISSING_FOR_GRANT}: tasks in private subnets without NAT are granted an AWS service
 *       (DynamoDB, SNS, SQS, S3, or a custom statement's service) whose endpoint the chosen endpoints lack, or
 *       their log router sends to one (CloudWatch Logs, Firehose, S3); the message names the endpoint to add.</li>
 *   <li>{@code GRANT_WITHOUT_ENDPOINT}: the same for a custom statement's service for which Berth knows no VPC
 *       endpoint (a warning: the program may reach it otherwise).</li>
 *   <li>{@code EGRESS_RULE}: a declared egress has a malformed CIDR, security group or prefix list ID, names no
 *       other service of the program, has ports outside 1-65535 or inverted, is declared twice or repeats the
 *       tasks' own HTTPS (or all-traffic) rule, has a description
 *       AWS rejects, reaches a service that listens on no port (or, behind an internal load balancer, on a port
 *       the load balancer does not listen on), or reaches more services' tasks directly than a
 *       network interface has room for security groups.</li>
 *   <li>{@code EGRESS_DATABASE_UNREACHABLE}: a container's environment or secret names a database (e.g.
 *       {@code DATABASE_URL}, {@code DB_HOST}, a {@code jdbc:} or {@code postgres://} URL), while the service
 *       allows only outbound HTTPS and declares no egress: the database's port is blocked.</li>
 *   <li>{@code EGRESS_SIBLING_UNREACHABLE}: a container's environment holds a URL of another service of the
 *       program (a host name of its internal load balancer's listener rule, or the service's name) on a port other
 *       than 443, while the service allows only outbound HTTPS and declares no egress to it.</li>
 * </ul>
 */
final class EgressRules {

    private static final Pattern SECURITY_GROUP_ID = Pattern.compile("sg-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    private static final Pattern PREFIX_LIST_ID = Pattern.compile("pl-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    /** What EC2 accepts in a security group rule's description. */
    private static final Pattern RULE_DESCRIPTION = Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=;{}!$*]{0,255}");
    /**
     * One security group is the tasks' own; each service reached directly adds one. A network interface has five
     * by default (the "Security groups per network interface" VPC quota).
     */
    private static final int MAX_DIRECT_SERVICE_PEERS = 4;

    /** Name words that say a setting is a database's (split at anything but letters and digits). */
    private static final Set<String> DATABASE_WORDS = Set.of("DB", "DATABASE", "JDBC", "POSTGRES", "POSTGRESQL",
            "PGHOST", "MYSQL", "MARIADB", "MONGO", "MONGODB", "REDIS");
    private static final Pattern DATABASE_URL = Pattern.compile(
            "(?i)(jdbc:[a-z0-9]+:.*|(postgres|postgresql|mysql|mariadb|sqlserver|mongodb|mongodb\\+srv|redis|rediss)://.*)");
    /** The usual ports, for the message's example. */
    private static final Map<String, Integer> DATABASE_PORTS = databasePorts();

    private EgressRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Set<EndpointService> reachable = app.reachableEndpoints();
        boolean internet = app.privateSubnetsReachInternet();
        for (Service s : app.services()) {
            SubnetType type = s.subnets().type();
            if (type == SubnetType.PRIVATE && !internet) {
                noEgress(report, app, s, reachable);
                grantedWithoutEndpoint(report, app, s, reachable);
            }
            if (type == SubnetType.PRIVATE && s.assignPublicIp()) {
                report.add(Rule.PUBLIC_IP_IN_PRIVATE_SUBNET, Paths.service(s) + ".assignPublicIp", "The tasks get a"
                                + " public IP but run in private subnets, which have no route to the internet"
                                + " gateway: the address is never reachable and gives no egress.",
                        "Set assignPublicIp(false), or place the service in public subnets.");
            }
            if (type == SubnetType.PUBLIC && !s.assignPublicIp()) {
                report.add(Rule.PUBLIC_SUBNET_WITHOUT_PUBLIC_IP, Paths.service(s) + ".assignPublicIp", "The tasks run"
                                + " in public subnets without a public IP. Public subnets reach the internet only"
                                + " through the internet gateway, which needs a public address, so the tasks cannot"
                                + " pull images or reach AWS APIs and stop with CannotPullContainerError.",
                        "Set assignPublicIp(true), or place the service in private subnets (the default).");
            }
            declaredEgress(report, app, s);
            if (!s.allowAllOutbound()) {
                database(report, s);
                siblings(report, app, s);
            }
        }
        return report.diagnostics();
    }

    private static String noInternet(Application app) {
        return app.network() instanceof NewVpc ? "natGateways is NONE" : "privateSubnetsReachInternet is false";
    }

    private static void noEgress(Report report, Application app, Service s, Set<EndpointService> reachable) {
        List<String> outsideEcr = s.task().containers().stream()
                .filter(c -> !c.image().isPrivateEcr() && !c.image().repository().isEmpty())
                .map(Container::name).toList();
        EnumSet<EndpointService> missing = EnumSet.noneOf(EndpointService.class);
        missing.addAll(EndpointNeeds.toStart(s));
        missing.removeAll(reachable);
        if (outsideEcr.isEmpty() && missing.isEmpty()) {
            return;
        }
        StringBuilder problem = new StringBuilder("The tasks run in private subnets without a route to the internet (")
                .append(noInternet(app)).append("), and ");
        if (!outsideEcr.isEmpty()) {
            problem.append("container(s) ").append(Values.join(outsideEcr)).append(" pull images from outside"
                    + " private Amazon ECR, which VPC endpoints cannot reach");
        }
        if (!missing.isEmpty()) {
            problem.append(outsideEcr.isEmpty() ? "" : "; and ").append("the VPC endpoints ")
                    .append(Values.join(missing.stream().map(EndpointService::serviceSuffix).toList()))
                    .append(" they need are not created");
        }
        problem.append(". The tasks would never start: the image pull, log stream, or secret retrieval fails and the"
                + " task stops with CannotPullContainerError or ResourceInitializationError.");
        StringBuilder fix = new StringBuilder("Add NAT gateways (natGateways SINGLE or PER_AZ)");
        if (!missing.isEmpty()) {
            fix.append(", or add the missing endpoints (or use Endpoints.automatic())");
        }
        if (!outsideEcr.isEmpty()) {
            fix.append(", or copy the image(s) into a private ECR repository (ECR pull-through cache works too)");
        }
        if (s.task().containers().stream().anyMatch(c -> c.logRouter().isPresent()
                && c.image().reference().equals(LogRouter.AWS_FOR_FLUENT_BIT_IMAGE))) {
            // AWS publishes the image in each region's Amazon ECR too, which the ECR endpoints reach (aws-for-fluent-bit
            // README, "Amazon ECR": the SSM parameters /aws/service/aws-for-fluent-bit/<version> hold the URIs).
            fix.append(" For the log router, AWS publishes AWS for Fluent Bit in each region's Amazon ECR: use the"
                    + " image URI the SSM parameter /aws/service/aws-for-fluent-bit/<version> holds in your region,"
                    + " e.g. logRouter(r -> r.image(\"906394416424.dkr.ecr.us-east-1.amazonaws.com/aws-for-fluent-bit:"
                    + "<version>\")).");
        }
        fix.append(".");
        report.add(Rule.PRIVATE_SUBNET_NO_EGRESS, Paths.service(s), problem.toString(), fix.toString());
    }

    private static void grantedWithoutEndpoint(Report report, Application app, Service s,
                                               Set<EndpointService> reachable) {
        EnumSet<EndpointService> missing = EnumSet.noneOf(EndpointService.class);
        missing.addAll(EndpointNeeds.granted(s));
        missing.removeAll(reachable);
        String path = Paths.task(s) + ".grants";
        if (!missing.isEmpty()) {
            String names = Values.join(missing.stream().map(e -> "EndpointService." + e.name()).toList());
            report.add(Rule.ENDPOINT_MISSING_FOR_GRANT, path, "The task role is granted access to "
                            + Values.join(missing.stream().map(EndpointService::serviceSuffix).toList())
                            + ", but the tasks run in private subnets without a route to the internet ("
                            + noInternet(app) + ") and the chosen endpoints do not include "
                            + (missing.size() == 1 ? "its" : "their") + " VPC endpoint"
                            + (missing.size() == 1 ? "" : "s") + ": the application's calls would time out.",
                    "Add " + names + " to the endpoints (or use Endpoints.automatic(), which derives them from the"
                            + " grants), or add NAT gateways.");
        }
        EnumSet<EndpointService> routing = EnumSet.noneOf(EndpointService.class);
        routing.addAll(EndpointNeeds.logRouting(s));
        routing.removeAll(reachable);
        if (!routing.isEmpty()) {
            report.add(Rule.ENDPOINT_MISSING_FOR_GRANT, Paths.task(s), "The log router sends logs to "
                            + Values.join(routing.stream().map(EndpointService::serviceSuffix).toList())
                            + " with the task role, but the tasks run in private subnets without a route to the"
                            + " internet (" + noInternet(app) + ") and the chosen endpoints do not include "
                            + (routing.size() == 1 ? "its" : "their") + " VPC endpoint"
                            + (routing.size() == 1 ? "" : "s") + ": the logs would never arrive.",
                    "Add " + Values.join(routing.stream().map(e -> "EndpointService." + e.name()).toList())
                            + " to the endpoints (or use Endpoints.automatic(), which derives them), or add NAT"
                            + " gateways.");
        }
        List<String> unknown = EndpointNeeds.grantedWithoutEndpoint(s);
        if (!unknown.isEmpty()) {
            report.add(Rule.GRANT_WITHOUT_ENDPOINT, path, "A custom statement grants actions of "
                            + Values.join(unknown) + ", for which Berth knows no VPC endpoint, while the tasks run in"
                            + " private subnets without a route to the internet (" + noInternet(app) + "): calls to"
                            + " " + (unknown.size() == 1 ? "it" : "them") + " would time out.",
                    "Add NAT gateways, or create the endpoint outside Berth (Endpoints.only lists only the services"
                            + " Berth knows); acknowledge this warning when the service is reached another way.");
        }
    }

    // ---- declared egress

    private static void declaredEgress(Report report, Application app, Service s) {
        Map<String, Service> byName = new LinkedHashMap<>();
        app.services().forEach(x -> byName.putIfAbsent(x.name(), x));
        Set<Egress> seen = new HashSet<>();
        Set<String> directPeers = new HashSet<>();
        for (int i = 0; i < s.egress().size(); i++) {
            Egress e = s.egress().get(i);
            String path = Paths.service(s) + ".egress[" + i + "]";
            if (!seen.add(e)) {
                report.add(Rule.EGRESS_RULE, path, "The egress to " + describe(e) + " is declared twice.",
                        "Remove the duplicate.");
                continue;
            }
            destination(report, e, path, s, byName);
            ports(report, e, path);
            if (e.destination() == Egress.Destination.CIDR && e.target().equals("0.0.0.0/0")
                    && (s.allowAllOutbound() ? e.protocol() == Egress.IpProtocol.ALL
                    : e.protocol() == Egress.IpProtocol.TCP && e.fromPort() == 443 && e.toPort() == 443)) {
                report.add(Rule.EGRESS_RULE, path, "The egress repeats the rule the tasks' security group always has ("
                                + (s.allowAllOutbound() ? "all traffic" : "HTTPS") + " to 0.0.0.0/0), and EC2 rejects"
                                + " a rule that is already there.",
                        "Remove the egress.");
            }
            if (!RULE_DESCRIPTION.matcher(e.description()).matches()) {
                report.add(Rule.EGRESS_RULE, path + ".description", "The description "
                                + Values.quoted(e.description()) + " has more than 255 characters or characters a"
                                + " security group rule does not accept.",
                        "Use letters, digits, spaces and ._-:/()#,@[]+=;{}!$* only.");
            }
            Service peer = e.destination() == Egress.Destination.SERVICE ? byName.get(e.target()) : null;
            if (peer != null && peer != s) {
                LoadBalancer internal = internalLoadBalancer(app, peer);
                if (internal != null && !e.portsDerived() && e.protocol() != Egress.IpProtocol.ALL
                        && !covers(e, internal.httpPort()) && !(internal.hasHttps() && covers(e, internal.httpsPort()))) {
                    report.add(Rule.EGRESS_RULE, path, "Service " + peer.name() + " is reached through its internal"
                                    + " load balancer " + internal.name() + ", which listens on "
                                    + internal.httpPort() + (internal.hasHttps() ? " and " + internal.httpsPort() : "")
                                    + ", not on " + e.fromPort() + (e.fromPort() == e.toPort() ? "" : "-" + e.toPort())
                                    + ".",
                            "Give no port (Egress.toService(\"" + peer.name() + "\") takes the listener ports), or a"
                                    + " listener port.");
                }
                if (internal == null) {
                    directPeers.add(peer.name());
                    if (e.portsDerived() && e.protocol() != Egress.IpProtocol.ALL && !peer.isLoadBalanced()
                            && ports(peer, e.protocol()).isEmpty()) {
                        report.add(Rule.EGRESS_RULE, path, "Service " + peer.name() + " maps no "
                                        + e.protocol().name() + " port, so there is no port to derive for the egress"
                                        + " to it.",
                                "Give the port: Egress.toService(\"" + peer.name() + "\", port).");
                    }
                }
            }
        }
        if (directPeers.size() > MAX_DIRECT_SERVICE_PEERS) {
            report.add(Rule.EGRESS_RULE, Paths.service(s) + ".egress", "The service reaches the tasks of "
                            + directPeers.size() + " services directly; each adds a security group to the tasks'"
                            + " network interface, which takes five by default (the tasks' own and four more).",
                    "Expose some of them through an internal load balancer, or declare egress to at most "
                            + MAX_DIRECT_SERVICE_PEERS + " services not behind one.");
        }
    }

    private static void destination(Report report, Egress e, String path, Service s, Map<String, Service> byName) {
        String target = e.target();
        switch (e.destination()) {
            case CIDR -> {
                if (Values.isToken(target)) {
                    return;
                }
                Values.Cidr cidr = Values.Cidr.parse(target);
                if (cidr == null || !cidr.aligned()) {
                    report.add(Rule.EGRESS_RULE, path, Values.quoted(target) + " is not an aligned IPv4 CIDR.",
                            cidr == null ? "Give a range such as 10.50.0.0/16." : "Use " + cidr.network() + ".");
                }
            }
            case SECURITY_GROUP -> {
                if (!Values.matchesOrToken(SECURITY_GROUP_ID, target)) {
                    report.add(Rule.EGRESS_RULE, path, Values.quoted(target) + " is not a security group ID.",
                            "Use an ID of the form sg-0123456789abcdef0.");
                }
            }
            case PREFIX_LIST -> {
                if (!Values.matchesOrToken(PREFIX_LIST_ID, target)) {
                    report.add(Rule.EGRESS_RULE, path, Values.quoted(target) + " is not a prefix list ID.",
                            "Use an ID of the form pl-0123456789abcdef0.");
                }
            }
            case SERVICE -> {
                if (target.equals(s.name())) {
                    report.add(Rule.EGRESS_RULE, path, "The service declares egress to itself; its tasks reach"
                            + " each other only through their own security group.", "Remove the egress.");
                } else if (!byName.containsKey(target)) {
                    report.add(Rule.EGRESS_RULE, path, "The egress names the service " + Values.quoted(target)
                                    + ", which the program does not have.",
                            "Name one of " + Values.join(byName.keySet()) + ".");
                }
            }
        }
    }

    private static void ports(Report report, Egress e, String path) {
        if (e.protocol() == Egress.IpProtocol.ALL) {
            return;
        }
        if (e.portsDerived()) {
            if (e.destination() != Egress.Destination.SERVICE) {
                report.add(Rule.EGRESS_RULE, path, "The egress to " + describe(e) + " has no port; only a service's"
                        + " ports can be derived.", "Give the port or port range.");
            }
            return;
        }
        if (!Values.inRange(e.fromPort(), 1, 65535) || !Values.inRange(e.toPort(), 1, 65535)
                || e.fromPort() > e.toPort()) {
            report.add(Rule.EGRESS_RULE, path, "The egress ports " + e.fromPort() + "-" + e.toPort()
                            + " are not a range within 1-65535.",
                    "Give ports from 1 to 65535, the first not above the last.");
        }
    }

    private static boolean covers(Egress e, int port) {
        return e.fromPort() <= port && port <= e.toPort();
    }

    private static String describe(Egress e) {
        return switch (e.destination()) {
            case CIDR, SECURITY_GROUP, PREFIX_LIST -> e.target();
            case SERVICE -> "service " + e.target();
        };
    }

    /** The internal load balancer a service is exposed through; null when none. */
    static LoadBalancer internalLoadBalancer(Application app, Service peer) {
        for (Exposure exposure : peer.exposures()) {
            for (LoadBalancer lb : app.loadBalancers()) {
                if (lb.name().equals(exposure.loadBalancer()) && !lb.isInternetFacing()) {
                    return lb;
                }
            }
        }
        return null;
    }

    private static List<Integer> ports(Service peer, Egress.IpProtocol protocol) {
        Protocol wanted = protocol == Egress.IpProtocol.UDP ? Protocol.UDP : Protocol.TCP;
        List<Integer> ports = new ArrayList<>();
        for (Container c : peer.task().containers()) {
            for (PortMapping p : c.portMappings()) {
                if (p.protocol() == wanted) {
                    ports.add(p.containerPort());
                }
            }
        }
        return ports;
    }

    // ---- traps of HTTPS-only egress

    private static void database(Report report, Service s) {
        if (!s.egress().isEmpty()) {
            return;
        }
        for (Container c : s.task().containers()) {
            List<String> settings = new ArrayList<>();
            Integer port = null;
            for (Map.Entry<String, String> env : c.environment().entrySet()) {
                boolean url = DATABASE_URL.matcher(env.getValue()).matches();
                if (url || namesDatabase(env.getKey())) {
                    settings.add(env.getKey());
                    port = port != null ? port : databasePort(url ? env.getValue() : env.getKey());
                }
            }
            for (Secret secret : c.secrets()) {
                if (namesDatabase(secret.name())) {
                    settings.add(secret.name());
                    port = port != null ? port : databasePort(secret.name());
                }
            }
            if (settings.isEmpty()) {
                continue;
            }
            int example = port != null ? port : 5432;
            report.add(Rule.EGRESS_DATABASE_UNREACHABLE, Paths.container(s, c), "The container is configured for a"
                            + " database (" + Values.join(settings) + "), but the service's security group allows"
                            + " outbound HTTPS (443) only and declares no egress: connections to the database's port"
                            + " are dropped and time out.",
                    "Declare the egress, e.g. egressTo(Egress.toSecurityGroup(\"sg-...\", " + example + ")) for the"
                            + " database's security group, or Egress.toCidr(...) for its range; acknowledge this"
                            + " warning when the database is reached over HTTPS.");
        }
    }

    /** A database's setting by name; a DynamoDB table's ({@code ORDERS_DB_TABLE}) is reached over HTTPS. */
    private static boolean namesDatabase(String name) {
        List<String> words = List.of(name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+"));
        return words.stream().anyMatch(DATABASE_WORDS::contains)
                && words.stream().noneMatch(w -> w.equals("TABLE") || w.startsWith("DYNAMO") || w.equals("DDB"));
    }

    /** The usual port of the database a URL or name mentions; null when it names none Berth knows. */
    private static Integer databasePort(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : DATABASE_PORTS.entrySet()) {
            if (lower.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, Integer> databasePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgres", 5432);
        ports.put("pghost", 5432);
        ports.put("mysql", 3306);
        ports.put("mariadb", 3306);
        ports.put("sqlserver", 1433);
        ports.put("mongo", 27017);
        ports.put("redis", 6379);
        return ports;
    }

    /**
     * A URL in a container's environment whose host is another service's: a host name of its listener rule on an
     * internal load balancer, or its name (as the first label). Port 443 passes the HTTPS-only egress; the internal
     * load balancer admits the VPC on its listener ports.
     */
    private static void siblings(Report report, Application app, Service s) {
        Set<String> declared = s.egress().stream().filter(e -> e.destination() == Egress.Destination.SERVICE)
                .map(Egress::target).collect(Collectors.toSet());
        for (Container c : s.task().containers()) {
            for (Map.Entry<String, String> env : c.environment().entrySet()) {
                URI uri = uri(env.getValue());
                if (uri == null) {
                    continue;
                }
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                for (Service peer : app.services()) {
                    if (peer == s || declared.contains(peer.name()) || port == 443 || !isHostOf(app, peer, host)) {
                        continue;
                    }
                    report.add(Rule.EGRESS_SIBLING_UNREACHABLE, Paths.container(s, c), "The variable "
                                    + env.getKey() + " points at service " + peer.name() + " (" + host + ", port "
                                    + port + "), but the service's security group allows outbound HTTPS (443) only:"
                                    + " the connections are dropped and time out.",
                            "Declare the egress: egressTo(Egress.toService(\"" + peer.name() + "\")).");
                }
            }
        }
    }

    private static URI uri(String value) {
        if (!value.matches("(?i)https?://[^\\s]+")) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHostOf(Application app, Service peer, String host) {
        if (host.equals(peer.name()) || host.startsWith(peer.name() + ".")) {
            return true;
        }
        return internalLoadBalancer(app, peer) != null && peer.exposures().stream()
                .anyMatch(e -> e.hostHeaders().stream().anyMatch(h -> h.equalsIgnoreCase(host)));
    }
}
