package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds CDK tokens that ended up inside an {@code Fn::Sub} string. The CDK resolves a token in a string by splitting
 * the string into an {@code Fn::Join}, which is not valid as the template of a {@code Fn::Sub}; so such a value would
 * give a template that CloudFormation rejects. Values from outside must reach the CloudFormation renderer's
 * {@code Fn::Join} path instead.
 */
final class TokensInSub {

    private static final String TOKEN_START = "${Token[";
    /** The same token after a renderer escaped {@code ${} as {@code ${!} for Fn::Sub: it would stay literal text. */
    private static final String ESCAPED_TOKEN_START = "${!Token[";

    private TokensInSub() {
    }

    /** JSON-pointer-like paths of every {@code Fn::Sub} that holds a token, e.g. {@code /Resources/X/Properties/Y}. */
    static List<String> find(JsonNode template) {
        List<String> found = new ArrayList<>();
        walk(template, "", found);
        return found;
    }

    private static void walk(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String here = path + "/" + e.getKey();
                if (e.getKey().equals("Fn::Sub") && holdsToken(e.getValue())) {
                    found.add(here);
                } else {
                    walk(e.getValue(), here, found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, found);
            }
        }
    }

    private static boolean holdsToken(JsonNode sub) {
        JsonNode text = sub.isArray() && sub.size() > 0 ? sub.get(0) : sub;
        return text.isTextual()
                && (text.textValue().contains(TOKEN_START) || text.textValue().contains(ESCAPED_TOKEN_START));
    }
}
