package dev.berth.synth.plan;

import java.util.List;
import java.util.Objects;

/**
 * The identity of a planned resource: its kind (the plan record's class) and a name made of the program's names,
 * e.g. {@code (Role, [api, task])}. Unique per kind. Renderers derive logical IDs ({@code ApiTaskRole}) and
 * resource addresses ({@code aws_iam_role.api_task}) from it, so names never depend on list positions or content.
 *
 * @param kind the kind of resource: the record class that plans it
 * @param name one or more name parts, each lower-case letters, digits and hyphens
 */
public record ResourceId(Class<? extends PlannedResource> kind, List<String> name) {

    public ResourceId {
        Objects.requireNonNull(kind, "kind");
        name = List.copyOf(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a resource name needs at least one part");
        }
    }

    public static ResourceId of(Class<? extends PlannedResource> kind, String... name) {
        return new ResourceId(kind, List.of(name));
    }

    /** A reference to one of this resource's attributes. */
    public Value.Ref attr(Attr attribute) {
        return new Value.Ref(this, attribute);
    }

    /** The kind's name, e.g. {@code Role}, for messages. */
    public String kindName() {
        return kind.getSimpleName();
    }

    @Override
    public String toString() {
        return kindName() + "/" + String.join("/", name);
    }
}
