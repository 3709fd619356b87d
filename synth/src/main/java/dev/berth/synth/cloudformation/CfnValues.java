package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.rendering.Rendering;
import dev.berth.synth.rendering.Renderings;
import dev.berth.validation.Values;

import java.util.List;

/**
 * Writes plan {@link Value}s as CloudFormation: literals as strings, references as {@code Ref} or
 * {@code Fn::GetAtt}, concatenations as {@code Fn::Sub} (or {@code Fn::Join} where a part cannot go inside a Sub).
 */
final class CfnValues {

    /** No stacks: every reference is local. */
    static final CfnValues SINGLE_TEMPLATE = new CfnValues(StackScope.WHOLE_PLAN);

    private final StackScope scope;

    /** Values as written in the stack {@code scope}: references to other stacks' resources become imports. */
    CfnValues(StackScope scope) {
        this.scope = scope;
    }

    boolean isLocal(ResourceId id) {
        return scope.isLocal(id);
    }

    private boolean imported(Value.Ref ref) {
        return !scope.isLocal(ref.target());
    }

    JsonNode render(Value value) {
        if (value instanceof Value.Literal literal) {
            return TextNode.valueOf(literal.text());
        }
        if (value instanceof Value.Ref ref) {
            return ref(ref);
        }
        if (value instanceof Value.Input input) {
            return ref(parameterId(input));
        }
        if (value instanceof Value.PseudoValue pseudo) {
            return ref(pseudoParameter(pseudo.pseudo()));
        }
        if (value instanceof Value.AzName az) {
            return azName(az);
        }
        return concat((Value.Concat) value);
    }

    ArrayNode renderAll(List<Value> values) {
        ArrayNode array = Json.array();
        values.forEach(v -> array.add(render(v)));
        return array;
    }

    static String parameterId(Value.Input input) {
        return Names.pascal(input.name());
    }

    private ObjectNode ref(Value.Ref ref) {
        if (imported(ref)) {
            return scope.importValue(ref);
        }
        String reading = reading(ref);
        String target = CfnNames.logicalId(ref.target());
        if (reading.equals(Rendering.CloudFormation.REF)) {
            return ref(target);
        }
        ObjectNode getAtt = Json.object();
        getAtt.set("Fn::GetAtt", Json.array().add(target).add(reading));
        return getAtt;
    }

    /** {@code Ref}, or the GetAtt name of the attribute, as the kind's rendering spells it. */
    private static String reading(Value.Ref ref) {
        return Renderings.of(ref.target().kind()).cloudFormation().reading(ref.attribute());
    }

    private static ObjectNode ref(String name) {
        ObjectNode ref = Json.object();
        ref.put("Ref", name);
        return ref;
    }

    private static String pseudoParameter(Pseudo pseudo) {
        return switch (pseudo) {
            case PARTITION -> "AWS::Partition";
            case REGION -> "AWS::Region";
            case ACCOUNT_ID -> "AWS::AccountId";
            case URL_SUFFIX -> "AWS::URLSuffix";
        };
    }

    private static ObjectNode azName(Value.AzName az) {
        ObjectNode getAzs = Json.object();
        getAzs.put("Fn::GetAZs", ""); // "" is the stack's region
        ObjectNode select = Json.object();
        select.set("Fn::Select", Json.array().add(az.index()).add(getAzs));
        return select;
    }

    /**
     * A literal holding an unresolved AWS CDK token ({@code ${Token[...]}}): CDK resolves it to an intrinsic
     * function, which may not stand inside a Fn::Sub string, so the concatenation takes Fn::Join.
     */
    private static boolean isToken(Value part) {
        return part instanceof Value.Literal literal && Values.isToken(literal.text());
    }

    /** Fn::Sub reads best; but Fn::Sub variables cannot hold a function such as Fn::Select, so those take Fn::Join. */
    private ObjectNode concat(Value.Concat concat) {
        boolean substitutable = concat.parts().stream().noneMatch(p -> p instanceof Value.AzName || isToken(p));
        ObjectNode node = Json.object();
        if (substitutable) {
            StringBuilder text = new StringBuilder();
            ObjectNode variables = Json.object();
            for (Value part : concat.parts()) {
                if (part instanceof Value.Ref ref && imported(ref)) {
                    // An import cannot be named inside the Sub string: it goes in the Sub's variable map.
                    String name = scope.importVariable(ref);
                    variables.set(name, scope.importValue(ref));
                    text.append(variable(name));
                } else {
                    text.append(subPart(part));
                }
            }
            if (variables.isEmpty()) {
                node.put("Fn::Sub", text.toString());
            } else {
                node.set("Fn::Sub", Json.array().add(text.toString()).add(variables));
            }
        } else {
            node.set("Fn::Join", Json.array().add("").add(renderAll(concat.parts())));
        }
        return node;
    }

    /** One part of a Fn::Sub string; a literal {@code ${} is written {@code ${!} so Sub keeps it as text. */
    private static String subPart(Value part) {
        if (part instanceof Value.Literal literal) {
            return literal.text().replace("${", "${!");
        }
        if (part instanceof Value.Ref ref) {
            String reading = reading(ref);
            String target = CfnNames.logicalId(ref.target());
            return variable(reading.equals(Rendering.CloudFormation.REF) ? target : target + "." + reading);
        }
        if (part instanceof Value.Input input) {
            return variable(parameterId(input));
        }
        if (part instanceof Value.PseudoValue pseudo) {
            return variable(pseudoParameter(pseudo.pseudo()));
        }
        throw new IllegalStateException(
                "cannot write " + part + " inside Fn::Sub (a plan concatenation is never nested)");
    }

    private static String variable(String name) {
        return "${" + name + "}";
    }
}
