package dev.berth.synth.plan.loadbalancing;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The planned load balancing resources: Application and Network Load Balancers and what services attach. */
public final class LoadBalancingResources {

    private LoadBalancingResources() {
    }

    /**
     * An Application or Network Load Balancer.
     *
     * @param type                    {@code application} or {@code network}
     * @param scheme                  {@code internet-facing} or {@code internal}
     * @param idleTimeoutSeconds      attribute {@code idle_timeout.timeout_seconds}; null for a Network Load Balancer
     * @param dropInvalidHeaderFields attribute {@code routing.http.drop_invalid_header_fields.enabled}; null for a
     *                                Network Load Balancer
     * @param accessLogs              where access logs go (attributes {@code access_logs.s3.*}); null: none
     * @param deletionProtection      attribute {@code deletion_protection.enabled}; null: left out (AWS's false)
     * @param crossZone               attribute {@code load_balancing.cross_zone.enabled} of a Network Load Balancer;
     *                                null: left out (an Application Load Balancer is always cross-zone)
     */
    public record LoadBalancer(ResourceId id, String type, String scheme, List<Value> subnets,
                               List<Value> securityGroups, Integer idleTimeoutSeconds, Boolean dropInvalidHeaderFields,
                               AccessLogs accessLogs, Boolean deletionProtection, Boolean crossZone,
                               Map<String, String> tags) implements PlannedResource {
        public LoadBalancer {
            subnets = Immutable.list(subnets);
            securityGroups = Immutable.list(securityGroups);
            tags = Immutable.map(tags);
        }

        /** The scheme of a load balancer reachable only inside the VPC. */
        public static final String INTERNAL = "internal";

        public boolean internal() {
            return INTERNAL.equals(scheme);
        }

    }

    /** An S3 bucket (by name) and key prefix for access logs. */
    public record AccessLogs(String bucket, String prefix) {
    }

    /** What a listener or rule does with a request. */
    public sealed interface Action permits FixedResponse, Redirect, Forward, WeightedForward {
    }

    public record FixedResponse(int statusCode, String contentType, String body) implements Action {
    }

    /** @param statusCode {@code HTTP_301} or {@code HTTP_302} */
    public record Redirect(String protocol, int port, String statusCode) implements Action {
    }

    public record Forward(Value targetGroupArn) implements Action {
    }

    /**
     * Forwards to several target groups, sharing requests in proportion to their weights (a listener rule's
     * {@code ForwardConfig}).
     *
     * @param targetGroups      the rule's own service's group first, then the others by service name
     * @param stickinessSeconds target group stickiness ({@code TargetGroupStickinessConfig}); null: left out (none)
     */
    public record WeightedForward(List<WeightedTargetGroup> targetGroups, Integer stickinessSeconds)
            implements Action {
        public WeightedForward {
            targetGroups = Immutable.list(targetGroups);
        }
    }

    /** A target group of a weighted forward and its weight (0-999). */
    public record WeightedTargetGroup(Value targetGroupArn, int weight) {
    }

    /**
     * @param protocol   {@code HTTP}, {@code HTTPS}, {@code TCP}, {@code TLS}, {@code UDP} or {@code TCP_UDP};
     *                   certificate and SSL policy only with HTTPS or TLS (else null)
     * @param alpnPolicy a TLS listener's ALPN policy, e.g. {@code HTTP2Preferred}; null: left out (None)
     * @param defaultActionOwnedByDeployments CodeDeploy rewrites the default action of a test listener on every
     *                   deployment: a target that compares the live listener with the program (Terraform) leaves
     *                   the action alone once the listener exists
     */
    public record Listener(ResourceId id, Value loadBalancerArn, int port, String protocol,
                           String certificateArn, String sslPolicy, String alpnPolicy, Action defaultAction,
                           boolean defaultActionOwnedByDeployments)
            implements PlannedResource {

        /** A listener whose default action only the program changes. */
        public Listener(ResourceId id, Value loadBalancerArn, int port, String protocol, String certificateArn,
                        String sslPolicy, String alpnPolicy, Action defaultAction) {
            this(id, loadBalancerArn, port, protocol, certificateArn, sslPolicy, alpnPolicy, defaultAction, false);
        }
    }

