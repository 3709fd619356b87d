package dev.berth.synth.plan;

import java.util.List;
import java.util.Objects;

/**
 * The identity of a planned resource: its kind and a name made of the program's names, e.g.
 * {@code (ROLE, [api, task])}. Unique per kind. Renderers derive logical IDs ({@code ApiTaskRole}) and resource
 * addresses ({@code aws_iam_role.api_task}) from it, so names never depend on list positions or content.
 *
 * @param kind the kind of resource
 * @param name one or more name parts, each lower-case letters, digits and hyphens
 */
public record ResourceId(Kind kind, List<String> name) {

    public ResourceId {
        Objects.requireNonNull(kind, "kind");
        name = List.copyOf(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a resource name needs at least one part");
        }
    }

    public static ResourceId of(Kind kind, String... name) {
        return new ResourceId(kind, List.of(name));
    }

    /** A reference to one of this resource's attributes. */
    public Value.Ref attr(Attr attribute) {
        return new Value.Ref(this, attribute);
    }

    @Override
    public String toString() {
        return kind + String.join("/", name);
    }
}
