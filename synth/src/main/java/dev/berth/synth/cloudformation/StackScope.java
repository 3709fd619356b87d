package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which resources a template holds, and how it imports the others: from the shared stack, through exports named
 * {@code <shared stack>:<LogicalId>:<Attribute>}, the shared stack's name being a parameter so that several copies
 * of the program can live in one region. Immutable: the shared stack's exports are derived from the service stacks'
 * templates afterwards ({@link StackSplitter}), not collected while rendering.
 */
final class StackScope {

    /** The parameter of every service stack naming the deployed shared stack. */
    static final String SHARED_STACK_PARAMETER = "SharedStackName";

    /** One template holding the whole plan: nothing is imported. */
    static final StackScope WHOLE_PLAN = new StackScope(id -> true);

    private final Predicate<ResourceId> local;

    private StackScope(Predicate<ResourceId> local) {
        this.local = local;
    }

    /** A stack holding exactly {@code resources}. */
    static StackScope of(Set<ResourceId> resources) {
        Set<ResourceId> copy = Set.copyOf(resources);
        return new StackScope(copy::contains);
    }

    boolean isLocal(ResourceId id) {
        return local.test(id);
    }

    /** {@code Fn::ImportValue} of {@code <shared stack>:<LogicalId>:<Attribute>}. */
    ObjectNode importValue(Value.Ref ref) {
        ObjectNode name = Json.object();
        name.put("Fn::Sub", "${" + SHARED_STACK_PARAMETER + "}:" + exportSuffix(ref));
        ObjectNode node = Json.object();
        node.set("Fn::ImportValue", name);
        return node;
    }

    /** A name for the import inside a {@code Fn::Sub} variable map. */
    String importVariable(Value.Ref ref) {
        return "Imported" + CfnNames.logicalId(ref.target()) + attributeName(ref);
    }

    /** {@code WebHttpsListener:Arn}: the part of the export name after the shared stack's name. */
    static String exportSuffix(Value.Ref ref) {
        return CfnNames.logicalId(ref.target()) + ":" + attributeName(ref);
    }

    private static String attributeName(Value.Ref ref) {
        return Names.pascal(ref.attribute().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
