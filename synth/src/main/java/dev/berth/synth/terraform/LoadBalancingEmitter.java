package dev.berth.synth.terraform;

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

import static dev.berth.synth.terraform.TfValues.text;
import static dev.berth.synth.terraform.TfValues.texts;

/** Bodies of the Application Load Balancer resources. */
final class LoadBalancingEmitter {

    private static final String INTERNAL = "internal";

    private final TfValues values;

    LoadBalancingEmitter(TfValues values) {
        this.values = values;
    }

    ObjectNode loadBalancer(LoadBalancer r) {
        ObjectNode body = Json.object();
        body.put("load_balancer_type", "application");
        body.put("internal", INTERNAL.equals(r.scheme()));
        body.set("subnets", values.array(r.subnets()));
        body.set("security_groups", values.array(r.securityGroups()));
        body.put("idle_timeout", r.idleTimeoutSeconds());
        body.put("drop_invalid_header_fields", r.dropInvalidHeaderFields());
        r.accessLogs().ifPresent(logs -> {
            ObjectNode accessLogs = Json.object();
            accessLogs.put("bucket", text(logs.bucket()));
            accessLogs.put("prefix", text(logs.prefix()));
            accessLogs.put("enabled", true);
            body.set("access_logs", accessLogs);
        });
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode listener(Listener r) {
        ObjectNode body = Json.object();
        body.put("load_balancer_arn", values.render(r.loadBalancerArn()));
        body.put("port", r.port());
        body.put("protocol", r.protocol());
        r.certificateArn().ifPresent(arn -> body.put("certificate_arn", text(arn)));
        r.sslPolicy().ifPresent(policy -> body.put("ssl_policy", policy));
        action(body.putObject("default_action"), r.defaultAction());
        return body;
    }

    ObjectNode listenerRule(ListenerRule r) {
        ObjectNode body = Json.object();
        body.put("listener_arn", values.render(r.listenerArn()));
        body.put("priority", r.priority());
        action(body.putObject("action"), r.action());
        ArrayNode conditions = Json.array();
        putCondition(conditions, "host_header", r.hostHeaders());
        putCondition(conditions, "path_pattern", r.pathPatterns());
        if (!conditions.isEmpty()) {
            body.set("condition", conditions);
        }
        return body;
    }

    ObjectNode targetGroup(TargetGroup r) {
        ObjectNode body = Json.object();
        body.put("port", r.port());
        body.put("protocol", r.protocol());
        body.put("target_type", r.targetType());
        body.put("vpc_id", values.render(r.vpc()));
        // the provider types the delay as a string
        body.put("deregistration_delay", String.valueOf(r.deregistrationDelaySeconds()));
        ObjectNode health = body.putObject("health_check");
        health.put("enabled", true);
        health.put("path", text(r.healthCheckPath()));
        health.put("protocol", r.protocol());
        health.put("matcher", r.matcher());
        health.put("interval", r.healthCheckIntervalSeconds());
        health.put("timeout", r.healthCheckTimeoutSeconds());
        health.put("healthy_threshold", r.healthyThreshold());
        health.put("unhealthy_threshold", r.unhealthyThreshold());
        values.putTags(body, r.tags());
        return body;
    }

    /** A listener's default action or a rule's action: the same block in both. */
    private void action(ObjectNode block, Action action) {
        if (action instanceof FixedResponse fixed) {
            block.put("type", "fixed-response");
            ObjectNode response = block.putObject("fixed_response");
            response.put("content_type", fixed.contentType());
            response.put("message_body", text(fixed.body()));
            response.put("status_code", String.valueOf(fixed.statusCode()));
        } else if (action instanceof Redirect redirect) {
            block.put("type", "redirect");
            ObjectNode to = block.putObject("redirect");
            to.put("port", String.valueOf(redirect.port()));
            to.put("protocol", redirect.protocol());
            to.put("status_code", redirect.statusCode());
        } else if (action instanceof Forward forward) {
            block.put("type", "forward");
            block.put("target_group_arn", values.render(forward.targetGroupArn()));
        } else {
            throw new IllegalStateException("no Terraform rendering for action " + action);
        }
    }

    /** One condition block per field that has values; an empty list is no condition. */
    private static void putCondition(ArrayNode conditions, String field, List<String> patterns) {
        if (!patterns.isEmpty()) {
            conditions.addObject().putObject(field).set("values", texts(patterns));
        }
    }
}
