package dev.berth.synth.planning;

import dev.berth.Hardening;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what the feature planners decide, in the order they decide it. A builder made with
 * {@link #ownedBy(String)} adds to the same plan and records that what it adds belongs to one service; the
 * builder itself holds no mutable "current owner".
 */
public final class PlanBuilder {

    /** What every view of one plan adds to. */
    private static final class Collected {
        final List<PlannedResource> resources = new ArrayList<>();
        final List<Input> inputs = new ArrayList<>();
        final List<Output> outputs = new ArrayList<>();
        final Map<ResourceId, String> resourceOwners = new HashMap<>();
        final Map<String, String> outputOwners = new HashMap<>();
        final Map<String, String> inputOwners = new HashMap<>();
        final Map<ResourceId, Set<ResourceId>> waitsFor = new LinkedHashMap<>();
    }

    private final String name;
    private final Map<String, String> applicationTags;
    private final Collected collected;
    /** The service whose planning adds through this builder; null for shared resources. */
    private final String owner;
    private final Hardening hardening;

    public PlanBuilder(String name, Map<String, String> applicationTags, Hardening hardening) {
        this(name, Map.copyOf(applicationTags), new Collected(), null, hardening);
    }

    private PlanBuilder(String name, Map<String, String> applicationTags, Collected collected, String owner,
                        Hardening hardening) {
        this.name = name;
        this.applicationTags = applicationTags;
        this.collected = collected;
        this.owner = owner;
        this.hardening = hardening;
    }

    /** A builder of the same plan whose additions belong to the service {@code service}. */
    public PlanBuilder ownedBy(String service) {
        return new PlanBuilder(name, applicationTags, collected, service, hardening);
    }

    /**
     * A builder of the same plan whose additions belong to no service (shared), for what a service plans but other
     * services' resources refer to: CloudFormation's service stacks refer only to the shared stack.
     */
    public PlanBuilder shared() {
        return new PlanBuilder(name, applicationTags, collected, null, hardening);
    }

    public String applicationName() {
        return name;
    }

    /** The program's security profile, which some planners' defaults follow. */
    public Hardening hardening() {
        return hardening;
    }

    public <T extends PlannedResource> T add(T resource) {
        collected.resources.add(resource);
        if (owner != null) {
            collected.resourceOwners.put(resource.id(), owner);
        }
        return resource;
    }

    /**
     * Records that {@code first} must exist before {@code resource} although nothing says so in the plan's records
     * (a planner knows it from the program, e.g. which VPC endpoints a service's tasks need); the plan's creation
     * order ({@link CreationOrders}) adds it to what its rules decide.
     */
    public void waitFor(ResourceId resource, Collection<ResourceId> first) {
        if (!first.isEmpty()) {
            collected.waitsFor.computeIfAbsent(resource, r -> new LinkedHashSet<>()).addAll(first);
        }
    }

    public void input(Input input) {
        collected.inputs.add(input);
        if (owner != null) {
            collected.inputOwners.put(input.name(), owner);
        }
    }

    public void output(String outputName, String description, Value value) {
        collected.outputs.add(new Output(outputName, description, value));
        if (owner != null) {
            collected.outputOwners.put(outputName, owner);
        }
    }

    /** The application's tags, sorted; unmodifiable. */
    public Map<String, String> tags() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(applicationTags));
    }

    /** The application's tags plus a {@code Name} tag {@code <application>-<suffix>} (the console shows it). */
    public Map<String, String> tagsNamed(String suffix) {
        TreeMap<String, String> tags = new TreeMap<>(applicationTags);
        tags.putIfAbsent("Name", name + "-" + suffix);
        return Collections.unmodifiableSortedMap(tags);
    }

    public Plan build(String description) {
        List<Input> sortedInputs = new ArrayList<>(collected.inputs);
        sortedInputs.sort(Comparator.comparing(Input::name));
        return new Plan(name, description, collected.resources, sortedInputs, collected.outputs,
                new Plan.Ownership(collected.resourceOwners, collected.outputOwners, collected.inputOwners),
                CreationOrders.decide(collected.resources, collected.waitsFor));
    }
}