    /** A further certificate of an HTTPS listener, presented by SNI. */
    public record ListenerCertificate(ResourceId id, Value listenerArn, String certificateArn)
            implements PlannedResource {
    }

    /** An AWS WAF (v2, regional) web ACL protecting a load balancer. */
    public record WebAclAssociation(ResourceId id, Value resourceArn, String webAclArn) implements PlannedResource {
    }

    /**
     * A Route 53 alias record (type A) for a load balancer.
     *
     * @param targetDnsName   the load balancer's DNS name
     * @param targetZoneId    the load balancer's canonical hosted zone
     * @param evaluateTargetHealth whether Route 53 answers only while the load balancer has healthy targets
     */
    public record AliasRecord(ResourceId id, String hostedZoneId, String name, String type, Value targetDnsName,
                              Value targetZoneId, boolean evaluateTargetHealth) implements PlannedResource {
    }

    /**
     * Conditions are ANDed: any of the path patterns, any of the host headers, for each header any of its values, any
     * of the methods, any of the query string pairs, any of the source ranges (an empty list or map is no condition).
     *
     * @param actionOwnedByDeployments ECS moves the action's weights on every blue/green family deployment: a target
     *                                 that compares the live rule with the program (Terraform) leaves the action alone
     *                                 once the rule exists
     */
    public record ListenerRule(ResourceId id, Value listenerArn, int priority, List<String> pathPatterns,
                               List<String> hostHeaders, Map<String, List<String>> httpHeaders,
                               List<String> httpMethods, Map<String, String> queryStrings, List<String> sourceIps,
                               Action action, boolean actionOwnedByDeployments) implements PlannedResource {

        /** A rule whose action only the program changes. */
        public ListenerRule(ResourceId id, Value listenerArn, int priority, List<String> pathPatterns,
                            List<String> hostHeaders, Map<String, List<String>> httpHeaders,
                            List<String> httpMethods, Map<String, String> queryStrings, List<String> sourceIps,
                            Action action) {
            this(id, listenerArn, priority, pathPatterns, hostHeaders, httpHeaders, httpMethods, queryStrings,
                    sourceIps, action, false);
        }

        public ListenerRule {
            pathPatterns = Immutable.list(pathPatterns);
            hostHeaders = Immutable.list(hostHeaders);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            httpHeaders.forEach((k, v) -> headers.put(k, Immutable.list(v)));
            httpHeaders = Immutable.map(headers);
            httpMethods = Immutable.list(httpMethods);
            queryStrings = Immutable.map(queryStrings);
            sourceIps = Immutable.list(sourceIps);
        }
    }

    /**
     * @param targetType          {@code ip} or {@code instance}
     * @param protocol            {@code HTTP} or {@code HTTPS}; {@code TCP}, {@code UDP} or {@code TCP_UDP} behind a
     *                            Network Load Balancer
     * @param healthCheckEnabled  whether the load balancer checks its targets' health
     * @param healthCheckProtocol the protocol of the health checks ({@code TCP} for a TCP check)
     * @param healthCheckPath     null for a TCP check
     * @param matcher             HTTP codes that mean healthy, e.g. {@code 200-399}; null for a TCP check
     * @param stickinessSeconds   load balancer cookie stickiness (attributes {@code stickiness.*}); null: none
     * @param slowStartSeconds    attribute {@code slow_start.duration_seconds}; null: left out (none)
     * @param algorithm           attribute {@code load_balancing.algorithm.type}; null: left out (round robin)
     */
    public record TargetGroup(ResourceId id, Value vpc, int port, String protocol, String targetType,
                              boolean healthCheckEnabled, String healthCheckProtocol,
                              String healthCheckPath, String matcher, int healthCheckIntervalSeconds,
                              int healthCheckTimeoutSeconds, int healthyThreshold, int unhealthyThreshold,
                              int deregistrationDelaySeconds, Integer stickinessSeconds, Integer slowStartSeconds,
                              String algorithm, Map<String, String> tags) implements PlannedResource {
        public TargetGroup {
            tags = Immutable.map(tags);
        }
    }
}
