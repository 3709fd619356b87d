package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.LaunchType;
import dev.berth.service.Service;
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;
import dev.berth.task.TaskDefinition;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task definition as a whole: launch compatibility, size, and what its containers share.
 *
 * <ul>
 *   <li>{@code FARGATE_NETWORK_MODE}: a Fargate-compatible task definition does not use awsvpc, the only network
 *       mode Fargate supports.</li>
 *   <li>{@code FARGATE_CPU_MEMORY}: a Fargate task's cpu is not 256-16384, or its memory is not one Fargate offers
 *       for that cpu.</li>
 *   <li>{@code LAUNCH_TYPE_COMPATIBILITY}: the service's launch type or capacity providers need a compatibility
 *       (FARGATE or EC2) the task definition does not declare.</li>
 *   <li>{@code CONTAINER_COUNT}: no container, or more than 10 (the ECS limit per task definition).</li>
 *   <li>{@code NO_ESSENTIAL_CONTAINER}: no container is essential; ECS requires at least one.</li>
 *   <li>{@code CONTAINER_RESOURCES}: container cpu or memory is negative, a hard memory limit is below 6 MiB or
 *       below its reservation, the containers together reserve more cpu or memory than the task has, or (without
 *       task memory) a container has neither memory nor a reservation.</li>
 *   <li>{@code DUPLICATE_PORT}: two port mappings claim the same port: in awsvpc and host mode the containers of a
 *       task share one network namespace; in bridge mode host ports must differ.</li>
 * </ul>
 */
final class TaskDefinitionRules {

    /** Fargate's supported memory (MiB) for each cpu (units), in order. */
    static final Map<Integer, List<Integer>> FARGATE_MEMORY = fargateMemory();

    private TaskDefinitionRules() {
    }

