package dev.berth.synth.plan;

import dev.berth.StackLayout;

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
 * @param stacks      who owns what, for targets that split the deployment into stacks
 */
public record Plan(String name, String description, List<PlannedResource> resources, List<Input> inputs,
                   List<Output> outputs, Ownership stacks) {

    /**
     * Which service owns each resource, output and input (absent: shared by the whole program), and the stack
     * group of each service. A resource belongs to the service whose planning created it.
     *
     * @param layout            the program's stack layout
     * @param resourceOwners    resource to service name
     * @param outputOwners      output name to service name
     * @param inputOwners       input name to service name
     * @param stackGroups       service name to its stack group
     */
    public record Ownership(StackLayout layout, Map<ResourceId, String> resourceOwners,
                            Map<String, String> outputOwners, Map<String, String> inputOwners,
                            Map<String, String> stackGroups) {

        public static final Ownership SINGLE = new Ownership(StackLayout.SINGLE, Map.of(), Map.of(), Map.of(),
                Map.of());

        public Ownership {
            resourceOwners = Map.copyOf(resourceOwners);
            outputOwners = Map.copyOf(outputOwners);
            inputOwners = Map.copyOf(inputOwners);
            stackGroups = Map.copyOf(stackGroups);
        }

        /** The stack group of a resource's owner; empty for shared resources. */
        public String groupOfResource(ResourceId id) {
            return groupOf(resourceOwners.get(id));
        }

        public String groupOfOutput(String outputName) {
            return groupOf(outputOwners.get(outputName));
        }

        public String groupOfInput(String inputName) {
            return groupOf(inputOwners.get(inputName));
        }

        private String groupOf(String service) {
            return service == null ? "" : stackGroups.getOrDefault(service, service);
        }
    }

    public Plan {
        resources = List.copyOf(resources);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** A plan whose every resource is shared (one stack). */
    public Plan(String name, String description, List<PlannedResource> resources, List<Input> inputs,
                List<Output> outputs) {
        this(name, description, resources, inputs, outputs, Ownership.SINGLE);
    }
}
