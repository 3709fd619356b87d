package dev.berth.synth.properties;

import dev.berth.compute.ContainerInsights;
import dev.berth.iam.Access;
import dev.berth.network.EndpointService;
import dev.berth.network.NatGateways;
import dev.berth.synth.properties.ProgramSpec.Capacity;
import dev.berth.synth.properties.ProgramSpec.ClusterSpec;
import dev.berth.synth.properties.ProgramSpec.ContainerSpec;
import dev.berth.synth.properties.ProgramSpec.EgressKind;
import dev.berth.synth.properties.ProgramSpec.EgressSpec;
import dev.berth.synth.properties.ProgramSpec.EndpointMode;
import dev.berth.synth.properties.ProgramSpec.ExposureSpec;
import dev.berth.synth.properties.ProgramSpec.GrantKind;
import dev.berth.synth.properties.ProgramSpec.GrantSpec;
import dev.berth.synth.properties.ProgramSpec.ImageKind;
import dev.berth.synth.properties.ProgramSpec.LoadBalancerSpec;
import dev.berth.synth.properties.ProgramSpec.LogKind;
import dev.berth.synth.properties.ProgramSpec.NetworkSpec;
import dev.berth.synth.properties.ProgramSpec.Placement;
import dev.berth.synth.properties.ProgramSpec.ScalingSpec;
import dev.berth.synth.properties.ProgramSpec.SecretKind;
import dev.berth.synth.properties.ProgramSpec.SecretSpec;
import dev.berth.synth.properties.ProgramSpec.ServiceSpec;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Generators (QuickTheories {@link Gen}s) of valid Berth programs, as {@link ProgramSpec}s that print as the builder
 * calls that make them. Sizes are biased toward small programs (most counterexamples are small, and small programs
 * are fast), while still reaching 20 services over 3 clusters and 10 containers per task now and then, and large
 * programs of 30 to 45 services (beyond one template's limits) rarely.
 *
 * <p>Each generator draws its values one after another from QuickTheories' source of randomness, and QuickTheories
 * shrinks a failing example by moving those draws toward their shrink points: the first value of each
 * {@link #oneOf} list, the lower end of each range, the smallest list size. So the first value of each list below
 * is the simplest one, and a shrunk counterexample is a small program with plain settings.
 */
final class Programs {

    private Programs() {
    }

    static Gen<ProgramSpec> valid() {
        return valid(Set.of());
    }

    /** Valid programs whose services are named none of {@code reserved}. */
    static Gen<ProgramSpec> valid(Set<String> reserved) {
        Gen<NetworkSpec> network = network();
        Gen<EndpointMode> endpointMode = oneOf(EndpointMode.values());
        Gen<Set<EndpointService>> extraEndpoints = upTo(3, oneOf(EndpointService.values()), 0)
                .map(list -> list.isEmpty() ? Set.<EndpointService>of()
                        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(list)));
        Gen<List<ClusterSpec>> clusters = upTo(3, cluster(), 1);
        Gen<List<LoadBalancerSpec>> loadBalancers = upTo(2, loadBalancer(), 0);
        Gen<List<ServiceSpec>> services = services(reserved);
        Gen<Integer> tags = between(0, 2);
        Gen<dev.berth.synth.cloudformation.StackLayout> layout = oneOf(dev.berth.synth.cloudformation.StackLayout.AUTOMATIC, dev.berth.synth.cloudformation.StackLayout.AUTOMATIC,
                dev.berth.synth.cloudformation.StackLayout.PER_SERVICE);
        Gen<List<ProgramSpec.NetworkLoadBalancerSpec>> networkLoadBalancers = upTo(1, networkLoadBalancer(), 0);
        Gen<ProgramSpec.PlatformSpec> platform = platform();
        // one program in four under the hardened profile (drawn last, so shrinking leaves the program in place)
        Gen<Boolean> hardened = oneOf(false, false, false, true);
        Gen<ProgramSpec.EventsSpec> events = events();
        Gen<ProgramSpec> programs = in -> {
            NetworkSpec n = network.generate(in);
            EndpointMode m = endpointMode.generate(in);
            Set<EndpointService> e = extraEndpoints.generate(in);
            List<ClusterSpec> c = clusters.generate(in);
            List<LoadBalancerSpec> l = loadBalancers.generate(in);
            int t = tags.generate(in);
            dev.berth.synth.cloudformation.StackLayout s = layout.generate(in);
            List<ProgramSpec.NetworkLoadBalancerSpec> nl = networkLoadBalancers.generate(in);
            ProgramSpec.PlatformSpec p = platform.generate(in);
            ProgramSpec.EventsSpec ev = events.generate(in);
            ProgramSpec program = new ProgramSpec(n, m, e, c, l, services.generate(in), t, s, nl, p, ev, false); // the long list last
            return hardened.generate(in) ? program.forHardening() : program;
        };
        return programs.describedAs(ProgramSpec::toString);
    }

    /**
     * A valid program and the same program with one more service (a name it does not use). The extra service is
     * drawn first, name and all, and the program avoids its name: shrinking the program then changes nothing of the
     * extra service.
     */
    static Gen<ServiceAdded> validWithExtraService() {
        Gen<Integer> names = between(0, ProgramSpec.SERVICE_NAMES.size() - 1);
        Gen<ServiceAdded> gen = in -> {
            String name = ProgramSpec.SERVICE_NAMES.get(names.generate(in));
            // Unweighted: a rule forwarding to another service's target group moves that group to the shared stack.
            ServiceSpec extra = service(name).generate(in).unweighted();
            ProgramSpec program = valid(Set.of(name)).generate(in);
            // The extra service's egress to other services names services of the program.
            List<ServiceSpec> all = new ArrayList<>(program.services());
            all.add(extra);
            return new ServiceAdded(program, resolve(all).get(all.size() - 1));
        };
        return gen.describedAs(ServiceAdded::toString);
    }

    /** A program and one more service; prints as the two programs. */
    record ServiceAdded(ProgramSpec program, ServiceSpec extra) {
        ProgramSpec larger() {
            List<ServiceSpec> more = new java.util.ArrayList<>(program.services());
            more.add(extra);
            ProgramSpec larger = program.withServices(more);
            // the extra service logs as the profile accepts too
            return program.hardened() ? larger.forHardening() : larger;
        }

        @Override
        public String toString() {
            return "program:\n" + program + "\nwith service '" + extra.name() + "' added:\n" + larger();
        }
    }

    /**
     * A valid program of at least two services and one of them to remove: every example is a case where removing
     * a service leaves a program (a program needs a service). As for {@link #validWithExtraService()}, the service
     * to remove is drawn first and the rest of the program avoids its name; its position among the services is drawn
     * last.
     */
    static Gen<ServiceRemoved> validWithServiceToRemove() {
        Gen<Integer> names = between(0, ProgramSpec.SERVICE_NAMES.size() - 1);
        Gen<ServiceRemoved> gen = in -> {
            String name = ProgramSpec.SERVICE_NAMES.get(names.generate(in));
            ServiceSpec removed = service(name).generate(in);
            ProgramSpec rest = valid(Set.of(name)).generate(in);
            int position = between(0, rest.services().size()).generate(in);
            List<ServiceSpec> services = new ArrayList<>(rest.services());
            services.add(position, removed);
            // Others' egress to the service removed would change them too: the property is about one service.
            // Weighted rules forward to other services' target groups, which removing one would change.
            ProgramSpec program = rest.withServices(resolve(services)).withoutEgressTo(name).unweighted();
            // the service drawn alone logs as a hardened program's must too
            return new ServiceRemoved(rest.hardened() ? program.forHardening() : program, position);
        };
        return gen.describedAs(ServiceRemoved::toString);
    }

    /** A program and the index of the service to remove; prints as the two programs. */
    record ServiceRemoved(ProgramSpec program, int index) {
        ServiceSpec removed() {
            return program.services().get(index);
        }

        ProgramSpec smaller() {
            List<ServiceSpec> fewer = new ArrayList<>(program.services());
            fewer.remove(index);
            return program.withServices(fewer);
        }

        @Override
        public String toString() {
            return "program:\n" + program + "\nwith service '" + removed().name() + "' removed:\n" + smaller();
        }
    }

    static Gen<NetworkSpec> network() {
        Gen<Integer> octet = between(0, 255);
        Gen<Integer> prefix = oneOf(16, 18, 20, 22, 23);
        Gen<Integer> azs = between(2, 3);
        Gen<NatGateways> nat = oneOf(NatGateways.values());
        Gen<Boolean> flowLogs = oneOf(true, true, false);
        Gen<Integer> flowLogsRetention = between(-1, ProgramSpec.RETENTIONS.size() - 1);
        Gen<Boolean> flowLogsRetain = oneOf(false, false, true);
        Gen<Boolean> flowLogsKms = oneOf(false, false, true);
        Gen<NetworkSpec> newVpc = in -> {
            int o = octet.generate(in);
            int p = prefix.generate(in);
            int a = azs.generate(in);
            NatGateways n = nat.generate(in);
            boolean f = flowLogs.generate(in);
            return new NetworkSpec(false, o, p, a, n, 0, 0, true, false, f, Set.of(), flowLogsRetention.generate(in),
                    flowLogsRetain.generate(in), flowLogsKms.generate(in));
        };
        Gen<Integer> privateSubnets = between(2, 3);
        Gen<Integer> publicSubnets = oneOf(0, 2, 3);
        Gen<Boolean> cidr = oneOf(true, false);
        Gen<Boolean> internet = oneOf(true, false);
        Gen<List<EndpointService>> existing = upTo(2, oneOf(ProgramSpec.EXISTING_ENDPOINTS.toArray(
                EndpointService[]::new)), 0);
        Gen<NetworkSpec> existingVpc = in -> {
            int o = octet.generate(in);
            int privates = privateSubnets.generate(in);
            int publics = publicSubnets.generate(in);
            boolean c = cidr.generate(in);
            boolean i = internet.generate(in);
            List<EndpointService> e = existing.generate(in);
            return new NetworkSpec(true, o, 16, 0, NatGateways.NONE, privates, publics, c, i, false,
                    e.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(e)));
        };
        return weighted(3, newVpc, 1, existingVpc);
    }

    static Gen<ClusterSpec> cluster() {
        Gen<ContainerInsights> insights = oneOf(ContainerInsights.ENABLED, ContainerInsights.DISABLED,
                ContainerInsights.ENHANCED);
        Gen<Capacity> strategy = oneOf(Capacity.DEFAULT, Capacity.DEFAULT, Capacity.FARGATE,
                Capacity.FARGATE_AND_SPOT);
        Gen<Boolean> managedInstances = oneOf(false, true);
        Gen<Boolean> ec2 = oneOf(false, true);
        return in -> new ClusterSpec(insights.generate(in), strategy.generate(in), managedInstances.generate(in),
                ec2.generate(in));
    }

    static Gen<LoadBalancerSpec> loadBalancer() {
        Gen<Boolean> internal = oneOf(false, true);
        Gen<Boolean> https = oneOf(false, true);
        Gen<Boolean> customPorts = oneOf(false, false, true);
        Gen<Integer> idleTimeout = oneOf(60, 60, 1, 4000);
        Gen<Boolean> sometimes = oneOf(false, false, true);
        return in -> new LoadBalancerSpec(internal.generate(in), https.generate(in), customPorts.generate(in),
                idleTimeout.generate(in), sometimes.generate(in), sometimes.generate(in), sometimes.generate(in),
                sometimes.generate(in), sometimes.generate(in));
    }

    static Gen<ProgramSpec.NetworkLoadBalancerSpec> networkLoadBalancer() {
        Gen<Boolean> internal = oneOf(false, true);
        Gen<Boolean> crossZone = oneOf(true, false);
        Gen<Boolean> sometimes = oneOf(false, false, true);
        return in -> new ProgramSpec.NetworkLoadBalancerSpec(internal.generate(in), crossZone.generate(in),
                sometimes.generate(in), sometimes.generate(in));
    }

    /**
     * Tasks started by schedules (cron, rate, one-time) and events (S3 uploads, a custom pattern), and notifications:
     * each source in about half the programs, so that most programs have some and shrinking removes them.
     */
    static Gen<ProgramSpec.EventsSpec> events() {
        Gen<ProgramSpec.ScheduleKind> schedule = oneOf(ProgramSpec.ScheduleKind.NONE, ProgramSpec.ScheduleKind.NONE,
                ProgramSpec.ScheduleKind.NONE, ProgramSpec.ScheduleKind.CRON, ProgramSpec.ScheduleKind.RATE,
                ProgramSpec.ScheduleKind.AT);
        Gen<ProgramSpec.EventKind> event = oneOf(ProgramSpec.EventKind.NONE, ProgramSpec.EventKind.NONE,
                ProgramSpec.EventKind.S3, ProgramSpec.EventKind.PATTERN);
        Gen<Integer> deadLetters = between(0, 2);
        Gen<Boolean> coin = oneOf(false, true);
        return in -> new ProgramSpec.EventsSpec(schedule.generate(in), event.generate(in), deadLetters.generate(in),
                coin.generate(in), coin.generate(in), coin.generate(in));
    }

    /** No platform listener (two in three), or one with a range of 1,000 or 100 numbers. */
    static Gen<ProgramSpec.PlatformSpec> platform() {
        Gen<Integer> kind = oneOf(0, 0, 1, 2);
        Gen<Boolean> inputs = oneOf(false, true);
        return in -> {
            int k = kind.generate(in);
            boolean i = inputs.generate(in);
            return switch (k) {
                case 1 -> new ProgramSpec.PlatformSpec(true, 1000, 1999, i);
                case 2 -> new ProgramSpec.PlatformSpec(true, 40_000, 40_099, i);
                default -> ProgramSpec.PlatformSpec.NONE;
            };
        };
    }

    /**
     * 1 to 20 services, biased toward few, and now and then (1 in 25) a large program of 30 to
     * 45 services, which with the AUTOMATIC layout often exceeds one template's 500 resources and is split into
     * stacks. Names are distinct: each service takes its name from the names not yet used (shrinking toward the
     * first of them).
     */
    static Gen<List<ServiceSpec>> services(Set<String> reserved) {
        Gen<Integer> sizes = weighted(24, biasedSize(1, 20), 1, between(30, 45));
        return in -> {
            int size = sizes.generate(in);
            List<String> unused = new ArrayList<>(ProgramSpec.SERVICE_NAMES);
            unused.removeAll(reserved);
            List<ServiceSpec> services = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String name = unused.remove((int) between(0, unused.size() - 1).generate(in));
                services.add(service(name).generate(in));
            }
            return resolve(services);
        };
    }

    /** A service of the given name. */
    static Gen<ServiceSpec> service(String name) {
        Gen<Integer> cluster = between(0, 2);
        Gen<Boolean> nameCluster = oneOf(false, true);
        Gen<Integer> size = biasedSize(0, ProgramSpec.FARGATE_SIZES.size() - 1);
        Gen<Boolean> arm64 = oneOf(false, false, true);
        Gen<List<ContainerSpec>> containers = listOf(container(), biasedSize(1, 10));
        Gen<Integer> desiredCount = oneOf(2, 2, 0, 1, 3, 5);
        Gen<Placement> placement = oneOf(Placement.PRIVATE, Placement.PRIVATE, Placement.PRIVATE, Placement.PUBLIC,
                Placement.EXPLICIT);
        Gen<Capacity> capacity = oneOf(Capacity.values());
        Gen<ExposureSpec> exposure = exposure();
        Gen<ScalingSpec> scaling = scaling();
        Gen<Boolean> exec = oneOf(false, true);
        Gen<List<GrantSpec>> grants = upTo(3, grant(), 0);
        Gen<Boolean> allowAllOutbound = oneOf(false, false, true);
        Gen<List<EgressSpec>> egress = upTo(2, egress(), 0);
        Gen<ProgramSpec.TaskSpec> taskSettings = taskSettings();
        Gen<ProgramSpec.ConnectMode> connect = oneOf(ProgramSpec.ConnectMode.NONE, ProgramSpec.ConnectMode.NONE,
                ProgramSpec.ConnectMode.CLIENT, ProgramSpec.ConnectMode.SERVER);
        Gen<ProgramSpec.DiscoveryMode> discovery = oneOf(ProgramSpec.DiscoveryMode.NONE,
                ProgramSpec.DiscoveryMode.NONE, ProgramSpec.DiscoveryMode.A, ProgramSpec.DiscoveryMode.SRV);
        Gen<ProgramSpec.DeploySpec> deploy = deploy();
        return in -> {
            int c = cluster.generate(in);
            boolean n = nameCluster.generate(in);
            int z = size.generate(in);
            boolean a = arm64.generate(in);
            int d = desiredCount.generate(in);
            Placement p = placement.generate(in);
            Capacity k = capacity.generate(in);
            ExposureSpec e = exposure.generate(in);
            ScalingSpec x = scaling.generate(in);
            boolean ex = exec.generate(in);
            List<GrantSpec> g = grants.generate(in);
            boolean o = allowAllOutbound.generate(in);
            List<EgressSpec> out = egress.generate(in);
            ProgramSpec.TaskSpec t = taskSettings.generate(in);
            ProgramSpec.ConnectMode sc = connect.generate(in);
            ProgramSpec.DiscoveryMode dd = discovery.generate(in);
            ProgramSpec.DeploySpec dep = deploy.generate(in);
            // the list of variable length last, so that fewer containers leave the draws before them in place
            return new ServiceSpec(name, c, n, z, a, containers.generate(in), d, p, k, e, x, ex, g, o, out, t, sc,
                    dd, dep);
        };
    }

    /** Every deployment strategy (rolling most often), with or without hooks, alarms, bake time and trigger. */
    static Gen<ProgramSpec.DeploySpec> deploy() {
        Gen<dev.berth.service.DeploymentStrategy> strategy = oneOf(dev.berth.service.DeploymentStrategy.ROLLING,
                dev.berth.service.DeploymentStrategy.ROLLING, dev.berth.service.DeploymentStrategy.BLUE_GREEN,
                dev.berth.service.DeploymentStrategy.CANARY, dev.berth.service.DeploymentStrategy.LINEAR);
        Gen<Boolean> flag = oneOf(false, false, true);
        Gen<Boolean> codeDeploy = oneOf(false, false, false, true);
        return in -> new ProgramSpec.DeploySpec(strategy.generate(in), flag.generate(in), flag.generate(in),
                flag.generate(in), flag.generate(in), flag.generate(in), flag.generate(in), codeDeploy.generate(in));
    }

    /**
     * Ephemeral storage (mostly the default), up to two bind volumes, retained and encrypted log groups, and now and
     * then an EFS volume.
     */
    static Gen<ProgramSpec.TaskSpec> taskSettings() {
        Gen<Integer> ephemeral = oneOf(0, 0, 0, 21, 200);
        Gen<Integer> volumes = between(0, ProgramSpec.VOLUME_NAMES.size());
        Gen<Boolean> retain = oneOf(false, false, true);
        Gen<Boolean> kms = oneOf(false, false, true);
        Gen<ProgramSpec.EfsKind> efs = oneOf(ProgramSpec.EfsKind.NONE, ProgramSpec.EfsKind.NONE,
                ProgramSpec.EfsKind.NONE, ProgramSpec.EfsKind.ACCESS_POINT, ProgramSpec.EfsKind.READ_ONLY,
                ProgramSpec.EfsKind.EXISTING);
        return in -> new ProgramSpec.TaskSpec(ephemeral.generate(in), volumes.generate(in), retain.generate(in),
                kms.generate(in), efs.generate(in));
    }

    /** How a container runs; mostly Docker's defaults, each setting now and then. */
    static Gen<ProgramSpec.RuntimeSpec> runtime() {
        Gen<Boolean> rarely = oneOf(false, false, true);
        Gen<Integer> stopTimeout = oneOf(0, 0, 0, 2, 120);
        Gen<Integer> labels = between(0, 2);
        Gen<ProgramSpec.LinuxKind> linux = oneOf(ProgramSpec.LinuxKind.NONE, ProgramSpec.LinuxKind.NONE,
                ProgramSpec.LinuxKind.INIT, ProgramSpec.LinuxKind.DROP_ALL_ADD_PTRACE);
        Gen<Integer> environmentFiles = oneOf(0, 0, 0, 1, 2);
        Gen<Boolean> mount = oneOf(false, true);
        return in -> new ProgramSpec.RuntimeSpec(rarely.generate(in), rarely.generate(in), stopTimeout.generate(in),
                labels.generate(in), rarely.generate(in), linux.generate(in), environmentFiles.generate(in),
                mount.generate(in), mount.generate(in), rarely.generate(in), rarely.generate(in));
    }

    static Gen<ContainerSpec> container() {
        Gen<ImageKind> image = oneOf(ImageKind.values());
        Gen<Boolean> deployTime = oneOf(false, false, true);
        Gen<Integer> ports = between(0, 2);
        Gen<Boolean> udp = oneOf(false, false, true);
        Gen<Boolean> namedPort = oneOf(false, true);
        Gen<Integer> env = between(0, 3);
        Gen<List<SecretSpec>> secrets = upTo(3, secret(), 0);
        Gen<LogKind> log = oneOf(LogKind.DEFAULT, LogKind.DEFAULT, LogKind.NONE, LogKind.CUSTOM_GROUP,
                LogKind.CREATE_GROUP, LogKind.FIRELENS_CLOUDWATCH, LogKind.FIRELENS_FIREHOSE, LogKind.FIRELENS_S3);
        Gen<Integer> retention = between(0, ProgramSpec.RETENTIONS.size() - 1);
        Gen<Boolean> healthCheck = oneOf(false, false, true);
        Gen<Boolean> dependsOnFirst = oneOf(false, true);
        Gen<Boolean> essential = oneOf(true, true, false);
        Gen<Boolean> limits = oneOf(false, false, true);
        Gen<Boolean> repositoryCredentials = oneOf(false, false, false, true);
        Gen<Boolean> readonly = oneOf(false, true);
        Gen<ProgramSpec.RuntimeSpec> runtime = runtime();
        return in -> new ContainerSpec(image.generate(in), deployTime.generate(in), ports.generate(in),
                udp.generate(in), namedPort.generate(in), env.generate(in), secrets.generate(in), log.generate(in),
                retention.generate(in), healthCheck.generate(in), dependsOnFirst.generate(in),
                essential.generate(in), limits.generate(in), repositoryCredentials.generate(in),
                readonly.generate(in), runtime.generate(in));
    }

    static Gen<SecretSpec> secret() {
        Gen<SecretKind> kind = oneOf(SecretKind.values());
        Gen<Boolean> kms = oneOf(false, false, true);
        return in -> new SecretSpec(kind.generate(in), kms.generate(in));
    }

    /** Not exposed (one in three) or exposed; the settings are drawn either way, so both take the same draws. */
    static Gen<ExposureSpec> exposure() {
        Gen<Boolean> exposed = oneOf(false, true, true);
        Gen<Integer> loadBalancer = between(0, 1);
        Gen<Boolean> path = oneOf(true, true, false);
        Gen<Boolean> host = oneOf(false, false, true);
        Gen<Boolean> priority = oneOf(false, true);
        Gen<Boolean> named = oneOf(false, false, true);
        Gen<Boolean> port = oneOf(false, true);
        Gen<Integer> health = between(0, 2);
        Gen<ProgramSpec.Target> target = oneOf(ProgramSpec.Target.ALB, ProgramSpec.Target.ALB,
                ProgramSpec.Target.NLB, ProgramSpec.Target.PLATFORM);
        Gen<ProgramSpec.NlbProtocol> protocol = oneOf(ProgramSpec.NlbProtocol.values());
        Gen<Boolean> sometimes = oneOf(false, false, true);
        return in -> {
            boolean on = exposed.generate(in);
            ExposureSpec e = new ExposureSpec(true, loadBalancer.generate(in), path.generate(in), host.generate(in),
                    priority.generate(in), named.generate(in), port.generate(in), health.generate(in),
                    target.generate(in), protocol.generate(in), sometimes.generate(in), sometimes.generate(in),
                    sometimes.generate(in));
            return on ? e : new ExposureSpec(false, 0, true, false, false, false, false, 0);
        };
    }

    /**
     * Off (one in two) or on; the bounds, targets and further policy kind are drawn either way, so both take the same
     * draws.
     */
    static Gen<ScalingSpec> scaling() {
        Gen<Boolean> enabled = oneOf(false, true);
        Gen<Integer> min = between(0, 3);
        Gen<Integer> span = between(1, 7);
        Gen<Integer> cpu = oneOf(0, 50, 70);
        Gen<Integer> memory = oneOf(0, 0, 80);
        Gen<Integer> requests = oneOf(0, 0, 500);
        Gen<ProgramSpec.PolicyKind> policy = oneOf(ProgramSpec.PolicyKind.values());
        return in -> {
            boolean on = enabled.generate(in);
            ScalingSpec x = new ScalingSpec(true, min.generate(in), span.generate(in), cpu.generate(in),
                    memory.generate(in), requests.generate(in), policy.generate(in));
            return on ? x : new ScalingSpec(false, 1, 1, 0, 0, 0);
        };
    }

    /** A declared egress; a service's is resolved to a name by {@link #resolve}. */
    static Gen<EgressSpec> egress() {
        Gen<EgressKind> kind = oneOf(EgressKind.values());
        Gen<Integer> target = between(0, 99);
        Gen<Integer> port = between(0, ProgramSpec.EGRESS_PORTS.size() - 1);
        Gen<Boolean> range = oneOf(false, false, true);
        Gen<Boolean> udp = oneOf(false, false, true);
        return in -> new EgressSpec(kind.generate(in), target.generate(in), null, port.generate(in),
                range.generate(in), udp.generate(in));
    }

    /** Each service's egress to a service names another service of the list (picked by its draw), or none. */
    static List<ServiceSpec> resolve(List<ServiceSpec> services) {
        List<String> names = services.stream().map(ServiceSpec::name).toList();
        return services.stream().map(s -> s.withEgress(s.egress().stream().map(e -> {
            if (!e.isService()) {
                return e;
            }
            List<String> others = names.stream().filter(n -> !n.equals(s.name())).toList();
            return e.toService(others.isEmpty() ? null : others.get(e.target() % others.size()));
        }).toList())).toList();
    }

    static Gen<GrantSpec> grant() {
        Gen<GrantKind> kind = oneOf(GrantKind.values());
        Gen<Access> access = oneOf(Access.values());
        return in -> new GrantSpec(kind.generate(in), access.generate(in));
    }

    // ---- building blocks

    /** One of the values, equally likely (list a value twice to weight it); shrinks toward the first. */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        return Generate.pick(List.of(values));
    }

    /** An int from {@code min} to {@code max}, uniform; shrinks toward {@code min}. */
    static Gen<Integer> between(int min, int max) {
        return Generate.range(min, max, min);
    }

    /**
     * A size from {@code min} to {@code max}, biased toward {@code min}: the square of a uniform draw, so with 1 to 20
     * about 40 % are 1 to 3 and 13 % are 16 to 20. Shrinks toward {@code min}.
     */
    static Gen<Integer> biasedSize(int min, int max) {
        int span = max - min + 1;
        return Generate.range(0, 999, 0).map(u -> min + (int) (span * Math.pow(u / 1000.0, 2)));
    }

    /**
     * A list of {@code min} to {@code max} elements (uniform) in fixed slots: it always draws {@code max} elements and
     * keeps the first ones, so that shrinking the size does not move the draws of the values after the list (which
     * would turn them into other values and keep the shrinker from taking the smaller list). For short lists only.
     */
    static <T> Gen<List<T>> upTo(int max, Gen<T> elements, int min) {
        Gen<Integer> sizes = between(min, max);
        return in -> {
            int size = sizes.generate(in);
            List<T> slots = new ArrayList<>(max);
            for (int i = 0; i < max; i++) {
                slots.add(elements.generate(in));
            }
            return List.copyOf(slots.subList(0, size));
        };
    }

    /** A list of {@code sizes} elements; shrinks toward fewer and simpler elements. */
    static <T> Gen<List<T>> listOf(Gen<T> elements, Gen<Integer> sizes) {
        return in -> {
            int size = sizes.generate(in);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(elements.generate(in));
            }
            return List.copyOf(list);
        };
    }

    /** {@code first} with weight {@code a}, {@code second} with weight {@code b}; shrinks toward {@code first}. */
    static <T> Gen<T> weighted(int a, Gen<T> first, int b, Gen<T> second) {
        return Generate.frequency(org.quicktheories.api.Pair.of(a, first), org.quicktheories.api.Pair.of(b, second));
    }

}
