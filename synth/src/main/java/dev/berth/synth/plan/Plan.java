package dev.berth.synth.plan;

import java.util.List;

/**
 * Every AWS resource one program needs, with all decisions made: the input of every renderer.
 *
 * @param name        the application's name (hyphenated); the stack and module are named after it
 * @param description one line describing the deployment
 * @param resources   in a deterministic order: by feature, then by the program's order
 * @param inputs      deploy-time inputs, sorted by name
 * @param outputs     in a deterministic order
 */
public record Plan(String name, String description, List<PlannedResource> resources, List<Input> inputs,
                   List<Output> outputs) {

    public Plan {
        resources = List.copyOf(resources);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** How many resources of each kind, for summaries. */
    public long count(Kind kind) {
        return resources.stream().filter(r -> r.id().kind() == kind).count();
    }
}
