package dev.berth.synth.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects what the feature planners decide, in the order they decide it. */
public final class PlanBuilder {

    private final String name;
    private final Map<String, String> applicationTags;
    private final List<PlannedResource> resources = new ArrayList<>();
    private final List<Input> inputs = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final Map<ResourceId, String> resourceOwners = new java.util.HashMap<>();
    private final Map<String, String> outputOwners = new java.util.HashMap<>();
    private final Map<String, String> inputOwners = new java.util.HashMap<>();
    private final Map<String, String> stackGroups = new java.util.HashMap<>();
    private String owner = "";

    public PlanBuilder(String name, Map<String, String> applicationTags) {
        this.name = name;
        this.applicationTags = Map.copyOf(applicationTags);
    }

    public String applicationName() {
        return name;
    }

    public <T extends PlannedResource> T add(T resource) {
        resources.add(resource);
        if (!owner.isEmpty()) {
            resourceOwners.put(resource.id(), owner);
        }
        return resource;
    }

    public void input(Input input) {
        inputs.add(input);
        if (!owner.isEmpty()) {
            inputOwners.put(input.name(), owner);
        }
    }

    public void output(String outputName, String description, Value value) {
        outputs.add(new Output(outputName, description, value));
        if (!owner.isEmpty()) {
            outputOwners.put(outputName, owner);
        }
    }

    /** Everything added while {@code planning} runs belongs to the service {@code service} (stack group given). */
    public void ownedBy(String service, String stackGroup, Runnable planning) {
        owner = service;
        stackGroups.put(service, stackGroup);
        try {
            planning.run();
        } finally {
            owner = "";
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

    public Plan build(String description, dev.berth.StackLayout layout) {
        List<Input> sortedInputs = new ArrayList<>(inputs);
        sortedInputs.sort(Comparator.comparing(Input::name));
        return new Plan(name, description, resources, sortedInputs, outputs,
                new Plan.Ownership(layout, resourceOwners, outputOwners, inputOwners, stackGroups));
    }
}
