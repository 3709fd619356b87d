package dev.berth.synth.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The creation order the plan decided: which planned resource must exist before another. A reference already orders
 * a resource after what it refers to, in both targets; planning adds what no reference says (a service waits for its
 * roles' policies, its network path and its listener rule; an internet-facing load balancer for the internet
 * gateway attachment; a service for the VPC endpoints its tasks need). Targets write {@link #dependsOn} as
 * {@code DependsOn} / {@code depends_on}: the decided order minus what references already imply, directly or
 * through a chain of references, so that the files carry no redundant edge.
 *
 * <p>A value, decided once per plan by planning; every list is in the plan's resource order, so output is
 * deterministic.
 */
public final class CreationOrder {

    /** No resource waits for anything but what it references. */
    public static final CreationOrder NONE = new CreationOrder(Map.of(), Map.of());

    private final Map<ResourceId, List<ResourceId>> waitsFor;
    private final Map<ResourceId, List<ResourceId>> dependsOn;

    private CreationOrder(Map<ResourceId, List<ResourceId>> waitsFor, Map<ResourceId, List<ResourceId>> dependsOn) {
        this.waitsFor = waitsFor;
        this.dependsOn = dependsOn;
    }

    /**
     * An order as decided: {@code waitsFor} maps a resource to everything that must exist before it, {@code dependsOn}
     * to the part of that which no reference implies (what targets state).
     *
     * @throws IllegalArgumentException when a resource would depend on something it does not wait for
     */
    public static CreationOrder of(Map<ResourceId, ? extends List<ResourceId>> waitsFor,
                                   Map<ResourceId, ? extends List<ResourceId>> dependsOn) {
        dependsOn.forEach((resource, first) -> {
            List<ResourceId> waits = waitsFor.containsKey(resource) ? waitsFor.get(resource) : List.of();
            if (!waits.containsAll(first)) {
                throw new IllegalArgumentException(resource + " depends on " + first + " but waits only for " + waits);
            }
        });
        return new CreationOrder(copy(waitsFor), copy(dependsOn));
    }

    private static Map<ResourceId, List<ResourceId>> copy(Map<ResourceId, ? extends Collection<ResourceId>> edges) {
        return edges.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** Everything the plan decided must exist before {@code resource}, implied by a reference or not. */
    public List<ResourceId> waitsFor(ResourceId resource) {
        return waitsFor.getOrDefault(resource, List.of());
    }

    /**
     * What a target must state for {@code resource} ({@code DependsOn} / {@code depends_on}): the resources it waits
     * for that none of its references, directly or through a chain of references, already orders before it.
     */
    public List<ResourceId> dependsOn(ResourceId resource) {
        return dependsOn.getOrDefault(resource, List.of());
    }
}