    private static Map<Integer, List<Integer>> fargateMemory() {
        Map<Integer, List<Integer>> m = new LinkedHashMap<>();
        m.put(256, List.of(512, 1024, 2048));
        m.put(512, Values.range(1024, 4096, 1024));
        m.put(1024, Values.range(2048, 8192, 1024));
        m.put(2048, Values.range(4096, 16384, 1024));
        m.put(4096, Values.range(8192, 30720, 1024));
        m.put(8192, Values.range(16384, 61440, 4096));
        m.put(16384, Values.range(32768, 122880, 8192));
        return java.util.Collections.unmodifiableMap(m);
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            TaskDefinition task = s.task();
            String path = Paths.task(s);
            if (task.requiresFargate()) {
                if (task.networkMode() != NetworkMode.AWSVPC) {
                    report.add(Rule.FARGATE_NETWORK_MODE, path + ".networkMode", "The task definition is Fargate"
                                    + " compatible but uses the " + task.networkMode().value() + " network mode;"
                                    + " Fargate supports only the awsvpc network mode.",
                            "Use NetworkMode.AWSVPC (the default), or drop FARGATE from the compatibilities.");
                }
                fargateSize(report, path, task);
            }
            compatibility(report, app, s);
            containers(report, s);
        }
        return report.diagnostics();
    }

    private static void fargateSize(Report report, String path, TaskDefinition task) {
        List<Integer> memories = FARGATE_MEMORY.get(task.cpu());
        if (memories == null) {
            report.add(Rule.FARGATE_CPU_MEMORY, path + ".cpu", "The task cpu " + task.cpu() + " is not a Fargate"
                            + " size; Fargate supports cpu " + Values.join(FARGATE_MEMORY.keySet()) + ".",
                    "Set cpu to one of these" + cpusFor(task.memory(), "; for " + task.memory() + " MiB use cpu ")
                            + ".");
        } else if (!memories.contains(task.memory())) {
            report.add(Rule.FARGATE_CPU_MEMORY, path + ".memory", "The task memory " + task.memory() + " MiB is"
                            + " not supported by Fargate with cpu " + task.cpu() + "; valid memory values for cpu "
                            + task.cpu() + " are " + Values.join(memories) + " MiB.",
                    "Set memory to one of these" + cpusFor(task.memory(), ", or keep " + task.memory()
                            + " MiB with cpu ") + ".");
        }
    }

    /** {@code lead} and the cpu values that support {@code memory}, or nothing when none does. */
    private static String cpusFor(int memory, String lead) {
        List<Integer> cpus = FARGATE_MEMORY.entrySet().stream().filter(e -> e.getValue().contains(memory))
                .map(Map.Entry::getKey).toList();
        return cpus.isEmpty() ? "" : lead + String.join(" or ", cpus.stream().map(String::valueOf).toList());
    }

    private static void compatibility(Report report, Application app, Service s) {
        TaskDefinition task = s.task();
        List<CapacityProviderStrategyItem> strategy = s.capacityProviderStrategy();
        if (strategy.isEmpty()) {
            Compatibility needed = s.launchType() == LaunchType.FARGATE ? Compatibility.FARGATE
                    : s.launchType() == LaunchType.EXTERNAL ? Compatibility.EXTERNAL : Compatibility.EC2;
            if (!task.compatibilities().contains(needed)) {
                report.add(Rule.LAUNCH_TYPE_COMPATIBILITY, Paths.service(s) + ".launchType", "The service uses the "
                                + s.launchType() + " launch type, but its task definition is compatible with "
                                + describe(task) + "; ECS places a task only on a launch type its task definition"
                                + " requires compatibility with.",
                        "Add " + needed + " to the task's compatibilities, or change the launch type.");
            }
            return;
        }
        for (int i = 0; i < strategy.size(); i++) {
            CapacityProviderStrategyItem item = strategy.get(i);
            if (ManagedInstancesRules.clusterOf(app, s).filter(c -> c.isManagedInstances(item.provider())).isPresent()) {
                continue; // MANAGED_INSTANCES_COMPATIBILITY
            }
            Compatibility needed = item.isFargate() ? Compatibility.FARGATE : Compatibility.EC2;
            if (!task.compatibilities().contains(needed)) {
                report.add(Rule.LAUNCH_TYPE_COMPATIBILITY, Paths.service(s) + ".capacityProviderStrategy[" + i + "]",
                        "The capacity provider " + item.provider() + " runs tasks on " + needed + ", but the task"
                                + " definition is compatible with " + describe(task) + ".",
                        "Add " + needed + " to the task's compatibilities, or use another provider.");
                return;
            }
        }
    }

    private static String describe(TaskDefinition task) {
        return task.compatibilities().isEmpty() ? "no launch type" : Values.join(task.compatibilities().stream()
                .map(Enum::name).sorted().toList());
    }

    private static void containers(Report report, Service s) {
        TaskDefinition task = s.task();
        String path = Paths.task(s);
        List<Container> containers = task.containers();
        if (containers.isEmpty() || containers.size() > 10) {
            report.add(Rule.CONTAINER_COUNT, path, "The task definition has " + containers.size()
                            + " containers; ECS requires 1 to 10 containers per task definition.",
                    containers.isEmpty() ? "Add a container: t.container(\"app\", c -> c.image(...))."
                            : "Split the containers across several services.");
        }
        if (!containers.isEmpty() && containers.stream().noneMatch(Container::essential)) {
            report.add(Rule.NO_ESSENTIAL_CONTAINER, path, "No container of the task is essential; ECS requires at"
                            + " least one essential container per task definition.",
                    "Mark the main container essential (the default).");
        }
        resources(report, s);
        ports(report, s);
    }

    private static void resources(Report report, Service s) {
        TaskDefinition task = s.task();
        String path = Paths.task(s);
        int cpu = 0;
        int memory = 0;
        int reservation = 0;
        for (Container c : task.containers()) {
            String at = Paths.container(s, c);
            if (c.cpu() < 0 || c.memory() < 0 || c.memoryReservation() < 0) {
                report.add(Rule.CONTAINER_RESOURCES, at, "The container's cpu, memory or memoryReservation is"
                        + " negative.", "Use 0 (none) or a positive value.");
                continue;
            }
            cpu += c.cpu();
            memory += c.memory();
            reservation += c.memoryReservation();
            if (c.memory() > 0 && c.memory() < 6) {
                report.add(Rule.CONTAINER_RESOURCES, at + ".memory", "The container's memory limit is "
                        + c.memory() + " MiB; Docker requires at least 6 MiB.", "Raise the limit, e.g. to 128 MiB.");
            } else if (c.memory() > 0 && c.memoryReservation() > c.memory()) {
                report.add(Rule.CONTAINER_RESOURCES, at + ".memoryReservation", "The container's memory reservation ("
                                + c.memoryReservation() + " MiB) exceeds its hard limit (" + c.memory() + " MiB); ECS"
                                + " requires the reservation to be less than the limit.",
                        "Lower memoryReservation or raise memory.");
            }
            if (task.memory() <= 0 && c.memory() == 0 && c.memoryReservation() == 0) {
                report.add(Rule.CONTAINER_RESOURCES, at, "Neither the task nor the container sets memory; ECS"
                        + " requires memory or memoryReservation on each container when the task has none.",
                        "Set the task memory, or the container's memory or memoryReservation.");
            }
        }
        if (task.cpu() > 0 && cpu > task.cpu()) {
            report.add(Rule.CONTAINER_RESOURCES, path + ".cpu", "The containers reserve " + cpu + " cpu units,"
                            + " more than the task's " + task.cpu() + "; ECS rejects container cpu above task cpu.",
                    "Lower the containers' cpu or raise the task cpu.");
        }
        if (task.memory() > 0 && memory > task.memory()) {
            report.add(Rule.CONTAINER_RESOURCES, path + ".memory", "The containers' memory limits add up to "
                            + memory + " MiB, more than the task's " + task.memory() + " MiB; ECS rejects container"
                            + " memory above task memory.",
                    "Lower the containers' memory or raise the task memory.");
        } else if (task.memory() > 0 && reservation > task.memory()) {
            report.add(Rule.CONTAINER_RESOURCES, path + ".memory", "The containers' memory reservations add up to "
                            + reservation + " MiB, more than the task's " + task.memory() + " MiB.",
                    "Lower the reservations or raise the task memory.");
        }
    }

    private static void ports(Report report, Service s) {
        TaskDefinition task = s.task();
        boolean sharedNamespace = task.networkMode() != NetworkMode.BRIDGE;
        Map<String, String> taken = new HashMap<>();
        for (Container c : task.containers()) {
            Map<String, String> inContainer = new HashMap<>();
            List<PortMapping> mappings = c.portMappings();
            for (int i = 0; i < mappings.size(); i++) {
                PortMapping m = mappings.get(i);
                String at = Paths.container(s, c) + ".portMappings[" + i + "]";
                String key = m.containerPort() + "/" + m.protocol().value();
                String first = (sharedNamespace ? taken : inContainer).putIfAbsent(key, at);
                if (first != null) {
                    report.add(Rule.DUPLICATE_PORT, at, "Port " + key + " is already mapped at " + first + "."
                                    + (sharedNamespace ? " In " + task.networkMode().value() + " mode all containers"
                                    + " of a task share one network namespace, so a port can be mapped once." : ""),
                            "Remove the duplicate mapping or use another port.");
                    continue;
                }
                if (!sharedNamespace && m.hostPort() > 0) {
                    String hostKey = "host " + m.hostPort() + "/" + m.protocol().value();
                    String firstHost = taken.putIfAbsent(hostKey, at);
                    if (firstHost != null) {
                        report.add(Rule.DUPLICATE_PORT, at, "Host port " + m.hostPort() + " is already mapped at "
                                        + firstHost + "; one host port serves one container.",
                                "Use another host port, or 0 for a dynamic one.");
                    }
                }
            }
        }
    }
}
