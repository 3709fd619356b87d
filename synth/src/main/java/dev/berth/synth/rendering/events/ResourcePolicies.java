package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.events.EventsResources.PolicyStatement;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;

import java.util.List;

/** A resource policy in IAM's spelling, the same for both targets (an object in CloudFormation, a string for the provider). */
final class ResourcePolicies {

    private ResourcePolicies() {
    }

    static void write(Body document, List<PolicyStatement> statements) {
        document.string("Version", "2012-10-17").requiredObjects("Statement", statements, ResourcePolicies::statement);
    }

    private static void statement(Body s, PolicyStatement statement) {
        s.string("Sid", statement.sid()).string("Effect", statement.effect())
                .valueMap("Principal", statement.principal())
                .oneOrMany("Action", statement.actions().stream().map(Value::literal).toList())
                .oneOrMany("Resource", statement.resources());
        if (!statement.conditions().isEmpty()) {
            s.object("Condition", operators -> statement.conditions().forEach(operators::valueMap));
        }
    }

    static List<Parity> parity(String cloudFormation, String terraform) {
        String cfn = cloudFormation + "/Statement/*/";
        String tf = terraform + "/Statement/*/";
        return List.of(Parity.list("sids", cfn + "Sid", tf + "Sid"),
                Parity.list("effects", cfn + "Effect", tf + "Effect"),
                Parity.sorted("actions", cfn + "Action", tf + "Action"),
                Parity.entries("conditions", cfn + "Condition", tf + "Condition"));
    }
}
