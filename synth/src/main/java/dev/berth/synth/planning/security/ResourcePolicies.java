package dev.berth.synth.planning.security;

import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.events.EventsResources.PolicyStatement;

import java.util.List;
import java.util.Map;

/** Statements Berth puts in the resource policies of what it creates (queues, topics). */
public final class ResourcePolicies {

    private ResourcePolicies() {
    }

    /**
     * Denies {@code action} on {@code resource} to any request not made over TLS ({@code aws:SecureTransport}), as
     * AWS's security best practices for SQS and SNS recommend (and cdk-nag's SQS4 / SNS3 check).
     */
    public static PolicyStatement onlyOverTls(String action, Value resource) {
        return new PolicyStatement("OnlyOverTls", "Deny", Map.of("AWS", Value.literal("*")), List.of(action),
                List.of(resource), Map.of("Bool", Map.of("aws:SecureTransport", Value.literal("false"))));
    }
}
