package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Role;
import dev.berth.synth.plan.iam.IamResources.RolePolicy;
import dev.berth.synth.plan.iam.IamResources.Statement;

import java.util.List;
import java.util.Map;

/** Properties of the IAM resources, and the policy documents they hold (as JSON objects, not strings). */
final class IamEmitter {

    private IamEmitter() {
    }

    static ObjectNode role(Role r) {
        return new Props()
                .json("AssumeRolePolicyDocument", document(r.assumeRolePolicy()))
                .stringUnlessEmpty("Description", r.description())
                .tags(r.tags())
                .build();
    }

    static ObjectNode rolePolicy(RolePolicy r) {
        return new Props()
                .string("PolicyName", r.policyName())
                .json("PolicyDocument", document(r.document()))
                .value("RoleName", r.role())
                .build();
    }

    private static ObjectNode document(PolicyDocument document) {
        return new Props()
                .string("Version", "2012-10-17")
                .json("Statement", Props.each(document.statements(), IamEmitter::statement))
                .build();
    }

    private static ObjectNode statement(Statement s) {
        Props props = new Props().string("Sid", s.sid()).string("Effect", "Allow");
        s.servicePrincipal().ifPresent(service ->
                props.json("Principal", new Props().string("Service", service).build()));
        props.json("Action", oneOrMany(s.actions().stream().<JsonNode>map(TextNode::valueOf).toList()));
        if (!s.resources().isEmpty()) {
            props.json("Resource", oneOrMany(s.resources().stream().map(CfnValues::render).toList()));
        }
        if (!s.conditions().isEmpty()) {
            props.json("Condition", conditions(s.conditions()));
        }
        return props.build();
    }

    /** IAM takes a single string or an array; a single string is how people write (and read) one element. */
    private static JsonNode oneOrMany(List<JsonNode> items) {
        return items.size() == 1 ? items.get(0) : Props.each(items, item -> item);
    }

    private static ObjectNode conditions(Map<String, Map<String, Value>> conditions) {
        Props operators = new Props();
        conditions.forEach((operator, keys) -> {
            Props values = new Props();
            keys.forEach(values::value);
            operators.json(operator, values.build());
        });
        return operators.build();
    }
}
