package dev.berth.synth.properties;

import dev.berth.Application;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.ContainerInsights;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Egress;
import dev.berth.servicediscovery.DnsRecordType;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.network.SubnetSelection;
import dev.berth.scaling.AutoScaling;
import dev.berth.scaling.Comparison;
import dev.berth.scaling.Metric;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.ScheduledScaling;
import dev.berth.scaling.Statistic;
import dev.berth.scaling.StepAdjustment;
import dev.berth.service.Deployment;
import dev.berth.service.Service;
import dev.berth.task.DependencyCondition;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;
import dev.berth.task.Secret;
import dev.berth.task.SecretRef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A generated Berth program, as plain data that {@link Programs}' QuickTheories generators draw and shrink.
 * {@link #build()} turns it into an {@link Application} through the public DSL only, and {@link #toString()} prints
 * the same builder calls, so a shrunk counterexample reads as the program that failed.
 *
 * <p>The spec is "repaired" while it is built, so that every combination the generators draw is a valid program: a
 * public image in a VPC without egress becomes a private ECR image, an exposure on a program without load balancers
 * is dropped, and so on. The printed program is the repaired one: what the test actually synthesised.
 */
record ProgramSpec(NetworkSpec network, EndpointMode endpointMode, Set<EndpointService> extraEndpoints,
                   List<ClusterSpec> clusters, List<LoadBalancerSpec> loadBalancers, List<ServiceSpec> services,
                   int tagCount, StackLayout stackLayout, List<NetworkLoadBalancerSpec> networkLoadBalancers,
                   PlatformSpec platform, EventsSpec events, boolean hardened) {

    /** A program without tasks started by schedules or events, without notifications and without the hardened profile. */
    ProgramSpec(NetworkSpec network, EndpointMode endpointMode, Set<EndpointService> extraEndpoints,
                List<ClusterSpec> clusters, List<LoadBalancerSpec> loadBalancers, List<ServiceSpec> services,
                int tagCount, StackLayout stackLayout, List<NetworkLoadBalancerSpec> networkLoadBalancers,
                PlatformSpec platform) {
        this(network, endpointMode, extraEndpoints, clusters, loadBalancers, services, tagCount, stackLayout,
                networkLoadBalancers, platform, EventsSpec.NONE, false);
    }

    /**
     * The same program under {@code Hardening.CONTROL_TOWER}: its containers log as the profile accepts (to a log
     * group Berth declares, kept at least 365 days: no FireLens router, which runs as root, no driver-created group),
     * and {@link HardenedPrograms#harden} sets the rest on the built model.
     */
    ProgramSpec forHardening() {
        List<ServiceSpec> hardenedServices = services.stream().map(s -> new ServiceSpec(s.name(), s.cluster(),
                s.nameCluster(), s.size(), s.arm64(), s.containers().stream().map(c -> new ContainerSpec(c.image(),
                        c.deployTime(), c.ports(), c.udp(), c.namedPort(), c.env(), c.secrets(),
                        c.log().fireLens() || c.log() == LogKind.NONE || c.log() == LogKind.CREATE_GROUP
                                ? LogKind.DEFAULT : c.log(),
                        RETENTIONS.get(c.retention() % RETENTIONS.size()) < dev.berth.Hardening.MINIMUM_RETENTION_DAYS
                                ? RETENTIONS.indexOf(dev.berth.Hardening.MINIMUM_RETENTION_DAYS) : c.retention(),
                        c.healthCheck(), c.dependsOnFirst(), c.essential(), c.limits(), c.repositoryCredentials(),
                        true, c.runtime())).toList(), s.desiredCount(),
                s.placement() == Placement.PUBLIC ? Placement.PRIVATE : s.placement(),
                // the profile keeps tasks in the awsvpc mode (CT.ECS.PR.4): EC2 services too
                s.capacity().instanceTargets() ? Capacity.EC2_AWSVPC : s.capacity(), s.exposure(),
                s.scaling(), s.exec(), s.grants(), s.allowAllOutbound(), s.egress(), s.task(), s.connect(),
                s.discovery(), s.deploy())).toList();
        return new ProgramSpec(network, endpointMode, extraEndpoints, clusters, loadBalancers, hardenedServices,
                tagCount, stackLayout, networkLoadBalancers, platform, events, true);
    }

    /** A program without Network Load Balancers and without a platform listener. */
    ProgramSpec(NetworkSpec network, EndpointMode endpointMode, Set<EndpointService> extraEndpoints,
                List<ClusterSpec> clusters, List<LoadBalancerSpec> loadBalancers, List<ServiceSpec> services,
                int tagCount, StackLayout stackLayout) {
        this(network, endpointMode, extraEndpoints, clusters, loadBalancers, services, tagCount, stackLayout,
                List.of(), PlatformSpec.NONE);
    }

    static final String PLATFORM = "platform";
    static final String PLATFORM_LISTENER = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/"
            + "platform/50dc6c495c0c9188/f2f7dc8efc522ab2";
    static final String PLATFORM_GROUP = "sg-0a1b2c3d4e5f60718";
    static final List<String> NETWORK_LOAD_BALANCER_NAMES = List.of("edge");

    static final String ACCOUNT = "123456789012";
    /** The program's queue that PROGRAM_QUEUE grants name; every generated program declares it. */
    static final String QUEUE = "jobs";
    static final String REGION = "eu-west-1";
    static final String REGISTRY = ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com";
    static final List<String> CLUSTER_NAMES = List.of("main", "batch", "edge");
    static final List<String> LOAD_BALANCER_NAMES = List.of("web", "intra");
    /**
     * Service names: no name here is another's name plus a suffix Berth appends, so no two IDs collide. The 25 plain
     * names come first (the ones a shrunk program uses); {@code svc-01} to {@code svc-25} are there for the large
     * programs.
     */
    static final List<String> SERVICE_NAMES = serviceNamePool();
    static final List<String> CONTAINER_NAMES = List.of("app", "envoy", "fluent", "xray", "init", "cron", "cache",
            "metrics", "nginx", "php");
    /** Fargate's cpu/memory pairs (the AWS table): every pair the generator may pick. */
    static final List<int[]> FARGATE_SIZES = fargateSizes();
    static final List<Integer> FIRST_PORTS = List.of(80, 3000, 8080, 8443, 9000);
    static final List<String> ENV_VALUES = List.of("production", "8080", "${NOT_A_TEMPLATE}", "a b c", "%{x}",
            "quo\"ted", "");
    static final List<String> HEALTH_PATHS = List.of("/", "/health", "/status/ready");
    static final List<Integer> RETENTIONS = List.of(1, 7, 30, 365, 3653);
    /** The task's bind volumes, in the order a task declares them. */
    static final List<String> VOLUME_NAMES = List.of("scratch", "shared");

    enum EndpointMode { AUTOMATIC, ONLY }

    enum ImageKind { ECR_TAG, ECR_DIGEST, DOCKER_HUB, ECR_PUBLIC, LATEST }

    /**
     * How a secret is given: SSM by name or ARN; Secrets Manager by complete ARN (whole, one JSON key, a key of the
     * previous version), by partial ARN (one whose name ends like a complete ARN's, one of a version stage), or by
     * name (one of a version ID).
     */
    enum SecretKind { SSM_NAME, SSM_ARN, SECRETS_MANAGER, SECRETS_MANAGER_JSON_KEY, SECRETS_MANAGER_KEY_AND_STAGE,
        SECRETS_MANAGER_PARTIAL, SECRETS_MANAGER_PARTIAL_LIKE_COMPLETE, SECRETS_MANAGER_PARTIAL_STAGE,
        SECRETS_MANAGER_NAME, SECRETS_MANAGER_NAME_VERSION_ID }

    /** How a container logs; the FIRELENS_ kinds send its logs through the task's log router (issue 12). */
    enum LogKind {
        DEFAULT, NONE, CUSTOM_GROUP, CREATE_GROUP, FIRELENS_CLOUDWATCH, FIRELENS_FIREHOSE, FIRELENS_S3;

        boolean fireLens() {
            return name().startsWith("FIRELENS_");
        }
    }

    enum Placement { PRIVATE, PUBLIC, EXPLICIT }

    /**
     * How a service gets compute. {@code EC2_PLACED}: the EC2 launch type with placement strategies (spread across
     * zones, binpack memory) and constraints (distinctInstance; a memberOf on the task definition);
     * {@code EC2_DAEMON}: a DAEMON service on the EC2 launch type; {@code MANAGED_INSTANCES}: the cluster's ECS
     * Managed Instances provider (which requires GPU instances), the first container asking for a GPU. The other EC2
     * kinds run on the EC2 capacity of its cluster too (an x86_64 provider {@code general-<cluster>} and an arm64 one
     * {@code graviton-<cluster>}): awsvpc through the EC2 launch type, bridge and host through a strategy naming the
     * provider of their architecture, exposed through instance target groups; host services on host ports of their
     * own ({@link #hostPortBase}) and with distinctInstance, so that no two tasks need one port of an instance.
     */
    enum Capacity { DEFAULT, LAUNCH_TYPE, FARGATE, FARGATE_AND_SPOT, EC2_PLACED, EC2_DAEMON, MANAGED_INSTANCES,
        EC2_AWSVPC, EC2_BRIDGE, EC2_HOST;

        /** Whether tasks of this capacity run on Fargate. */
        boolean fargate() {
            return !ec2() && this != MANAGED_INSTANCES;
        }

        /** Whether tasks of this capacity run on the cluster's EC2 capacity (Auto Scaling groups). */
        boolean ec2() {
            return this == EC2_PLACED || this == EC2_DAEMON || this == EC2_AWSVPC || this == EC2_BRIDGE
                    || this == EC2_HOST;
        }

        /** Bridge and host tasks are registered by instance and port. */
        boolean instanceTargets() {
            return this == EC2_BRIDGE || this == EC2_HOST;
        }
    }

    /** The Managed Instances provider of cluster {@code cluster} (provider names are unique in an account). */
    static String managedInstancesName(String cluster) {
        return "mi-" + cluster;
    }

    /** The EC2 capacity provider of a cluster for one architecture. */
    static String ec2Provider(String cluster, boolean arm64) {
        return (arm64 ? "graviton-" : "general-") + cluster;
    }

    /**
     * The service's capacity: Managed Instances only in a cluster that has a provider, an EC2 kind only in a cluster
     * with EC2 capacity (the cluster decides, so that adding a service never changes its cluster), the default
     * otherwise.
     */
    Capacity capacity(ServiceSpec s) {
        ClusterSpec cluster = clusters.get(clusterIndex(s));
        return s.capacity() == Capacity.MANAGED_INSTANCES && !cluster.managedInstances()
                || s.capacity().ec2() && !cluster.ec2() ? Capacity.DEFAULT : s.capacity();
    }

    /** The index of the cluster a service runs in. */
    int clusterIndex(ServiceSpec s) {
        return clusters.size() > 1 || s.nameCluster() ? s.cluster() % clusters.size() : 0;
    }

    /**
     * The first host port of a host-mode service: its own hundred (by name; names are unique in a program) below
     * the ephemeral range bridge mode uses, so two host services of one cluster never want one port.
     */
    static int hostPortBase(ServiceSpec s) {
        return 20_000 + 100 * Math.max(0, SERVICE_NAMES.indexOf(s.name()));
    }

    /** Ports after a container's first: per container, in the service's own hundred in the host mode. */
    static int portBase(ServiceSpec s) {
        return s.capacity() == Capacity.EC2_HOST ? hostPortBase(s) : 10_000;
    }

    /**
     * {@code PROGRAM_QUEUE}: the program's queue "jobs" (consumed with READ access, sent to otherwise);
     * {@code KMS_KEY}: decrypt with READ, encrypt with WRITE, both with READ_WRITE; {@code SECRET_READ} and
     * {@code PUT_EVENTS} name their resource by name with READ, by ARN otherwise.
     */
    enum GrantKind { S3, DYNAMODB, SQS, SNS, STATEMENT, KMS_STATEMENT, PROGRAM_QUEUE, SQS_SEND, KMS_KEY, SECRET_READ,
        PARAMETER_READ, PUT_EVENTS, PUT_METRIC_DATA }

    /** Linux options of a container: none, an init process, or every capability dropped but SYS_PTRACE added. */
    enum LinuxKind { NONE, INIT, DROP_ALL_ADD_PTRACE }

    /** What a declared egress goes to; a service's ports are derived (or all traffic). */
    enum EgressKind { CIDR, GROUP, PREFIX_LIST, SERVICE, SERVICE_ALL }

    /**
     * Service Connect: none, a client only, or a server of its port named {@code http} (a client when it has none).
     * Every service with Service Connect joins the namespace {@link #NAMESPACE}, every cluster's default then.
     */
    enum ConnectMode { NONE, CLIENT, SERVER }

    /** Cloud Map DNS service discovery: none, A records, SRV records (the derived container and port). */
    enum DiscoveryMode { NONE, A, SRV }

    static final String DNS_NAMESPACE = "dns.mesh.internal";
    /**
     * How a service deploys: the strategy it asks for (the program falls back to what its traffic path allows: CANARY
     * and LINEAR need an Application Load Balancer of the program or a Service Connect server, the blue/green family
     * no Network Load Balancer, no weighted rule and no requests-per-target scaling), a lifecycle hook, Berth's
     * alarms (on an Application Load Balancer of the program), an existing alarm, a bake time, and Terraform's
     * redeployment trigger; or CodeDeploy blue/green (where the service is exposed on an Application Load Balancer
     * of the program without weights around it and without Service Connect: else the ECS controller), with a canary
     * configuration, a test listener and an AppSpec hook drawn from the same flags.
     */
    record DeploySpec(dev.berth.service.DeploymentStrategy strategy, boolean hook, boolean target5xx,
                      boolean unhealthyHosts, boolean existingAlarm, boolean bakeTime, boolean force,
                      boolean codeDeploy) {
        static final DeploySpec DEFAULT = new DeploySpec(dev.berth.service.DeploymentStrategy.ROLLING, false, false,
                false, false, false, false, false);

        DeploySpec(dev.berth.service.DeploymentStrategy strategy, boolean hook, boolean target5xx,
                   boolean unhealthyHosts, boolean existingAlarm, boolean bakeTime, boolean force) {
            this(strategy, hook, target5xx, unhealthyHosts, existingAlarm, bakeTime, force, false);
        }
    }

    static final String NAMESPACE = "mesh.internal";

    static final List<Integer> EGRESS_PORTS = List.of(5432, 6379, 3306, 53, 9000);
    /** Endpoints an existing VPC may already have. */
    static final List<EndpointService> EXISTING_ENDPOINTS = List.of(EndpointService.LOGS, EndpointService.SSM,
            EndpointService.S3, EndpointService.DYNAMODB, EndpointService.SQS, EndpointService.ECR_API);

    /**
     * @param flowLogsRetention an index into {@link #RETENTIONS}, or -1 for the default 90 days
     */
    record NetworkSpec(boolean existing, int secondOctet, int prefix, int availabilityZones, NatGateways nat,
                       int privateSubnets, int publicSubnets, boolean cidrGiven, boolean reachInternet,
                       boolean flowLogs, Set<EndpointService> existingEndpoints, int flowLogsRetention,
                       boolean flowLogsRetain, boolean flowLogsKms) {
        /** Flow logs with the default settings. */
        NetworkSpec(boolean existing, int secondOctet, int prefix, int availabilityZones, NatGateways nat,
                    int privateSubnets, int publicSubnets, boolean cidrGiven, boolean reachInternet,
                    boolean flowLogs, Set<EndpointService> existingEndpoints) {
            this(existing, secondOctet, prefix, availabilityZones, nat, privateSubnets, publicSubnets, cidrGiven,
                    reachInternet, flowLogs, existingEndpoints, -1, false, false);
        }

        boolean internet() {
            return existing ? reachInternet : nat != NatGateways.NONE;
        }

        boolean hasPublicSubnets() {
            return !existing || publicSubnets >= 2;
        }

        String cidr() {
            return "10." + secondOctet + ".0.0/" + prefix;
        }
    }

    /**
     * @param managedInstances whether the cluster has an ECS Managed Instances provider (GPU instances)
     * @param ec2 whether the cluster has EC2 capacity (an x86_64 and an arm64 provider) for its EC2 services
     */
    record ClusterSpec(ContainerInsights insights, Capacity defaultStrategy, boolean managedInstances, boolean ec2) {
        ClusterSpec(ContainerInsights insights, Capacity defaultStrategy, boolean managedInstances) {
            this(insights, defaultStrategy, managedInstances, false);
        }

        ClusterSpec(ContainerInsights insights, Capacity defaultStrategy) {
            this(insights, defaultStrategy, false);
        }
    }

    /** An ALB and its extras: deletion protection, an allow-list, a web ACL, a DNS alias, an extra certificate. */
    record LoadBalancerSpec(boolean internal, boolean https, boolean customPorts, int idleTimeout,
                            boolean deletionProtection, boolean allowList, boolean webAcl, boolean alias,
                            boolean extraCertificate) {
        LoadBalancerSpec(boolean internal, boolean https, boolean customPorts, int idleTimeout) {
            this(internal, https, customPorts, idleTimeout, false, false, false, false, false);
        }
    }

    record NetworkLoadBalancerSpec(boolean internal, boolean crossZone, boolean allowList, boolean alias) {
    }

    /** How a scheduled task is scheduled; NONE: the program has none. */
    enum ScheduleKind { NONE, CRON, RATE, AT }

    /** What starts an event task: S3 uploads (the typed helper), a custom pattern; NONE: the program has none. */
    enum EventKind { NONE, S3, PATTERN }

    /**
     * Tasks that schedules and events start, and notifications (issue 14): every event source, with and without a
     * dead-letter queue Berth creates, an existing one, or none; a capacity provider strategy or the launch type.
     */
    record EventsSpec(ScheduleKind schedule, EventKind event, int deadLetters, boolean spot, boolean notifications,
                      boolean taskFailuresOnly) {
        static final EventsSpec NONE = new EventsSpec(ScheduleKind.NONE, EventKind.NONE, 0, false, false, false);
        static final String SCHEDULED = "nightly-job";
        static final String TRIGGERED = "uploads-job";
        static final String EXISTING_DLQ = "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":shop-start-failures";
    }

    /** A shared platform listener (an existing one) and the priority range the program may use; none if absent. */
    record PlatformSpec(boolean present, int from, int to, boolean deployTimeInputs) {
        static final PlatformSpec NONE = new PlatformSpec(false, 1, 50_000, false);
    }

    /** Where an exposure goes: an ALB of the program, the Network Load Balancer, or the platform listener. */
    enum Target { ALB, NLB, PLATFORM }

    /** A Network Load Balancer listener's protocol, where the service can have it. */
    enum NlbProtocol { TCP, TLS, UDP }

    record SecretSpec(SecretKind kind, boolean kms) {
    }

    record ContainerSpec(ImageKind image, boolean deployTime, int ports, boolean udp, boolean namedPort, int env,
                         List<SecretSpec> secrets, LogKind log, int retention, boolean healthCheck,
                         boolean dependsOnFirst, boolean essential, boolean limits, boolean repositoryCredentials,
                         boolean readonly, RuntimeSpec runtime) {
        /** A container with Docker's runtime defaults. */
        ContainerSpec(ImageKind image, boolean deployTime, int ports, boolean udp, boolean namedPort, int env,
                      List<SecretSpec> secrets, LogKind log, int retention, boolean healthCheck,
                      boolean dependsOnFirst, boolean essential, boolean limits, boolean repositoryCredentials,
                      boolean readonly) {
            this(image, deployTime, ports, udp, namedPort, env, secrets, log, retention, healthCheck, dependsOnFirst,
                    essential, limits, repositoryCredentials, readonly, RuntimeSpec.NONE);
        }
    }

    /**
     * How a container runs (issue 12): user, working directory, stop timeout, labels, the nofile limit, Linux
     * options, environment files, mounts of the task's volumes (repaired to the volumes the task has), the first
     * container's volumes (never for the first), and a KMS key on its registry credentials (when it has some).
     */
    record RuntimeSpec(boolean user, boolean workingDirectory, int stopTimeout, int labels, boolean nofile,
                       LinuxKind linux, int environmentFiles, boolean mountScratch, boolean mountShared,
                       boolean volumesFromFirst, boolean registryKms) {
        static final RuntimeSpec NONE = new RuntimeSpec(false, false, 0, 0, false, LinuxKind.NONE, 0, false, false,
                false, false);
    }

    /**
     * A task's storage and log settings: ephemeral storage (0 for the default), how many bind volumes ("scratch",
     * "shared"), whether every log group Berth declares for the service is retained and encrypted with a key, and an
     * EFS volume {@link #EFS_VOLUME} (none, the program's file system through its access point, the program's file
     * system read-only without one, or an existing file system), which the first container mounts.
     */
    record TaskSpec(int ephemeralStorage, int volumes, boolean retainLogs, boolean logKms, EfsKind efs) {
        static final TaskSpec DEFAULT = new TaskSpec(0, 0, false, false, EfsKind.NONE);
    }

    enum EfsKind { NONE, ACCESS_POINT, READ_ONLY, EXISTING }

    /** The program's EFS file system and its access point; every generated program declares them. */
    static final String FILE_SYSTEM = "files";
    static final String ACCESS_POINT = "uploads";
    static final String EFS_VOLUME = "efs-data";

    /**
     * @param conditions   ALB: a header, method, query string and source IP condition beside the path or host
     * @param attributes   ALB: stickiness, slow start and the least outstanding requests algorithm
     * @param weighted     ALB: the rule also forwards (weight 10, target group stickiness) to the next service
     *                     exposed on the same load balancer, if there is one
     */
    record ExposureSpec(boolean exposed, int loadBalancer, boolean path, boolean host, boolean explicitPriority,
                        boolean namedContainer, boolean explicitPort, int healthPath, Target target,
                        NlbProtocol protocol, boolean conditions, boolean attributes, boolean weighted) {
        ExposureSpec(boolean exposed, int loadBalancer, boolean path, boolean host, boolean explicitPriority,
                     boolean namedContainer, boolean explicitPort, int healthPath) {
            this(exposed, loadBalancer, path, host, explicitPriority, namedContainer, explicitPort, healthPath,
                    Target.ALB, NlbProtocol.TCP, false, false, false);
        }
    }

    /**
     * Auto scaling: bounds, built-in targets, and one further kind of policy ({@code policy}): a custom metric,
     * metric math, step scaling on alarms, schedules, or the queue worker's backlog on the program's queue (with a
     * start from zero when min is 0).
     */
    record ScalingSpec(boolean enabled, int min, int span, int cpu, int memory, int requests, PolicyKind policy) {
        ScalingSpec(boolean enabled, int min, int span, int cpu, int memory, int requests) {
            this(enabled, min, span, cpu, memory, requests, PolicyKind.NONE);
        }
    }

    /** Every kind of scaling policy beyond the built-in targets. */
    enum PolicyKind { NONE, CUSTOM_METRIC, METRIC_MATH, STEP, SCHEDULED, QUEUE_BACKLOG }

    record GrantSpec(GrantKind kind, Access access) {
    }

    /**
     * A declared egress: {@code target} picks the CIDR, group or prefix list, or (drawn, then resolved by
     * {@link Programs}) the service, named in {@code service}; null when there is none to name.
     */
    record EgressSpec(EgressKind kind, int target, String service, int port, boolean range, boolean udp) {
        EgressSpec toService(String name) {
            return new EgressSpec(kind, target, name, port, range, udp);
        }

        boolean isService() {
            return kind == EgressKind.SERVICE || kind == EgressKind.SERVICE_ALL;
        }
    }

    record ServiceSpec(String name, int cluster, boolean nameCluster, int size, boolean arm64,
                       List<ContainerSpec> containers, int desiredCount, Placement placement, Capacity capacity,
                       ExposureSpec exposure, ScalingSpec scaling, boolean exec, List<GrantSpec> grants,
                       boolean allowAllOutbound, List<EgressSpec> egress, TaskSpec task, ConnectMode connect,
                       DiscoveryMode discovery, DeploySpec deploy) {

        /** A service without DNS service discovery, deployed rolling with the defaults. */
        ServiceSpec(String name, int cluster, boolean nameCluster, int size, boolean arm64,
                    List<ContainerSpec> containers, int desiredCount, Placement placement, Capacity capacity,
                    ExposureSpec exposure, ScalingSpec scaling, boolean exec, List<GrantSpec> grants,
                    boolean allowAllOutbound, List<EgressSpec> egress, TaskSpec task, ConnectMode connect) {
            this(name, cluster, nameCluster, size, arm64, containers, desiredCount, placement, capacity, exposure,
                    scaling, exec, grants, allowAllOutbound, egress, task, connect, DiscoveryMode.NONE,
                    DeploySpec.DEFAULT);
        }

        /** A service whose task has the default storage and log settings, without Service Connect. */
        ServiceSpec(String name, int cluster, boolean nameCluster, int size, boolean arm64,
                    List<ContainerSpec> containers, int desiredCount, Placement placement, Capacity capacity,
                    ExposureSpec exposure, ScalingSpec scaling, boolean exec, List<GrantSpec> grants,
                    boolean allowAllOutbound, List<EgressSpec> egress) {
            this(name, cluster, nameCluster, size, arm64, containers, desiredCount, placement, capacity, exposure,
                    scaling, exec, grants, allowAllOutbound, egress, TaskSpec.DEFAULT, ConnectMode.NONE);
        }

        ServiceSpec withEgress(List<EgressSpec> newEgress) {
            return new ServiceSpec(name, cluster, nameCluster, size, arm64, containers, desiredCount, placement,
                    capacity, exposure, scaling, exec, grants, allowAllOutbound, newEgress, task, connect, discovery,
                    deploy);
        }

        /** Whether a container maps a port named {@code http} (the first port of a container with namedPort). */
        boolean hasHttpPort() {
            for (int i = 0; i < containers.size(); i++) {
                if (containers.get(i).namedPort() && (i == 0 || containers.get(i).ports() > 0)) {
                    return true;
                }
            }
            return false;
        }

        /** The same service without its egress to {@code service}. */
        /** The service whose rule forwards to its own target group only. */
        ServiceSpec unweighted() {
            ExposureSpec e = exposure;
            return new ServiceSpec(name, cluster, nameCluster, size, arm64, containers, desiredCount, placement,
                    capacity, new ExposureSpec(e.exposed(), e.loadBalancer(), e.path(), e.host(), e.explicitPriority(),
                    e.namedContainer(), e.explicitPort(), e.healthPath(), e.target(), e.protocol(), e.conditions(),
                    e.attributes(), false), scaling, exec, grants, allowAllOutbound, egress, task, connect, discovery,
                    deploy);
        }

        ServiceSpec withoutEgressTo(String service) {
            return withEgress(egress.stream().filter(e -> !(e.isService() && service.equals(e.service())))
                    .toList());
        }
    }

    /** A built program: the application, its CloudFormation options, and the builder calls that made them. */
    record Built(Application app, CloudFormationOptions cloudFormation, String code) {

        /** Synthesises the application with its options. */
        dev.berth.synth.Synthesis synthesize() {
            return dev.berth.synth.Synthesizer.synthesize(app, cloudFormation);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** The same program without any service's egress to {@code service}. */
    ProgramSpec withoutEgressTo(String service) {
        return withServices(services.stream().map(s -> s.withoutEgressTo(service)).toList());
    }

    /** The program without weighted forwarding. */
    ProgramSpec unweighted() {
        return withServices(services.stream().map(ServiceSpec::unweighted).toList());
    }

    ProgramSpec withServices(List<ServiceSpec> newServices) {
        return new ProgramSpec(network, endpointMode, extraEndpoints, clusters, loadBalancers, newServices, tagCount,
                stackLayout, networkLoadBalancers, platform, events, hardened);
    }

    @Override
    public String toString() {
        return build().code();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Building through the DSL, printing the same calls

    Built build() {
        Code code = new Code();
        code.line("Application.builder(\"shop\")");
        Application.Builder app = Application.builder("shop");
        for (int i = 0; i < tagCount; i++) {
            app.tag("team-" + i, "value " + i);
            code.line("  .tag(\"team-" + i + "\", \"value " + i + "\")");
        }
        CloudFormationOptions cloudFormation = CloudFormationOptions.builder().layout(stackLayout).build();
        network(app, code);

        List<Service> services = new ArrayList<>();
        List<String> serviceCode = new ArrayList<>();
        for (ServiceSpec s : services()) {
            Code sc = new Code();
            services.add(service(s, sc));
            serviceCode.add(sc.toString());
        }
        List<Service> shapes = new ArrayList<>(services);
        events(app, code, shapes);
        endpoints(app, code, shapes);
        // Every program declares the queue, used or not: declaring it only when a service uses it would make
        // adding that service change the program's shared resources.
        int receives = List.of(5, 0, 3).get(tagCount % 3); // with and without a dead-letter queue
        app.queue(QUEUE, q -> q.maxReceiveCount(receives));
        code.line("  .queue(\"" + QUEUE + "\", q -> q.maxReceiveCount(" + receives + "))");
        // The file system likewise; its settings vary with the tag count, as the queue's do.
        boolean elastic = tagCount % 2 == 1;
        app.fileSystem(FILE_SYSTEM, fs -> fs.throughputMode(elastic ? dev.berth.storage.ThroughputMode.ELASTIC
                        : dev.berth.storage.ThroughputMode.BURSTING)
                .removalPolicy(elastic ? dev.berth.RemovalPolicy.DESTROY : dev.berth.RemovalPolicy.RETAIN)
                .accessPoint(ACCESS_POINT, ap -> ap.path("/" + ACCESS_POINT).posixUser(1000, 1000)));
        code.line("  .fileSystem(\"" + FILE_SYSTEM + "\", fs -> fs.throughputMode(" + (elastic ? "ELASTIC" : "BURSTING")
                + ").removalPolicy(" + (elastic ? "DESTROY" : "RETAIN") + ").accessPoint(\"" + ACCESS_POINT
                + "\", ap -> ap.path(\"/" + ACCESS_POINT + "\").posixUser(1000, 1000)))");

        for (int i = 0; i < clusters.size(); i++) {
            ClusterSpec c = clusters.get(i);
            String name = CLUSTER_NAMES.get(i);
            List<String> calls = new ArrayList<>();
            if (c.insights() != ContainerInsights.ENABLED) {
                calls.add(".containerInsights(" + c.insights() + ")");
            }
            if (c.defaultStrategy() == Capacity.FARGATE) {
                calls.add(".defaultStrategy(FARGATE, 1, 1)");
            } else if (c.defaultStrategy() == Capacity.FARGATE_AND_SPOT) {
                calls.add(".defaultStrategy(FARGATE, 1, 1).defaultStrategy(FARGATE_SPOT, 0, 3)");
            }
            // every cluster names the namespace, used or not: naming it only when a service uses Service Connect
            // would make adding that service change the cluster
            calls.add(".serviceConnectNamespace(\"" + NAMESPACE + "\")");
            // and the DNS namespace likewise
            calls.add(".dnsNamespace(\"" + DNS_NAMESPACE + "\")");
            boolean managed = c.managedInstances();
            if (managed) {
                calls.add(".managedInstances(\"" + managedInstancesName(name) + "\", m -> m.vcpu(4, 64)"
                        + ".acceleratorTypes(GPU))");
            }
            // decided by the cluster alone, so that adding or removing a service changes no provider
            List<Boolean> archs = c.ec2() ? List.of(false, true) : List.of();
            for (boolean arm : archs) {
                String provider = ec2Provider(name, arm);
                String types = arm ? "\"r7g.4xlarge\", \"r6g.4xlarge\"" : "\"r6i.4xlarge\", \"r5.4xlarge\"";
                calls.add(".ec2Capacity(\"" + provider + "\", e -> e.instanceTypes(" + types + ")"
                        + (arm ? ".ami(AL2023_ARM64)" : "") + ".maxSize(6).onDemandBase(1).onDemandPercentAboveBase(50))");
            }
            app.cluster(name, b -> {
                for (boolean arm : archs) {
                    b.ec2Capacity(ec2Provider(name, arm), e -> e.instanceTypes(arm ? List.of("r7g.4xlarge", "r6g.4xlarge")
                                    : List.of("r6i.4xlarge", "r5.4xlarge"))
                            .ami(arm ? dev.berth.compute.EcsAmi.AL2023_ARM64 : dev.berth.compute.EcsAmi.AL2023_X86_64)
                            .maxSize(6).onDemandBase(1).onDemandPercentAboveBase(50));
                }
                b.containerInsights(c.insights());
                b.serviceConnectNamespace(NAMESPACE);
                b.dnsNamespace(DNS_NAMESPACE);
                if (c.defaultStrategy() == Capacity.FARGATE || c.defaultStrategy() == Capacity.FARGATE_AND_SPOT) {
                    b.defaultStrategy(CapacityProviderStrategyItem.FARGATE, 1, 1);
                }
                if (c.defaultStrategy() == Capacity.FARGATE_AND_SPOT) {
                    b.defaultStrategy(CapacityProviderStrategyItem.FARGATE_SPOT, 0, 3);
                }
                if (managed) {
                    b.managedInstances(managedInstancesName(name), m -> m.vcpu(4, 64)
                            .acceleratorTypes(dev.berth.compute.ManagedInstances.AcceleratorType.GPU));
                }
            });
            code.line("  .cluster(\"" + name + "\", c -> c" + String.join("", calls) + ")");
        }
        for (int i = 0; i < loadBalancers.size(); i++) {
            loadBalancer(app, code, i);
        }
        for (int i = 0; i < networkLoadBalancers.size(); i++) {
            networkLoadBalancer(app, code, i);
        }
        if (platform.present()) {
            app.existingListener(PLATFORM, l -> l.listenerArn(PLATFORM_LISTENER).securityGroupId(PLATFORM_GROUP)
                    .priorities(platform.from(), platform.to()).deployTimeInputs(platform.deployTimeInputs()));
            code.line("  .existingListener(\"" + PLATFORM + "\", l -> l.listenerArn(\"" + PLATFORM_LISTENER
                    + "\").securityGroupId(\"" + PLATFORM_GROUP + "\").priorities(" + platform.from() + ", "
                    + platform.to() + ")" + (platform.deployTimeInputs() ? ".deployTimeInputs(true)" : "") + ")");
        }
        services.forEach(app::service);
        serviceCode.forEach(sc -> code.line("  .service(" + sc + ")"));
        if (hardened) {
            code.line(HardenedPrograms.DESCRIPTION);
        }
        code.line("  .build()");
        String options = stackLayout == StackLayout.AUTOMATIC ? ""
                : "\nwith CloudFormationOptions.builder().layout(StackLayout." + stackLayout + ").build()";
        Application built = app.build();
        return new Built(hardened ? HardenedPrograms.harden(built) : built, cloudFormation, code + options);
    }

    /** The triggered tasks (their service shapes go into {@code shapes}, for the endpoints) and notifications. */
    private void events(Application.Builder app, Code code, List<Service> shapes) {
        EventsSpec e = events;
        String image = REGISTRY + "/shop/jobs:1.0";
        String dlq = switch (e.deadLetters() % 3) {
            case 1 -> ".deadLetterQueueArn(\"" + EventsSpec.EXISTING_DLQ + "\")";
            case 2 -> ".deadLetterQueue(false)";
            default -> "";
        };
        String capacity = e.spot() ? ".capacityProvider(\"FARGATE_SPOT\", 0, 1)" : "";
        if (e.schedule() != ScheduleKind.NONE) {
            String expression = switch (e.schedule()) {
                case CRON -> "cron(0 2 ? * MON-FRI *)";
                case RATE -> "rate(6 hours)";
                default -> "at(2027-01-01T09:00:00)";
            };
            dev.berth.events.ScheduledTask.Builder b = dev.berth.events.ScheduledTask.builder()
                    .name(EventsSpec.SCHEDULED).cluster(CLUSTER_NAMES.get(0))
                    .task(t -> t.container("app", c -> c.image(image))).schedule(expression);
            String calls = ".cluster(\"" + CLUSTER_NAMES.get(0) + "\").task(t -> t.container(\"app\", c -> c.image(\""
                    + image + "\"))).schedule(\"" + expression + "\")";
            if (e.schedule() == ScheduleKind.CRON) {
                b.timeZone("Europe/Berlin").flexibleWindowMinutes(15).environment("app", "MODE", "nightly");
                calls += ".timeZone(\"Europe/Berlin\").flexibleWindowMinutes(15).environment(\"app\", \"MODE\", \"nightly\")";
            }
            applyLaunch(b, e);
            dev.berth.events.ScheduledTask task = b.build();
            app.scheduledTask(task);
            shapes.add(task.asService());
            code.line("  .scheduledTask(\"" + EventsSpec.SCHEDULED + "\", t -> t" + calls + capacity + dlq + ")");
        }
        if (e.event() != EventKind.NONE) {
            dev.berth.events.EventTask.Builder b = dev.berth.events.EventTask.builder()
                    .name(EventsSpec.TRIGGERED).cluster(CLUSTER_NAMES.get(0))
                    .task(t -> t.container("app", c -> c.image(image)));
            String calls = ".cluster(\"" + CLUSTER_NAMES.get(0) + "\").task(t -> t.container(\"app\", c -> c.image(\""
                    + image + "\")))";
            if (e.event() == EventKind.S3) {
                b.onS3ObjectCreated("shop-uploads", "images/");
                calls += ".onS3ObjectCreated(\"shop-uploads\", \"images/\")";
            } else {
                String pattern = "{\"source\":[\"shop.orders\"],\"detail-type\":[\"Order Placed\"]}";
                b.eventPattern(pattern).environmentFromEvent("", "ORDER_ID", "$.detail.id");
                calls += ".eventPattern(\"" + pattern.replace("\"", "\\\"") + "\").environmentFromEvent(\"\", \"ORDER_ID\", \"$.detail.id\")";
            }
            applyLaunch(b, e);
            dev.berth.events.EventTask task = b.build();
            app.eventTask(task);
            shapes.add(task.asService());
            code.line("  .eventTask(\"" + EventsSpec.TRIGGERED + "\", t -> t" + calls + capacity + dlq + ")");
        }
        if (e.notifications()) {
            app.notifications(n -> n.email("ops@example.com").taskFailures(true).serviceEvents(!e.taskFailuresOnly()));
            code.line("  .notifications(n -> n.email(\"ops@example.com\")" + (e.taskFailuresOnly()
                    ? ".serviceEvents(false)" : "") + ")");
        }
    }

    private static void applyLaunch(dev.berth.events.ScheduledTask.Builder b, EventsSpec e) {
        if (e.spot()) {
            b.capacityProvider("FARGATE_SPOT", 0, 1);
        }
        switch (e.deadLetters() % 3) {
            case 1 -> b.deadLetterQueueArn(EventsSpec.EXISTING_DLQ);
            case 2 -> b.deadLetterQueue(false);
            default -> { }
        }
    }

    private static void applyLaunch(dev.berth.events.EventTask.Builder b, EventsSpec e) {
        if (e.spot()) {
            b.capacityProvider("FARGATE_SPOT", 0, 1);
        }
        switch (e.deadLetters() % 3) {
            case 1 -> b.deadLetterQueueArn(EventsSpec.EXISTING_DLQ);
            case 2 -> b.deadLetterQueue(false);
            default -> { }
        }
    }

    private void network(Application.Builder app, Code code) {
        NetworkSpec n = network;
        if (!n.existing()) {
            int retention = n.flowLogsRetention() < 0 ? 90 : RETENTIONS.get(n.flowLogsRetention() % RETENTIONS.size());
            String key = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/flow-logs";
            app.newVpc(v -> {
                v.cidr(n.cidr()).availabilityZones(n.availabilityZones()).natGateways(n.nat())
                        .flowLogs(n.flowLogs()).flowLogsRetentionDays(retention);
                if (n.flowLogsRetain()) {
                    v.flowLogsRemovalPolicy(dev.berth.RemovalPolicy.RETAIN);
                }
                if (n.flowLogsKms()) {
                    v.flowLogsKmsKey(key);
                }
            });
            code.line("  .newVpc(v -> v.cidr(\"" + n.cidr() + "\").availabilityZones(" + n.availabilityZones()
                    + ").natGateways(" + n.nat() + ")" + (n.flowLogs() ? "" : ".flowLogs(false)")
                    + (retention == 90 ? "" : ".flowLogsRetentionDays(" + retention + ")")
                    + (n.flowLogsRetain() ? ".flowLogsRemovalPolicy(RETAIN)" : "")
                    + (n.flowLogsKms() ? ".flowLogsKmsKey(\"" + key + "\")" : "") + ")");
            return;
        }
        List<String> privateIds = ids("subnet-0a", n.privateSubnets());
        List<String> publicIds = ids("subnet-0b", n.publicSubnets());
        List<String> tables = ids("rtb-0c", n.privateSubnets());
        // An internal load balancer admits the VPC's range, so it needs the cidr too.
        boolean cidr = n.cidrGiven() || mayNeedInterfaceEndpoints()
                || loadBalancers.stream().anyMatch(lb -> lb.internal() || !n.hasPublicSubnets())
                || networkLoadBalancers.stream().anyMatch(lb -> lb.internal() || !n.hasPublicSubnets());
        boolean routeTables = mayNeedS3Endpoint();
        app.existingVpc(v -> {
            v.vpcId("vpc-0123abcd").privateSubnetIds(privateIds).publicSubnetIds(publicIds)
                    .privateSubnetsReachInternet(n.reachInternet()).existingEndpoints(n.existingEndpoints());
            if (cidr) {
                v.cidr("10." + n.secondOctet() + ".0.0/16");
            }
            if (routeTables) {
                v.privateRouteTableIds(tables);
            }
        });
        code.line("  .existingVpc(v -> v.vpcId(\"vpc-0123abcd\").privateSubnetIds(" + quoted(privateIds) + ")"
                + (publicIds.isEmpty() ? "" : ".publicSubnetIds(" + quoted(publicIds) + ")")
                + (cidr ? ".cidr(\"10." + n.secondOctet() + ".0.0/16\")" : "")
                + (routeTables ? ".privateRouteTableIds(" + quoted(tables) + ")" : "")
                + ".privateSubnetsReachInternet(" + n.reachInternet() + ")"
                + (n.existingEndpoints().isEmpty() ? "" : ".existingEndpoints(" + EnumSet.copyOf(
                        n.existingEndpoints()).stream().map(Enum::name).collect(Collectors.joining(", ")) + ")")
                + ")");
    }

    /** Whether interface endpoints may be created; decided from the spec alone, so adding a service keeps it. */
    private boolean mayNeedInterfaceEndpoints() {
        return !(endpointMode == EndpointMode.ONLY && network.internet()
                && extraEndpoints.stream().allMatch(EndpointService::isGateway));
    }

    /** Whether gateway endpoints (S3, DynamoDB) may be created, which need the route tables. */
    private boolean mayNeedS3Endpoint() {
        return !(endpointMode == EndpointMode.ONLY && network.internet()
                && extraEndpoints.stream().noneMatch(EndpointService::isGateway));
    }

    private void endpoints(Application.Builder app, Code code, List<Service> services) {
        EnumSet<EndpointService> set = EnumSet.noneOf(EndpointService.class);
        set.addAll(extraEndpoints);
        String extras = set.stream().map(Enum::name).collect(Collectors.joining(", "));
        if (endpointMode == EndpointMode.AUTOMATIC) {
            app.endpoints(Endpoints.automaticPlus(set.toArray(EndpointService[]::new)));
            code.line("  .endpoints(" + (set.isEmpty() ? "Endpoints.automatic()" : "Endpoints.automaticPlus("
                    + extras + ")") + ")");
            return;
        }
        if (!network.internet()) {
            // Without egress, "only" must still list what the tasks need: the program states them explicitly.
            services.forEach(s -> set.addAll(EndpointNeeds.of(s)));
            if (clusters.stream().anyMatch(ClusterSpec::ec2)) {
                set.addAll(EndpointNeeds.ec2Agent());
            }
        }
        app.endpoints(Endpoints.only(set.toArray(EndpointService[]::new)));
        code.line("  .endpoints(" + (set.isEmpty() ? "Endpoints.none()" : "Endpoints.only("
                + set.stream().map(Enum::name).collect(Collectors.joining(", ")) + ")") + ")");
    }

    private void loadBalancer(Application.Builder app, Code code, int index) {
        LoadBalancerSpec lb = loadBalancers.get(index);
        String name = LOAD_BALANCER_NAMES.get(index);
        boolean internal = lb.internal() || !network.hasPublicSubnets();
        String certificate = "arn:aws:acm:" + REGION + ":" + ACCOUNT + ":certificate/0b1c2d3e-" + index;
        List<String> calls = new ArrayList<>();
        if (internal) {
            calls.add(".internal()");
        }
        if (lb.https()) {
            calls.add(".https(\"" + certificate + "\")");
        }
        if (lb.customPorts()) {
            calls.add(".httpPort(8080)" + (lb.https() ? ".httpsPort(8443)" : ""));
        }
        if (lb.idleTimeout() != 60) {
            calls.add(".idleTimeoutSeconds(" + lb.idleTimeout() + ")");
        }
        String extraCertificate = "arn:aws:acm:" + REGION + ":" + ACCOUNT + ":certificate/1c2d3e4f-" + index;
        String webAcl = "arn:aws:wafv2:" + REGION + ":" + ACCOUNT + ":regional/webacl/shop-" + name + "/a1b2c3d4";
        String record = name + ".shop.example.com";
        if (lb.deletionProtection()) {
            calls.add(".deletionProtection(true)");
        }
        if (lb.allowList()) {
            calls.add(".allowFrom(\"203.0.113.0/24\").allowFrom(\"198.51.100.0/24\")");
        }
        if (lb.webAcl()) {
            calls.add(".webAcl(\"" + webAcl + "\")");
        }
        if (lb.alias()) {
            calls.add(".alias(\"Z0123456789ABCDEFGHIJ\", \"" + record + "\")");
        }
        if (lb.extraCertificate() && lb.https()) {
            calls.add(".additionalCertificate(\"" + extraCertificate + "\")");
        }
        app.loadBalancer(name, b -> {
            if (internal) {
                b.internal();
            }
            if (lb.https()) {
                b.https(certificate);
            }
            if (lb.customPorts()) {
                b.httpPort(8080).httpsPort(8443);
            }
            b.idleTimeoutSeconds(lb.idleTimeout());
            b.deletionProtection(lb.deletionProtection());
            if (lb.allowList()) {
                b.allowFrom("203.0.113.0/24").allowFrom("198.51.100.0/24");
            }
            if (lb.webAcl()) {
                b.webAcl(webAcl);
            }
            if (lb.alias()) {
                b.alias("Z0123456789ABCDEFGHIJ", record);
            }
            if (lb.extraCertificate() && lb.https()) {
                b.additionalCertificate(extraCertificate);
            }
        });
        code.line("  .loadBalancer(\"" + name + "\", lb -> lb" + String.join("", calls) + ")");
    }

    private void networkLoadBalancer(Application.Builder app, Code code, int index) {
        NetworkLoadBalancerSpec lb = networkLoadBalancers.get(index);
        String name = NETWORK_LOAD_BALANCER_NAMES.get(index);
        boolean internal = lb.internal() || !network.hasPublicSubnets();
        String record = name + ".shop.example.com";
        List<String> calls = new ArrayList<>();
        app.networkLoadBalancer(name, b -> {
            if (internal) {
                b.internal();
            }
            b.crossZone(lb.crossZone());
            if (lb.allowList()) {
                b.allowFrom("10.0.0.0/8");
            }
            if (lb.alias()) {
                b.alias("Z0123456789ABCDEFGHIJ", record);
            }
        });
        if (internal) {
            calls.add(".internal()");
        }
        if (!lb.crossZone()) {
            calls.add(".crossZone(false)");
        }
        if (lb.allowList()) {
            calls.add(".allowFrom(\"10.0.0.0/8\")");
        }
        if (lb.alias()) {
            calls.add(".alias(\"Z0123456789ABCDEFGHIJ\", \"" + record + "\")");
        }
        code.line("  .networkLoadBalancer(\"" + name + "\", lb -> lb" + String.join("", calls) + ")");
    }

    /** Where the service's exposure goes, given what the program has; null when it has nothing to expose on. */
    Target target(ExposureSpec e) {
        List<Target> available = new ArrayList<>();
        if (!loadBalancers.isEmpty()) {
            available.add(Target.ALB);
        }
        if (!networkLoadBalancers.isEmpty()) {
            available.add(Target.NLB);
        }
        if (platform.present()) {
            available.add(Target.PLATFORM);
        }
        if (available.isEmpty()) {
            return null;
        }
        return available.contains(e.target()) ? e.target() : available.get(0);
    }

    /**
     * Adds the spec's further policy to the service's auto scaling and returns the calls that print it. The queue
     * worker needs Container Insights (RunningTaskCount): in a cluster without it the service tracks a custom metric
     * instead.
     */
    private String scalingPolicies(ServiceSpec s, ScalingSpec a, int max, AutoScaling.Builder x) {
        PolicyKind kind = a.policy();
        ContainerInsights insights = clusters.isEmpty() ? ContainerInsights.ENABLED
                : clusters.get(s.cluster() % clusters.size()).insights();
        if (kind == PolicyKind.QUEUE_BACKLOG && insights == ContainerInsights.DISABLED) {
            kind = PolicyKind.CUSTOM_METRIC;
        }
        Metric pending = Metric.of("Shop/Jobs", "Pending").withDimension("Service", s.name())
                .withStatistic(Statistic.SUM);
        String pendingCode = "Metric.of(\"Shop/Jobs\", \"Pending\").withDimension(\"Service\", \"" + s.name()
                + "\").withStatistic(SUM)";
        String code;
        switch (kind) {
            case CUSTOM_METRIC -> {
                x.policy(ScalingPolicy.trackMetric("pending", pending, 100));
                code = ".policy(trackMetric(\"pending\", " + pendingCode + ", 100))";
            }
            case METRIC_MATH -> {
                x.policy(ScalingPolicy.trackMetricMath("per-task", "m1 / m2", Map.of("m1", pending, "m2",
                        Metric.of("ECS/ContainerInsights", "RunningTaskCount").withDimension("ServiceName",
                                s.name())), 50).withScaleInDisabled());
                code = ".policy(trackMetricMath(\"per-task\", \"m1 / m2\", Map.of(\"m1\", " + pendingCode
                        + ", \"m2\", Metric.of(\"ECS/ContainerInsights\", \"RunningTaskCount\")"
                        + ".withDimension(\"ServiceName\", \"" + s.name() + "\")), 50).withScaleInDisabled())";
            }
            case STEP -> {
                x.policy(ScalingPolicy.stepScaling("burst", pending, Comparison.GREATER_THAN_OR_EQUAL, 500,
                        StepAdjustment.between(0, 500, 1), StepAdjustment.from(500, 3)));
                x.policy(ScalingPolicy.stepScaling("calm", pending, Comparison.LESS_THAN, 50,
                        StepAdjustment.below(0, -1)).withEvaluation(60, 3, 2));
                code = ".policy(stepScaling(\"burst\", " + pendingCode + ", GREATER_THAN_OR_EQUAL, 500,"
                        + " between(0, 500, 1), from(500, 3)))"
                        + ".policy(stepScaling(\"calm\", " + pendingCode + ", LESS_THAN, 50, below(0, -1))"
                        + ".withEvaluation(60, 3, 2))";
            }
            case SCHEDULED -> {
                x.schedule("night", "cron(0 20 ? * MON-FRI *)", a.min(), max);
                x.schedule(ScheduledScaling.of("morning", "cron(0 7 ? * MON-FRI *)", a.min(), ScheduledScaling.KEEP)
                        .withTimeZone("Europe/Berlin"));
                code = ".schedule(\"night\", \"cron(0 20 ? * MON-FRI *)\", " + a.min() + ", " + max + ")"
                        + ".schedule(ScheduledScaling.of(\"morning\", \"cron(0 7 ? * MON-FRI *)\", " + a.min()
                        + ", KEEP).withTimeZone(\"Europe/Berlin\"))";
            }
            case QUEUE_BACKLOG -> {
                x.queueBacklog(QUEUE, Duration.ofMinutes(1), Duration.ofSeconds(2));
                code = ".queueBacklog(\"" + QUEUE + "\", Duration.ofMinutes(1), Duration.ofSeconds(2))";
            }
            default -> code = "";
        }
        return code;
    }

    private Service service(ServiceSpec s, Code code) {
        Service.Builder b = Service.builder().name(s.name());
        List<String> calls = new ArrayList<>();
        if (clusters.size() > 1 || s.nameCluster()) {
            String cluster = CLUSTER_NAMES.get(s.cluster() % clusters.size());
            b.cluster(cluster);
            calls.add(".cluster(\"" + cluster + "\")");
        }
        if (s.desiredCount() != 2) {
            b.desiredCount(s.desiredCount());
            calls.add(".desiredCount(" + s.desiredCount() + ")");
        }
        switch (capacity(s)) {
            case DEFAULT -> { }
            case LAUNCH_TYPE -> {
                b.launchType(dev.berth.service.LaunchType.FARGATE);
                calls.add(".launchType(FARGATE)");
            }
            case FARGATE -> {
                b.capacityProvider(CapacityProviderStrategyItem.FARGATE, 1, 1);
                calls.add(".capacityProvider(FARGATE, 1, 1)");
            }
            case FARGATE_AND_SPOT -> {
                b.capacityProvider(CapacityProviderStrategyItem.FARGATE, 2, 1);
                calls.add(".capacityProvider(FARGATE, 2, 1)");
                // Fargate Spot runs only X86_64 tasks.
                if (!s.arm64()) {
                    b.capacityProvider(CapacityProviderStrategyItem.FARGATE_SPOT, 0, 3);
                    calls.add(".capacityProvider(FARGATE_SPOT, 0, 3)");
                }
            }
            case EC2_PLACED -> {
                b.launchType(dev.berth.service.LaunchType.EC2)
                        .placementStrategy(dev.berth.placement.PlacementStrategy.spreadAcrossZones())
                        .placementStrategy(dev.berth.placement.PlacementStrategy.binpackMemory())
                        .placementConstraint(dev.berth.placement.PlacementConstraint.distinctInstance());
                calls.add(".launchType(EC2).placementStrategy(spreadAcrossZones()).placementStrategy(binpackMemory())"
                        + ".placementConstraint(distinctInstance())");
            }
            case EC2_DAEMON -> {
                b.launchType(dev.berth.service.LaunchType.EC2)
                        .schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON);
                calls.add(".launchType(EC2).schedulingStrategy(DAEMON)");
            }
            case EC2_AWSVPC -> {
                b.launchType(dev.berth.service.LaunchType.EC2);
                calls.add(".launchType(EC2)");
            }
            case EC2_BRIDGE, EC2_HOST -> {
                String provider = ec2Provider(CLUSTER_NAMES.get(clusterIndex(s)), s.arm64());
                b.capacityProvider(provider, 0, 1);
                calls.add(".capacityProvider(\"" + provider + "\", 0, 1)");
                if (capacity(s) == Capacity.EC2_HOST) {
                    // one task per instance: a second would need the same host ports (HOST_PORT_COLLISION)
                    b.placementConstraint(dev.berth.placement.PlacementConstraint.distinctInstance());
                    calls.add(".placementConstraint(distinctInstance())");
                }
            }
            case MANAGED_INSTANCES -> {
                String provider = managedInstancesName(CLUSTER_NAMES.get(clusterIndex(s)));
                b.capacityProvider(provider, 0, 1);
                calls.add(".capacityProvider(\"" + provider + "\", 0, 1)");
            }
        }
        // awsvpc tasks get a public IP only on Fargate: off Fargate they stay in private subnets
        Placement placement = s.placement() == Placement.PUBLIC && (!network.hasPublicSubnets()
                || !capacity(s).fargate()) ? Placement.PRIVATE : s.placement();
        if (placement == Placement.PUBLIC) {
            b.subnets(SubnetSelection.publicSubnets()).assignPublicIp(true);
            calls.add(".subnets(publicSubnets()).assignPublicIp(true)");
        } else if (placement == Placement.EXPLICIT) {
            b.subnets(SubnetSelection.ids("subnet-0d000001", "subnet-0d000002"));
            calls.add(".subnets(ids(\"subnet-0d000001\", \"subnet-0d000002\"))");
        }
        Code task = new Code();
        b.task(t -> task(s, t, task));
        calls.add(".task(t -> t" + task + ")");
        Target target = s.exposure().exposed() ? target(s.exposure()) : null;
        boolean exposed = target != null;
        if (exposed) {
            exposure(s, b, calls, target);
        }
        ScalingSpec a = s.scaling();
        // a daemon has no desired count to scale (DAEMON_AUTO_SCALING)
        if (a.enabled() && capacity(s) != Capacity.EC2_DAEMON) {
            int max = a.min() + a.span();
            int requests = target == Target.ALB ? a.requests() : 0;
            int cpu = a.cpu() == 0 && a.memory() == 0 && requests == 0 ? 50 : a.cpu();
            AutoScaling.Builder x = AutoScaling.builder().minCapacity(a.min()).maxCapacity(max).cpuTargetPercent(cpu)
                    .memoryTargetPercent(a.memory()).requestsPerTarget(requests);
            String policies = scalingPolicies(s, a, max, x);
            b.autoScaling(x.build());
            calls.add(".autoScaling(a -> a.minCapacity(" + a.min() + ").maxCapacity(" + max + ")"
                    + (cpu > 0 ? ".cpuTargetPercent(" + cpu + ")" : "")
                    + (a.memory() > 0 ? ".memoryTargetPercent(" + a.memory() + ")" : "")
                    + (requests > 0 ? ".requestsPerTarget(" + requests + ")" : "") + policies + ")");
        }
        if (s.exec()) {
            b.enableExecuteCommand(true);
            calls.add(".enableExecuteCommand(true)");
        }
        if (s.allowAllOutbound()) {
            b.allowAllOutbound(true);
            calls.add(".allowAllOutbound(true)");
        }
        java.util.Set<Egress> declared = new java.util.HashSet<>();
        for (EgressSpec e : s.egress()) {
            Egress egress = egress(s, e);
            if (egress != null && declared.add(egress)) {
                b.egressTo(egress);
                calls.add(".egressTo(" + describe(egress) + ")");
            }
        }
        // Service Connect needs the awsvpc or bridge network mode.
        if (s.connect() != ConnectMode.NONE && capacity(s) != Capacity.EC2_HOST) {
            boolean server = s.connect() == ConnectMode.SERVER && s.hasHttpPort();
            // clients name the namespace themselves too (the cluster's default, so nothing changes)
            boolean named = s.connect() == ConnectMode.CLIENT;
            b.serviceConnect(sc -> {
                if (named) {
                    sc.namespace(NAMESPACE);
                }
                if (server) {
                    sc.server("http");
                } else {
                    sc.client();
                }
            });
            calls.add(".serviceConnect(sc -> sc" + (named ? ".namespace(\"" + NAMESPACE + "\")" : "")
                    + (server ? ".server(\"http\"))" : ".client())"));
        }
        // bridge and host tasks share their instance's address: ECS registers them with SRV records only
        DiscoveryMode discovery = s.discovery() == DiscoveryMode.A && capacity(s).instanceTargets()
                ? DiscoveryMode.SRV : s.discovery();
        if (discovery == DiscoveryMode.A) {
            b.serviceDiscovery(d -> d.ttl(30));
            calls.add(".serviceDiscovery(d -> d.ttl(30))");
        } else if (discovery == DiscoveryMode.SRV) {
            b.serviceDiscovery(d -> d.name(s.name() + "-srv").dnsRecordType(DnsRecordType.SRV));
            calls.add(".serviceDiscovery(d -> d.name(\"" + s.name() + "-srv\").dnsRecordType(SRV))");
        }
        Service built = b.build();
        Deployment deployment = deployment(s.deploy(), built, target, calls);
        code.add("\"" + s.name() + "\", s -> s" + String.join("", calls));
        return deployment == null ? built : built.toBuilder().deployment(deployment).build();
    }

    /** The deployment a spec draws, what the service's traffic path allows; null: the default. */
    private Deployment deployment(DeploySpec d, Service built, Target target, List<String> calls) {
        if (d.equals(DeploySpec.DEFAULT)) {
            return null;
        }
        dev.berth.service.DeploymentStrategy strategy = d.strategy();
        boolean alb = target == Target.ALB;
        boolean weighted = built.isLoadBalanced() && built.exposures().get(0).isWeighted();
        boolean requests = built.autoScaling().isEnabled() && built.autoScaling().requestsPerTarget() > 0;
        boolean canShift = built.isLoadBalanced() ? alb && !weighted && !requests : !requests;
        if (d.codeDeploy() && alb && !weighted && !built.serviceConnect().enabled()
                && !weightedOn(built.exposures().get(0).loadBalancer())) {
            return codeDeploy(d, built, calls);
        }
        // CANARY and LINEAR behind Application Load Balancers only (the Service Connect path is the validator's)
        if (strategy.shiftsTraffic() && (!canShift || (strategy != dev.berth.service.DeploymentStrategy.BLUE_GREEN
                && !alb))) {
            strategy = dev.berth.service.DeploymentStrategy.ROLLING;
        }
        Deployment.Builder b = Deployment.builder().strategy(strategy);
        List<String> parts = new ArrayList<>();
        if (strategy != dev.berth.service.DeploymentStrategy.ROLLING) {
            parts.add(".strategy(" + strategy + ")");
        }
        if (d.bakeTime()) {
            b.bakeTimeMinutes(15);
            parts.add(".bakeTimeMinutes(15)");
        }
        if (strategy == dev.berth.service.DeploymentStrategy.CANARY) {
            b.canary(5.5, 10);
            parts.add(".canary(5.5, 10)");
        }
        if (strategy == dev.berth.service.DeploymentStrategy.LINEAR) {
            b.linear(25, 3);
            parts.add(".linear(25, 3)");
        }
        if (d.hook()) {
            String arn = "arn:aws:lambda:eu-west-1:123456789012:function:" + built.name() + "-smoke";
            dev.berth.service.LifecycleStage stage = strategy.shiftsTraffic()
                    ? dev.berth.service.LifecycleStage.POST_TEST_TRAFFIC_SHIFT
                    : dev.berth.service.LifecycleStage.POST_SCALE_UP;
            b.lifecycleHook(arn, stage);
            parts.add(".lifecycleHook(\"" + arn + "\", " + stage + ")");
        }
        if (d.target5xx() && alb) {
            b.rollbackOnTarget5xx(10);
            parts.add(".rollbackOnTarget5xx(10)");
        }
        if (d.unhealthyHosts() && alb) {
            b.rollbackOnUnhealthyHosts(true);
            parts.add(".rollbackOnUnhealthyHosts(true)");
        }
        if (d.existingAlarm()) {
            b.rollbackOnAlarm(built.name() + "-latency");
            parts.add(".rollbackOnAlarm(\"" + built.name() + "-latency\")");
        }
        if (d.force()) {
            b.forceNewDeployment(true);
            parts.add(".forceNewDeployment(true)");
        }
        if (parts.isEmpty()) {
            return null;
        }
        calls.add(".deployment(d -> d" + String.join("", parts) + ")");
        return b.build();
    }

    /** Whether a service's weighted rule may forward on load balancer {@code lb} (to another service there). */
    private boolean weightedOn(String lb) {
        return services.stream().anyMatch(o -> o.exposure().exposed() && o.exposure().weighted()
                && target(o.exposure()) == Target.ALB
                && LOAD_BALANCER_NAMES.get(o.exposure().loadBalancer() % loadBalancers.size()).equals(lb));
    }

    /** CodeDeploy blue/green: the flags choose a canary, a test listener, an AppSpec hook and the alarms. */
    private Deployment codeDeploy(DeploySpec d, Service built, List<String> calls) {
        Deployment.Builder b = Deployment.builder();
        List<String> parts = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        dev.berth.service.CodeDeploy.Builder c = dev.berth.service.CodeDeploy.builder();
        if (d.bakeTime()) {
            c.config(dev.berth.service.CodeDeployConfig.CANARY_10_PERCENT_5_MINUTES).terminationWaitMinutes(15);
            settings.add(".config(CANARY_10_PERCENT_5_MINUTES).terminationWaitMinutes(15)");
        }
        if (d.force()) {
            c.testListenerPort(9443);
            settings.add(".testListenerPort(9443)");
        }
        if (d.hook()) {
            c.hook(dev.berth.service.AppSpecEvent.AFTER_ALLOW_TEST_TRAFFIC, built.name() + "-smoke");
            settings.add(".hook(AFTER_ALLOW_TEST_TRAFFIC, \"" + built.name() + "-smoke\")");
        }
        b.codeDeploy(c.build()).controller(dev.berth.service.DeploymentController.CODE_DEPLOY);
        parts.add(".codeDeploy(c -> c" + String.join("", settings) + ")");
        if (d.target5xx()) {
            b.rollbackOnTarget5xx(10);
            parts.add(".rollbackOnTarget5xx(10)");
        }
        if (d.unhealthyHosts()) {
            b.rollbackOnUnhealthyHosts(true);
            parts.add(".rollbackOnUnhealthyHosts(true)");
        }
        if (d.existingAlarm()) {
            b.rollbackOnAlarm(built.name() + "-latency");
            parts.add(".rollbackOnAlarm(\"" + built.name() + "-latency\")");
        }
        calls.add(".deployment(d -> d" + String.join("", parts) + ")");
        return b.build();
    }

    /** The egress a spec draws; null for a service the program does not have (or the service itself). */
    private Egress egress(ServiceSpec s, EgressSpec e) {
        int port = EGRESS_PORTS.get(e.port() % EGRESS_PORTS.size());
        int to = e.range() ? port + 10 : port;
        Egress egress = switch (e.kind()) {
            case CIDR -> Egress.toCidr("10.99." + (e.target() % 256) + ".0/24", port, to);
            case GROUP -> Egress.toSecurityGroup(String.format("sg-%08x", 0x5a000000 + e.target()), port, to);
            case PREFIX_LIST -> Egress.toPrefixList(String.format("pl-%08x", 0x6b000000 + e.target()), port, to);
            case SERVICE, SERVICE_ALL -> e.service() == null || e.service().equals(s.name())
                    || !serviceNames().contains(e.service()) ? null : Egress.toService(e.service());
        };
        if (egress == null) {
            return null;
        }
        if (e.kind() == EgressKind.SERVICE_ALL) {
            return egress.withProtocol(Egress.IpProtocol.ALL);
        }
        return e.udp() && !e.isService() ? egress.withProtocol(Egress.IpProtocol.UDP) : egress;
    }

    private static String describe(Egress e) {
        String call = switch (e.destination()) {
            case CIDR -> "toCidr(\"" + e.target() + "\", " + e.fromPort() + ", " + e.toPort() + ")";
            case SECURITY_GROUP -> "toSecurityGroup(\"" + e.target() + "\", " + e.fromPort() + ", " + e.toPort() + ")";
            case PREFIX_LIST -> "toPrefixList(\"" + e.target() + "\", " + e.fromPort() + ", " + e.toPort() + ")";
            case SERVICE -> "toService(\"" + e.target() + "\")";
        };
        return "Egress." + call + (e.protocol() == Egress.IpProtocol.TCP ? ""
                : ".withProtocol(" + e.protocol() + ")");
    }

    /**
     * The nearest earlier service exposed on the Application Load Balancer {@code lb}; null if none. Earlier, so that
     * adding a service at the end never changes another's rule.
     */
    private String weightedTarget(ServiceSpec s, String lb) {
        int at = services.indexOf(s);
        for (int i = at - 1; i >= 0; i--) {
            ServiceSpec other = services.get(i);
            if (other.name().equals(s.name()) || !other.exposure().exposed()) {
                continue;
            }
            Target t = target(other.exposure());
            String otherLb = t == Target.PLATFORM ? PLATFORM : t == Target.ALB
                    ? LOAD_BALANCER_NAMES.get(other.exposure().loadBalancer() % loadBalancers.size()) : null;
            if (lb.equals(otherLb)) {
                return other.name();
            }
        }
        return null;
    }

    private void exposure(ServiceSpec s, Service.Builder b, List<String> calls, Target where) {
        if (where == Target.NLB) {
            networkExposure(s, b, calls);
            return;
        }
        ExposureSpec e = s.exposure();
        String lb = where == Target.PLATFORM ? PLATFORM
                : LOAD_BALANCER_NAMES.get(e.loadBalancer() % loadBalancers.size());
        List<String> ec = new ArrayList<>();
        boolean path = e.path() || !e.host();
        // The exposed container: the first, or another one that maps a TCP port.
        int target = 0;
        if (e.namedContainer()) {
            for (int i = s.containers().size() - 1; i > 0; i--) {
                ContainerSpec c = s.containers().get(i);
                if (c.ports() > 0) {
                    target = i;
                    break;
                }
            }
        }
        String container = CONTAINER_NAMES.get(target);
        int port = firstPort(s, target);
        int priority = (where == Target.PLATFORM ? platform.from() : 1000) + SERVICE_NAMES.indexOf(s.name());
        String weightedTo = e.weighted() ? weightedTarget(s, lb) : null;
        String healthPath = HEALTH_PATHS.get(e.healthPath() % HEALTH_PATHS.size());
        b.expose(lb, x -> {
            if (capacity(s).instanceTargets()) {
                x.targetType(dev.berth.loadbalancing.TargetType.INSTANCE);
            }
            if (path) {
                x.path("/" + s.name() + "/*");
            }
            if (e.host()) {
                x.host(s.name() + ".example.com");
            }
            if (e.explicitPriority()) {
                x.priority(priority);
            }
            if (e.namedContainer()) {
                x.container(container);
            }
            if (e.explicitPort()) {
                x.containerPort(port);
            }
            x.healthCheckPath(healthPath);
            if (e.conditions()) {
                // ALB allows 5 condition values per rule: with a path and a host, no query string.
                x.httpHeader("X-Service", s.name()).httpMethod("GET").sourceIp("10.0.0.0/8");
                if (!(path && e.host())) {
                    x.queryString("svc", s.name());
                }
            }
            if (e.attributes()) {
                x.stickinessSeconds(3600).slowStartSeconds(30)
                        .algorithm(dev.berth.loadbalancing.LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS);
            }
            if (weightedTo != null) {
                x.weightedTarget(weightedTo, 10).weightedStickinessSeconds(600);
            }
        });
        if (path) {
            ec.add(".path(\"/" + s.name() + "/*\")");
        }
        if (e.host()) {
            ec.add(".host(\"" + s.name() + ".example.com\")");
        }
        if (e.explicitPriority()) {
            ec.add(".priority(" + priority + ")");
        }
        if (e.namedContainer()) {
            ec.add(".container(\"" + container + "\")");
        }
        if (e.explicitPort()) {
            ec.add(".containerPort(" + port + ")");
        }
        ec.add(".healthCheckPath(\"" + healthPath + "\")");
        if (e.conditions()) {
            ec.add(".httpHeader(\"X-Service\", \"" + s.name() + "\").httpMethod(\"GET\").sourceIp(\"10.0.0.0/8\")"
                    + (path && e.host() ? "" : ".queryString(\"svc\", \"" + s.name() + "\")"));
        }
        if (e.attributes()) {
            ec.add(".stickinessSeconds(3600).slowStartSeconds(30).algorithm(LEAST_OUTSTANDING_REQUESTS)");
        }
        if (weightedTo != null) {
            ec.add(".weightedTarget(\"" + weightedTo + "\", 10).weightedStickinessSeconds(600)");
        }
        calls.add(".expose(\"" + lb + "\", e -> e" + (capacity(s).instanceTargets() ? ".targetType(INSTANCE)" : "")
                + String.join("", ec) + ")");
    }

    /**
     * An exposure on the Network Load Balancer: a listener on a port of the service's own (so that services never
     * share one), TCP, TLS, or UDP to the first container's UDP port where it maps one.
     */
    private void networkExposure(ServiceSpec s, Service.Builder b, List<String> calls) {
        ExposureSpec e = s.exposure();
        String lb = NETWORK_LOAD_BALANCER_NAMES.get(0);
        int listenerPort = 20_000 + SERVICE_NAMES.indexOf(s.name());
        NlbProtocol protocol = e.protocol() == NlbProtocol.UDP && !s.containers().get(0).udp() ? NlbProtocol.TCP
                : e.protocol();
        String certificate = "arn:aws:acm:" + REGION + ":" + ACCOUNT + ":certificate/2d3e4f5a-" + s.name();
        int udpPort = portBase(s) + 9; // the first container's UDP port
        String healthPath = HEALTH_PATHS.get(e.healthPath() % HEALTH_PATHS.size());
        boolean httpCheck = protocol != NlbProtocol.UDP && e.healthPath() % 2 == 1;
        b.expose(lb, x -> {
            if (capacity(s).instanceTargets()) {
                x.targetType(dev.berth.loadbalancing.TargetType.INSTANCE);
            }
            switch (protocol) {
                case TCP -> x.networkListener(l -> l.port(listenerPort));
                case TLS -> x.networkListener(l -> l.port(listenerPort).tls(certificate)
                        .alpnPolicy(dev.berth.loadbalancing.AlpnPolicy.HTTP2_PREFERRED));
                case UDP -> x.containerPort(udpPort).networkListener(l -> l.port(listenerPort)
                        .protocol(dev.berth.loadbalancing.ListenerProtocol.UDP));
            }
            if (httpCheck) {
                x.healthCheckPath(healthPath);
            }
        });
        String listener = switch (protocol) {
            case TCP -> "l -> l.port(" + listenerPort + ")";
            case TLS -> "l -> l.port(" + listenerPort + ").tls(\"" + certificate + "\").alpnPolicy(HTTP2_PREFERRED)";
            case UDP -> "l -> l.port(" + listenerPort + ").protocol(UDP)";
        };
        calls.add(".expose(\"" + lb + "\", e -> e" + (capacity(s).instanceTargets() ? ".targetType(INSTANCE)" : "")
                + (protocol == NlbProtocol.UDP ? ".containerPort(" + udpPort + ")" : "")
                + ".networkListener(" + listener + ")" + (httpCheck ? ".healthCheckPath(\"" + healthPath + "\")" : "")
                + ")");
    }

    /** Container 0 always maps a TCP port, from a small pool; the others map unique high ports. */
    static int firstPort(ServiceSpec s, int container) {
        if (s.capacity() == Capacity.EC2_HOST) {
            return hostPortBase(s) + 10 * container;
        }
        return container == 0 ? FIRST_PORTS.get(Math.abs(s.name().hashCode()) % FIRST_PORTS.size())
                : 10_000 + 10 * container;
    }

    private void task(ServiceSpec s, dev.berth.task.TaskDefinition.Builder t, Code code) {
        int[] size = FARGATE_SIZES.get(s.size() % FARGATE_SIZES.size());
        t.cpu(size[0]).memory(size[1]);
        code.add(".cpu(" + size[0] + ").memory(" + size[1] + ")");
        if (s.arm64()) {
            t.cpuArchitecture(dev.berth.task.CpuArchitecture.ARM64);
            code.add(".cpuArchitecture(ARM64)");
        }
        if (!capacity(s).fargate()) {
            dev.berth.task.Compatibility compatibility = capacity(s) == Capacity.MANAGED_INSTANCES
                    ? dev.berth.task.Compatibility.MANAGED_INSTANCES : dev.berth.task.Compatibility.EC2;
            t.compatibilities(compatibility);
            code.add(".compatibilities(" + compatibility + ")");
        }
        if (capacity(s) == Capacity.EC2_PLACED) {
            t.placementConstraint(dev.berth.placement.PlacementConstraint.memberOf("attribute:ecs.os-type == linux"));
            code.add(".placementConstraint(memberOf(\"attribute:ecs.os-type == linux\"))");
        }
        TaskSpec ts = s.task();
        if (capacity(s).ec2()) {
            dev.berth.task.NetworkMode mode = switch (capacity(s)) {
                case EC2_BRIDGE -> dev.berth.task.NetworkMode.BRIDGE;
                case EC2_HOST -> dev.berth.task.NetworkMode.HOST;
                default -> dev.berth.task.NetworkMode.AWSVPC;
            };
            if (mode != dev.berth.task.NetworkMode.AWSVPC) {
                t.networkMode(mode);
                code.add(".networkMode(" + mode + ")");
            }
        }
        // ephemeral storage is Fargate's only (EPHEMERAL_STORAGE)
        if (ts.ephemeralStorage() > 0 && capacity(s).fargate()) {
            t.ephemeralStorageGiB(ts.ephemeralStorage());
            code.add(".ephemeralStorageGiB(" + ts.ephemeralStorage() + ")");
        }
        for (int v = 0; v < ts.volumes(); v++) {
            t.volume(dev.berth.task.Volume.bind(VOLUME_NAMES.get(v)));
            code.add(".volume(Volume.bind(\"" + VOLUME_NAMES.get(v) + "\"))");
        }
        efsVolume(ts.efs(), t, code);
        int n = s.containers().size();
        for (int i = 0; i < n; i++) {
            ContainerSpec c = s.containers().get(i);
            String name = CONTAINER_NAMES.get(i);
            Code cc = new Code();
            int index = i;
            boolean gpu = i == 0 && capacity(s) == Capacity.MANAGED_INSTANCES;
            t.container(name, b -> {
                container(s, index, c, size, n, b, cc);
                if (gpu) {
                    b.gpus(1);
                    cc.add(".gpus(1)");
                }
            });
            code.add(".container(\"" + name + "\", c -> c" + cc + ")");
        }
        if (routed(s)) {
            // Without internet the router's image must be in private ECR, which the endpoints reach.
            String image = network.internet() ? dev.berth.task.LogRouter.AWS_FOR_FLUENT_BIT_IMAGE
                    : REGISTRY + "/aws-for-fluent-bit:2.34.3.20260623";
            String logKey = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/logs-" + s.name();
            t.logRouter(r -> {
                r.image(image);
                // The router logs to the service's group, with the settings every group of the service has.
                if (s.task().retainLogs() || s.task().logKms()) {
                    r.logging(l -> {
                        if (s.task().retainLogs()) {
                            l.removalPolicy(dev.berth.RemovalPolicy.RETAIN);
                        }
                        if (s.task().logKms()) {
                            l.kmsKey(logKey);
                        }
                    });
                }
            });
            code.add(".logRouter(r -> r.image(\"" + image + "\")"
                    + (s.task().retainLogs() || s.task().logKms() ? ".logging(l -> l"
                    + (s.task().retainLogs() ? ".removalPolicy(RETAIN)" : "")
                    + (s.task().logKms() ? ".kmsKey(\"" + logKey + "\")" : "") + ")" : "") + ")");
        }
        for (int i = 0; i < s.grants().size(); i++) {
            GrantSpec g = s.grants().get(i);
            String what = s.name() + "-" + i;
            Grant grant = switch (g.kind()) {
                case S3 -> Grant.s3Bucket("shop-" + what, g.access());
                case DYNAMODB -> Grant.dynamoDbTable("table-" + what, g.access());
                case SQS -> Grant.sqsConsume("arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":queue-" + what);
                case SNS -> Grant.snsPublish("arn:aws:sns:" + REGION + ":" + ACCOUNT + ":topic-" + what);
                case STATEMENT -> Grant.statement(List.of("sqs:SendMessage", "sqs:GetQueueUrl"),
                        List.of("arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":out-" + what));
                case PROGRAM_QUEUE -> g.access() == Access.READ ? Grant.consumeQueue(QUEUE) : Grant.sendToQueue(QUEUE);
                case KMS_STATEMENT -> Grant.statement(List.of("kms:Decrypt", "kms:GenerateDataKey"),
                        List.of("arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/key-" + what));
                case SQS_SEND -> Grant.sqsSend("arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":send-" + what);
                case KMS_KEY -> {
                    String key = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/grant-" + what;
                    yield switch (g.access()) {
                        case READ -> Grant.kmsDecrypt(key);
                        case WRITE -> Grant.kmsEncrypt(key);
                        case READ_WRITE -> Grant.kmsEncryptDecrypt(key);
                    };
                }
                case SECRET_READ -> Grant.secretRead(g.access() == Access.READ ? SecretRef.name("shop/" + what)
                        : SecretRef.arn("arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:shop/" + what
                        + "-Ab12Cd"));
                case PARAMETER_READ -> Grant.parameterRead("/shop/" + what);
                case PUT_EVENTS -> Grant.putEvents(g.access() == Access.READ ? "default"
                        : "arn:aws:events:" + REGION + ":" + ACCOUNT + ":event-bus/bus-" + what);
                case PUT_METRIC_DATA -> Grant.putMetricData("Shop/" + what);
            };
            t.grant(grant);
            code.add(".grant(" + describe(grant) + ")");
        }
    }

    private static String describe(Grant grant) {
        if (grant instanceof Grant.S3Bucket g) {
            return "s3Bucket(\"" + g.bucketName() + "\", " + g.access() + ")";
        } else if (grant instanceof Grant.DynamoDbTable g) {
            return "dynamoDbTable(\"" + g.tableName() + "\", " + g.access() + ")";
        } else if (grant instanceof Grant.SqsConsume g) {
            return "sqsConsume(\"" + g.queueArn() + "\")";
        } else if (grant instanceof Grant.SnsPublish g) {
            return "snsPublish(\"" + g.topicArn() + "\")";
        } else if (grant instanceof Grant.ProgramQueue g) {
            return (g.consume() ? "consumeQueue" : "sendToQueue") + "(\"" + g.queue() + "\")";
        } else if (grant instanceof Grant.SqsSend g) {
            return "sqsSend(\"" + g.queueArn() + "\")";
        } else if (grant instanceof Grant.KmsKey g) {
            return "kms" + (g.encrypt() ? "Encrypt" : "") + (g.decrypt() ? "Decrypt" : "") + "(\"" + g.keyArn() + "\")";
        } else if (grant instanceof Grant.SecretRead g) {
            return "secretRead(SecretRef." + (g.secret().form() == SecretRef.Form.NAME ? "name" : "arn") + "(\""
                    + g.secret().secret() + "\"))";
        } else if (grant instanceof Grant.ParameterRead g) {
            return "parameterRead(\"" + g.parameter() + "\")";
        } else if (grant instanceof Grant.PutEvents g) {
            return "putEvents(\"" + g.eventBus() + "\")";
        } else if (grant instanceof Grant.PutMetricData g) {
            return "putMetricData(\"" + g.namespace() + "\")";
        }
        Grant.Statement g = (Grant.Statement) grant;
        return "statement(" + g.actions() + ", " + g.resources() + ")";
    }

    /**
     * Whether the service's task gets a log router: when a container sends its logs to FireLens and the task has room
     * for one more container (10 at most); otherwise those containers log with awslogs.
     */
    static boolean routed(ServiceSpec s) {
        return s.containers().size() < 10 && s.containers().stream().anyMatch(c -> c.log().fireLens());
    }

    private void container(ServiceSpec s, int index, ContainerSpec c, int[] size, int count,
                           dev.berth.task.Container.Builder b, Code code) {
        String name = CONTAINER_NAMES.get(index);
        Image image = image(s, name, c);
        b.image(image);
        code.add(".image(" + (image.isDeployTime() ? "Image.of(\"" + image.reference() + "\").deployTimeVersion(\""
                + image.parameterName() + "\")" : "\"" + image.reference() + "\"") + ")");
        if (!c.essential() && index > 0) {
            b.essential(false);
            code.add(".essential(false)");
        }
        if (c.limits()) {
            int memory = size[1] / (2 * count);
            int cpu = size[0] / (2 * count);
            b.cpu(cpu).memory(memory).memoryReservation(memory / 2);
            code.add(".cpu(" + cpu + ").memory(" + memory + ").memoryReservation(" + memory / 2 + ")");
        }
        int ports = index == 0 ? Math.max(1, c.ports()) : c.ports();
        for (int p = 0; p < ports; p++) {
            int port = p == 0 ? firstPort(s, index) : portBase(s) + 10 * index + p;
            if (p == 0 && c.namedPort()) {
                b.port(port, "http");
                code.add(".port(" + port + ", \"http\")");
            } else {
                b.port(port);
                code.add(".port(" + port + ")");
            }
        }
        if (c.udp()) {
            b.portMapping(new PortMapping(portBase(s) + 10 * index + 9, 0, Protocol.UDP, ""));
            code.add(".portMapping(udp(" + (portBase(s) + 10 * index + 9) + "))");
        }
        for (int v = 0; v < c.env(); v++) {
            String value = ENV_VALUES.get((index + v) % ENV_VALUES.size());
            b.env("VAR_" + v, value);
            code.add(".env(\"VAR_" + v + "\", \"" + value.replace("\"", "\\\"") + "\")");
        }
        for (int k = 0; k < c.secrets().size(); k++) {
            Secret secret = secret(s, name, k, c.secrets().get(k));
            b.secret(secret);
            code.add(".secret(" + secretCode(secret) + ")");
        }
        if (c.repositoryCredentials()) {
            String arn = "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:registry/" + s.name() + "-"
                    + name + "-Ab12Cd";
            if (c.runtime().registryKms()) {
                String key = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/registry-" + s.name();
                b.repositoryCredentials(arn, key);
                code.add(".repositoryCredentials(\"" + arn + "\", \"" + key + "\")");
            } else {
                b.repositoryCredentials(arn);
                code.add(".repositoryCredentials(\"" + arn + "\")");
            }
        }
        if (c.healthCheck()) {
            b.healthCheck(HealthCheck.shell("curl -f http://localhost/ || exit 1"));
            code.add(".healthCheck(shell(\"curl -f http://localhost/ || exit 1\"))");
        }
        if (c.dependsOnFirst() && index > 0) {
            DependencyCondition condition = s.containers().get(0).healthCheck() ? DependencyCondition.HEALTHY
                    : DependencyCondition.START;
            b.dependsOn(CONTAINER_NAMES.get(0), condition);
            code.add(".dependsOn(\"" + CONTAINER_NAMES.get(0) + "\", " + condition + ")");
        }
        int retention = RETENTIONS.get(c.retention() % RETENTIONS.size());
        // The service's log settings go on every group Berth declares for it, so containers sharing a group agree.
        String logKey = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/logs-" + s.name();
        java.util.function.Consumer<dev.berth.task.Logging.Builder> logSettings = l -> {
            if (s.task().retainLogs()) {
                l.removalPolicy(dev.berth.RemovalPolicy.RETAIN);
            }
            if (s.task().logKms()) {
                l.kmsKey(logKey);
            }
        };
        String logSettingsCode = (s.task().retainLogs() ? ".removalPolicy(RETAIN)" : "")
                + (s.task().logKms() ? ".kmsKey(\"" + logKey + "\")" : "");
        LogKind logKind = c.log().fireLens() && !routed(s) ? LogKind.DEFAULT : c.log();
        switch (logKind) {
            case FIRELENS_CLOUDWATCH -> {
                b.logging(l -> logSettings.accept(l.fireLens(dev.berth.task.FireLens.cloudWatchLogs())));
                code.add(".logging(l -> l.fireLens(FireLens.cloudWatchLogs())" + logSettingsCode + ")");
            }
            case FIRELENS_FIREHOSE -> {
                b.logging(dev.berth.task.Logging.fireLens(dev.berth.task.FireLens.firehose(s.name() + "-logs")));
                code.add(".logging(Logging.fireLens(FireLens.firehose(\"" + s.name() + "-logs\")))");
            }
            case FIRELENS_S3 -> {
                b.logging(dev.berth.task.Logging.fireLens(dev.berth.task.FireLens.s3("shop-logs",
                        "logs/" + s.name() + "/" + name + "/")));
                code.add(".logging(Logging.fireLens(FireLens.s3(\"shop-logs\", \"logs/" + s.name() + "/" + name
                        + "/\")))");
            }
            case DEFAULT -> {
                if (!logSettingsCode.isEmpty()) {
                    b.logging(logSettings);
                    code.add(".logging(l -> l" + logSettingsCode + ")");
                }
            }
            case NONE -> {
                b.logging(dev.berth.task.Logging.NONE);
                code.add(".logging(NONE)");
            }
            case CUSTOM_GROUP -> {
                String group = "/custom/" + s.name() + "/" + name;
                b.logging(l -> logSettings.accept(l.logGroupName(group).retentionDays(retention)
                        .streamPrefix("p-" + name).region(REGION)));
                code.add(".logging(l -> l.logGroupName(\"" + group + "\").retentionDays(" + retention
                        + ").streamPrefix(\"p-" + name + "\").region(\"" + REGION + "\")" + logSettingsCode + ")");
            }
            case CREATE_GROUP -> {
                String group = "/created/" + s.name() + "/" + name;
                b.logging(l -> l.logGroupName(group).createGroup(true));
                code.add(".logging(l -> l.logGroupName(\"" + group + "\").createGroup(true))");
            }
        }
        if (c.readonly()) {
            b.readonlyRootFilesystem(true);
            code.add(".readonlyRootFilesystem(true)");
        }
        runtime(s, index, c.runtime(), b, code);
    }

    private static void runtime(ServiceSpec s, int index, RuntimeSpec r, dev.berth.task.Container.Builder b,
                                Code code) {
        String name = CONTAINER_NAMES.get(index);
        if (r.user()) {
            b.user("1000:1000");
            code.add(".user(\"1000:1000\")");
        }
        if (r.workingDirectory()) {
            b.workingDirectory("/srv/" + name);
            code.add(".workingDirectory(\"/srv/" + name + "\")");
        }
        if (r.stopTimeout() > 0) {
            b.stopTimeoutSeconds(r.stopTimeout());
            code.add(".stopTimeoutSeconds(" + r.stopTimeout() + ")");
        }
        for (int l = 0; l < r.labels(); l++) {
            b.dockerLabel("com.example.label-" + l, l == 0 ? s.name() : "${not-a-template}");
            code.add(".dockerLabel(\"com.example.label-" + l + "\", \"" + (l == 0 ? s.name() : "${not-a-template}")
                    + "\")");
        }
        if (r.nofile()) {
            b.ulimit(dev.berth.task.UlimitName.NOFILE, 65535, 1_048_576);
            code.add(".ulimit(NOFILE, 65535, 1048576)");
        }
        switch (r.linux()) {
            case NONE -> { }
            case INIT -> {
                b.initProcessEnabled(true);
                code.add(".initProcessEnabled(true)");
            }
            case DROP_ALL_ADD_PTRACE -> {
                b.linuxParameters(l -> l.dropCapabilities(dev.berth.task.LinuxCapability.ALL)
                        .addCapabilities(dev.berth.task.LinuxCapability.SYS_PTRACE));
                code.add(".linuxParameters(l -> l.dropCapabilities(ALL).addCapabilities(SYS_PTRACE))");
            }
        }
        for (int f = 0; f < r.environmentFiles(); f++) {
            String file = "arn:aws:s3:::shop-config-" + f + "/" + s.name() + "/" + name + ".env";
            b.environmentFile(file);
            code.add(".environmentFile(\"" + file + "\")");
        }
        int volumes = s.task().volumes();
        if (r.mountScratch() && volumes >= 1) {
            b.mount(VOLUME_NAMES.get(0), "/tmp");
            code.add(".mount(\"" + VOLUME_NAMES.get(0) + "\", \"/tmp\")");
        }
        if (r.mountShared() && volumes >= 2) {
            b.mountReadOnly(VOLUME_NAMES.get(1), "/srv/shared");
            code.add(".mountReadOnly(\"" + VOLUME_NAMES.get(1) + "\", \"/srv/shared\")");
        }
        if (index == 0 && s.task().efs() != EfsKind.NONE) {
            b.mount(EFS_VOLUME, "/mnt/data");
            code.add(".mount(\"" + EFS_VOLUME + "\", \"/mnt/data\")");
        }
        if (r.volumesFromFirst() && index > 0) {
            b.volumesFrom(CONTAINER_NAMES.get(0), true);
            code.add(".volumesFrom(\"" + CONTAINER_NAMES.get(0) + "\", true)");
        }
    }

    private static void efsVolume(EfsKind kind, dev.berth.task.TaskDefinition.Builder t, Code code) {
        switch (kind) {
            case ACCESS_POINT -> {
                t.volume(dev.berth.task.Volume.efs(EFS_VOLUME, v -> v.fileSystem(FILE_SYSTEM).accessPoint(ACCESS_POINT)));
                code.add(".volume(Volume.efs(\"" + EFS_VOLUME + "\", v -> v.fileSystem(\"" + FILE_SYSTEM
                        + "\").accessPoint(\"" + ACCESS_POINT + "\")))");
            }
            case READ_ONLY -> {
                t.volume(dev.berth.task.Volume.efs(EFS_VOLUME, v -> v.fileSystem(FILE_SYSTEM).readOnly(true)));
                code.add(".volume(Volume.efs(\"" + EFS_VOLUME + "\", v -> v.fileSystem(\"" + FILE_SYSTEM
                        + "\").readOnly(true)))");
            }
            case EXISTING -> {
                t.volume(dev.berth.task.Volume.efs(EFS_VOLUME, v -> v.fileSystemId("fs-0123456789abcdef0")
                        .accessPointId("fsap-0123456789abcdef0").securityGroupId("sg-0fedcba9876543210")));
                code.add(".volume(Volume.efs(\"" + EFS_VOLUME + "\", v -> v.fileSystemId(\"fs-0123456789abcdef0\")"
                        + ".accessPointId(\"fsap-0123456789abcdef0\").securityGroupId(\"sg-0fedcba9876543210\")))");
            }
            case NONE -> {
            }
        }
    }

    private Image image(ServiceSpec s, String container, ContainerSpec c) {
        ImageKind kind = c.image();
        if (!network.internet() && kind != ImageKind.ECR_TAG && kind != ImageKind.ECR_DIGEST) {
            kind = ImageKind.ECR_TAG; // only private ECR is reachable through VPC endpoints
        }
        Image image = switch (kind) {
            case ECR_TAG -> Image.of(REGISTRY + "/shop/" + s.name() + "-" + container + ":1.4." + container.length());
            case ECR_DIGEST -> Image.of(REGISTRY + "/shop/" + s.name() + "@sha256:" + "ab".repeat(32));
            case DOCKER_HUB -> Image.of("nginx:1.27");
            case ECR_PUBLIC -> Image.of("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0");
            case LATEST -> Image.of("busybox:latest");
        };
        return c.deployTime() ? image.deployTimeVersion(s.name() + "-" + container + "-tag") : image;
    }

    private static Secret secret(ServiceSpec s, String container, int k, SecretSpec spec) {
        String variable = "SECRET_" + k;
        String path = "shop/" + s.name() + "/" + container + "/" + k;
        String arn = "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:" + path;
        Secret secret = switch (spec.kind()) {
            case SSM_NAME -> Secret.fromSsmParameter(variable, "/" + path);
            case SSM_ARN -> Secret.fromSsmParameter(variable,
                    "arn:aws:ssm:" + REGION + ":" + ACCOUNT + ":parameter/" + path);
            case SECRETS_MANAGER -> Secret.fromSecretsManager(variable, arn + "-AbCdEf");
            case SECRETS_MANAGER_JSON_KEY -> Secret.fromSecretsManager(variable, arn + "-AbCdEf", "password");
            case SECRETS_MANAGER_KEY_AND_STAGE -> Secret.fromSecretsManager(variable,
                    SecretRef.arn(arn + "-Uv78Wx").withJsonKey("token").withVersionStage("AWSPREVIOUS"));
            case SECRETS_MANAGER_PARTIAL -> Secret.fromSecretsManager(variable, SecretRef.partialArn(arn + "/db"));
            case SECRETS_MANAGER_PARTIAL_LIKE_COMPLETE -> Secret.fromSecretsManager(variable,
                    SecretRef.partialArn(arn + "/db-master"));
            case SECRETS_MANAGER_PARTIAL_STAGE -> Secret.fromSecretsManager(variable,
                    SecretRef.partialArn(arn + "/db").withVersionStage("AWSPENDING"));
            case SECRETS_MANAGER_NAME -> Secret.fromSecretsManager(variable, SecretRef.name(path + "/db"));
            case SECRETS_MANAGER_NAME_VERSION_ID -> Secret.fromSecretsManager(variable, SecretRef.name(path)
                    .withJsonKey("password").withVersionId("9d4cb84b-ad69-40c0-a0ab-cead3e" + String.format("%06d", k)));
        };
        return spec.kms() ? secret.encryptedWith("arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/key-" + k) : secret;
    }

    /** The secret as the DSL call that makes it. */
    private static String secretCode(Secret secret) {
        String kms = secret.kmsKeyArn().isEmpty() ? "" : ".encryptedWith(\"" + secret.kmsKeyArn() + "\")";
        if (secret.source() == dev.berth.task.SecretSource.SSM_PARAMETER) {
            return "Secret.fromSsmParameter(\"" + secret.name() + "\", \"" + secret.reference() + "\")" + kms;
        }
        SecretRef ref = secret.secretsManagerRef();
        String factory = switch (ref.form()) {
            case ARN -> "arn";
            case PARTIAL_ARN -> "partialArn";
            case NAME -> "name";
        };
        return "Secret.fromSecretsManager(\"" + secret.name() + "\", SecretRef." + factory + "(\"" + ref.secret() + "\")"
                + (ref.jsonKey().isEmpty() ? "" : ".withJsonKey(\"" + ref.jsonKey() + "\")")
                + (ref.versionStage().isEmpty() ? "" : ".withVersionStage(\"" + ref.versionStage() + "\")")
                + (ref.versionId().isEmpty() ? "" : ".withVersionId(\"" + ref.versionId() + "\")") + ")" + kms;
    }

    private static List<String> ids(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(prefix + String.format("%06x", i));
        }
        return ids;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }

    private static List<String> serviceNamePool() {
        List<String> names = new ArrayList<>(List.of("api", "storefront", "worker", "billing", "search",
                "orders", "auth", "media", "admin", "cart", "users", "ledger", "notify", "report", "feed", "payments",
                "shipping", "stock", "audit", "chat", "geo", "mailer", "api-v2", "order-events", "img-resize"));
        for (int i = 1; i <= 25; i++) {
            names.add(String.format("svc-%02d", i));
        }
        return List.copyOf(names);
    }

    private static List<int[]> fargateSizes() {
        Map<Integer, List<Integer>> table = new LinkedHashMap<>();
        table.put(256, List.of(512, 1024, 2048));
        table.put(512, range(1024, 4096, 1024));
        table.put(1024, range(2048, 8192, 1024));
        table.put(2048, range(4096, 16384, 1024));
        table.put(4096, range(8192, 30720, 1024));
        table.put(8192, range(16384, 61440, 4096));
        table.put(16384, range(32768, 122880, 8192));
        List<int[]> sizes = new ArrayList<>();
        table.forEach((cpu, memories) -> memories.forEach(m -> sizes.add(new int[] {cpu, m})));
        return List.copyOf(sizes);
    }

    private static List<Integer> range(int from, int to, int step) {
        List<Integer> values = new ArrayList<>();
        for (int v = from; v <= to; v += step) {
            values.add(v);
        }
        return values;
    }

    /** Names of the services, in order. */
    Set<String> serviceNames() {
        return services.stream().map(ServiceSpec::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A small text accumulator: lines for the program, fragments for nested lambdas. */
    static final class Code {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
        }

        void add(String fragment) {
            text.append(fragment);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

}
