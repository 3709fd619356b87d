package dev.berth.synth.plan;

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
 * The creation order the plan decides: which planned resource must exist before another. A reference
 * ({@link References}) already orders a resource after what it refers to, in both targets; the plan's rules
 * ({@link CreationOrderRules}) add what no reference says (a service waits for its roles' policies, its network path
 * and its listener rule; an internet-facing load balancer for the internet gateway attachment), and the planners
 * what they know from the program (the VPC endpoints a service's tasks need). Targets write
 * {@link #dependsOn} as {@code DependsOn} / {@code depends_on}: the decided order minus what references already
 * imply, directly or through a chain of references, so that the files carry no redundant edge.
 *
 * <p>Decided once per plan and immutable; every list is in the plan's resource order, so output is deterministic.
 */
public final class CreationOrder {

    private final Map<ResourceId, List<ResourceId>> waitsFor;
    private final Map<ResourceId, List<ResourceId>> dependsOn;

    private CreationOrder(Map<ResourceId, List<ResourceId>> waitsFor, Map<ResourceId, List<ResourceId>> dependsOn) {
        this.waitsFor = waitsFor;
        this.dependsOn = dependsOn;
    }

    /** The order the plan's rules decide for {@code resources}. */
    public static CreationOrder decide(List<PlannedResource> resources) {
        return decide(resources, Map.of());
    }

    /**
     * The order the plan's rules decide for {@code resources}, given what the planners recorded from the program
     * ({@code declared}: a resource to what must exist before it; see {@link PlanBuilder#waitFor}).
     */
    public static CreationOrder decide(List<PlannedResource> resources,
                                       Map<ResourceId, ? extends Collection<ResourceId>> declared) {
        Graph graph = new Graph(resources);
        return of(graph, CreationOrderRules.decide(graph, declared));
    }

    /**
     * A given order: {@code waitsFor} maps a resource to the resources that must exist before it.
     *
     * @throws IllegalStateException when an edge names a resource the plan does not have, or a resource waits for
     *                               itself (a planner bug)
     */
    public static CreationOrder of(List<PlannedResource> resources,
                                   Map<ResourceId, ? extends Collection<ResourceId>> waitsFor) {
        return of(new Graph(resources), waitsFor);
    }

    private static CreationOrder of(Graph graph, Map<ResourceId, ? extends Collection<ResourceId>> decided) {
        Map<ResourceId, List<ResourceId>> waitsFor = new HashMap<>();
        Map<ResourceId, List<ResourceId>> dependsOn = new HashMap<>();
        decided.forEach((resource, first) -> {
            if (!graph.has(resource)) {
                throw new IllegalStateException(resource + " waits for " + first + " but is not in the plan");
            }
            List<ResourceId> sorted = graph.inPlanOrder(first);
            for (ResourceId id : sorted) {
                if (!graph.has(id) || id.equals(resource)) {
                    throw new IllegalStateException(resource + " waits for " + id
                            + (id.equals(resource) ? ", itself" : ", which is not in the plan") + " (a planner bug)");
                }
            }
            if (sorted.isEmpty()) {
                return;
            }
            waitsFor.put(resource, List.copyOf(sorted));
            Set<ResourceId> implied = graph.referencedTransitively(resource);
            List<ResourceId> explicit = sorted.stream().filter(id -> !implied.contains(id)).toList();
            if (!explicit.isEmpty()) {
                dependsOn.put(resource, explicit);
            }
        });
        return new CreationOrder(Map.copyOf(waitsFor), Map.copyOf(dependsOn));
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

    /**
     * The references between a plan's resources, both ways: what the rules read to find, say, the policies of a
     * service's roles, and what orders a resource without any stated dependency.
     */
    static final class Graph {

        private final Map<ResourceId, PlannedResource> byId = new LinkedHashMap<>();
        private final Map<ResourceId, Integer> position = new HashMap<>();
        private final Map<ResourceId, Set<ResourceId>> references = new HashMap<>();
        private final Map<ResourceId, List<PlannedResource>> referrers = new HashMap<>();
        private final Map<ResourceId, Set<ResourceId>> transitive = new HashMap<>();

        Graph(List<PlannedResource> resources) {
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
        <T> List<T> all(Class<T> kind) {
            return byId.values().stream().filter(kind::isInstance).map(kind::cast).toList();
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
}
