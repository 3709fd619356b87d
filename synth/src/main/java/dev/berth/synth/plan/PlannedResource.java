package dev.berth.synth.plan;

/**
 * One AWS resource the plan needs, with every property decided. Each kind is a record implementing this interface;
 * the record's class is the kind ({@link ResourceId#kind()}), and its one rendering (both targets' spelling side by
 * side) is found by {@code dev.berth.synth.rendering.Renderings}. A kind without a rendering fails the test
 * {@code RenderingsTest}, naming the kind.
 *
 * <p>Convention for "absent" in plan records: a property the target should leave out is {@code null} (documented on
 * the record), a collection that may be empty is empty, never null. The plan never uses {@code Optional} fields or
 * sentinels such as {@code 0} or {@code ""}; renderers write what is there and leave out what is null.
 *
 * <p>A record says nothing of creation order: what it references is ordered before it by the reference itself
 * (planning reads the references of every record), and what else must exist first is decided for the whole plan ({@link CreationOrder}).
 */
public interface PlannedResource {

    ResourceId id();
}
