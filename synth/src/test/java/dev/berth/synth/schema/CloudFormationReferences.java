package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the names a piece of a template refers to through Ref, Fn::GetAtt, Fn::Sub and Fn::If. */
final class CloudFormationReferences {

    enum Kind { REF, GET_ATT, CONDITION }

    /**
     * One reference. {@code attribute} is null unless kind is GET_ATT, and also null when the
     * attribute name is itself computed by an intrinsic (then it cannot be checked).
     */
    record Reference(Kind kind, String target, String attribute, String spelling) {
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final List<Reference> found = new ArrayList<>();

    private CloudFormationReferences() {
    }

    static List<Reference> in(JsonNode node) {
        CloudFormationReferences finder = new CloudFormationReferences();
        finder.walk(node);
        return finder.found;
    }

    private void walk(JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            JsonNode argument = node.get(key);
            switch (key) {
                case "Ref" -> ref(argument);
                case "Fn::GetAtt" -> getAtt(argument);
                case "Fn::Sub" -> sub(argument);
                case "Fn::If" -> condition(argument);
                default -> walk(argument); // another function, or an object with one property
            }
            return;
        }
        node.forEach(this::walk); // values of objects and elements of arrays
    }

    private void ref(JsonNode argument) {
        if (argument.isTextual()) {
            found.add(new Reference(Kind.REF, argument.asText(), null, "Ref " + argument.asText()));
        } else {
            walk(argument);
        }
    }

    private void getAtt(JsonNode argument) {
        if (argument.isTextual()) { // short form "Resource.Attribute"
            String[] parts = argument.asText().split("\\.", 2);
            found.add(new Reference(Kind.GET_ATT, parts[0], parts.length > 1 ? parts[1] : "", "Fn::GetAtt " + argument.asText()));
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            JsonNode attribute = argument.get(1);
            String name = attribute.isTextual() ? attribute.asText() : null;
            found.add(new Reference(Kind.GET_ATT, argument.get(0).asText(), name,
                    "Fn::GetAtt " + argument.get(0).asText() + "." + (name == null ? "<computed>" : name)));
            walk(attribute);
        } else {
            walk(argument);
        }
    }

    private void sub(JsonNode argument) {
        if (argument.isTextual()) {
            subString(argument.asText(), Set.of());
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            Set<String> localVariables = new HashSet<>();
            argument.get(1).fieldNames().forEachRemaining(localVariables::add);
            subString(argument.get(0).asText(), localVariables);
            walk(argument.get(1));
        } else {
            walk(argument);
        }
    }

    private void subString(String text, Set<String> localVariables) {
        Matcher m = SUB_VARIABLE.matcher(text);
        while (m.find()) {
            String variable = m.group(1).trim();
            if (variable.startsWith("!") || localVariables.contains(variable)) {
                continue; // ${!Literal} is an escaped literal; local variables come from the second argument
            }
            int dot = variable.indexOf('.');
            String spelling = "Fn::Sub ${" + variable + "}";
            if (dot < 0) {
                found.add(new Reference(Kind.REF, variable, null, spelling));
            } else {
                found.add(new Reference(Kind.GET_ATT, variable.substring(0, dot), variable.substring(dot + 1), spelling));
            }
        }
    }

    private void condition(JsonNode argument) {
        if (argument.isArray() && argument.size() > 0 && argument.get(0).isTextual()) {
            String name = argument.get(0).asText();
            found.add(new Reference(Kind.CONDITION, name, null, "Fn::If " + name));
            for (int i = 1; i < argument.size(); i++) {
                walk(argument.get(i));
            }
        } else {
            walk(argument);
        }
    }
}
