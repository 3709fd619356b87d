package dev.berth;

import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.Cluster;
import dev.berth.events.EventTask;
import dev.berth.events.Events;
import dev.berth.events.ScheduledTask;
import dev.berth.events.TaskEnvironment;
import dev.berth.events.TaskNotifications;
import dev.berth.messaging.Queue;
import dev.berth.compute.ContainerInsights;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.diagnostics.Severity;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.loadbalancing.AlpnPolicy;
import dev.berth.loadbalancing.ExistingListener;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.ListenerProtocol;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.LoadBalancingAlgorithm;
import dev.berth.loadbalancing.NetworkListener;
import dev.berth.loadbalancing.NetworkLoadBalancer;
import dev.berth.loadbalancing.Scheme;
import dev.berth.loadbalancing.TargetType;
import dev.berth.network.Egress;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetSelection;
import dev.berth.scaling.AdjustmentType;
import dev.berth.scaling.AutoScaling;
import dev.berth.scaling.Comparison;
import dev.berth.scaling.Metric;
import dev.berth.scaling.MetricAggregation;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.ScheduledScaling;
import dev.berth.scaling.Statistic;
import dev.berth.scaling.StepAdjustment;
import dev.berth.service.Deployment;
import dev.berth.service.DeploymentStrategy;
import dev.berth.service.LifecycleStage;
import dev.berth.service.LaunchType;
import dev.berth.service.PropagateTags;
import dev.berth.service.Service;
import dev.berth.servicediscovery.ServiceConnect;
import dev.berth.servicediscovery.ServiceConnectServer;
import dev.berth.servicediscovery.DnsRecordType;
import dev.berth.servicediscovery.ServiceDiscovery;
import dev.berth.storage.AccessPoint;
import dev.berth.storage.FileSystem;
import dev.berth.storage.PerformanceMode;
import dev.berth.storage.ThroughputMode;
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.ContainerDependency;
import dev.berth.task.CpuArchitecture;
import dev.berth.task.DependencyCondition;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.LinuxCapability;
import dev.berth.task.LinuxParameters;
import dev.berth.task.FireLens;
import dev.berth.task.LogRouter;
import dev.berth.task.Logging;
import dev.berth.task.MountPoint;
import dev.berth.task.NetworkMode;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;
import dev.berth.task.Secret;
import dev.berth.task.SecretRef;
import dev.berth.task.TaskDefinition;
import dev.berth.task.Ulimit;
import dev.berth.task.UlimitName;
import dev.berth.task.Volume;
import dev.berth.task.VolumeFrom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One round-trip case per DSL type with a builder, and sample values of the model types without one.
 * {@link DslTypeCoverageTest} fails, naming the type, when a public DSL type has neither.
 */
final class RoundTripCases {

