package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Role;
import dev.berth.synth.plan.iam.IamResources.RolePolicy;
import dev.berth.synth.plan.iam.IamResources.Statement;

import java.util.List;
import java.util.Map;

import static dev.berth.synth.terraform.TfValues.text;

/**
 * Bodies of roles and their inline policies. Policy documents are compact JSON strings that are Terraform templates,
 * like container definitions: ARNs built from references and pseudo values interpolate inside them.
 */
final class IamEmitter {

    private static final String POLICY_VERSION = "2012-10-17";

    private final TfValues values;

    IamEmitter(TfValues values) {
        this.values = values;
    }

    ObjectNode role(Role r) {
        ObjectNode body = Json.object();
        body.put("description", text(r.description()));
        body.put("assume_role_policy", document(r.assumeRolePolicy()));
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode rolePolicy(RolePolicy r) {
        ObjectNode body = Json.object();
        body.put("name", text(r.policyName()));
        body.put("role", values.render(r.role()));
        body.put("policy", document(r.document()));
        return body;
    }

    private String document(PolicyDocument document) {
        ObjectNode node = Json.object();
        node.put("Version", POLICY_VERSION);
        ArrayNode statements = node.putArray("Statement");
        document.statements().forEach(s -> statement(statements.addObject(), s));
        return Json.compact(node);
    }

    private void statement(ObjectNode node, Statement statement) {
        node.put("Sid", text(statement.sid()));
        node.put("Effect", "Allow");
        statement.servicePrincipal().ifPresent(service ->
                node.putObject("Principal").put("Service", text(service)));
        node.set("Action", oneOrMany(statement.actions().stream().map(Value::literal).toList()));
        if (!statement.resources().isEmpty()) {
            node.set("Resource", oneOrMany(statement.resources()));
        }
        if (!statement.conditions().isEmpty()) {
            node.set("Condition", conditions(statement.conditions()));
        }
    }

    /** IAM's own spelling: a single value as a string, several as an array. */
    private JsonNode oneOrMany(List<Value> items) {
        if (items.size() == 1) {
            return TextNode.valueOf(values.render(items.get(0)));
        }
        return values.array(items);
    }

    private ObjectNode conditions(Map<String, Map<String, Value>> conditions) {
        ObjectNode node = Json.object();
        conditions.forEach((operator, keys) -> {
            ObjectNode byKey = node.putObject(text(operator));
            keys.forEach((key, value) -> byKey.put(text(key), values.render(value)));
        });
        return node;
    }
}
