package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.AlpnPolicy;
import dev.berth.loadbalancing.ExistingListener;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.ListenerProtocol;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.LoadBalancingAlgorithm;
import dev.berth.loadbalancing.NetworkListener;
import dev.berth.loadbalancing.NetworkLoadBalancer;
import dev.berth.loadbalancing.TargetType;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.NetworkMode;
import dev.berth.task.Protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application Load Balancers, and the exposures (listener rule and target group) that put services behind them.
 *
 * <ul>
 *   <li>{@code UNKNOWN_LOAD_BALANCER}: an exposure names a load balancer the program does not declare.</li>
 *   <li>{@code UNKNOWN_CONTAINER}: an exposure names a container the task does not have.</li>
 *   <li>{@code PORT_NOT_MAPPED}: the exposed port is not a TCP port mapping of that container.</li>
 *   <li>{@code TARGET_TYPE_IP_REQUIRED}: an awsvpc task behind an INSTANCE target group.</li>
 *   <li>{@code LISTENER_RULE_CONDITION}: no path pattern or host header, more than 5 values combined, more than 6
 *       wildcards ({@code *}, {@code ?}) combined, or a value longer than 128 characters or with characters ALB does
 *       not accept.</li>
 *   <li>{@code PATH_PATTERN_RELATIVE}: a path pattern that starts with neither {@code /} nor a wildcard, such as
 *       {@code api/*}: ALB compares it with the request's path, which always starts with {@code /}, so the rule
 *       never matches and its service never receives a request.</li>
 *   <li>{@code LISTENER_RULE_PRIORITY}: an explicit priority outside 1-50000.</li>
 *   <li>{@code LISTENER_RULE_PRIORITY_COLLISION}: two rules on one load balancer with the same explicit
 *       priority.</li>
 *   <li>{@code DUPLICATE_LISTENER_RULE}: two exposures on one load balancer with exactly the same conditions.</li>
 *   <li>{@code WEIGHTED_TARGET}: a weighted target that is not another service of the program exposed on the same
 *       Application Load Balancer (or existing listener): a rule forwards only to target groups of its own load
 *       balancer, and each service's target group exists only when it is exposed.</li>
 *   <li>{@code WEIGHTED_FORWARD}: a weight outside 0-999, all weights 0, more than 5 target groups in one rule, the
 *       default own weight (100 minus the others) below 0, target group stickiness outside 1-604800 seconds, or a
 *       weight or stickiness without weighted targets.</li>
 *   <li>{@code TARGET_GROUP_HEALTH_CHECK}: health check path not starting with /, interval outside 5-300, timeout
 *       outside 2-120 or not below the interval, thresholds outside 2-10, matcher not HTTP codes 200-499, or
 *       deregistration delay outside 0-3600.</li>
 *   <li>{@code TARGET_GROUP_PROTOCOL}: a target group protocol other than HTTP or HTTPS.</li>
 *   <li>{@code CERTIFICATE_ARN}: an HTTPS listener's certificate is not an ACM (or IAM server) certificate ARN.</li>
 *   <li>{@code LISTENER_PORT}: the HTTP or HTTPS port is outside 1-65535, or both are the same.</li>
 *   <li>{@code LOAD_BALANCER_IDLE_TIMEOUT}: the idle timeout is outside 1-4000 seconds.</li>
 *   <li>{@code ACCESS_LOGS_BUCKET}: the access logs bucket is not an S3 bucket name, or the prefix starts or ends
 *       with a slash or contains {@code AWSLogs} (which Elastic Load Balancing adds itself).</li>
 *   <li>{@code UNUSED_LOAD_BALANCER}: no service is exposed on the load balancer (WARNING: it costs money and
 *       answers only 404).</li>
 *   <li>{@code EXISTING_LISTENER}: an existing listener's ARN is not an Application Load Balancer listener ARN, its
 *       security group ID is not {@code sg-...}, or its priority range is not {@code 1 <= from <= to <= 50000}.</li>
 *   <li>{@code LISTENER_PRIORITY_RANGE}: more exposures on an existing listener than its range has numbers, or an
 *       explicit priority outside the range.</li>
 *   <li>{@code NETWORK_LOAD_BALANCER_ROUTING}: an exposure on a Network Load Balancer gives paths, hosts or other
 *       rule conditions, a priority, a target protocol, stickiness, slow start or an algorithm (a Network Load
 *       Balancer has no listener rules; those are Application Load Balancer settings).</li>
 *   <li>{@code NETWORK_LISTENER}: a Network Load Balancer listener's port is outside 1-65535 or taken by another
 *       exposure on the load balancer, TLS without a certificate, a certificate or ALPN policy without TLS, or a
 *       listener given for an Application Load Balancer.</li>
 *   <li>{@code LISTENER_SOURCE_CIDR}: an allowed source range is not an IPv4 CIDR, or more than 50 are given (the
 *       security group rules per group).</li>
 *   <li>{@code TARGET_GROUP_ATTRIBUTES}: stickiness outside 1-604800 seconds or slow start outside 30-900
 *       seconds.</li>
 *   <li>{@code WEB_ACL_ARN}: the web ACL is not a regional WAFv2 web ACL ARN.</li>
 *   <li>{@code DNS_ALIAS}: an alias record's hosted zone ID is not a Route 53 zone ID, or its name is not a DNS
 *       name.</li>
 * </ul>
 */
final class LoadBalancerRules {

    private static final Pattern PATH_PATTERN = Pattern.compile("[A-Za-z0-9_\\-.$/~\"'@:+&*?]{1,128}");
    private static final Pattern HOST_HEADER = Pattern.compile("[A-Za-z0-9\\-.*?]{1,128}");
    private static final Pattern MATCHER = Pattern.compile("\\d{3}(?:-\\d{3})?(?:,\\d{3}(?:-\\d{3})?)*");
    private static final Pattern CODE = Pattern.compile("\\d{3}");
    private static final int MAX_CONDITION_VALUES = 5;
    /**
     * The quota "Condition wildcards per rule" (not adjustable). The ELB guide's quota table says 6 today, older
     * versions of it and the condition-types page say 5; Berth rejects only what exceeds the larger number, so it
     * never refuses a rule AWS accepts.
     */
    private static final int MAX_CONDITION_WILDCARDS = 6;
    private static final int MAX_ALLOWED_CIDRS = 50;
    private static final int MAX_EXTRA_CERTIFICATES = 25;
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}");
    private static final Pattern METHOD = Pattern.compile("[A-Z_-]{1,40}");
    private static final Pattern LISTENER_ARN = Pattern.compile(
            "arn:aws(?:-[a-z]+)*:elasticloadbalancing:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:listener/app/[A-Za-z0-9-]{1,32}"
                    + "/[0-9a-f]{16}/[0-9a-f]{16}");
    private static final Pattern SECURITY_GROUP_ID = Pattern.compile("sg-(?:[0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern WEB_ACL = Pattern.compile(
            "arn:aws(?:-[a-z]+)*:wafv2:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:regional/webacl/[\\w-]{1,128}/[\\w-]+");
    private static final Pattern HOSTED_ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,31}");
    private static final Pattern DNS_NAME = Pattern.compile(
            "(?=.{1,253}\\.?$)(?:\\*\\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                    + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?");

    private LoadBalancerRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Map<String, Kind> kinds = new HashMap<>();
        app.loadBalancers().forEach(lb -> kinds.putIfAbsent(lb.name(), Kind.APPLICATION));
        app.networkLoadBalancers().forEach(lb -> kinds.putIfAbsent(lb.name(), Kind.NETWORK));
        app.existingListeners().forEach(l -> kinds.putIfAbsent(l.name(), Kind.EXISTING));
        Map<String, ExistingListener> existing = new HashMap<>();
        app.existingListeners().forEach(l -> existing.putIfAbsent(l.name(), l));
        Map<String, String> priorities = new HashMap<>();
        Map<String, String> conditions = new HashMap<>();
        Map<String, String> networkPorts = new HashMap<>();
        Map<String, Integer> rulesPerListener = new HashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, String> exposedOn = new HashMap<>();
        app.services().forEach(s -> s.exposures().stream().findFirst()
                .ifPresent(e -> exposedOn.putIfAbsent(s.name(), e.loadBalancer())));
        for (Service s : app.services()) {
            for (int i = 0; i < s.exposures().size(); i++) {
                Exposure e = s.exposures().get(i);
                String path = Paths.exposure(s, i);
                used.add(e.loadBalancer());
                Kind kind = kinds.get(e.loadBalancer());
                if (kind == null) {
                    report.add(Rule.UNKNOWN_LOAD_BALANCER, path, "The service is exposed on load balancer "
                                    + Values.quoted(e.loadBalancer()) + ", which the program does not declare"
                                    + (kinds.isEmpty() ? "." : " (load balancers and listeners: "
                                    + Values.join(new TreeSet<>(kinds.keySet())) + ")."),
                            "Name a declared load balancer, or declare this one with .loadBalancer(\""
                                    + e.loadBalancer() + "\", lb -> {}).");
                }
                target(report, s, e, path, kind);
                if (kind == Kind.NETWORK) {
                    networkExposure(report, s, e, path, networkPorts);
                    continue;
                }
                if (!e.networkListener().equals(NetworkListener.DEFAULT)) {
                    report.add(Rule.NETWORK_LISTENER, path + ".networkListener", "The exposure gives a Network Load"
                                    + " Balancer listener, but " + Values.quoted(e.loadBalancer()) + " is an"
                                    + " Application Load Balancer" + (kind == Kind.EXISTING ? "'s listener" : "")
                                    + ", whose services attach listener rules instead.",
                            "Remove networkListener(...), or expose the service on a Network Load Balancer.");
                }
                rule(report, e, path, priorities, conditions);
                weighted(report, s, e, path, exposedOn);
                targetGroup(report, e, path, false);
                targetGroupAttributes(report, e, path);
                if (kind == Kind.EXISTING) {
                    ExistingListener listener = existing.get(e.loadBalancer());
                    rulesPerListener.merge(listener.name(), 1, Integer::sum);
                    if (e.priority() != 0 && rangeValid(listener) && !Values.inRange(e.priority(),
                            listener.priorityFrom(), listener.priorityTo())) {
                        report.add(Rule.LISTENER_PRIORITY_RANGE, path + ".priority", "The priority " + e.priority()
                                        + " is outside " + listener.priorityFrom() + " to " + listener.priorityTo()
                                        + ", the range the program gives for listener "
                                        + Values.quoted(listener.name()) + "; other teams' rules may use it.",
                                "Use a priority in the range, or 0 to let Berth assign one.");
                    }
                }
            }
        }
        for (LoadBalancer lb : app.loadBalancers()) {
            listeners(report, lb);
            extras(report, Paths.loadBalancer(lb), lb.allowedCidrs(), lb.aliasHostedZoneId(), lb.aliasRecordName());
            applicationExtras(report, lb);
            if (!used.contains(lb.name())) {
                report.add(Rule.UNUSED_LOAD_BALANCER, Paths.loadBalancer(lb), "No service is exposed on load balancer "
                                + Values.quoted(lb.name()) + "; it would be billed and answer every request with 404.",
                        "Expose a service on it with s.expose(\"" + lb.name() + "\", e -> e.path(\"/*\")), or remove it.");
            }
        }
        for (NetworkLoadBalancer lb : app.networkLoadBalancers()) {
            extras(report, Paths.networkLoadBalancer(lb), lb.allowedCidrs(), lb.aliasHostedZoneId(),
                    lb.aliasRecordName());
            if (!used.contains(lb.name())) {
                report.add(Rule.UNUSED_LOAD_BALANCER, Paths.networkLoadBalancer(lb), "No service is exposed on"
                                + " Network Load Balancer " + Values.quoted(lb.name()) + "; it would be billed and"
                                + " have no listener.",
                        "Expose a service on it with s.expose(\"" + lb.name() + "\", e -> {}), or remove it.");
            }
        }
        for (ExistingListener listener : app.existingListeners()) {
            existingListener(report, listener, rulesPerListener.getOrDefault(listener.name(), 0));
        }
        return report.diagnostics();
    }

    /** What an exposure's load balancer name names. */
    private enum Kind { APPLICATION, NETWORK, EXISTING }

    private static boolean rangeValid(ExistingListener l) {
        return l.priorityFrom() >= ExistingListener.MIN_PRIORITY && l.priorityFrom() <= l.priorityTo()
                && l.priorityTo() <= ExistingListener.MAX_PRIORITY;
    }

    private static void existingListener(Report report, ExistingListener l, int rules) {
        String path = Paths.existingListener(l);
        if (!Values.matchesOrToken(LISTENER_ARN, l.listenerArn())) {
            report.add(Rule.EXISTING_LISTENER, path + ".listenerArn", "The listener ARN "
                            + Values.quoted(l.listenerArn()) + " is not an Application Load Balancer listener ARN"
                            + " (arn:aws:elasticloadbalancing:<region>:<account>:listener/app/<name>/<id>/<id>).",
                    "Give the listener's ARN (the platform team's output or SSM parameter), or a CDK token.");
        }
        if (!Values.matchesOrToken(SECURITY_GROUP_ID, l.securityGroupId())) {
            report.add(Rule.EXISTING_LISTENER, path + ".securityGroupId", "The security group "
                            + Values.quoted(l.securityGroupId()) + " is not a security group ID (sg- and 8 or 17"
                            + " hexadecimal digits); the tasks admit traffic from the load balancer's group.",
                    "Give the ID of the load balancer's security group.");
        }
        if (!rangeValid(l)) {
            report.add(Rule.EXISTING_LISTENER, path + ".priorities", "The priority range " + l.priorityFrom() + " to "
                            + l.priorityTo() + " is not within 1 to 50000 with from <= to.",
                    "Give the range your platform team assigned, e.g. priorities(1000, 1999).");
        } else if (rules > l.prioritySlots()) {
            report.add(Rule.LISTENER_PRIORITY_RANGE, path + ".priorities", "Listener " + Values.quoted(l.name())
                            + " gets the rules of " + rules + " services, but its priority range " + l.priorityFrom()
                            + " to " + l.priorityTo() + " holds only " + l.prioritySlots() + ".",
                    "Request a larger range from the listener's owners, or expose fewer services on it.");
        }
    }

    private static void networkExposure(Report report, Service s, Exposure e, String path,
                                        Map<String, String> networkPorts) {
        List<String> alb = new ArrayList<>();
        if (!e.pathPatterns().isEmpty()) {
            alb.add("path patterns");
        }
        if (!e.hostHeaders().isEmpty()) {
            alb.add("host headers");
        }
        if (e.hasExtraConditions()) {
            alb.add("header, method, query string or source IP conditions");
        }
        if (e.priority() != 0) {
            alb.add("a rule priority");
        }
        if (e.isWeighted() || e.weight() != Exposure.NOT_SET || e.weightedStickinessSeconds() != 0) {
            alb.add("weighted forwarding");
        }
        if (!e.protocol().isEmpty()) {
            alb.add("target protocol " + e.protocol());
        }
        if (e.stickinessSeconds() != 0 || e.slowStartSeconds() != 0
                || e.algorithm() != LoadBalancingAlgorithm.ROUND_ROBIN) {
            alb.add("stickiness, slow start or a load balancing algorithm");
        }
        if (!alb.isEmpty()) {
            report.add(Rule.NETWORK_LOAD_BALANCER_ROUTING, path, "The exposure on Network Load Balancer "
                            + Values.quoted(e.loadBalancer()) + " gives " + String.join(", ", alb) + "; a Network"
                            + " Load Balancer has no listener rules: each listener forwards everything on its port to"
                            + " one target group.",
                    "Remove them and give the service its own port with e.networkListener(l -> l.port(...)), or"
                            + " expose it on an Application Load Balancer.");
        }
        NetworkListener l = e.networkListener();
        int port = l.portFor(e.portIn(s.task()));
        if (!Values.inRange(port, 1, 65535)) {
            report.add(Rule.NETWORK_LISTENER, path + ".networkListener.port", "The listener port " + port
                    + " is outside 1 to 65535.", "Use a valid port, or 0 for the container port.");
        } else {
            String first = networkPorts.putIfAbsent(e.loadBalancer() + "#" + port, path);
            if (first != null) {
                report.add(Rule.NETWORK_LISTENER, path + ".networkListener.port", "The listener port " + port
                                + " is also that of " + first + " on Network Load Balancer "
                                + Values.quoted(e.loadBalancer()) + "; a load balancer has one listener per port"
                                + " (TCP and UDP on one port is one TCP_UDP listener).",
                        "Give one of them another port with e.networkListener(l -> l.port(...)).");
            }
        }
        boolean tls = l.protocol() == ListenerProtocol.TLS;
        if (tls && !Values.matchesOrToken(Values.CERTIFICATE_ARN, l.certificateArn())) {
            report.add(Rule.NETWORK_LISTENER, path + ".networkListener.certificateArn", "The TLS listener's"
                            + " certificate " + Values.quoted(l.certificateArn()) + " is not an ACM certificate ARN"
                            + " (arn:aws:acm:<region>:<account>:certificate/<id>).",
                    "Give the ARN of an ACM certificate in the load balancer's region.");
        }
        if (!tls && (!l.certificateArn().isEmpty() || l.alpnPolicy() != AlpnPolicy.NONE
                || !l.sslPolicy().equals(LoadBalancer.DEFAULT_SSL_POLICY))) {
            report.add(Rule.NETWORK_LISTENER, path + ".networkListener", "The " + l.protocol() + " listener gives"
                            + " a certificate, SSL policy or ALPN policy, which only a TLS listener uses.",
                    "Make it a TLS listener with l.tls(certificateArn), or remove them.");
        }
        targetGroup(report, e, path, true);
    }

    /**
     * Weighted forwarding: "You can specify up to five target groups" with weights "0 to 999", and a target group
     * stickiness duration of "1-604800 seconds" (Elastic Load Balancing API, ForwardActionConfig, TargetGroupTuple,
     * TargetGroupStickinessConfig). A rule's target groups belong to its load balancer.
     */
    private static void weighted(Report report, Service s, Exposure e, String path, Map<String, String> exposedOn) {
        if (!e.isWeighted()) {
            if (e.weight() != Exposure.NOT_SET || e.weightedStickinessSeconds() != 0) {
                report.add(Rule.WEIGHTED_FORWARD, path, "The exposure gives a weight or target group stickiness"
                                + " but no weighted target; they only matter when the rule forwards to several"
                                + " services' target groups.",
                        "Add e.weightedTarget(\"other-service\", 10), or remove them.");
            }
            return;
        }
        e.weightedTargets().forEach((other, weight) -> {
            String at = path + ".weightedTargets[" + other + "]";
            String lb = exposedOn.get(other);
            if (other.equals(s.name())) {
                report.add(Rule.WEIGHTED_TARGET, at, "The exposure names its own service as a weighted target;"
                        + " its own target group is always in the rule, with weight(...).",
                        "Name another service, and set this one's weight with e.weight(...).");
            } else if (lb == null) {
                report.add(Rule.WEIGHTED_TARGET, at, "The weighted target " + Values.quoted(other) + " is not a"
                                + " service exposed on a load balancer, so it has no target group to forward to.",
                        "Name a service exposed on " + Values.quoted(e.loadBalancer()) + ", or expose "
                                + Values.quoted(other) + " there.");
            } else if (!lb.equals(e.loadBalancer())) {
                report.add(Rule.WEIGHTED_TARGET, at, "The weighted target " + Values.quoted(other) + " is exposed"
                                + " on " + Values.quoted(lb) + ", not on " + Values.quoted(e.loadBalancer())
                                + "; a listener rule forwards only to target groups of its own load balancer.",
                        "Expose " + Values.quoted(other) + " on " + Values.quoted(e.loadBalancer()) + ".");
            }
        });
        List<String> problems = new ArrayList<>();
        if (e.weightedTargets().size() + 1 > 5) {
            problems.add((e.weightedTargets().size() + 1) + " target groups (at most 5 per rule)");
        }
        e.weightedTargets().forEach((other, weight) -> {
            if (!Values.inRange(weight, 0, 999)) {
                problems.add("weight " + weight + " for " + Values.quoted(other) + " (valid 0-999)");
            }
        });
        int own = e.ownWeight();
        if (e.weight() == Exposure.NOT_SET && own < 0) {
            problems.add("the other weights sum to " + (100 - own) + ", so this service's default weight (100 minus"
                    + " them) is " + own);
        } else if (!Values.inRange(own, 0, 999)) {
            problems.add("weight " + own + " for this service (valid 0-999)");
        }
        if (own == 0 && e.weightedTargets().values().stream().allMatch(w -> w == 0)) {
            problems.add("all weights 0 (no target group would receive a request)");
        }
        if (e.weightedStickinessSeconds() != 0 && !Values.inRange(e.weightedStickinessSeconds(), 1, 604_800)) {
            problems.add("target group stickiness " + e.weightedStickinessSeconds()
                    + " seconds (valid 1-604800, or 0 for none)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.WEIGHTED_FORWARD, path, "Elastic Load Balancing does not accept the weighted rule's "
                    + String.join(", ", problems) + ".", "Change them as described.");
        }
    }

    private static void targetGroupAttributes(Report report, Exposure e, String path) {
        List<String> problems = new ArrayList<>();
        if (e.stickinessSeconds() != 0 && !Values.inRange(e.stickinessSeconds(), 1, 604_800)) {
            problems.add("stickiness " + e.stickinessSeconds() + " seconds (valid 1-604800, or 0 for none)");
        }
        if (e.slowStartSeconds() != 0 && !Values.inRange(e.slowStartSeconds(), 30, 900)) {
            problems.add("slow start " + e.slowStartSeconds() + " seconds (valid 30-900, or 0 for none)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.TARGET_GROUP_ATTRIBUTES, path, "Elastic Load Balancing does not accept the target group's "
                    + String.join(", ", problems) + ".", "Change them as described.");
        }
    }

    /** Settings both kinds of load balancer Berth creates have. */
    private static void extras(Report report, String path, List<String> cidrs, String zone, String record) {
        for (String cidr : cidrs) {
            if (!Values.isToken(cidr) && !alignedCidr(cidr)) {
                report.add(Rule.LISTENER_SOURCE_CIDR, path + ".allowedCidrs", "The allowed source "
                                + Values.quoted(cidr) + " is not an aligned IPv4 CIDR such as 203.0.113.0/24.",
                        "Give IPv4 ranges in CIDR notation.");
            }
        }
        if (cidrs.size() > MAX_ALLOWED_CIDRS) {
            report.add(Rule.LISTENER_SOURCE_CIDR, path + ".allowedCidrs", cidrs.size() + " allowed source ranges"
                            + " need more rules than a security group holds (" + MAX_ALLOWED_CIDRS + " inbound rules"
                            + " by default).",
                    "Combine ranges, or put them in a managed prefix list on your side.");
        }
        if (!zone.isEmpty() || !record.isEmpty()) {
            if (!Values.matchesOrToken(HOSTED_ZONE_ID, zone)) {
                report.add(Rule.DNS_ALIAS, path + ".aliasHostedZoneId", "The hosted zone ID " + Values.quoted(zone)
                                + " is not a Route 53 hosted zone ID (Z and up to 31 upper-case letters and digits).",
                        "Give the ID of the hosted zone (not its name).");
            }
            if (!Values.matchesOrToken(DNS_NAME, record)) {
                report.add(Rule.DNS_ALIAS, path + ".aliasRecordName", "The record name " + Values.quoted(record)
                                + " is not a DNS name (labels of letters, digits and hyphens, up to 253 characters;"
                                + " * as the first label).",
                        "Give the record's name in the zone, e.g. shop.example.com.");
            }
        }
    }

    private static void applicationExtras(Report report, LoadBalancer lb) {
        String path = Paths.loadBalancer(lb);
        if (!lb.additionalCertificateArns().isEmpty() && !lb.hasHttps()) {
            report.add(Rule.CERTIFICATE_ARN, path + ".additionalCertificateArns", "The load balancer has extra"
                            + " certificates but no HTTPS listener to present them.",
                    "Add the HTTPS listener with https(certificateArn), or remove the extra certificates.");
        }
        for (String arn : lb.additionalCertificateArns()) {
            if (!Values.matchesOrToken(Values.CERTIFICATE_ARN, arn)) {
                report.add(Rule.CERTIFICATE_ARN, path + ".additionalCertificateArns", "The certificate "
                                + Values.quoted(arn) + " is not an ACM certificate ARN.",
                        "Give the ARN of an ACM certificate in the load balancer's region.");
            }
        }
        if (lb.additionalCertificateArns().size() > MAX_EXTRA_CERTIFICATES) {
            report.add(Rule.CERTIFICATE_ARN, path + ".additionalCertificateArns", "The load balancer has "
                            + lb.additionalCertificateArns().size() + " extra certificates; a listener holds at most "
                            + MAX_EXTRA_CERTIFICATES + " beside its default (an Elastic Load Balancing quota).",
                    "Use certificates that cover several names, or ask AWS for a higher quota and split the list.");
        }
        if (!lb.webAclArn().isEmpty() && !Values.matchesOrToken(WEB_ACL, lb.webAclArn())) {
            report.add(Rule.WEB_ACL_ARN, path + ".webAclArn", "The web ACL " + Values.quoted(lb.webAclArn())
                            + " is not a regional AWS WAF web ACL ARN"
                            + " (arn:aws:wafv2:<region>:<account>:regional/webacl/<name>/<id>).",
                    "Give the ARN of a web ACL of scope REGIONAL in the load balancer's region (CloudFront-scoped"
                            + " web ACLs cannot protect a load balancer).");
        }
    }

    private static void target(Report report, Service s, Exposure e, String path, Kind kind) {
        ListenerProtocol listener = kind == Kind.NETWORK ? e.networkListener().protocol() : ListenerProtocol.TCP;
        boolean udp = listener == ListenerProtocol.UDP || listener == ListenerProtocol.TCP_UDP;
        boolean tcp = listener != ListenerProtocol.UDP;
        String name = e.containerIn(s.task());
        Optional<Container> container = s.task().containers().stream().filter(c -> c.name().equals(name))
                .findFirst();
        if (container.isEmpty()) {
            if (!e.container().isEmpty()) {
                report.add(Rule.UNKNOWN_CONTAINER, path + ".container", "The exposure sends traffic to container "
                                + Values.quoted(e.container()) + ", which the task does not have.",
                        "Name one of the task's containers, or leave it empty for the first one.");
            }
        } else {
            int port = e.portIn(s.task());
            boolean mappedTcp = container.get().portMappings().stream()
                    .anyMatch(m -> m.containerPort() == port && m.protocol() == Protocol.TCP);
            boolean mappedUdp = container.get().portMappings().stream()
                    .anyMatch(m -> m.containerPort() == port && m.protocol() == Protocol.UDP);
            boolean mapped = (!tcp || mappedTcp) && (!udp || mappedUdp);
            String as = tcp && udp ? " TCP and UDP port" : udp ? " UDP port" : " TCP port";
            if (port == 0) {
                report.add(Rule.PORT_NOT_MAPPED, path, "The exposure sends traffic to container "
                                + Values.quoted(name) + ", which maps no port; the target group needs the port the"
                                + " container listens on.",
                        "Add a port mapping to the container, e.g. c.port(8080).");
            } else if (!mapped) {
                report.add(Rule.PORT_NOT_MAPPED, path + ".containerPort", "The exposure sends traffic to port " + port
                                + " of container " + Values.quoted(name) + ", which the container does not map as a"
                                + as + "; ECS registers only mapped ports with the target group.",
                        "Map the port in the container, or expose one of its mapped ports.");
            }
        }
        if (s.task().networkMode() == NetworkMode.AWSVPC && e.targetType() != TargetType.IP) {
            report.add(Rule.TARGET_TYPE_IP_REQUIRED, path + ".targetType", "A load-balanced awsvpc service needs an"
                            + " IP target group: each task has its own network interface and is registered by IP,"
                            + " not by instance.",
                    "Use TargetType.IP (the default).");
        }
    }

    private static void rule(Report report, Exposure e, String path, Map<String, String> priorities,
                             Map<String, String> conditions) {
        int values = e.pathPatterns().size() + e.hostHeaders().size() + e.httpMethods().size()
                + e.queryStrings().size() + e.sourceIps().size()
                + e.httpHeaders().values().stream().mapToInt(List::size).sum();
        conditions(report, e, path);
        if (values == 0) {
            report.add(Rule.LISTENER_RULE_CONDITION, path, "The exposure has no path pattern and no host header; a"
                            + " listener rule needs at least one condition.",
                    "Add e.path(\"/api/*\") or e.host(\"api.example.com\"), or e.path(\"/*\") for everything.");
        } else if (values > MAX_CONDITION_VALUES) {
            report.add(Rule.LISTENER_RULE_CONDITION, path, "The exposure has " + values + " path patterns, host"
                            + " headers and other condition values; an Application Load Balancer rule allows at most "
                            + MAX_CONDITION_VALUES + " condition values combined.",
                    "Use wildcards to combine them, or split the service.");
        }
        long wildcards = java.util.stream.Stream.concat(e.pathPatterns().stream(), e.hostHeaders().stream())
                .flatMapToInt(String::chars).filter(c -> c == '*' || c == '?').count();
        if (wildcards > MAX_CONDITION_WILDCARDS) {
            report.add(Rule.LISTENER_RULE_CONDITION, path, "The exposure's path patterns and host headers hold "
                            + wildcards + " wildcards (* and ?); an Application Load Balancer rule allows at most "
                            + MAX_CONDITION_WILDCARDS + " combined.",
                    "Use fewer wildcards, e.g. /api/* rather than /api/*/v?/*, or split the service.");
        }
        for (int i = 0; i < e.pathPatterns().size(); i++) {
            String p = e.pathPatterns().get(i);
            if (!PATH_PATTERN.matcher(p).matches()) {
                report.add(Rule.LISTENER_RULE_CONDITION, path, "The path pattern " + Values.quoted(p) + " is not"
                                + " valid: ALB accepts up to 128 of letters, digits and _ - . $ / ~ \" ' @ : + & * ?.",
                        "Correct the pattern, e.g. /api/*.");
            }
            // ALB matches the pattern against the whole path of the request URL (never the query string), and that
            // path starts with /: a pattern starting with anything else but a wildcard matches no request.
            if (!p.isEmpty() && p.charAt(0) != '/' && p.charAt(0) != '*' && p.charAt(0) != '?') {
                report.add(Rule.PATH_PATTERN_RELATIVE, Paths.indexed(path, "pathPatterns", i), "The path pattern "
                                + Values.quoted(p) + " does not start with /; ALB compares it with the whole path of"
                                + " the request, which always starts with /, so the rule would never match and the"
                                + " service would receive no request.",
                        "Write it from the root: " + Values.quoted("/" + p) + ".");
            }
        }
        for (String h : e.hostHeaders()) {
            if (!HOST_HEADER.matcher(h).matches()) {
                report.add(Rule.LISTENER_RULE_CONDITION, path, "The host header " + Values.quoted(h) + " is not"
                                + " valid: ALB accepts up to 128 of letters, digits and - . * ?.",
                        "Give a host name such as api.example.com (no scheme, port or path).");
            }
        }
        if (e.priority() != 0 && !Values.inRange(e.priority(), 1, 50_000)) {
            report.add(Rule.LISTENER_RULE_PRIORITY, path + ".priority", "The priority " + e.priority() + " is"
                            + " outside 1 to 50000, the listener rule priorities ALB accepts.",
                    "Use a priority between 1 and 50000, or 0 to let Berth assign one.");
        } else if (e.priority() != 0) {
            String first = priorities.putIfAbsent(e.loadBalancer() + "#" + e.priority(), path);
            if (first != null) {
                report.add(Rule.LISTENER_RULE_PRIORITY_COLLISION, path + ".priority", "The priority " + e.priority()
                                + " is also used by " + first + " on load balancer " + Values.quoted(e.loadBalancer())
                                + "; rules of one listener need distinct priorities.",
                        "Choose another priority, or 0 to let Berth assign one.");
            }
        }
        if (values > 0) {
            String key = e.loadBalancer() + "#" + new TreeSet<>(e.pathPatterns()) + "#" + new TreeSet<>(e.hostHeaders())
                    + "#" + e.httpHeaders() + "#" + new TreeSet<>(e.httpMethods()) + "#" + e.queryStrings() + "#"
                    + new TreeSet<>(e.sourceIps());
            String first = conditions.putIfAbsent(key, path);
            if (first != null) {
                report.add(Rule.DUPLICATE_LISTENER_RULE, path, "The exposure has exactly the same conditions as "
                                + first + " on load balancer " + Values.quoted(e.loadBalancer())
                                + "; only the rule with the lower priority would ever receive traffic.",
                        "Give the services different paths or hosts.");
            }
        }
    }

    static boolean alignedCidr(String text) {
        Values.Cidr c = Values.Cidr.parse(text);
        return c != null && (c.address() & ((1L << (32 - c.prefix())) - 1)) == 0;
    }

    /** The conditions beside paths and hosts (ALB CreateRule: RuleCondition). */
    private static void conditions(Report report, Exposure e, String path) {
        e.httpHeaders().forEach((name, values) -> {
            if (!HEADER_NAME.matcher(name).matches() || name.equalsIgnoreCase("host") || values.isEmpty()
                    || values.stream().anyMatch(v -> v.isEmpty() || v.length() > 128)) {
                report.add(Rule.LISTENER_RULE_CONDITION, path + ".httpHeaders", "The header condition "
                                + Values.quoted(name) + " " + values + " is not valid: a header name of up to 40"
                                + " token characters other than Host, with values of 1 to 128 characters.",
                        "Correct the header condition; use host(...) for the Host header.");
            }
        });
        for (String method : e.httpMethods()) {
            if (!METHOD.matcher(method).matches()) {
                report.add(Rule.LISTENER_RULE_CONDITION, path + ".httpMethods", "The method " + Values.quoted(method)
                                + " is not valid: ALB matches upper-case letters, - and _, up to 40 (case-sensitive).",
                        "Use an upper-case method name such as GET or POST.");
            }
        }
        e.queryStrings().forEach((key, value) -> {
            if (key.isEmpty() || value.isEmpty() || key.length() > 128 || value.length() > 128) {
                report.add(Rule.LISTENER_RULE_CONDITION, path + ".queryStrings", "The query string condition "
                                + Values.quoted(key + "=" + value) + " needs a key and a value of 1 to 128 characters.",
                        "Give both, e.g. queryString(\"version\", \"v2\").");
            }
        });
        for (String cidr : e.sourceIps()) {
            if (!Values.isToken(cidr) && !alignedCidr(cidr)) {
                report.add(Rule.LISTENER_RULE_CONDITION, path + ".sourceIps", "The source IP condition "
                                + Values.quoted(cidr) + " is not an aligned IPv4 CIDR.",
                        "Give IPv4 ranges such as 203.0.113.0/24.");
            }
        }
    }

    private static void targetGroup(Report report, Exposure e, String path, boolean network) {
        if (!network && !e.protocol().isEmpty() && !e.protocol().equals("HTTP") && !e.protocol().equals("HTTPS")) {
            report.add(Rule.TARGET_GROUP_PROTOCOL, path + ".protocol", "The target group protocol "
                            + Values.quoted(e.protocol()) + " is not one an Application Load Balancer target group"
                            + " accepts.",
                    "Use HTTP (the default) or HTTPS.");
        }
        List<String> problems = new ArrayList<>();
        if (!e.healthCheckPath().isEmpty()
                && (!e.healthCheckPath().startsWith("/") || e.healthCheckPath().length() > 1024)) {
            problems.add("health check path " + Values.quoted(e.healthCheckPath()) + " (must start with / and be at most 1024"
                    + " characters)");
        }
        if (!Values.inRange(e.healthCheckIntervalSeconds(), 5, 300)) {
            problems.add("health check interval " + e.healthCheckIntervalSeconds() + " seconds (valid 5-300)");
        }
        if (!Values.inRange(e.healthCheckTimeoutSeconds(), 2, 120)) {
            problems.add("health check timeout " + e.healthCheckTimeoutSeconds() + " seconds (valid 2-120)");
        } else if (e.healthCheckTimeoutSeconds() >= e.healthCheckIntervalSeconds()) {
            problems.add("health check timeout " + e.healthCheckTimeoutSeconds() + " (must be less than the interval "
                    + e.healthCheckIntervalSeconds() + ")");
        }
        if (!Values.inRange(e.healthyThreshold(), 2, 10)) {
            problems.add("healthy threshold " + e.healthyThreshold() + " (valid 2-10)");
        }
        if (!Values.inRange(e.unhealthyThreshold(), 2, 10)) {
            problems.add("unhealthy threshold " + e.unhealthyThreshold() + " (valid 2-10)");
        }
        // HttpCode: 200-499 for an Application Load Balancer, 200-599 for a Network Load Balancer (CloudFormation
        // AWS::ElasticLoadBalancingV2::TargetGroup Matcher); an NLB's default check is TCP, which has no codes.
        int maxCode = network ? 599 : 499;
        if (!e.healthCheckMatcher().isEmpty() && !validMatcher(e.healthCheckMatcher(), maxCode)) {
            problems.add("success codes " + Values.quoted(e.healthCheckMatcher()) + " (HTTP codes 200-" + maxCode
                    + " such as 200, 200,202 or 200-299)");
        }
        if (network && !e.healthCheckMatcher().isEmpty() && e.healthCheckPath().isEmpty()) {
            problems.add("success codes " + Values.quoted(e.healthCheckMatcher()) + " without a health check path"
                    + " (a Network Load Balancer checks TCP unless a path makes it an HTTP check)");
        }
        if (!Values.inRange(e.deregistrationDelaySeconds(), 0, 3600)) {
            problems.add("deregistration delay " + e.deregistrationDelaySeconds() + " seconds (valid 0-3600)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.TARGET_GROUP_HEALTH_CHECK, path, "Elastic Load Balancing does not accept the target"
                            + " group's " + String.join(", ", problems) + ".",
                    "Change them as described (defaults: path /, interval 30, timeout 5, thresholds 3, codes"
                            + " 200-399, deregistration delay 30).");
        }
    }

    private static boolean validMatcher(String matcher, int maxCode) {
        if (!MATCHER.matcher(matcher).matches()) {
            return false;
        }
        Matcher codes = CODE.matcher(matcher);
        while (codes.find()) {
            if (!Values.inRange(Integer.parseInt(codes.group()), 200, maxCode)) {
                return false;
            }
        }
        return true;
    }

    private static void listeners(Report report, LoadBalancer lb) {
        String path = Paths.loadBalancer(lb);
        if (!Values.inRange(lb.httpPort(), 1, 65535)) {
            report.add(Rule.LISTENER_PORT, path + ".httpPort", "The HTTP listener port " + lb.httpPort()
                    + " is outside 1 to 65535.", "Use a valid port, e.g. 80.");
        }
        if (lb.hasHttps()) {
            if (!Values.matchesOrToken(Values.CERTIFICATE_ARN, lb.certificateArn())) {
                report.add(Rule.CERTIFICATE_ARN, path + ".certificateArn", "The certificate "
                                + Values.quoted(lb.certificateArn()) + " is not an ACM certificate ARN"
                                + " (arn:aws:acm:<region>:<account>:certificate/<id>); an HTTPS listener needs one.",
                        "Request or import the certificate in ACM, in the load balancer's region, and give its ARN.");
            }
            if (!Values.inRange(lb.httpsPort(), 1, 65535)) {
                report.add(Rule.LISTENER_PORT, path + ".httpsPort", "The HTTPS listener port " + lb.httpsPort()
                        + " is outside 1 to 65535.", "Use a valid port, e.g. 443.");
            } else if (lb.httpsPort() == lb.httpPort()) {
                report.add(Rule.LISTENER_PORT, path + ".httpsPort", "The HTTP and HTTPS listeners both use port "
                                + lb.httpPort() + "; a load balancer has one listener per port.",
                        "Use different ports, e.g. 80 and 443.");
            }
        }
        if (!Values.inRange(lb.idleTimeoutSeconds(), 1, 4000)) {
            report.add(Rule.LOAD_BALANCER_IDLE_TIMEOUT, path + ".idleTimeoutSeconds", "The idle timeout "
                            + lb.idleTimeoutSeconds() + " seconds is outside 1 to 4000, the range ALB accepts.",
                    "Set it between 1 and 4000 seconds (default 60).");
        }
        if (lb.hasAccessLogs()) {
            if (!IamRules.isBucketName(lb.accessLogsBucket())) {
                report.add(Rule.ACCESS_LOGS_BUCKET, path + ".accessLogsBucket", "The access logs bucket "
                                + Values.quoted(lb.accessLogsBucket()) + " is not a valid S3 bucket name.",
                        "Give the bucket's name (not its ARN), 3-63 lower-case letters, digits, dots and hyphens.");
            }
            String prefix = lb.effectiveAccessLogsPrefix();
            if (prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("AWSLogs")) {
                report.add(Rule.ACCESS_LOGS_BUCKET, path + ".accessLogsPrefix", "The access logs prefix "
                                + Values.quoted(prefix) + " may not start or end with '/' or contain 'AWSLogs'.",
                        "Use a plain prefix such as the load balancer's name; ELB appends /AWSLogs/<account>/.");
            }
        }
    }
}
