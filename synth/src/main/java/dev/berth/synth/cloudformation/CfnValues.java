package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Kind;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.Value;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes plan {@link Value}s as CloudFormation: literals as strings, references as {@code Ref} or
 * {@code Fn::GetAtt}, concatenations as {@code Fn::Sub} (or {@code Fn::Join} where a part cannot go inside a Sub).
 */
final class CfnValues {

    /** How a template reads one attribute of a resource: with {@code Ref}, or {@code Fn::GetAtt} and a name. */
    private record Reading(String getAttName) {
        static final Reading REF = new Reading(null);

        static Reading getAtt(String attribute) {
            return new Reading(attribute);
        }

        boolean isRef() {
            return getAttName == null;
        }
    }

    /** What each resource type returns from Ref, and the GetAtt names of the other attributes the plan reads. */
    private static final Map<Kind, Map<Attr, Reading>> READINGS = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : List.of(Kind.VPC, Kind.INTERNET_GATEWAY, Kind.SUBNET, Kind.ROUTE_TABLE, Kind.NAT_GATEWAY,
                Kind.VPC_ENDPOINT)) {
            reads(kind, Attr.ID, Reading.REF);
        }
        reads(Kind.ELASTIC_IP, Attr.ALLOCATION_ID, Reading.getAtt("AllocationId"));
        reads(Kind.SECURITY_GROUP, Attr.ID, Reading.getAtt("GroupId")); // Ref is the name outside a VPC
        reads(Kind.CLUSTER, Attr.NAME, Reading.REF);
        reads(Kind.CLUSTER, Attr.ARN, Reading.getAtt("Arn"));
        reads(Kind.LOG_GROUP, Attr.NAME, Reading.REF);
        reads(Kind.LOG_GROUP, Attr.ARN, Reading.getAtt("Arn"));
        reads(Kind.TASK_DEFINITION, Attr.ARN, Reading.REF);
        reads(Kind.SERVICE, Attr.NAME, Reading.getAtt("Name"));
        reads(Kind.SERVICE, Attr.ARN, Reading.REF);
        reads(Kind.ROLE, Attr.NAME, Reading.REF);
        reads(Kind.ROLE, Attr.ARN, Reading.getAtt("Arn"));
        reads(Kind.LOAD_BALANCER, Attr.ARN, Reading.REF);
        reads(Kind.LOAD_BALANCER, Attr.DNS_NAME, Reading.getAtt("DNSName"));
        reads(Kind.LOAD_BALANCER, Attr.FULL_NAME, Reading.getAtt("LoadBalancerFullName"));
        reads(Kind.LISTENER, Attr.ARN, Reading.REF);
        reads(Kind.TARGET_GROUP, Attr.ARN, Reading.REF);
        reads(Kind.TARGET_GROUP, Attr.FULL_NAME, Reading.getAtt("TargetGroupFullName"));
        reads(Kind.SCALABLE_TARGET, Attr.ID, Reading.REF);
    }

    private CfnValues() {
    }

    /**
     * The stack being rendered when a plan is split into stacks: references to resources of other stacks become
     * {@code Fn::ImportValue} of the exporting stack's output. Absent when the whole plan is one template.
     */
    private static final ThreadLocal<StackScope> SCOPE = new ThreadLocal<>();

    /** Renders {@code rendering} with references outside {@code scope} written as imports. */
    static <T> T within(StackScope scope, java.util.function.Supplier<T> rendering) {
        SCOPE.set(scope);
        try {
            return rendering.get();
        } finally {
            SCOPE.remove();
        }
    }

    private static boolean imported(Value.Ref ref) {
        StackScope scope = SCOPE.get();
        return scope != null && !scope.isLocal(ref.target());
    }

    private static void reads(Kind kind, Attr attribute, Reading reading) {
        READINGS.computeIfAbsent(kind, k -> new EnumMap<>(Attr.class)).put(attribute, reading);
    }

    static JsonNode render(Value value) {
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

    static ArrayNode renderAll(List<Value> values) {
        ArrayNode array = Json.array();
        values.forEach(v -> array.add(render(v)));
        return array;
    }

    static String parameterId(Value.Input input) {
        return Names.pascal(input.name());
    }

    private static ObjectNode ref(Value.Ref ref) {
        if (imported(ref)) {
            return SCOPE.get().importValue(ref);
        }
        Reading reading = reading(ref);
        String target = CfnKinds.logicalId(ref.target());
        if (reading.isRef()) {
            return ref(target);
        }
        ObjectNode getAtt = Json.object();
        getAtt.set("Fn::GetAtt", Json.array().add(target).add(reading.getAttName()));
        return getAtt;
    }

    private static Reading reading(Value.Ref ref) {
        Reading reading = READINGS.getOrDefault(ref.target().kind(), Map.of()).get(ref.attribute());
        if (reading == null) {
            throw new IllegalStateException("a plan refers to " + ref.attribute() + " of " + ref.target()
                    + ", which a " + ref.target().kind() + " does not have (a planner bug)");
        }
        return reading;
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
        return part instanceof Value.Literal literal && literal.text().contains("${Token[");
    }

    /** Fn::Sub reads best; but Fn::Sub variables cannot hold a function such as Fn::Select, so those take Fn::Join. */
    private static ObjectNode concat(Value.Concat concat) {
        boolean substitutable = concat.parts().stream().noneMatch(p -> p instanceof Value.AzName || isToken(p));
        ObjectNode node = Json.object();
        if (substitutable) {
            StringBuilder text = new StringBuilder();
            ObjectNode variables = Json.object();
            for (Value part : concat.parts()) {
                if (part instanceof Value.Ref ref && imported(ref)) {
                    // An import cannot be named inside the Sub string: it goes in the Sub's variable map.
                    String name = SCOPE.get().importVariable(ref);
                    variables.set(name, SCOPE.get().importValue(ref));
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
            Reading reading = reading(ref);
            String target = CfnKinds.logicalId(ref.target());
            return variable(reading.isRef() ? target : target + "." + reading.getAttName());
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
