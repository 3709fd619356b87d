package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.LoadBalancer;
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

    private LoadBalancerRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Map<String, LoadBalancer> byName = new HashMap<>();
        app.loadBalancers().forEach(lb -> byName.putIfAbsent(lb.name(), lb));
        Map<String, String> priorities = new HashMap<>();
        Map<String, String> conditions = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Service s : app.services()) {
            for (int i = 0; i < s.exposures().size(); i++) {
                Exposure e = s.exposures().get(i);
                String path = Paths.exposure(s, i);
                used.add(e.loadBalancer());
                if (!byName.containsKey(e.loadBalancer())) {
                    report.add(Rule.UNKNOWN_LOAD_BALANCER, path, "The service is exposed on load balancer "
                                    + Values.quoted(e.loadBalancer()) + ", which the program does not declare"
                                    + (byName.isEmpty() ? "." : " (load balancers: "
                                    + Values.join(new TreeSet<>(byName.keySet())) + ")."),
                            "Name a declared load balancer, or declare this one with .loadBalancer(\""
                                    + e.loadBalancer() + "\", lb -> {}).");
                }
                target(report, s, e, path);
                rule(report, e, path, priorities, conditions);
                targetGroup(report, e, path);
            }
        }
        for (LoadBalancer lb : app.loadBalancers()) {
            listeners(report, lb);
            if (!used.contains(lb.name())) {
                report.add(Rule.UNUSED_LOAD_BALANCER, Paths.loadBalancer(lb), "No service is exposed on load balancer "
                                + Values.quoted(lb.name()) + "; it would be billed and answer every request with 404.",
                        "Expose a service on it with s.expose(\"" + lb.name() + "\", e -> e.path(\"/*\")), or remove it.");
            }
        }
        return report.diagnostics();
    }

    private static void target(Report report, Service s, Exposure e, String path) {
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
            boolean mapped = container.get().portMappings().stream()
                    .anyMatch(m -> m.containerPort() == port && m.protocol() == Protocol.TCP);
            if (port == 0) {
                report.add(Rule.PORT_NOT_MAPPED, path, "The exposure sends traffic to container "
                                + Values.quoted(name) + ", which maps no port; the target group needs the port the"
                                + " container listens on.",
                        "Add a port mapping to the container, e.g. c.port(8080).");
            } else if (!mapped) {
                report.add(Rule.PORT_NOT_MAPPED, path + ".containerPort", "The exposure sends traffic to port " + port
                                + " of container " + Values.quoted(name) + ", which the container does not map as a"
                                + " TCP port; ECS registers only mapped ports with the target group.",
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
        int values = e.pathPatterns().size() + e.hostHeaders().size();
        if (values == 0) {
            report.add(Rule.LISTENER_RULE_CONDITION, path, "The exposure has no path pattern and no host header; a"
                            + " listener rule needs at least one condition.",
                    "Add e.path(\"/api/*\") or e.host(\"api.example.com\"), or e.path(\"/*\") for everything.");
        } else if (values > MAX_CONDITION_VALUES) {
            report.add(Rule.LISTENER_RULE_CONDITION, path, "The exposure has " + values + " path patterns and host"
                            + " headers; an Application Load Balancer rule allows at most " + MAX_CONDITION_VALUES
                            + " condition values combined.",
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
            String key = e.loadBalancer() + "#" + new TreeSet<>(e.pathPatterns()) + "#" + new TreeSet<>(e.hostHeaders());
            String first = conditions.putIfAbsent(key, path);
            if (first != null) {
                report.add(Rule.DUPLICATE_LISTENER_RULE, path, "The exposure has exactly the same conditions as "
                                + first + " on load balancer " + Values.quoted(e.loadBalancer())
                                + "; only the rule with the lower priority would ever receive traffic.",
                        "Give the services different paths or hosts.");
            }
        }
    }

    private static void targetGroup(Report report, Exposure e, String path) {
        if (!e.protocol().equals("HTTP") && !e.protocol().equals("HTTPS")) {
            report.add(Rule.TARGET_GROUP_PROTOCOL, path + ".protocol", "The target group protocol "
                            + Values.quoted(e.protocol()) + " is not one an Application Load Balancer target group"
                            + " accepts.",
                    "Use HTTP (the default) or HTTPS.");
        }
        List<String> problems = new ArrayList<>();
        if (!e.healthCheckPath().startsWith("/") || e.healthCheckPath().length() > 1024) {
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
        if (!validMatcher(e.healthCheckMatcher())) {
            problems.add("success codes " + Values.quoted(e.healthCheckMatcher()) + " (HTTP codes 200-499 such as 200,"
                    + " 200,202 or 200-299)");
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

    private static boolean validMatcher(String matcher) {
        if (!MATCHER.matcher(matcher).matches()) {
            return false;
        }
        Matcher codes = CODE.matcher(matcher);
        while (codes.find()) {
            if (!Values.inRange(Integer.parseInt(codes.group()), 200, 499)) {
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
