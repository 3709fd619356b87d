package dev.berth.synth.rendering.iam;

import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;

import java.util.List;

/**
 * A policy document in IAM's own spelling, the same for both targets (a JSON object in CloudFormation, a JSON
 * string in Terraform: {@link Body#document}); a single action or resource is a string, several an array.
 */
public final class PolicyDocuments {

    private PolicyDocuments() {
    }

    public static void write(Body document, PolicyDocument policy) {
        document.string("Version", policy.version())
                .requiredObjects("Statement", policy.statements(), PolicyDocuments::statement);
    }

    private static void statement(Body s, Statement statement) {
        s.string("Sid", statement.sid()).string("Effect", statement.effect());
        if (statement.servicePrincipal() != null) {
            s.object("Principal", principal -> principal.string("Service", statement.servicePrincipal()));
        }
        s.oneOrMany("Action", statement.actions().stream().map(Value::literal).toList())
                .oneOrMany("Resource", statement.resources());
        if (!statement.conditions().isEmpty()) {
            s.object("Condition", operators -> statement.conditions().forEach(operators::valueMap));
        }
    }

    /** Each statement's parts, read the same way from both targets' documents. */
    public static List<Parity> parity(String cloudFormation, String terraform) {
        String cfn = cloudFormation + "/Statement/*/";
        String tf = terraform + "/Statement/*/";
        return List.of(Parity.list("sids", cfn + "Sid", tf + "Sid"),
                Parity.list("effects", cfn + "Effect", tf + "Effect"),
                Parity.list("principals", cfn + "Principal/Service", tf + "Principal/Service"),
                Parity.sorted("actions", cfn + "Action", tf + "Action"),
                Parity.sorted("resources", cfn + "Resource", tf + "Resource"),
                Parity.entries("conditions", cfn + "Condition", tf + "Condition"));
    }
}
