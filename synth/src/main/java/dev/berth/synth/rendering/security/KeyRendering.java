package dev.berth.synth.rendering.security;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.security.SecurityResources.Key;
import dev.berth.synth.plan.security.SecurityResources.KeyStatement;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;
import java.util.Map;

/**
 * AWS::KMS::Key / aws_kms_key. The key policy is a JSON object in CloudFormation and a JSON string for the provider.
 * A retained key is spelled {@code DeletionPolicy} and {@code UpdateReplacePolicy} {@code Retain} in CloudFormation;
 * the provider has no way to keep a key on destroy ({@code terraform destroy} schedules its deletion after the pending
 * window, during which it can be cancelled).
 */
public final class KeyRendering extends Rendering<Key> {

    public KeyRendering() {
        super(Key.class, cfn("AWS::KMS::Key", "Key").ref(Attr.ID).getAtt(Attr.ARN, "Arn"),
                tf("aws_kms_key").attr(Attr.ID, "key_id").attr(Attr.ARN, "arn"));
    }

    @Override
    protected Map<String, String> cloudFormationAttributes(Key r) {
        return retainedIf(r.retained());
    }

    @Override
    protected void cloudFormation(Key r, Body p) {
        p.string("Description", r.description())
                .bool("EnableKeyRotation", r.rotation())
                .document("KeyPolicy", d -> policy(d, r.policy()))
                .integer("PendingWindowInDays", r.pendingWindowInDays())
                .tags(r.tags());
    }

    @Override
    protected void terraform(Key r, Body b) {
        b.string("description", r.description())
                .bool("enable_key_rotation", r.rotation())
                .document("policy", d -> policy(d, r.policy()))
                .integer("deletion_window_in_days", r.pendingWindowInDays())
                .tags(r.tags());
    }

    private static void policy(Body document, List<KeyStatement> statements) {
        document.string("Version", "2012-10-17").requiredObjects("Statement", statements, KeyRendering::statement);
    }

    private static void statement(Body s, KeyStatement statement) {
        s.string("Sid", statement.sid()).string("Effect", statement.effect())
                .valueMap("Principal", statement.principal())
                .oneOrMany("Action", statement.actions().stream().map(Value::literal).toList())
                .string("Resource", "*");
        if (!statement.conditions().isEmpty()) {
            s.object("Condition", operators -> statement.conditions().forEach(operators::valueMap));
        }
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("description", "Description", "description"),
                Parity.value("rotation", "EnableKeyRotation", "enable_key_rotation"),
                Parity.value("pendingWindow", "PendingWindowInDays", "deletion_window_in_days"),
                Parity.list("sids", "KeyPolicy/Statement/*/Sid", "policy/Statement/*/Sid"),
                Parity.list("effects", "KeyPolicy/Statement/*/Effect", "policy/Statement/*/Effect"),
                Parity.sorted("actions", "KeyPolicy/Statement/*/Action", "policy/Statement/*/Action"),
                Parity.entries("conditions", "KeyPolicy/Statement/*/Condition", "policy/Statement/*/Condition"));
    }
}
