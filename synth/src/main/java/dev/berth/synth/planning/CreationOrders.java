package dev.berth.synth.planning;

import dev.berth.synth.plan.CreationOrder;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a plan's {@link CreationOrder}: a reference ({@link References}) already orders a resource after what it
 * refers to, in both targets; the plan's rules ({@link CreationOrderRules}) add what no reference says, and the
 * planners what they know from the program (the VPC endpoints a service's tasks need, {@link PlanBuilder#waitFor}).
 * What targets must state ({@link CreationOrder#dependsOn}) is the decided order minus what references already
 * imply, directly or through a chain of references.
 */
public final class CreationOrders {

    private CreationOrders() {
    }

    /** The order the plan's rules decide for {@code resources}. */
    public static CreationOrder decide(List<PlannedResource> resources) {
        return decide(resources, Map.of());
    }

    /**
     * The order the plan's rules decide for {@code resources}, given what the planners recorded from the program
     * ({@code declared}: a resource to what must exist before it).
     */
    public static CreationOrder decide(List<PlannedResource> resources,
                                       Map<ResourceId, ? extends Collection<ResourceId>> declared) {
        ReferenceGraph graph = new ReferenceGraph(resources);
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
        return of(new ReferenceGraph(resources), waitsFor);
    }

    private static CreationOrder of(ReferenceGraph graph, Map<ResourceId, ? extends Collection<ResourceId>> decided) {
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
            waitsFor.put(resource, sorted);
            Set<ResourceId> implied = graph.referencedTransitively(resource);
            List<ResourceId> explicit = sorted.stream().filter(id -> !implied.contains(id)).toList();
            if (!explicit.isEmpty()) {
                dependsOn.put(resource, explicit);
            }
        });
        return CreationOrder.of(waitsFor, dependsOn);
    }
}
