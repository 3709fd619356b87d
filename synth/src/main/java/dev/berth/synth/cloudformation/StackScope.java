package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.Set;
import java.util.SortedMap;

/**
 * One stack of a split plan: which resources it holds, and how it imports the others from the shared stack,
 * whose name it takes as a parameter so that several copies of the program can live in one region.
 */
final class StackScope {

    /** The parameter of every service stack naming the deployed shared stack. */
    static final String SHARED_STACK_PARAMETER = "SharedStackName";

    private final Set<ResourceId> local;
    private final SortedMap<String, Value.Ref> exports;

    /**
     * @param local   the resources of this stack
     * @param exports collects (by export suffix) what this stack imports, so the shared stack exports it
     */
    StackScope(Set<ResourceId> local, SortedMap<String, Value.Ref> exports) {
        this.local = local;
        this.exports = exports;
    }

    boolean isLocal(ResourceId id) {
        return local.contains(id);
    }

    /** {@code Fn::ImportValue} of {@code <shared stack>:<LogicalId>:<Attribute>}. */
    ObjectNode importValue(Value.Ref ref) {
        String suffix = exportSuffix(ref);
        exports.put(suffix, ref);
        ObjectNode name = Json.object();
        name.put("Fn::Sub", "${" + SHARED_STACK_PARAMETER + "}:" + suffix);
        ObjectNode node = Json.object();
        node.set("Fn::ImportValue", name);
        return node;
    }

    /** A name for the import inside a {@code Fn::Sub} variable map. */
    String importVariable(Value.Ref ref) {
        return "Imported" + CfnKinds.logicalId(ref.target()) + Names.pascal(ref.attribute().name().toLowerCase(
                java.util.Locale.ROOT).replace('_', '-'));
    }

    /** {@code WebHttpsListener:Arn}: the part of the export name after the shared stack's name. */
    static String exportSuffix(Value.Ref ref) {
        return CfnKinds.logicalId(ref.target()) + ":" + Names.pascal(ref.attribute().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
