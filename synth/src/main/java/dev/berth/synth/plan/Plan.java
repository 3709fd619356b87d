package dev.berth.synth.plan;

import java.util.List;
import java.util.Map;

/**
 * Every AWS resource one program needs, with all decisions made: the input of every renderer.
 *
 * @param name        the application's name (hyphenated); the stack and module are named after it
 * @param description one line describing the deployment
 * @param resources   in a deterministic order: by feature, then by the program's order
 * @param inputs      deploy-time inputs, sorted by name
 * @param outputs     in a deterministic order
 * @param owners      which service's planning created each resource, output and input
 * @param order       which resources must exist before which, and what targets must state of it
 */
public record Plan(String name, String description, List<PlannedResource> resources, List<Input> inputs,
                   List<Output> outputs, Ownership owners, CreationOrder order) {

    /**
     * Which service owns each resource, output and input (absent: shared by the whole program). A resource belongs
     * to the service whose planning created it. Targets that split a deployment (CloudFormation stacks) use it.
     *
     * @param resourceOwners resource to service name
     * @param outputOwners   output name to service name
     * @param inputOwners    input name to service name
     */
    public record Ownership(Map<ResourceId, String> resourceOwners, Map<String, String> outputOwners,
                            Map<String, String> inputOwners) {

        /** Everything shared. */
        public static final Ownership NONE = new Ownership(Map.of(), Map.of(), Map.of());

        public Ownership {
            resourceOwners = Map.copyOf(resourceOwners);
            outputOwners = Map.copyOf(outputOwners);
            inputOwners = Map.copyOf(inputOwners);
        }

        /** The service that owns a resource; null when it is shared. */
        public String ofResource(ResourceId id) {
            return resourceOwners.get(id);
        }

        /** The service that owns an output; null when it is shared. */
        public String ofOutput(String outputName) {
            return outputOwners.get(outputName);
        }

        /** The service that owns an input; null when it is shared. */
        public String ofInput(String inputName) {
            return inputOwners.get(inputName);
        }
    }

    public Plan {
        java.util.Objects.requireNonNull(order, "order");
        resources = List.copyOf(resources);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