    static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-AbCdEf";
    static final String KMS_KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    static final String ROLE = "arn:aws:iam::123456789012:role/";
    static final String LISTENER_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/platform/"
            + "50dc6c495c0c9188/f2f7dc8efc522ab2";
    static final String WEB_ACL = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/shop/"
            + "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    private RoundTripCases() {
    }

    /** One builder call, named by the setter's signature, e.g. {@code capacityProvider(String,int,int)}. */
    record Step<B>(String setter, Consumer<B> call) {
        @Override
        public String toString() {
            return setter;
        }
    }

    /**
     * @param empty   a builder with nothing set (for types whose {@code builder} takes the name: the empty name)
     * @param finish  the builder's {@code build()}
     * @param full    every setter, each with a value other than its default; later calls may override earlier ones
     *                as long as the result differs from the default in every component
     * @param minimal only what the type requires
     * @param more    further call sequences, e.g. ones that leave out a setting whose default depends on another
     */
    record Case<T, B>(Class<T> type, Class<B> builderType, Supplier<B> empty, Function<B, T> finish,
                      Function<T, B> toBuilder, List<Step<B>> full, List<Step<B>> minimal,
                      List<List<Step<B>>> more) {

        T build(List<Step<B>> steps) {
            B b = empty.get();
            steps.forEach(s -> s.call().accept(b));
            return finish.apply(b);
        }

        T rebuild(T value) {
            return finish.apply(toBuilder.apply(value));
        }

        /** {@code build(steps[0..split)).toBuilder()}, then {@code steps[split..]}, then build. */
        T buildThroughToBuilder(List<Step<B>> steps, int split) {
            B b = toBuilder.apply(build(steps.subList(0, split)));
            steps.subList(split, steps.size()).forEach(s -> s.call().accept(b));
            return finish.apply(b);
        }

        /** The call sequences to try splitting: full, minimal, the extra ones, and full without each one call. */
        List<List<Step<B>>> sequences() {
            List<List<Step<B>>> all = new ArrayList<>();
            all.add(full);
            all.add(minimal);
            all.addAll(more);
            for (int i = 0; i < full.size(); i++) {
                List<Step<B>> without = new ArrayList<>(full);
                without.remove(i);
                all.add(without);
            }
            return all;
        }
    }

    @SafeVarargs
    private static <B> List<Step<B>> steps(Step<B>... steps) {
        return List.of(steps);
    }

    private static <B> Step<B> step(String setter, Consumer<B> call) {
        return new Step<>(setter, call);
    }

    static List<Case<?, ?>> builderCases() {
        return List.of(application(), cluster(), service(), exposure(), loadBalancer(), autoScaling(), newVpc(),
                existingVpc(), taskDefinition(), container(), logging(), queue(), linuxParameters(), serviceConnect(),
                serviceConnectServer(), serviceDiscovery(),
                fileSystem(), accessPoint(), efsVolume(), networkLoadBalancer(), networkListener(), existingListener(),
                deployment(), scheduledTask(), eventTask(), taskNotifications(), managedInstances(), codeDeploy(), ec2Capacity());
    }

    static Case<dev.berth.service.CodeDeploy, dev.berth.service.CodeDeploy.Builder> codeDeploy() {
        List<Step<dev.berth.service.CodeDeploy.Builder>> full = steps(
                step("config(CodeDeployConfig)", b -> b.config(
                        dev.berth.service.CodeDeployConfig.CANARY_10_PERCENT_5_MINUTES)),
                step("terminationWaitMinutes(int)", b -> b.terminationWaitMinutes(120)),
                step("readyWaitMinutes(int)", b -> b.readyWaitMinutes(30)),
                step("testListenerPort(int)", b -> b.testListenerPort(9000)),
                step("allowTestTrafficFrom(String)", b -> b.allowTestTrafficFrom("10.20.0.0/16")),
                step("hook(AppSpecEvent,String)", b -> b.hook(dev.berth.service.AppSpecEvent.AFTER_ALLOW_TEST_TRAFFIC,
                        "smoke-test")));
        return new Case<>(dev.berth.service.CodeDeploy.class, dev.berth.service.CodeDeploy.Builder.class,
                dev.berth.service.CodeDeploy::builder, dev.berth.service.CodeDeploy.Builder::build,
                dev.berth.service.CodeDeploy::toBuilder, full, List.of(), List.of());
    }

    static Case<Deployment, Deployment.Builder> deployment() {
        List<Step<Deployment.Builder>> full = steps(
                step("minimumHealthyPercent(int)", b -> b.minimumHealthyPercent(50)),
                step("maximumPercent(int)", b -> b.maximumPercent(150)),
                step("circuitBreaker(boolean)", b -> b.circuitBreaker(false)),
                step("rollback(boolean)", b -> b.rollback(false)),
                step("strategy(DeploymentStrategy)", b -> b.strategy(DeploymentStrategy.CANARY)),
                step("bakeTimeMinutes(int)", b -> b.bakeTimeMinutes(15)),
                step("canary(double,int)", b -> b.canary(5.5, 20)),
                step("linear(double,int)", b -> b.linear(12.5, 3)),
                step("lifecycleHook(String,LifecycleStage[])", b -> b.lifecycleHook(
                        "arn:aws:lambda:eu-west-1:123456789012:function:smoke-test",
                        LifecycleStage.POST_TEST_TRAFFIC_SHIFT, LifecycleStage.PRE_SCALE_UP)),
                step("rollbackOnTarget5xx(int)", b -> b.rollbackOnTarget5xx(10)),
                step("rollbackOnUnhealthyHosts(boolean)", b -> b.rollbackOnUnhealthyHosts(true)),
                step("rollbackOnAlarm(String)", b -> b.rollbackOnAlarm("shop-latency")),
                step("forceNewDeployment(boolean)", b -> b.forceNewDeployment(true)),
                step("controller(DeploymentController)", b -> b.controller(
                        dev.berth.service.DeploymentController.CODE_DEPLOY)),
                step("codeDeploy(CodeDeploy)", b -> b.codeDeploy(dev.berth.service.CodeDeploy.builder()
                        .terminationWaitMinutes(30).build())),
                step("codeDeploy(Consumer)", b -> b.codeDeploy(c -> c.readyWaitMinutes(10))));
        return new Case<>(Deployment.class, Deployment.Builder.class, Deployment::builder, Deployment.Builder::build,
                Deployment::toBuilder, full, List.of(), List.of());
    }

    // ---- types with a builder ----
    static Case<dev.berth.compute.ManagedInstances, dev.berth.compute.ManagedInstances.Builder> managedInstances() {
        List<Step<dev.berth.compute.ManagedInstances.Builder>> full = steps(
                step("name(String)", b -> b.name("gpu")),
                step("vcpu(int,int)", b -> b.vcpu(4, 32)),
                step("memoryMiB(int,int)", b -> b.memoryMiB(16384, 131072)),
                step("cpuManufacturers(CpuManufacturer[])", b -> b.cpuManufacturers(
                        dev.berth.compute.ManagedInstances.CpuManufacturer.INTEL,
                        dev.berth.compute.ManagedInstances.CpuManufacturer.AMD)),
                step("instanceGenerations(InstanceGeneration[])", b -> b.instanceGenerations(
                        dev.berth.compute.ManagedInstances.InstanceGeneration.CURRENT,
                        dev.berth.compute.ManagedInstances.InstanceGeneration.PREVIOUS)),
                step("acceleratorTypes(AcceleratorType[])", b -> b.acceleratorTypes(
                        dev.berth.compute.ManagedInstances.AcceleratorType.GPU)),
                step("acceleratorManufacturers(AcceleratorManufacturer[])", b -> b.acceleratorManufacturers(
                        dev.berth.compute.ManagedInstances.AcceleratorManufacturer.NVIDIA)),
                step("acceleratorCount(int,int)", b -> b.acceleratorCount(1, 4)),
                step("allowedInstanceTypes(String[])", b -> b.allowedInstanceTypes("g5.*", "g6.*")),
                step("excludedInstanceTypes(String[])", b -> b.excludedInstanceTypes("g5.48xlarge")),
                step("storageSizeGiB(int)", b -> b.storageSizeGiB(100)),
                step("detailedMonitoring(boolean)", b -> b.detailedMonitoring(true)),
                step("spot(boolean)", b -> b.spot(true)),
                step("subnets(SubnetSelection)", b -> b.subnets(SubnetSelection.publicSubnets())));
        List<Step<dev.berth.compute.ManagedInstances.Builder>> minimal = steps(
                step("name(String)", b -> b.name("general")));
        return new Case<>(dev.berth.compute.ManagedInstances.class, dev.berth.compute.ManagedInstances.Builder.class,
                dev.berth.compute.ManagedInstances::builder, dev.berth.compute.ManagedInstances.Builder::build,
                dev.berth.compute.ManagedInstances::toBuilder, full, minimal, List.of());
    }


    static Case<Application, Application.Builder> application() {
        List<Step<Application.Builder>> full = steps(
                step("name(String)", b -> b.name("shop")),
                step("existingVpc(Consumer)", b -> b.existingVpc(v -> v.vpcId("vpc-0123456789abcdef0"))),
                step("newVpc(Consumer)", b -> b.newVpc(v -> v.cidr("10.1.0.0/16"))),
                step("network(Network)", b -> b.network(newVpc().build(newVpc().full()))),
                step("endpoints(Endpoints)", b -> b.endpoints(Endpoints.only(EndpointService.LOGS))),
                step("cluster(String,Consumer)", b -> b.cluster("main", c -> c.containerInsights(ContainerInsights.ENHANCED))),
                step("cluster(Cluster)", b -> b.cluster(cluster().build(cluster().full()))),
                step("loadBalancer(String,Consumer)", b -> b.loadBalancer("web", lb -> lb.https(CERTIFICATE))),
                step("loadBalancer(LoadBalancer)", b -> b.loadBalancer(loadBalancer().build(loadBalancer().full()))),
                step("networkLoadBalancer(String,Consumer)", b -> b.networkLoadBalancer("mqtt", lb -> lb.internal())),
                step("networkLoadBalancer(NetworkLoadBalancer)", b -> b.networkLoadBalancer(
                        networkLoadBalancer().build(networkLoadBalancer().full()))),
                step("existingListener(String,Consumer)", b -> b.existingListener("platform", l -> l
                        .listenerArn(LISTENER_ARN).securityGroupId("sg-0123456789abcdef0").priorities(1000, 1999))),
                step("existingListener(ExistingListener)", b -> b.existingListener(
                        existingListener().build(existingListener().full()))),
                step("service(String,Consumer)", b -> b.service("api", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/api:1.4.2").port(8080)))
                        .expose("web", e -> e.path("/api/*")))),
                step("service(Service)", b -> b.service(service().build(service().full()))),
                step("service(String,Consumer)", b -> b.service("scratch", s -> { })),
                step("withoutService(String)", b -> b.withoutService("scratch")),
                step("queue(String,Consumer)", b -> b.queue("jobs", q -> q.maxReceiveCount(3))),
                step("queue(Queue)", b -> b.queue(queue().build(queue().full()))),
                step("fileSystem(String,Consumer)", b -> b.fileSystem("shared", fs -> fs.accessPoint("uploads",
                        ap -> ap.path("/uploads").posixUser(1000, 1000)))),
                step("fileSystem(FileSystem)", b -> b.fileSystem(fileSystem().build(fileSystem().full()))),
                step("tag(String,String)", b -> b.tag("team", "shop").tag("cost-centre", "42")),
                step("hardening(Hardening)", b -> b.hardening(Hardening.CONTROL_TOWER)),
                step("scheduledTask(String,Consumer)", b -> b.scheduledTask("nightly", t -> t
                        .task(td -> td.container("report", c -> c.image(ECR + "/shop/report:1.0")))
                        .schedule("cron(0 2 * * ? *)"))),
                step("scheduledTask(ScheduledTask)", b -> b.scheduledTask(scheduledTask().build(scheduledTask().full()))),
                step("eventTask(String,Consumer)", b -> b.eventTask("uploads", t -> t
                        .task(td -> td.container("app", c -> c.image(ECR + "/shop/thumbnails:1.0")))
                        .onS3ObjectCreated("shop-uploads", "images/"))),
                step("eventTask(EventTask)", b -> b.eventTask(eventTask().build(eventTask().full()))),
                step("notifications(Consumer)", b -> b.notifications(n -> n.email("ops@example.com"))));
        List<Step<Application.Builder>> minimal = steps(step("name(String)", b -> b.name("shop")));
        return new Case<>(Application.class, Application.Builder.class, () -> Application.builder(""),
                Application.Builder::build, Application::toBuilder, full, minimal, List.of());
    }

    static Case<Cluster, Cluster.Builder> cluster() {
        List<Step<Cluster.Builder>> full = steps(
                step("name(String)", b -> b.name("batch")),
                step("containerInsights(ContainerInsights)", b -> b.containerInsights(ContainerInsights.DISABLED)),
                step("capacityProviders(List)", b -> b.capacityProviders(List.of(CapacityProviderStrategyItem.FARGATE))),
                step("capacityProviders(String[])", b -> b.capacityProviders("FARGATE_SPOT", "my-asg-provider")),
                step("defaultStrategy(String,int,int)", b -> b.defaultStrategy("FARGATE_SPOT", 1, 3)),
                step("serviceConnectNamespace(String)", b -> b.serviceConnectNamespace("shop.internal")),
                step("dnsNamespace(String)", b -> b.dnsNamespace("dns.shop.internal")),
                step("managedInstances(String,Consumer)", b -> b.managedInstances("gpu", m -> m.vcpu(4, 16)
                        .acceleratorTypes(dev.berth.compute.ManagedInstances.AcceleratorType.GPU))),

                step("ec2Capacity(String,Consumer)", b -> b.ec2Capacity("general", c -> c.instanceTypes("m7g.large")
                        .ami(dev.berth.compute.EcsAmi.AL2023_ARM64))),
                step("ec2Capacity(Ec2Capacity)", b -> b.ec2Capacity(ec2Capacity().build(ec2Capacity().full()))));
        List<Step<Cluster.Builder>> minimal = steps(step("name(String)", b -> b.name("main")));
        return new Case<>(Cluster.class, Cluster.Builder.class, Cluster::builder, Cluster.Builder::build,
                Cluster::toBuilder, full, minimal, List.of());
    }

    static Case<ScheduledTask, ScheduledTask.Builder> scheduledTask() {
        List<Step<ScheduledTask.Builder>> full = steps(
                step("name(String)", b -> b.name("nightly-report")),
                step("cluster(String)", b -> b.cluster("batch")),
                step("task(TaskDefinition)", b -> b.task(TaskDefinition.builder().cpu(1024).memory(2048).build())),
                step("task(Consumer)", b -> b.task(t -> t.container("report", c -> c.image(ECR + "/shop/report:1.0")))),
                step("schedule(String)", b -> b.schedule("cron(0 2 * * ? *)")),
                step("timeZone(String)", b -> b.timeZone("Europe/Berlin")),
                step("flexibleWindowMinutes(int)", b -> b.flexibleWindowMinutes(30)),
                step("launchType(LaunchType)", b -> b.launchType(LaunchType.EC2)),
                step("capacityProvider(String,int,int)", b -> b.capacityProvider("FARGATE_SPOT", 0, 1)),
                step("platformVersion(String)", b -> b.platformVersion("1.4.0")),
                step("subnets(SubnetSelection)", b -> b.subnets(SubnetSelection.ids("subnet-0aaaaaaaaaaaaaaa1"))),
                step("taskCount(int)", b -> b.taskCount(2)),
                step("propagateTags(boolean)", b -> b.propagateTags(false)),
                step("ecsManagedTags(boolean)", b -> b.ecsManagedTags(false)),
                step("environment(String,String,String)", b -> b.environment("report", "MODE", "full")),
                step("maximumRetryAttempts(int)", b -> b.maximumRetryAttempts(0)),
                step("maximumEventAgeSeconds(int)", b -> b.maximumEventAgeSeconds(600)),
                step("deadLetterQueue(boolean)", b -> b.deadLetterQueue(false)),
                step("deadLetterQueueArn(String)", b -> b.deadLetterQueueArn("arn:aws:sqs:eu-west-1:123456789012:dlq")),
                step("enabled(boolean)", b -> b.enabled(false)));
        List<Step<ScheduledTask.Builder>> minimal = steps(step("name(String)", b -> b.name("nightly")),
                step("schedule(String)", b -> b.schedule("rate(1 day)")));
        return new Case<>(ScheduledTask.class, ScheduledTask.Builder.class, ScheduledTask::builder,
                ScheduledTask.Builder::build, ScheduledTask::toBuilder, full, minimal, List.of());
    }

    static Case<EventTask, EventTask.Builder> eventTask() {
        List<Step<EventTask.Builder>> full = steps(
                step("name(String)", b -> b.name("thumbnails")),
                step("cluster(String)", b -> b.cluster("batch")),
                step("task(TaskDefinition)", b -> b.task(TaskDefinition.builder().cpu(1024).memory(2048).build())),
                step("task(Consumer)", b -> b.task(t -> t.container("app", c -> c.image(ECR + "/shop/thumbs:1.0")))),
                step("onS3ObjectCreated(String,String)", b -> b.onS3ObjectCreated("shop-uploads", "")),
                step("eventPattern(String)", b -> b.eventPattern("{\"source\":[\"shop.orders\"]}")),
                step("launchType(LaunchType)", b -> b.launchType(LaunchType.EC2)),
                step("capacityProvider(String,int,int)", b -> b.capacityProvider("FARGATE_SPOT", 0, 1)),
                step("platformVersion(String)", b -> b.platformVersion("1.4.0")),
                step("subnets(SubnetSelection)", b -> b.subnets(SubnetSelection.ids("subnet-0aaaaaaaaaaaaaaa1"))),
                step("taskCount(int)", b -> b.taskCount(2)),
                step("propagateTags(boolean)", b -> b.propagateTags(false)),
                step("ecsManagedTags(boolean)", b -> b.ecsManagedTags(false)),
                step("environmentFromEvent(String,String,String)", b -> b.environmentFromEvent("app", "ID", "$.id")),
                step("maximumRetryAttempts(int)", b -> b.maximumRetryAttempts(0)),
                step("maximumEventAgeSeconds(int)", b -> b.maximumEventAgeSeconds(600)),
                step("deadLetterQueue(boolean)", b -> b.deadLetterQueue(false)),
                step("deadLetterQueueArn(String)", b -> b.deadLetterQueueArn("arn:aws:sqs:eu-west-1:123456789012:dlq")),
                step("enabled(boolean)", b -> b.enabled(false)));
        List<Step<EventTask.Builder>> minimal = steps(step("name(String)", b -> b.name("uploads")),
                step("onS3ObjectCreated(String,String)", b -> b.onS3ObjectCreated("shop-uploads", "images/")));
        return new Case<>(EventTask.class, EventTask.Builder.class, EventTask::builder,
                EventTask.Builder::build, EventTask::toBuilder, full, minimal, List.of());
    }

    static Case<TaskNotifications, TaskNotifications.Builder> taskNotifications() {
        List<Step<TaskNotifications.Builder>> full = steps(
                step("enabled(boolean)", b -> b.enabled(false)),
                step("email(String)", b -> b.email("ops@example.com").email("lead@example.org")),
                step("taskFailures(boolean)", b -> b.taskFailures(false)),
                step("serviceEvents(boolean)", b -> b.serviceEvents(false)),
                step("cluster(String)", b -> b.cluster("main")));
        List<Step<TaskNotifications.Builder>> minimal = steps(step("email(String)", b -> b.email("ops@example.com")));
        return new Case<>(TaskNotifications.class, TaskNotifications.Builder.class, TaskNotifications::builder,
                TaskNotifications.Builder::build, TaskNotifications::toBuilder, full, minimal, List.of());
    }

    static Case<dev.berth.compute.Ec2Capacity, dev.berth.compute.Ec2Capacity.Builder> ec2Capacity() {
        List<Step<dev.berth.compute.Ec2Capacity.Builder>> full = steps(
                step("name(String)", b -> b.name("spot")),
                step("instanceTypes(List)", b -> b.instanceTypes(List.of("m6i.large"))),
                step("instanceTypes(String[])", b -> b.instanceTypes("c7g.xlarge", "c6g.xlarge")),
                step("ami(EcsAmi)", b -> b.ami(dev.berth.compute.EcsAmi.BOTTLEROCKET_ARM64)),
                step("minSize(int)", b -> b.minSize(1)),
                step("maxSize(int)", b -> b.maxSize(12)),
                step("onDemandBase(int)", b -> b.onDemandBase(1)),
                step("onDemandPercentAboveBase(int)", b -> b.onDemandPercentAboveBase(25)),
                step("targetCapacityPercent(int)", b -> b.targetCapacityPercent(90)),
                step("managedTerminationProtection(boolean)", b -> b.managedTerminationProtection(true)),
                step("managedDraining(boolean)", b -> b.managedDraining(false)),
                step("rootVolumeGiB(int)", b -> b.rootVolumeGiB(60)),
                step("agentSettings(Map)", b -> b.agentSettings(java.util.Map.of("ECS_CONTAINER_STOP_TIMEOUT", "60s"))),
                step("agentSetting(String,String)", b -> b.agentSetting("ECS_IMAGE_PULL_BEHAVIOR", "prefer-cached")));
        List<Step<dev.berth.compute.Ec2Capacity.Builder>> minimal = steps(step("name(String)", b -> b.name("general")));
        return new Case<>(dev.berth.compute.Ec2Capacity.class, dev.berth.compute.Ec2Capacity.Builder.class,
                dev.berth.compute.Ec2Capacity::builder, dev.berth.compute.Ec2Capacity.Builder::build,
                dev.berth.compute.Ec2Capacity::toBuilder, full, minimal, List.of());
    }

    static Case<Queue, Queue.Builder> queue() {
        List<Step<Queue.Builder>> full = steps(
                step("name(String)", b -> b.name("orders")),
                step("visibilityTimeoutSeconds(int)", b -> b.visibilityTimeoutSeconds(120)),
                step("retentionSeconds(int)", b -> b.retentionSeconds(86_400)),
                step("maxReceiveCount(int)", b -> b.maxReceiveCount(0)),
                step("kmsKeyArn(String)", b -> b.kmsKeyArn(KMS_KEY)));
        List<Step<Queue.Builder>> minimal = steps(step("name(String)", b -> b.name("jobs")));
        return new Case<>(Queue.class, Queue.Builder.class, Queue::builder, Queue.Builder::build,
                Queue::toBuilder, full, minimal, List.of());
    }

    static Case<FileSystem, FileSystem.Builder> fileSystem() {
        List<Step<FileSystem.Builder>> full = steps(
                step("name(String)", b -> b.name("media")),
                step("performanceMode(PerformanceMode)", b -> b.performanceMode(PerformanceMode.MAX_IO)),
                step("throughputMode(ThroughputMode)", b -> b.throughputMode(ThroughputMode.PROVISIONED)),
                step("provisionedThroughputMibps(int)", b -> b.provisionedThroughputMibps(64)),
                step("encrypted(boolean)", b -> b.encrypted(false)),
                step("kmsKeyArn(String)", b -> b.kmsKeyArn(KMS_KEY)),
                step("removalPolicy(RemovalPolicy)", b -> b.removalPolicy(RemovalPolicy.DESTROY)),
                step("accessPoint(String,Consumer)", b -> b.accessPoint("uploads", ap -> ap.path("/uploads"))),
                step("accessPoint(AccessPoint)", b -> b.accessPoint(accessPoint().build(accessPoint().full()))));
        List<Step<FileSystem.Builder>> minimal = steps(step("name(String)", b -> b.name("shared")));
        return new Case<>(FileSystem.class, FileSystem.Builder.class, FileSystem::builder, FileSystem.Builder::build,
                FileSystem::toBuilder, full, minimal, List.of());
    }

    static Case<AccessPoint, AccessPoint.Builder> accessPoint() {
        List<Step<AccessPoint.Builder>> full = steps(
                step("name(String)", b -> b.name("reports")),
                step("path(String)", b -> b.path("/reports")),
                step("posixUser(long,long)", b -> b.posixUser(1000, 1001)),
                step("creationInfo(long,long,String)", b -> b.creationInfo(1000, 1001, "0750")));
        List<Step<AccessPoint.Builder>> minimal = steps(step("name(String)", b -> b.name("uploads")));
        return new Case<>(AccessPoint.class, AccessPoint.Builder.class, AccessPoint::builder,
                AccessPoint.Builder::build, AccessPoint::toBuilder, full, minimal, List.of());
    }

    static Case<Volume.Efs, Volume.Efs.Builder> efsVolume() {
        List<Step<Volume.Efs.Builder>> full = steps(
                step("name(String)", b -> b.name("data")),
                step("fileSystem(String)", b -> b.fileSystem("shared")),
                step("accessPoint(String)", b -> b.accessPoint("uploads")),
                step("fileSystemId(String)", b -> b.fileSystemId("fs-0123456789abcdef0")),
                step("accessPointId(String)", b -> b.accessPointId("fsap-0123456789abcdef0")),
                step("securityGroupId(String)", b -> b.securityGroupId("sg-0123456789abcdef0")),
                step("rootDirectory(String)", b -> b.rootDirectory("/data")),
                step("readOnly(boolean)", b -> b.readOnly(true)),
                step("rootAccess(boolean)", b -> b.rootAccess(true)));
        List<Step<Volume.Efs.Builder>> minimal = steps(step("fileSystem(String)", b -> b.fileSystem("shared")));
        return new Case<>(Volume.Efs.class, Volume.Efs.Builder.class,
                () -> ((Volume.Efs) Volume.efs("", v -> { })).toBuilder(), Volume.Efs.Builder::build,
                Volume.Efs::toBuilder, full, minimal, List.of());
    }

    static Case<Service, Service.Builder> service() {
        List<Step<Service.Builder>> full = steps(
                step("name(String)", b -> b.name("orders")),
                step("cluster(String)", b -> b.cluster("main")),
                step("task(TaskDefinition)", b -> b.task(taskDefinition().build(taskDefinition().minimal()))),
                step("task(Consumer)", b -> b.task(t -> t.cpu(1024).memory(2048))),
                step("desiredCount(int)", b -> b.desiredCount(3)),
                step("launchType(LaunchType)", b -> b.launchType(LaunchType.EC2)),
                step("capacityProvider(String,int,int)", b -> b.capacityProvider("FARGATE", 1, 1)
                        .capacityProvider("FARGATE_SPOT", 0, 3)),
                step("platformVersion(String)", b -> b.platformVersion("1.4.0")),
                step("subnets(SubnetSelection)", b -> b.subnets(SubnetSelection.publicSubnets())),
                step("assignPublicIp(boolean)", b -> b.assignPublicIp(true)),
                step("deployment(Deployment)", b -> b.deployment(new Deployment(50, 150, false, false))),
                step("deployment(Consumer)", b -> b.deployment(d -> d.strategy(DeploymentStrategy.BLUE_GREEN))),
                step("enableExecuteCommand(boolean)", b -> b.enableExecuteCommand(true)),
                step("healthCheckGracePeriodSeconds(int)", b -> b.healthCheckGracePeriodSeconds(90)),
                step("propagateTags(PropagateTags)", b -> b.propagateTags(PropagateTags.TASK_DEFINITION)),
                step("expose(String,Consumer)", b -> b.expose("web", e -> e.path("/orders/*"))),
                step("expose(Exposure)", b -> b.expose(exposure().build(exposure().full()))),
                step("autoScaling(Consumer)", b -> b.autoScaling(a -> a.maxCapacity(4))),
                step("autoScaling(AutoScaling)", b -> b.autoScaling(autoScaling().build(autoScaling().full()))),
                step("allowAllOutbound(boolean)", b -> b.allowAllOutbound(true)),
                step("egressTo(Egress)", b -> b.egressTo(Egress.toSecurityGroup("sg-0123456789abcdef0", 5432))
                        .egressTo(Egress.toService("api"))),
                step("serviceConnect(ServiceConnect)", b -> b.serviceConnect(serviceConnect().build(
                        serviceConnect().full()))),
                step("serviceConnect(Consumer)", b -> b.serviceConnect(sc -> sc.server("http"))),
                step("serviceDiscovery(ServiceDiscovery)", b -> b.serviceDiscovery(serviceDiscovery().build(
                        serviceDiscovery().full()))),
                step("serviceDiscovery(Consumer)", b -> b.serviceDiscovery(d -> d.name("orders").ttl(30))),
                step("placementStrategy(PlacementStrategy)", b -> b
                        .placementStrategy(dev.berth.placement.PlacementStrategy.spreadAcrossZones())
                        .placementStrategy(dev.berth.placement.PlacementStrategy.binpackMemory())),
                step("placementConstraint(PlacementConstraint)", b -> b
                        .placementConstraint(dev.berth.placement.PlacementConstraint.distinctInstance())),
                step("schedulingStrategy(SchedulingStrategy)", b -> b
                        .schedulingStrategy(dev.berth.service.SchedulingStrategy.DAEMON)));
        List<Step<Service.Builder>> minimal = steps(
                step("name(String)", b -> b.name("api")),
                step("task(Consumer)", b -> b.task(t -> t.container("app", c -> c.image("nginx:1.27")))));
        // The grace period's default depends on whether the service is exposed.
        List<Step<Service.Builder>> exposedLater = steps(
                step("name(String)", b -> b.name("api")),
                step("expose(String,Consumer)", b -> b.expose("web", e -> e.path("/"))));
        List<Step<Service.Builder>> exposedFirst = steps(
                step("expose(String,Consumer)", b -> b.expose("web", e -> e.path("/"))),
                step("name(String)", b -> b.name("api")));
        return new Case<>(Service.class, Service.Builder.class, Service::builder, Service.Builder::build,
                Service::toBuilder, full, minimal, List.of(exposedLater, exposedFirst));
    }

    static Case<Exposure, Exposure.Builder> exposure() {
        List<Step<Exposure.Builder>> full = steps(
                step("loadBalancer(String)", b -> b.loadBalancer("internal")),
                step("container(String)", b -> b.container("app")),
                step("containerPort(int)", b -> b.containerPort(8080)),
                step("path(String)", b -> b.path("/orders/*").path("/basket/*")),
                step("host(String)", b -> b.host("shop.example.com")),
                step("priority(int)", b -> b.priority(120)),
                step("targetType(TargetType)", b -> b.targetType(TargetType.INSTANCE)),
                step("protocol(String)", b -> b.protocol("HTTPS")),
                step("healthCheckPath(String)", b -> b.healthCheckPath("/health")),
                step("healthCheckMatcher(String)", b -> b.healthCheckMatcher("200")),
                step("healthCheckIntervalSeconds(int)", b -> b.healthCheckIntervalSeconds(15)),
                step("healthCheckTimeoutSeconds(int)", b -> b.healthCheckTimeoutSeconds(10)),
                step("healthyThreshold(int)", b -> b.healthyThreshold(2)),
                step("unhealthyThreshold(int)", b -> b.unhealthyThreshold(5)),
                step("deregistrationDelaySeconds(int)", b -> b.deregistrationDelaySeconds(5)),
                step("networkListener(NetworkListener)", b -> b.networkListener(
                        networkListener().build(networkListener().full()))),
                step("networkListener(Consumer)", b -> b.networkListener(l -> l.port(8883))),
                step("stickinessSeconds(int)", b -> b.stickinessSeconds(3600)),
                step("slowStartSeconds(int)", b -> b.slowStartSeconds(60)),
                step("algorithm(LoadBalancingAlgorithm)", b -> b.algorithm(
                        LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS)),
                step("httpHeader(String,String[])", b -> b.httpHeader("X-Tenant", "blue", "green")),
                step("httpMethod(String[])", b -> b.httpMethod("GET", "HEAD")),
                step("queryString(String,String)", b -> b.queryString("version", "v2")),
                step("sourceIp(String[])", b -> b.sourceIp("203.0.113.0/24")),
                step("weightedTarget(String,int)", b -> b.weightedTarget("api-v2", 10)),
                step("weight(int)", b -> b.weight(90)),
                step("weightedStickinessSeconds(int)", b -> b.weightedStickinessSeconds(3600)));
        List<Step<Exposure.Builder>> minimal = steps(
                step("loadBalancer(String)", b -> b.loadBalancer("web")),
                step("path(String)", b -> b.path("/")));
        return new Case<>(Exposure.class, Exposure.Builder.class, Exposure::builder, Exposure.Builder::build,
                Exposure::toBuilder, full, minimal, List.of());
    }

    static Case<LoadBalancer, LoadBalancer.Builder> loadBalancer() {
        List<Step<LoadBalancer.Builder>> full = steps(
                step("name(String)", b -> b.name("internal")),
                step("scheme(Scheme)", b -> b.scheme(Scheme.INTERNET_FACING)),
                step("internal()", LoadBalancer.Builder::internal),
                step("subnets(SubnetSelection)", b -> b.subnets(
                        SubnetSelection.ids("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))),
                step("httpPort(int)", b -> b.httpPort(8080)),
                step("https(String)", b -> b.https(CERTIFICATE)),
                step("httpsPort(int)", b -> b.httpsPort(8443)),
                step("sslPolicy(String)", b -> b.sslPolicy("ELBSecurityPolicy-TLS13-1-3-2021-06")),
                step("redirectHttpToHttps(boolean)", b -> b.redirectHttpToHttps(false)),
                step("idleTimeoutSeconds(int)", b -> b.idleTimeoutSeconds(120)),
                step("accessLogs(String)", b -> b.accessLogs("shop-alb-logs-first")),
                step("accessLogs(String,String)", b -> b.accessLogs("shop-alb-logs", "internal-alb")),
                step("deletionProtection(boolean)", b -> b.deletionProtection(true)),
                step("allowFrom(String)", b -> b.allowFrom("203.0.113.0/24").allowFrom("198.51.100.0/24")),
                step("additionalCertificate(String)", b -> b.additionalCertificate(CERTIFICATE.replace("0a1b", "1a1b"))),
                step("webAcl(String)", b -> b.webAcl(WEB_ACL)),
                step("alias(String,String)", b -> b.alias("Z0123456789ABCDEFGHIJ", "shop.example.com")));
        List<Step<LoadBalancer.Builder>> minimal = steps(step("name(String)", b -> b.name("web")));
        // The subnets' default depends on the scheme, the access log prefix's on the name.
        List<Step<LoadBalancer.Builder>> internalLater = steps(
                step("name(String)", b -> b.name("web")),
                step("internal()", LoadBalancer.Builder::internal));
        List<Step<LoadBalancer.Builder>> renamed = steps(
                step("name(String)", b -> b.name("internal")),
                step("accessLogs(String)", b -> b.accessLogs("shop-alb-logs")),
                step("name(String)", b -> b.name("web")));
        return new Case<>(LoadBalancer.class, LoadBalancer.Builder.class, LoadBalancer::builder,
                LoadBalancer.Builder::build, LoadBalancer::toBuilder, full, minimal,
                List.of(internalLater, renamed));
    }

    static Case<NetworkLoadBalancer, NetworkLoadBalancer.Builder> networkLoadBalancer() {
        List<Step<NetworkLoadBalancer.Builder>> full = steps(
                step("name(String)", b -> b.name("mqtt")),
                step("scheme(Scheme)", b -> b.scheme(Scheme.INTERNET_FACING)),
                step("internal()", NetworkLoadBalancer.Builder::internal),
                step("subnets(SubnetSelection)", b -> b.subnets(
                        SubnetSelection.ids("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))),
                step("crossZone(boolean)", b -> b.crossZone(false)),
                step("deletionProtection(boolean)", b -> b.deletionProtection(true)),
                step("allowFrom(String)", b -> b.allowFrom("10.0.0.0/8")),
                step("alias(String,String)", b -> b.alias("Z0123456789ABCDEFGHIJ", "mqtt.example.com")));
        List<Step<NetworkLoadBalancer.Builder>> minimal = steps(step("name(String)", b -> b.name("mqtt")));
        // The subnets' default depends on the scheme.
        List<Step<NetworkLoadBalancer.Builder>> internalLater = steps(
                step("name(String)", b -> b.name("mqtt")),
                step("internal()", NetworkLoadBalancer.Builder::internal));
        return new Case<>(NetworkLoadBalancer.class, NetworkLoadBalancer.Builder.class, NetworkLoadBalancer::builder,
                NetworkLoadBalancer.Builder::build, NetworkLoadBalancer::toBuilder, full, minimal,
                List.of(internalLater));
    }

    static Case<NetworkListener, NetworkListener.Builder> networkListener() {
        List<Step<NetworkListener.Builder>> full = steps(
                step("protocol(ListenerProtocol)", b -> b.protocol(ListenerProtocol.UDP)),
                step("port(int)", b -> b.port(8883)),
                step("certificateArn(String)", b -> b.certificateArn(CERTIFICATE.replace("0a1b", "2a1b"))),
                step("tls(String)", b -> b.tls(CERTIFICATE)),
                step("sslPolicy(String)", b -> b.sslPolicy("ELBSecurityPolicy-TLS13-1-3-2021-06")),
                step("alpnPolicy(AlpnPolicy)", b -> b.alpnPolicy(AlpnPolicy.HTTP2_PREFERRED)));
        return new Case<>(NetworkListener.class, NetworkListener.Builder.class, NetworkListener::builder,
                NetworkListener.Builder::build, NetworkListener::toBuilder, full, List.of(), List.of());
    }

    static Case<ExistingListener, ExistingListener.Builder> existingListener() {
        List<Step<ExistingListener.Builder>> full = steps(
                step("name(String)", b -> b.name("platform")),
                step("listenerArn(String)", b -> b.listenerArn(LISTENER_ARN)),
                step("securityGroupId(String)", b -> b.securityGroupId("sg-0123456789abcdef0")),
                step("priorities(int,int)", b -> b.priorities(1000, 1999)),
                step("deployTimeInputs(boolean)", b -> b.deployTimeInputs(true)));
        List<Step<ExistingListener.Builder>> minimal = steps(
                step("name(String)", b -> b.name("platform")),
                step("listenerArn(String)", b -> b.listenerArn(LISTENER_ARN)),
                step("securityGroupId(String)", b -> b.securityGroupId("sg-0123456789abcdef0")));
        return new Case<>(ExistingListener.class, ExistingListener.Builder.class, ExistingListener::builder,
                ExistingListener.Builder::build, ExistingListener::toBuilder, full, minimal, List.of());
    }

    static Case<AutoScaling, AutoScaling.Builder> autoScaling() {
        List<Step<AutoScaling.Builder>> full = steps(
                step("minCapacity(int)", b -> b.minCapacity(2)),
                step("maxCapacity(int)", b -> b.maxCapacity(10)),
                step("cpuTargetPercent(int)", b -> b.cpuTargetPercent(60)),
                step("memoryTargetPercent(int)", b -> b.memoryTargetPercent(70)),
                step("requestsPerTarget(int)", b -> b.requestsPerTarget(500)),
                step("scaleInCooldownSeconds(int)", b -> b.scaleInCooldownSeconds(120)),
                step("scaleOutCooldownSeconds(int)", b -> b.scaleOutCooldownSeconds(30)),
                step("policies(List)", b -> b.policies(List.of(ScalingPolicy.trackMetric("pending",
                        Metric.of("Shop/Jobs", "Pending"), 100)))),
                step("policy(ScalingPolicy)", b -> b.policy(ScalingPolicy.stepScaling("burst",
                        Metric.of("Shop/Jobs", "Pending"), Comparison.GREATER_THAN, 500, StepAdjustment.from(0, 2)))),
                step("queueBacklog(String,Duration,Duration)", b -> b.queueBacklog("jobs", Duration.ofMinutes(1),
                        Duration.ofSeconds(2))),
                step("queueBacklogOfArn(String,Duration,Duration)", b -> b.queueBacklogOfArn(
                        "arn:aws:sqs:eu-west-1:123456789012:orders", Duration.ofSeconds(30), Duration.ofSeconds(3))),
                step("schedules(List)", b -> b.schedules(List.of(ScheduledScaling.of("night",
                        "cron(0 20 ? * MON-FRI *)", 0, 2)))),
                step("schedule(String,String,int,int)", b -> b.schedule("sale", "at(2026-11-27T06:00:00)", 10, 40)),
                step("schedule(ScheduledScaling)", b -> b.schedule(ScheduledScaling.of("morning",
                        "cron(30 7 ? * MON-FRI *)", 2, ScheduledScaling.KEEP).withTimeZone("Europe/Berlin"))),
                step("disableScaleIn(boolean)", b -> b.disableScaleIn(true)));
        List<Step<AutoScaling.Builder>> minimal = steps(step("maxCapacity(int)", b -> b.maxCapacity(4)));
        return new Case<>(AutoScaling.class, AutoScaling.Builder.class, AutoScaling::builder,
                AutoScaling.Builder::build, AutoScaling::toBuilder, full, minimal, List.of());
    }

    static Case<NewVpc, NewVpc.Builder> newVpc() {
        List<Step<NewVpc.Builder>> full = steps(
                step("cidr(String)", b -> b.cidr("10.20.0.0/16")),
                step("availabilityZones(int)", b -> b.availabilityZones(3)),
                step("natGateways(NatGateways)", b -> b.natGateways(NatGateways.PER_AZ)),
                step("flowLogs(boolean)", b -> b.flowLogs(false)),
                step("flowLogsRetentionDays(int)", b -> b.flowLogsRetentionDays(365)),
                step("flowLogsKmsKey(String)", b -> b.flowLogsKmsKey(KMS_KEY)),
                step("flowLogsRemovalPolicy(RemovalPolicy)", b -> b.flowLogsRemovalPolicy(RemovalPolicy.RETAIN)));
        return new Case<>(NewVpc.class, NewVpc.Builder.class, NewVpc::builder, NewVpc.Builder::build,
                NewVpc::toBuilder, full, List.of(), List.of());
    }

    static Case<ExistingVpc, ExistingVpc.Builder> existingVpc() {
        List<Step<ExistingVpc.Builder>> full = steps(
                step("vpcId(String)", b -> b.vpcId("vpc-0123456789abcdef0")),
                step("cidr(String)", b -> b.cidr("10.1.0.0/16")),
                step("publicSubnetIds(List)", b -> b.publicSubnetIds(List.of("subnet-0aaaaaaaaaaaaaaa9"))),
                step("publicSubnetIds(String[])", b -> b.publicSubnetIds("subnet-0aaaaaaaaaaaaaaa1",
                        "subnet-0aaaaaaaaaaaaaaa2")),
                step("privateSubnetIds(List)", b -> b.privateSubnetIds(List.of("subnet-0bbbbbbbbbbbbbbb9"))),
                step("privateSubnetIds(String[])", b -> b.privateSubnetIds("subnet-0bbbbbbbbbbbbbbb1",
                        "subnet-0bbbbbbbbbbbbbbb2")),
                step("privateRouteTableIds(List)", b -> b.privateRouteTableIds(List.of("rtb-0ccccccccccccccc9"))),
                step("privateRouteTableIds(String[])", b -> b.privateRouteTableIds("rtb-0ccccccccccccccc1")),
                step("privateSubnetsReachInternet(boolean)", b -> b.privateSubnetsReachInternet(false)),
                step("existingEndpoints(Set)", b -> b.existingEndpoints(Set.of(EndpointService.SQS))),
                step("existingEndpoints(EndpointService[])", b -> b.existingEndpoints(EndpointService.LOGS,
                        EndpointService.ECR_API)));
        List<Step<ExistingVpc.Builder>> minimal = steps(
                step("vpcId(String)", b -> b.vpcId("vpc-0123456789abcdef0")),
                step("privateSubnetIds(String[])", b -> b.privateSubnetIds("subnet-0bbbbbbbbbbbbbbb1")));
        return new Case<>(ExistingVpc.class, ExistingVpc.Builder.class, ExistingVpc::builder,
                ExistingVpc.Builder::build, ExistingVpc::toBuilder, full, minimal, List.of());
    }

    static Case<TaskDefinition, TaskDefinition.Builder> taskDefinition() {
        List<Step<TaskDefinition.Builder>> full = steps(
                step("family(String)", b -> b.family("shop-orders")),
                step("cpu(int)", b -> b.cpu(1024)),
                step("memory(int)", b -> b.memory(2048)),
                step("networkMode(NetworkMode)", b -> b.networkMode(NetworkMode.BRIDGE)),
                step("compatibilities(Set)", b -> b.compatibilities(Set.of(Compatibility.FARGATE,
                        Compatibility.EC2))),
                step("compatibilities(Compatibility[])", b -> b.compatibilities(Compatibility.EC2,
                        Compatibility.EXTERNAL)),
                step("cpuArchitecture(CpuArchitecture)", b -> b.cpuArchitecture(CpuArchitecture.ARM64)),
                step("container(String,Consumer)", b -> b.container("app", c -> c.image("nginx:1.27").port(80))),
                step("container(Container)", b -> b.container(container().build(container().full()))),
                step("executionRoleArn(String)", b -> b.executionRoleArn(ROLE + "shop-execution")),
                step("taskRoleArn(String)", b -> b.taskRoleArn(ROLE + "shop-task")),
                step("grant(Grant)", b -> b.grant(Grant.s3Bucket("shop-uploads", Access.READ))
                        .grant(Grant.dynamoDbTable("orders", Access.READ_WRITE))),
                step("ephemeralStorageGiB(int)", b -> b.ephemeralStorageGiB(50)),
                step("volume(Volume)", b -> b.volume(Volume.bind("scratch")).volume(Volume.bind("shared"))
                        .volume(Volume.efs("data", v -> v.fileSystem("shared").accessPoint("uploads")))),
                step("logRouter()", TaskDefinition.Builder::logRouter),
                step("logRouter(Consumer)", b -> b.logRouter(r -> r.name("router").memoryReservation(64))),
                step("placementConstraint(PlacementConstraint)", b -> b.placementConstraint(
                        dev.berth.placement.PlacementConstraint.memberOf("attribute:ecs.cpu-architecture == arm64"))));
        List<Step<TaskDefinition.Builder>> minimal = steps(
                step("container(String,Consumer)", b -> b.container("app", c -> c.image("nginx:1.27"))));
        return new Case<>(TaskDefinition.class, TaskDefinition.Builder.class, TaskDefinition::builder,
                TaskDefinition.Builder::build, TaskDefinition::toBuilder, full, minimal, List.of());
    }

    static Case<Container, Container.Builder> container() {
        List<Step<Container.Builder>> full = steps(
                step("name(String)", b -> b.name("sidecar")),
                step("image(String)", b -> b.image("nginx:1.27")),
                step("image(Image)", b -> b.image(Image.of(ECR + "/shop/sidecar:2.0.0").deployTimeVersion("tag"))),
                step("cpu(int)", b -> b.cpu(256)),
                step("memory(int)", b -> b.memory(768)),
                step("memoryReservation(int)", b -> b.memoryReservation(512)),
                step("essential(boolean)", b -> b.essential(false)),
                step("port(int)", b -> b.port(8080)),
                step("port(int,String)", b -> b.port(9090, "metrics")),
                step("portMapping(PortMapping)", b -> b.portMapping(new PortMapping(5353, 5353, Protocol.UDP, "dns"))),
                step("env(String,String)", b -> b.env("LOG_LEVEL", "info").env("A_FIRST", "1")),
                step("secretFromSsm(String,String)", b -> b.secretFromSsm("DB_URL", "/shop/db-url")),
                step("secretFromSecretsManager(String,String)", b -> b.secretFromSecretsManager("DB", SECRET)),
                step("secretFromSecretsManager(String,String,String)",
                        b -> b.secretFromSecretsManager("DB_PASSWORD", SECRET, "password")),
                step("secretFromSecretsManager(String,SecretRef)", b -> b.secretFromSecretsManager("DB_PREVIOUS",
                        SecretRef.name("shop/db").withJsonKey("password").withVersionStage("AWSPREVIOUS"))),
                step("secret(Secret)", b -> b.secret(Secret.fromSsmParameter("API_KEY", "/shop/api-key")
                        .encryptedWith(KMS_KEY))),
                step("repositoryCredentials(String)", b -> b.repositoryCredentials(SECRET)),
                step("healthCheck(HealthCheck)", b -> b.healthCheck(HealthCheck.shell("true").withStartPeriod(10))),
                step("command(List)", b -> b.command(List.of("serve"))),
                step("command(String[])", b -> b.command("serve", "--port", "8080")),
                step("entryPoint(List)", b -> b.entryPoint(List.of("/bin/sh"))),
                step("entryPoint(String[])", b -> b.entryPoint("/bin/sh", "-c")),
                step("dependsOn(String,DependencyCondition)", b -> b.dependsOn("init", DependencyCondition.SUCCESS)),
                step("logging(Logging)", b -> b.logging(Logging.NONE)),
                step("logging(Consumer)", b -> b.logging(l -> l.awslogs(true).retentionDays(14))),
                step("readonlyRootFilesystem(boolean)", b -> b.readonlyRootFilesystem(true)),
                step("user(String)", b -> b.user("1000:1000")),
                step("workingDirectory(String)", b -> b.workingDirectory("/app")),
                step("stopTimeoutSeconds(int)", b -> b.stopTimeoutSeconds(90)),
                step("dockerLabel(String,String)", b -> b.dockerLabel("com.example.team", "shop")
                        .dockerLabel("a.first", "1")),
                step("privileged(boolean)", b -> b.privileged(true)),
                step("ulimit(UlimitName,int,int)", b -> b.ulimit(UlimitName.NOFILE, 65535, 1_048_576)),
                step("ulimit(Ulimit)", b -> b.ulimit(new Ulimit(UlimitName.CORE, 0, 0))),
                step("linuxParameters(LinuxParameters)", b -> b.linuxParameters(
                        linuxParameters().build(linuxParameters().full()))),
                step("linuxParameters(Consumer)", b -> b.linuxParameters(l -> l.dropCapabilities(LinuxCapability.ALL)
                        .addCapabilities(LinuxCapability.SYS_PTRACE))),
                step("initProcessEnabled(boolean)", b -> b.initProcessEnabled(true)),
                step("environmentFile(String)", b -> b.environmentFile("arn:aws:s3:::shop-config/api.env")
                        .environmentFile("arn:aws:s3:::shop-config/production.env")),
                step("mount(String,String)", b -> b.mount("scratch", "/tmp")),
                step("mountReadOnly(String,String)", b -> b.mountReadOnly("shared", "/var/shared")),
                step("mountPoint(MountPoint)", b -> b.mountPoint(new MountPoint("scratch", "/cache", false))),
                step("volumesFrom(String,boolean)", b -> b.volumesFrom("app", true)),
                step("repositoryCredentials(String,String)", b -> b.repositoryCredentials(SECRET, KMS_KEY)),
                step("logRouter(LogRouter)", b -> b.logRouter(LogRouter.fluentd().withEcsLogMetadata(false)
                        .withConfigFile("/fluentd/etc/extra.conf"))),
                step("gpus(int)", b -> b.gpus(2)),
                step("inferenceAccelerator(String)", b -> b.inferenceAccelerator("eia2.medium")));
        List<Step<Container.Builder>> minimal = steps(
                step("name(String)", b -> b.name("app")),
                step("image(String)", b -> b.image("nginx:1.27")));
        return new Case<>(Container.class, Container.Builder.class, Container::builder, Container.Builder::build,
                Container::toBuilder, full, minimal, List.of());
    }

    static Case<ServiceConnect, ServiceConnect.Builder> serviceConnect() {
        List<Step<ServiceConnect.Builder>> full = steps(
                step("enabled(boolean)", b -> b.enabled(false)),
                step("namespace(String)", b -> b.namespace("shop.internal")),
                step("client()", ServiceConnect.Builder::client),
                step("server(String)", b -> b.server("http")),
                step("server(String,Consumer)", b -> b.server("grpc", a -> a.dnsName("orders-grpc").port(50051))),
                step("server(ServiceConnectServer)", b -> b.server(serviceConnectServer().build(
                        serviceConnectServer().full()))),
                step("logging(Logging)", b -> b.logging(Logging.NONE)),
                step("logging(Consumer)", b -> b.logging(l -> l.logGroupName("/shop/proxy").retentionDays(7))));
        List<Step<ServiceConnect.Builder>> minimal = steps(step("server(String)", b -> b.server("http")));
        return new Case<>(ServiceConnect.class, ServiceConnect.Builder.class, ServiceConnect::builder,
                ServiceConnect.Builder::build, ServiceConnect::toBuilder, full, minimal, List.of());
    }

    static Case<ServiceDiscovery, ServiceDiscovery.Builder> serviceDiscovery() {
        List<Step<ServiceDiscovery.Builder>> full = steps(
                step("enabled(boolean)", b -> b.enabled(false)),
                step("namespace(String)", b -> b.namespace("shop.internal")),
                step("name(String)", b -> b.name("orders")),
                step("dnsRecordType(DnsRecordType)", b -> b.dnsRecordType(DnsRecordType.SRV)),
                step("ttl(int)", b -> b.ttl(15)),
                step("containerName(String)", b -> b.containerName("app")),
                step("containerPort(int)", b -> b.containerPort(8080)),
                step("srv(String,int)", b -> b.srv("admin", 9090)));
        List<Step<ServiceDiscovery.Builder>> minimal = steps(step("name(String)", b -> b.name("orders")));
        return new Case<>(ServiceDiscovery.class, ServiceDiscovery.Builder.class, ServiceDiscovery::builder,
                ServiceDiscovery.Builder::build, ServiceDiscovery::toBuilder, full, minimal, List.of());
    }

    static Case<ServiceConnectServer, ServiceConnectServer.Builder> serviceConnectServer() {
        List<Step<ServiceConnectServer.Builder>> full = steps(
                step("portName(String)", b -> b.portName("admin")),
                step("discoveryName(String)", b -> b.discoveryName("orders-admin")),
                step("dnsName(String)", b -> b.dnsName("admin.orders")),
                step("port(int)", b -> b.port(9090)));
        List<Step<ServiceConnectServer.Builder>> minimal = steps(step("portName(String)", b -> b.portName("http")));
        return new Case<>(ServiceConnectServer.class, ServiceConnectServer.Builder.class,
                () -> ServiceConnectServer.builder(""), ServiceConnectServer.Builder::build,
                ServiceConnectServer::toBuilder, full, minimal, List.of());
    }

    static Case<Logging, Logging.Builder> logging() {
        List<Step<Logging.Builder>> full = steps(
                step("awslogs(boolean)", b -> b.awslogs(false)),
                step("logGroupName(String)", b -> b.logGroupName("/shop/api")),
                step("streamPrefix(String)", b -> b.streamPrefix("api")),
                step("region(String)", b -> b.region("eu-central-1")),
                step("createGroup(boolean)", b -> b.createGroup(true)),
                step("retentionDays(int)", b -> b.retentionDays(7)),
                step("kmsKey(String)", b -> b.kmsKey(KMS_KEY)),
                step("removalPolicy(RemovalPolicy)", b -> b.removalPolicy(RemovalPolicy.RETAIN)),
                step("fireLens(FireLens)", b -> b.fireLens(FireLens.s3("shop-logs", "logs/api/"))));
        return new Case<>(Logging.class, Logging.Builder.class, Logging::builder, Logging.Builder::build,
                Logging::toBuilder, full, List.of(), List.of());
    }

    static Case<LinuxParameters, LinuxParameters.Builder> linuxParameters() {
        List<Step<LinuxParameters.Builder>> full = steps(
                step("addCapabilities(LinuxCapability[])", b -> b.addCapabilities(LinuxCapability.SYS_PTRACE,
                        LinuxCapability.NET_ADMIN)),
                step("dropCapabilities(LinuxCapability[])", b -> b.dropCapabilities(LinuxCapability.ALL)),
                step("initProcessEnabled(boolean)", b -> b.initProcessEnabled(true)),
                step("sharedMemorySizeMiB(int)", b -> b.sharedMemorySizeMiB(512)));
        return new Case<>(LinuxParameters.class, LinuxParameters.Builder.class, LinuxParameters::builder,
                LinuxParameters.Builder::build, LinuxParameters::toBuilder, full, List.of(), List.of());
    }

    // ---- model types without a builder: values made by their factories ----

    /** Sample values, at least a default-like and a fully populated one, of each public model type without builder. */
    static Map<Class<?>, List<Object>> values() {
        Map<Class<?>, List<Object>> values = new LinkedHashMap<>();
        values.put(CapacityProviderStrategyItem.class, List.of(CapacityProviderStrategyItem.of("FARGATE", 1),
                CapacityProviderStrategyItem.of("FARGATE_SPOT", 2, 3)));
        values.put(Deployment.class, List.of(Deployment.DEFAULT, new Deployment(50, 150, false, false)));
        values.put(dev.berth.service.AppSpecHook.class, List.of(new dev.berth.service.AppSpecHook(
                dev.berth.service.AppSpecEvent.BEFORE_ALLOW_TRAFFIC, "arn:aws:lambda:eu-west-1:123456789012:function:gate")));
        values.put(dev.berth.service.LifecycleHook.class, List.of(dev.berth.service.LifecycleHook.of(
                "arn:aws:lambda:eu-west-1:123456789012:function:smoke-test", LifecycleStage.POST_SCALE_UP)));
        values.put(dev.berth.placement.PlacementStrategy.class, List.of(
                dev.berth.placement.PlacementStrategy.spreadAcrossZones(),
                dev.berth.placement.PlacementStrategy.spreadAcrossInstances(),
                dev.berth.placement.PlacementStrategy.spread("host"),
                dev.berth.placement.PlacementStrategy.binpackMemory(),
                dev.berth.placement.PlacementStrategy.binpackCpu(), dev.berth.placement.PlacementStrategy.random()));
        values.put(dev.berth.placement.PlacementConstraint.class, List.of(
                dev.berth.placement.PlacementConstraint.distinctInstance(),
                dev.berth.placement.PlacementConstraint.memberOf("attribute:ecs.instance-type =~ g5.*")));
        values.put(Endpoints.class, List.of(Endpoints.automatic(), Endpoints.none(),
                Endpoints.automaticPlus(EndpointService.SSM, EndpointService.ECR_API),
                Endpoints.only(EndpointService.S3, EndpointService.LOGS)));
        values.put(Egress.class, List.of(Egress.toService("api"), Egress.toService("api", 8080),
                Egress.toCidr("10.50.0.0/16", 6379), Egress.toCidr("10.50.0.0/16", 8000, 8100)
                        .withProtocol(Egress.IpProtocol.UDP),
                Egress.toSecurityGroup("sg-0123456789abcdef0", 5432).withDescription("PostgreSQL"),
                Egress.toSecurityGroup("sg-0123456789abcdef0", 1024, 2048),
                Egress.toPrefixList("pl-0123456789abcdef0", 443), Egress.toPrefixList("pl-6ca54005", 22, 23)
                        .withProtocol(Egress.IpProtocol.ALL)));
        values.put(SubnetSelection.class, List.of(SubnetSelection.privateSubnets(), SubnetSelection.publicSubnets(),
                SubnetSelection.ids("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"),
                SubnetSelection.ids(List.of("subnet-0aaaaaaaaaaaaaaa3"))));
        values.put(Grant.S3Bucket.class, List.of(Grant.s3Bucket("shop-uploads", Access.WRITE)));
        values.put(Grant.DynamoDbTable.class, List.of(Grant.dynamoDbTable("orders", Access.READ)));
        values.put(Grant.SqsConsume.class, List.of(Grant.sqsConsume("arn:aws:sqs:eu-west-1:123456789012:orders")));
        values.put(Grant.ProgramQueue.class, List.of(Grant.consumeQueue("jobs"), Grant.sendToQueue("jobs")));
        values.put(Grant.SnsPublish.class, List.of(Grant.snsPublish("arn:aws:sns:eu-west-1:123456789012:events")));
        values.put(Grant.Statement.class, List.of(Grant.statement(List.of("sqs:SendMessage"),
                List.of("arn:aws:sqs:eu-west-1:123456789012:emails"))));
        values.put(Grant.SqsSend.class, List.of(Grant.sqsSend("arn:aws:sqs:eu-west-1:123456789012:emails")));
        values.put(Grant.KmsKey.class, List.of(Grant.kmsEncrypt(KMS_KEY), Grant.kmsDecrypt(KMS_KEY),
                Grant.kmsEncryptDecrypt(KMS_KEY)));
        values.put(Grant.SecretRead.class, List.of(Grant.secretRead(SecretRef.name("shop/api-keys")),
                Grant.secretRead(SecretRef.arn(SECRET))));
        values.put(Grant.ParameterRead.class, List.of(Grant.parameterRead("/shop/feature-flags")));
        values.put(Grant.PutEvents.class, List.of(Grant.putEvents("default"),
                Grant.putEvents("arn:aws:events:eu-west-1:123456789012:event-bus/orders")));
        values.put(Grant.PutMetricData.class, List.of(Grant.putMetricData("Shop/Orders")));
        values.put(TaskEnvironment.class, List.of(new TaskEnvironment("", "BUCKET", "$.detail.bucket.name"),
                new TaskEnvironment("report", "MODE", "full")));
        values.put(Events.class, List.of(Events.NONE, new Events(List.of(scheduledTask().build(scheduledTask().full())),
                List.of(eventTask().build(eventTask().full())), taskNotifications().build(taskNotifications().full()))));
        values.put(Volume.Bind.class, List.of(Volume.bind("scratch")));
        Metric pending = Metric.of("Shop/Jobs", "Pending").withDimension("Queue", "jobs")
                .withStatistic(Statistic.SUM).withUnit("Count");
        values.put(Metric.class, List.of(Metric.of("Shop/Jobs", "Pending"), pending));
        values.put(StepAdjustment.class, List.of(StepAdjustment.between(0, 50, 1), StepAdjustment.from(50, 3),
                StepAdjustment.below(0, -1)));
        values.put(ScheduledScaling.class, List.of(ScheduledScaling.of("night", "cron(0 20 ? * MON-FRI *)", 0, 2),
                ScheduledScaling.of("morning", "rate(1 day)", ScheduledScaling.KEEP, 8).withTimeZone("Asia/Tokyo")));
        values.put(ScalingPolicy.TargetTracking.class, List.of(ScalingPolicy.trackMetric("pending", pending, 100),
                ScalingPolicy.trackMetric("pending", pending, 100).withScaleInDisabled()));
        values.put(ScalingPolicy.MetricMathTracking.class, List.of(ScalingPolicy.trackMetricMath("per-task", "m1 / m2",
                Map.of("m1", pending, "m2", Metric.of("ECS/ContainerInsights", "RunningTaskCount")), 10),
                ScalingPolicy.trackMetricMath("sum", "m1 + m2", Map.of("m1", pending, "m2", pending), 5)
                        .withScaleInDisabled()));
        values.put(ScalingPolicy.StepScaling.class, List.of(ScalingPolicy.stepScaling("burst", pending,
                        Comparison.GREATER_THAN, 500, StepAdjustment.between(0, 500, 1), StepAdjustment.from(500, 3)),
                ScalingPolicy.stepScaling("calm", pending, Comparison.LESS_THAN_OR_EQUAL, 5,
                                StepAdjustment.below(0, -10)).withAdjustmentType(AdjustmentType.PERCENT_CHANGE_IN_CAPACITY)
                        .withMinAdjustmentMagnitude(1).withEvaluation(300, 3, 2).withCooldownSeconds(600)
                        .withAggregation(MetricAggregation.MINIMUM)));
        values.put(ScalingPolicy.QueueBacklog.class, List.of(new ScalingPolicy.QueueBacklog("jobs", "",
                Duration.ofMinutes(1), Duration.ofSeconds(2))));
        values.put(FireLens.class, List.of(FireLens.NONE, FireLens.cloudWatchLogs(), FireLens.firehose("shop-logs"),
                FireLens.s3("shop-logs"), FireLens.s3("shop-logs", "logs/api/")));
        values.put(LogRouter.class, List.of(LogRouter.NONE, LogRouter.fluentBit(), LogRouter.fluentd()
                .withEcsLogMetadata(false).withConfigFile("/fluentd/etc/extra.conf")));
        values.put(AccessPoint.PosixUser.class, List.of(AccessPoint.PosixUser.NONE, new AccessPoint.PosixUser(0, 0)));
        values.put(AccessPoint.CreationInfo.class, List.of(AccessPoint.CreationInfo.NONE,
                new AccessPoint.CreationInfo(1000, 1000, "0755")));
        values.put(MountPoint.class, List.of(new MountPoint("scratch", "/tmp", false),
                new MountPoint("shared", "/var/shared", true)));
        values.put(VolumeFrom.class, List.of(new VolumeFrom("app", false), new VolumeFrom("app", true)));
        values.put(Ulimit.class, List.of(new Ulimit(UlimitName.NOFILE, 65535, 65535)));
        values.put(ContainerDependency.class, List.of(new ContainerDependency("init", DependencyCondition.COMPLETE)));
        values.put(HealthCheck.class, List.of(HealthCheck.NONE, HealthCheck.shell("curl -f localhost || exit 1"),
                new HealthCheck(List.of("CMD", "true"), 10, 3, 5, 0).withStartPeriod(60)));
        values.put(Image.class, List.of(Image.of("nginx"), Image.of("nginx:1.27"),
                Image.of("registry.example.com:5000/team/app"), Image.of("repo@sha256:" + "ab".repeat(32)),
                Image.of(ECR + "/shop/api:1.4.2").deployTimeVersion("api-image-tag")));
        values.put(PortMapping.class, List.of(PortMapping.tcp(80), new PortMapping(53, 53, Protocol.UDP, "dns")));
        values.put(Secret.class, List.of(Secret.fromSsmParameter("DB_URL", "/shop/db-url"),
                Secret.fromSecretsManager("DB", SECRET), Secret.fromSecretsManager("DB_PASSWORD", SECRET, "password")
                        .encryptedWith(KMS_KEY),
                Secret.fromSecretsManager("DB_PREVIOUS", SecretRef.partialArn(SECRET.replace("-AbCdEf", ""))
                        .withVersionId("9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE"))));
        values.put(SecretRef.class, List.of(SecretRef.arn(SECRET), SecretRef.name("shop/db").withJsonKey("password")
                        .withVersionStage("AWSPREVIOUS"),
                SecretRef.partialArn(SECRET.replace("-AbCdEf", "")).withVersionId("9d4cb84b-ad69-40c0-a0ab-cead3EXAMPLE")));
        values.put(Diagnostic.class, List.of(new Diagnostic("DESIRED_COUNT", Severity.ERROR, "service[api]",
                "The desired count is outside 0 to 5000.")));
        values.put(Diagnostics.class, List.of(Diagnostics.none(), new Diagnostics(List.of(
                Diagnostic.warning("GRACE_PERIOD_WITHOUT_LOAD_BALANCER", "service[worker]", "No load balancer."),
                Diagnostic.error("DESIRED_COUNT", "service[api]", "Out of range.")))));
        return values;
    }
}
