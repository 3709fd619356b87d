package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.placement.PlacementConstraint;
import dev.berth.placement.PlacementStrategy;
import dev.berth.service.LaunchType;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task placement on EC2 and Managed Instances, the DAEMON scheduling strategy, GPUs, and host ports.
 *
 * <ul>
 *   <li>{@code PLACEMENT_ON_FARGATE}: placement strategies or constraints on a service (or constraints on a task
 *       definition) that runs on Fargate, which places tasks itself and rejects both.</li>
 *   <li>{@code PLACEMENT_STRATEGY}: more than 5 strategies (the ECS limit), or a strategy whose field its type does
 *       not take: binpack on {@code cpu} or {@code memory}, spread on {@code instanceId}, {@code host} or
 *       {@code attribute:<name>}, random on nothing.</li>
 *   <li>{@code PLACEMENT_STRATEGY_MANAGED_INSTANCES} (warning): placement strategies on a service on Managed
 *       Instances, which place tasks with their own algorithm (spread across Availability Zones, then bin packing;
 *       Amazon ECS Developer Guide, "Amazon ECS Managed Instances auto scaling and task placement").</li>
 *   <li>{@code PLACEMENT_EXPRESSION}: a {@code memberOf} constraint whose cluster query language expression is
 *       missing, longer than 2000 characters or malformed (the message names the first error), a
 *       {@code distinctInstance} with an expression, an unknown constraint type, a task definition constraint other
 *       than memberOf, or more than 10 constraints for a task (ECS's limit).</li>
 *   <li>{@code DAEMON_ON_FARGATE}: a DAEMON service on Fargate ("Fargate tasks don't support the DAEMON scheduling
 *       strategy", Amazon ECS API Reference, Service).</li>
 *   <li>{@code DAEMON_CAPACITY_PROVIDER}: a DAEMON service with a capacity provider strategy; the daemon scheduler
 *       places one task on every container instance of the cluster and takes a launch type instead.</li>
 *   <li>{@code DAEMON_AUTO_SCALING}: a DAEMON service with auto scaling; it has no desired count to scale.</li>
 *   <li>{@code DAEMON_PLACEMENT_STRATEGY}: a DAEMON service with placement strategies, which ECS does not apply to
 *       daemons (constraints choose the instances).</li>
 *   <li>{@code GPU_COUNT}: a container asks for a negative number of GPUs.</li>
 *   <li>{@code GPU_ON_FARGATE}: a container asks for GPUs in a task that runs on Fargate or is Fargate-compatible;
 *       Fargate has no GPUs.</li>
 *   <li>{@code ELASTIC_INFERENCE_RETIRED}: a container asks for an Elastic Inference accelerator; AWS retired
 *       Elastic Inference (closed to new customers in April 2023, end of life in April 2024) and the Terraform AWS
 *       provider 6 no longer has {@code inference_accelerator}.</li>
 *   <li>{@code PUBLIC_IP_OFF_FARGATE}: {@code assignPublicIp} on a service that does not run on Fargate; ECS gives
 *       a public IP only to the network interfaces of Fargate tasks (awsvpc tasks on EC2 instances or Managed
 *       Instances get private addresses only, and reach the internet through NAT or VPC endpoints).</li>
 *   <li>{@code HOST_PORT_COLLISION} (warning): in the host network mode a container port is a port of the instance,
 *       so a replica service with more than one task and no {@code distinctInstance} constraint, or two services of
 *       one cluster using the same host port, cannot put two such tasks on one instance; ECS then leaves tasks
 *       PENDING until there are enough instances.</li>
 * </ul>
 */
final class PlacementRules {

    private static final int MAX_STRATEGIES = 5;
    private static final int MAX_CONSTRAINTS = 10;
    private static final int MAX_EXPRESSION = 2000;

    private PlacementRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            boolean fargate = runsOnFargate(s);
            boolean managed = ManagedInstancesRules.runsOnManagedInstances(app, s);
            placement(report, s, fargate, managed);
            // a strategy mixing Fargate with other providers is CAPACITY_PROVIDER_MIX's
            if (!fargate && s.assignPublicIp()
                    && s.capacityProviderStrategy().stream().noneMatch(CapacityProviderStrategyItem::isFargate)) {
                report.add(Rule.PUBLIC_IP_OFF_FARGATE, Paths.service(s) + ".assignPublicIp", "The service does not"
                                + " run on Fargate but asks for public IPs; ECS assigns public IPs only to Fargate"
                                + " tasks' network interfaces.",
                        "Remove assignPublicIp and run the tasks in private subnets with NAT or VPC endpoints.");
            }
            daemon(report, s, fargate);
            gpus(report, s, fargate);
        }
        hostPorts(report, app);
        return report.diagnostics();
    }

    /** Whether the service's tasks run on Fargate: its launch type, or a strategy of Fargate providers only. */
    static boolean runsOnFargate(Service s) {
        return s.capacityProviderStrategy().isEmpty() ? s.launchType() == LaunchType.FARGATE
                : s.capacityProviderStrategy().stream().allMatch(CapacityProviderStrategyItem::isFargate);
    }

    private static void placement(Report report, Service s, boolean fargate, boolean managed) {
        String path = Paths.service(s);
        if (fargate && (!s.placementStrategies().isEmpty() || !s.placementConstraints().isEmpty())) {
            report.add(Rule.PLACEMENT_ON_FARGATE, path + ".placement", "The service runs on Fargate and has placement"
                            + " strategies or constraints; Fargate places every task on its own compute and rejects"
                            + " both.",
                    "Remove them, or run the service on EC2 (launchType EC2 or an EC2 capacity provider).");
        }
        if ((fargate || s.task().requiresFargate()) && !s.task().placementConstraints().isEmpty()) {
            report.add(Rule.PLACEMENT_ON_FARGATE, Paths.task(s) + ".placementConstraints", "The task definition is"
                            + " Fargate-compatible or runs on Fargate and has placement constraints; ECS rejects"
                            + " placement constraints for Fargate tasks.",
                    "Remove them, or drop FARGATE from the task's compatibilities and run it on EC2.");
        }
        List<PlacementStrategy> strategies = s.placementStrategies();
        if (strategies.size() > MAX_STRATEGIES) {
            report.add(Rule.PLACEMENT_STRATEGY, path + ".placementStrategies", "The service has "
                    + strategies.size() + " placement strategies; ECS accepts up to 5.", "Keep the 5 that matter.");
        }
        for (int i = 0; i < strategies.size(); i++) {
            String problem = strategyProblem(strategies.get(i));
            if (problem != null) {
                report.add(Rule.PLACEMENT_STRATEGY, path + ".placementStrategies[" + i + "]", problem,
                        "Use the PlacementStrategy factories, e.g. spreadAcrossZones() or binpackMemory().");
            }
        }
        if (managed && !strategies.isEmpty()) {
            report.add(Rule.PLACEMENT_STRATEGY_MANAGED_INSTANCES, path + ".placementStrategies", "The service runs on"
                            + " ECS Managed Instances, which place tasks with their own algorithm (spread across"
                            + " Availability Zones first, then bin packing), not with placement strategies.",
                    "Remove the strategies; to bin pack, give the service a single subnet.");
        }
        List<PlacementConstraint> constraints = s.placementConstraints();
        for (int i = 0; i < constraints.size(); i++) {
            constraint(report, path + ".placementConstraints[" + i + "]", constraints.get(i), true);
        }
        List<PlacementConstraint> taskConstraints = s.task().placementConstraints();
        for (int i = 0; i < taskConstraints.size(); i++) {
            constraint(report, Paths.task(s) + ".placementConstraints[" + i + "]", taskConstraints.get(i), false);
        }
        if (constraints.size() + taskConstraints.size() > MAX_CONSTRAINTS) {
            report.add(Rule.PLACEMENT_EXPRESSION, path + ".placementConstraints", "The service and its task"
                    + " definition have " + (constraints.size() + taskConstraints.size()) + " placement constraints;"
                    + " ECS accepts up to 10 per task.", "Combine memberOf expressions with and/or.");
        }
    }

    private static String strategyProblem(PlacementStrategy p) {
        return switch (p.type()) {
            case "binpack" -> Set.of("cpu", "memory").contains(p.field()) ? null : "A binpack strategy packs on cpu"
                    + " or memory, not on " + Values.quoted(p.field()) + ".";
            case "spread" -> p.field().equals("instanceId") || p.field().equals("host")
                    || p.field().startsWith("attribute:") && p.field().length() > 10 ? null
                    : "A spread strategy spreads on instanceId, host or attribute:<name>, not on "
                    + Values.quoted(p.field()) + ".";
            case "random" -> p.field().isEmpty() ? null : "A random strategy takes no field ("
                    + Values.quoted(p.field()) + " given).";
            default -> "The placement strategy type " + Values.quoted(p.type()) + " is not one ECS has (binpack,"
                    + " random, spread).";
        };
    }

    private static void constraint(Report report, String path, PlacementConstraint c, boolean onService) {
        String fix = "Write it as the cluster query language documents, e.g. attribute:ecs.instance-type =~ g5.*";
        switch (c.type()) {
            case "distinctInstance" -> {
                if (!onService) {
                    report.add(Rule.PLACEMENT_EXPRESSION, path, "A task definition takes only memberOf constraints;"
                            + " ECS accepts distinctInstance on services.", "Move distinctInstance to the service.");
                } else if (!c.expression().isEmpty()) {
                    report.add(Rule.PLACEMENT_EXPRESSION, path, "A distinctInstance constraint takes no expression ("
                            + Values.quoted(c.expression()) + " given).", "Use PlacementConstraint.distinctInstance().");
                }
            }
            case "memberOf" -> {
                if (c.expression().length() > MAX_EXPRESSION) {
                    report.add(Rule.PLACEMENT_EXPRESSION, path, "The memberOf expression has "
                            + c.expression().length() + " characters; ECS accepts up to 2000.", "Shorten it.");
                    return;
                }
                String error = ClusterQuery.error(c.expression());
                if (error != null) {
                    report.add(Rule.PLACEMENT_EXPRESSION, path, "The memberOf expression "
                            + Values.quoted(c.expression()) + " is not valid cluster query language: " + error + ".",
                            fix + ".");
                }
            }
            default -> report.add(Rule.PLACEMENT_EXPRESSION, path, "The placement constraint type "
                    + Values.quoted(c.type()) + " is not one ECS has (distinctInstance, memberOf).",
                    "Use the PlacementConstraint factories.");
        }
    }

    private static void daemon(Report report, Service s, boolean fargate) {
        if (!s.isDaemon()) {
            return;
        }
        String path = Paths.service(s);
        if (fargate && s.capacityProviderStrategy().isEmpty()) {
            report.add(Rule.DAEMON_ON_FARGATE, path + ".launchType", "The DAEMON service runs on Fargate; Fargate tasks"
                            + " do not support the DAEMON scheduling strategy (there are no instances to run one task"
                            + " on each of).",
                    "Use launchType(LaunchType.EC2), or the REPLICA strategy on Fargate.");
        }
        if (!s.capacityProviderStrategy().isEmpty()) {
            report.add(Rule.DAEMON_CAPACITY_PROVIDER, path + ".capacityProviderStrategy", "The DAEMON service has a"
                            + " capacity provider strategy; ECS does not support capacity provider strategies for"
                            + " daemon services, which run one task on every container instance of the cluster.",
                    "Remove the strategy and use launchType(LaunchType.EC2).");
        }
        if (s.autoScaling().isEnabled()) {
            report.add(Rule.DAEMON_AUTO_SCALING, path + ".autoScaling", "The DAEMON service has auto scaling; a daemon"
                            + " has no desired count to scale (it runs one task per instance).",
                    "Remove the auto scaling; scale the instances instead.");
        }
        if (!s.placementStrategies().isEmpty()) {
            report.add(Rule.DAEMON_PLACEMENT_STRATEGY, path + ".placementStrategies", "The DAEMON service has"
                            + " placement strategies; ECS places exactly one daemon task on each instance and takes"
                            + " no strategy for it.",
                    "Remove the strategies; choose instances with memberOf constraints.");
        }
    }

    private static void gpus(Report report, Service s, boolean fargate) {
        for (Container c : s.task().containers()) {
            String path = Paths.container(s, c);
            if (c.gpus() < 0) {
                report.add(Rule.GPU_COUNT, path + ".gpus", "The container asks for " + c.gpus() + " GPUs.",
                        "Use 0 (none) or a positive count.");
            }
            if (c.gpus() > 0 && (fargate || s.task().requiresFargate())) {
                report.add(Rule.GPU_ON_FARGATE, path + ".gpus", "The container asks for " + c.gpus() + " GPU(s), but"
                                + " the task is Fargate-compatible or runs on Fargate; Fargate has no GPUs.",
                        "Use EC2 GPU instances (launchType EC2 or a capacity provider) or a"
                                + " Managed Instances provider with acceleratorTypes(GPU), and drop FARGATE from the"
                                + " task's compatibilities.");
            }
            if (!c.inferenceAccelerator().isEmpty()) {
                report.add(Rule.ELASTIC_INFERENCE_RETIRED, path + ".inferenceAccelerator", "The container asks for the"
                                + " Elastic Inference accelerator " + Values.quoted(c.inferenceAccelerator()) + "; AWS"
                                + " retired Amazon Elastic Inference (end of life April 15, 2024), so ECS can no"
                                + " longer attach one.",
                        "Remove it; run inference on GPU instances (gpus(n)) or AWS Inferentia instances instead.");
            }
        }
    }

    private static void hostPorts(Report report, Application app) {
        Map<String, Map<Integer, Service>> byCluster = new LinkedHashMap<>();
        for (Service s : app.services()) {
            if (s.task().networkMode() != NetworkMode.HOST || runsOnFargate(s)) {
                continue;
            }
            List<Integer> ports = s.task().containers().stream().flatMap(c -> c.portMappings().stream())
                    .map(PortMapping::containerPort).distinct().toList();
            if (ports.isEmpty()) {
                continue;
            }
            boolean distinct = s.placementConstraints().stream().anyMatch(c -> "distinctInstance".equals(c.type()));
            if (!s.isDaemon() && !distinct && (s.desiredCount() > 1 || s.autoScaling().isEnabled())) {
                report.add(Rule.HOST_PORT_COLLISION, Paths.service(s) + ".placementConstraints", "The service uses the"
                                + " host network mode with port(s) " + ports + " and may run several tasks, but"
                                + " nothing keeps two of them off one instance; the second would need the same host"
                                + " port, so ECS leaves it PENDING until another instance is free.",
                        "Add placementConstraint(PlacementConstraint.distinctInstance()), or make it a DAEMON"
                                + " service.");
            }
            Map<Integer, Service> used = byCluster.computeIfAbsent(app.clusterOf(s), k -> new LinkedHashMap<>());
            for (int port : ports) {
                Service other = used.putIfAbsent(port, s);
                if (other != null) {
                    report.add(Rule.HOST_PORT_COLLISION, Paths.service(s) + ".task", "The services "
                                    + other.name() + " and " + s.name() + " both use host port " + port + " in the host"
                                    + " network mode in one cluster; their tasks can never share an instance.",
                            "Use different ports, or keep them on different instances with memberOf constraints.");
                }
            }
        }
    }
}
