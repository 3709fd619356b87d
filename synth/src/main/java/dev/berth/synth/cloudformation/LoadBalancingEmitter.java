package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Action;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.FixedResponse;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Forward;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Listener;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.ListenerRule;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.LoadBalancer;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Redirect;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.TargetGroup;

import java.util.List;

/** Properties of the Application Load Balancer resources: AWS::ElasticLoadBalancingV2::*. */
final class LoadBalancingEmitter {

    private LoadBalancingEmitter() {
    }

    static ObjectNode loadBalancer(LoadBalancer r) {
        ArrayNode attributes = Json.array()
                .add(attribute("idle_timeout.timeout_seconds", String.valueOf(r.idleTimeoutSeconds())))
                .add(attribute("routing.http.drop_invalid_header_fields.enabled",
                        String.valueOf(r.dropInvalidHeaderFields())));
        r.accessLogs().ifPresent(logs -> attributes
                .add(attribute("access_logs.s3.enabled", "true"))
                .add(attribute("access_logs.s3.bucket", logs.bucket()))
                .add(attribute("access_logs.s3.prefix", logs.prefix())));
        return new Props()
                .string("Type", "application")
                .string("Scheme", r.scheme())
                .values("Subnets", r.subnets())
                .values("SecurityGroups", r.securityGroups())
                .json("LoadBalancerAttributes", attributes)
                .tags(r.tags())
                .build();
    }

    static ObjectNode listener(Listener r) {
        Props props = new Props()
                .value("LoadBalancerArn", r.loadBalancerArn())
                .integer("Port", r.port())
                .string("Protocol", r.protocol());
        r.certificateArn().ifPresent(arn ->
                props.json("Certificates", Json.array().add(new Props().string("CertificateArn", arn).build())));
        r.sslPolicy().ifPresent(policy -> props.string("SslPolicy", policy));
        return props.json("DefaultActions", Json.array().add(action(r.defaultAction()))).build();
    }

    static ObjectNode listenerRule(ListenerRule r) {
        ArrayNode conditions = Json.array(); // required by CloudFormation, so written even if empty
        condition(conditions, "host-header", "HostHeaderConfig", r.hostHeaders());
        condition(conditions, "path-pattern", "PathPatternConfig", r.pathPatterns());
        return new Props()
                .value("ListenerArn", r.listenerArn())
                .integer("Priority", r.priority())
                .json("Conditions", conditions)
                .json("Actions", Json.array().add(action(r.action())))
                .build();
    }

    /** Adds a condition on {@code field} matching any of {@code values}; no values means no condition. */
    private static void condition(ArrayNode conditions, String field, String config, List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(new Props()
                    .string("Field", field)
                    .json(config, new Props().strings("Values", values).build())
                    .build());
        }
    }

    private static ObjectNode action(Action action) {
        if (action instanceof FixedResponse fixed) {
            ObjectNode config = new Props()
                    .string("StatusCode", String.valueOf(fixed.statusCode())) // a string in CloudFormation
                    .string("ContentType", fixed.contentType())
                    .string("MessageBody", fixed.body())
                    .build();
            return new Props().string("Type", "fixed-response").json("FixedResponseConfig", config).build();
        }
        if (action instanceof Redirect redirect) {
            ObjectNode config = new Props()
                    .string("Protocol", redirect.protocol())
                    .string("Port", String.valueOf(redirect.port())) // a string in CloudFormation
                    .string("StatusCode", redirect.statusCode())
                    .build();
            return new Props().string("Type", "redirect").json("RedirectConfig", config).build();
        }
        Forward forward = (Forward) action;
        return new Props().string("Type", "forward").value("TargetGroupArn", forward.targetGroupArn()).build();
    }

    static ObjectNode targetGroup(TargetGroup r) {
        ArrayNode attributes = Json.array().add(
                attribute("deregistration_delay.timeout_seconds", String.valueOf(r.deregistrationDelaySeconds())));
        return new Props()
                .string("TargetType", r.targetType())
                .string("Protocol", r.protocol())
                .integer("Port", r.port())
                .value("VpcId", r.vpc())
                .bool("HealthCheckEnabled", true)
                .string("HealthCheckPath", r.healthCheckPath())
                .string("HealthCheckProtocol", r.protocol())
                .integer("HealthCheckIntervalSeconds", r.healthCheckIntervalSeconds())
                .integer("HealthCheckTimeoutSeconds", r.healthCheckTimeoutSeconds())
                .integer("HealthyThresholdCount", r.healthyThreshold())
                .integer("UnhealthyThresholdCount", r.unhealthyThreshold())
                .json("Matcher", new Props().string("HttpCode", r.matcher()).build())
                .json("TargetGroupAttributes", attributes)
                .tags(r.tags())
                .build();
    }

    private static ObjectNode attribute(String key, String value) {
        return Props.keyValue("Key", key, "Value", value);
    }
}
