package dev.berth.synth.plan.loadbalancing;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned Application Load Balancer resources. */
public final class LoadBalancingResources {

    private LoadBalancingResources() {
    }

    /**
     * An application load balancer.
     *
     * @param scheme                  {@code internet-facing} or {@code internal}
     * @param idleTimeoutSeconds      attribute {@code idle_timeout.timeout_seconds}
     * @param dropInvalidHeaderFields attribute {@code routing.http.drop_invalid_header_fields.enabled}
     * @param type                    {@code application}
     * @param accessLogs              where access logs go (attributes {@code access_logs.s3.*}); null: none
     * @param deletionProtection      attribute {@code deletion_protection.enabled}; null: left out (AWS's false)
     */
    public record LoadBalancer(ResourceId id, String type, String scheme, List<Value> subnets,
                               List<Value> securityGroups, int idleTimeoutSeconds, boolean dropInvalidHeaderFields,
                               AccessLogs accessLogs, Boolean deletionProtection, Map<String, String> tags)
            implements PlannedResource {
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
    public sealed interface Action permits FixedResponse, Redirect, Forward {
    }

    public record FixedResponse(int statusCode, String contentType, String body) implements Action {
    }

    /** @param statusCode {@code HTTP_301} or {@code HTTP_302} */
    public record Redirect(String protocol, int port, String statusCode) implements Action {
    }

    public record Forward(Value targetGroupArn) implements Action {
    }

    /** @param protocol {@code HTTP} or {@code HTTPS}; certificate and SSL policy only with HTTPS (else null) */
    public record Listener(ResourceId id, Value loadBalancerArn, int port, String protocol,
                           String certificateArn, String sslPolicy, Action defaultAction)
            implements PlannedResource {
    }

    /** Conditions are ANDed: any of the path patterns, and any of the host headers (an empty list is no condition). */
    public record ListenerRule(ResourceId id, Value listenerArn, int priority, List<String> pathPatterns,
                               List<String> hostHeaders, Action action) implements PlannedResource {
        public ListenerRule {
            pathPatterns = Immutable.list(pathPatterns);
            hostHeaders = Immutable.list(hostHeaders);
        }
    }

    /**
     * @param targetType          {@code ip} or {@code instance}
     * @param protocol            {@code HTTP} or {@code HTTPS}
     * @param healthCheckEnabled  whether the load balancer checks its targets' health
     * @param healthCheckProtocol the protocol of the health checks
     * @param matcher             HTTP codes that mean healthy, e.g. {@code 200-399}
     */
    public record TargetGroup(ResourceId id, Value vpc, int port, String protocol, String targetType,
                              boolean healthCheckEnabled, String healthCheckProtocol,
                              String healthCheckPath, String matcher, int healthCheckIntervalSeconds,
                              int healthCheckTimeoutSeconds, int healthyThreshold, int unhealthyThreshold,
                              int deregistrationDelaySeconds, Map<String, String> tags) implements PlannedResource {
        public TargetGroup {
            tags = Immutable.map(tags);
        }
    }
}
