package dev.berth.synth.cloudformation;

import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.rendering.Renderings;

/** Logical IDs: the pascal-cased plan name and the kind's suffix, e.g. {@code ApiTaskRole}. */
final class CfnNames {

    private CfnNames() {
    }

    static String logicalId(ResourceId id) {
        return Names.pascal(id.name()) + Renderings.of(id.kind()).cloudFormation().logicalIdSuffix();
    }

    static String type(ResourceId id) {
        return Renderings.of(id.kind()).cloudFormation().type();
    }
}
