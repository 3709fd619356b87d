package dev.berth.synth.planning;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The references between a plan's resources ({@link References}), both ways: what the creation-order rules read to
 * find, say, the policies of a service's roles, and what orders a resource without any stated dependency.
 */
final class ReferenceGraph {

    private final Map<ResourceId, PlannedResource> byId = new LinkedHashMap<>();
    private final Map<ResourceId, Integer> position = new HashMap<>();
    private final Map<ResourceId, Set<ResourceId>> references = new HashMap<>();
    private final Map<ResourceId, List<PlannedResource>> referrers = new HashMap<>();
    private final Map<ResourceId, Set<ResourceId>> transitive = new HashMap<>();
    /** {@link #all} by kind: the rules ask for the same kinds once per service (linear, not quadratic, in services). */
    private final Map<Class<?>, List<?>> byKind = new HashMap<>();

    ReferenceGraph(List<PlannedResource> resources) {
        for (PlannedResource r : resources) {
            byId.put(r.id(), r);
            position.put(r.id(), position.size());
        }
        for (PlannedResource r : resources) {
            Set<ResourceId> refs = References.of(r);
            references.put(r.id(), refs);
            refs.forEach(target -> referrers.computeIfAbsent(target, t -> new ArrayList<>()).add(r));
        }
    }

    boolean has(ResourceId id) {
        return byId.containsKey(id);
    }

    Collection<PlannedResource> resources() {
        return byId.values();
    }

    /** The resources of one kind (or of a kind that extends or implements it), in plan order. */
    @SuppressWarnings("unchecked")
    <T> List<T> all(Class<T> kind) {
        return (List<T>) byKind.computeIfAbsent(kind, k -> byId.values().stream().filter(kind::isInstance)
                .map(kind::cast).toList());
    }

    /** The resources of {@code kind} that {@code resource} refers to. */
    <T> List<T> referencedBy(PlannedResource resource, Class<T> kind) {
        return references.getOrDefault(resource.id(), Set.of()).stream().map(byId::get)
                .filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The resources of {@code kind} that refer to {@code resource}. */
    <T> List<T> referring(PlannedResource resource, Class<T> kind) {
        return referrers.getOrDefault(resource.id(), List.of()).stream()
                .filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Every resource that {@code resource} refers to, or that those refer to, and so on. */
    Set<ResourceId> referencedTransitively(ResourceId resource) {
        Set<ResourceId> known = transitive.get(resource);
        if (known != null) {
            return known;
        }
        Set<ResourceId> seen = new HashSet<>();
        Deque<ResourceId> todo = new ArrayDeque<>(references.getOrDefault(resource, Set.of()));
        while (!todo.isEmpty()) {
            ResourceId next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(references.getOrDefault(next, Set.of()));
            }
        }
        transitive.put(resource, seen);
        return seen;
    }

    /** Without duplicates, in the plan's order (unknown IDs last, for the caller to report). */
    List<ResourceId> inPlanOrder(Collection<ResourceId> ids) {
        List<ResourceId> sorted = new ArrayList<>(new LinkedHashSet<>(ids));
        sorted.sort(Comparator.comparing(id -> position.getOrDefault(id, Integer.MAX_VALUE)));
        return sorted;
    }
}
