package dev.berth.synth.plan.security;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned security resources: the customer managed KMS keys Berth creates. */
public final class SecurityResources {

    private SecurityResources() {
    }

    /**
     * A statement of a key policy. Its resource is always {@code *}, which in a key policy means the key itself.
     *
     * @param effect     {@code Allow} or {@code Deny}
     * @param principal  principal type ({@code AWS}, {@code Service}) to who, in order
     * @param conditions operator (e.g. {@code ArnLike}) to condition key to value, in order; empty: none
     */
    public record KeyStatement(String sid, String effect, Map<String, Value> principal, List<String> actions,
                               Map<String, Map<String, Value>> conditions) {
        public KeyStatement {
            principal = Immutable.map(principal);
            actions = Immutable.list(actions);
            conditions = Immutable.nested(conditions);
        }
    }

    /**
     * A symmetric customer managed KMS key.
     *
     * @param rotation            yearly automatic rotation of the key material
     * @param pendingWindowInDays how long a deleted key waits before it is gone (7 to 30); null: left out (30)
     * @param policy              the key policy's statements, version {@code 2012-10-17}
     * @param retained            kept when the stack is deleted (CloudFormation's {@code DeletionPolicy} and
     *                            {@code UpdateReplacePolicy} {@code Retain}): what it encrypts is kept too
     */
    public record Key(ResourceId id, String description, boolean rotation, Integer pendingWindowInDays,
                      List<KeyStatement> policy, boolean retained, Map<String, String> tags)
            implements PlannedResource {
        public Key {
            policy = Immutable.list(policy);
            tags = Immutable.map(tags);
        }
    }
}
