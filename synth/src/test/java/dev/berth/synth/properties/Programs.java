package dev.berth.synth.properties;

import dev.berth.compute.ContainerInsights;
import dev.berth.iam.Access;
import dev.berth.network.EndpointService;
import dev.berth.network.NatGateways;
import dev.berth.synth.properties.ProgramSpec.Capacity;
import dev.berth.synth.properties.ProgramSpec.ClusterSpec;
import dev.berth.synth.properties.ProgramSpec.ContainerSpec;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arbitrary valid Berth programs. Sizes are biased toward small programs (most counterexamples are small, and small
 * programs are fast), while still reaching 20 services over 3 clusters and 10 containers per task now and then.
 */
final class Programs {

    private Programs() {
    }

    static Arbitrary<ProgramSpec> valid() {
        return Combinators.combine(
                network(),
                Arbitraries.of(EndpointMode.class),
                Arbitraries.of(EndpointService.class).set().ofMaxSize(3),
                cluster().list().ofMinSize(1).ofMaxSize(3),
                loadBalancer().list().ofMaxSize(2),
                services(),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(dev.berth.StackLayout.AUTOMATIC, dev.berth.StackLayout.AUTOMATIC,
                        dev.berth.StackLayout.PER_SERVICE)
        ).as(ProgramSpec::new);
    }

    /** A valid program and the same program with one more service (a name it does not use). */
    static Arbitrary<ServiceAdded> validWithExtraService() {
        return Combinators.combine(valid(), service())
                .filter((program, extra) -> !program.serviceNames().contains(extra.name()))
                .as(ServiceAdded::new);
    }

    /** A program and one more service; prints as the two programs. */
    record ServiceAdded(ProgramSpec program, ServiceSpec extra) {
        ProgramSpec larger() {
            List<ServiceSpec> more = new java.util.ArrayList<>(program.services());
            more.add(extra);
            return program.withServices(more);
        }

        @Override
        public String toString() {
            return "program:\n" + program + "\nwith service '" + extra.name() + "' added:\n" + larger();
        }
    }

    static Arbitrary<NetworkSpec> network() {
        Arbitrary<NetworkSpec> newVpc = Combinators.combine(
                Arbitraries.integers().between(0, 255),
                Arbitraries.of(16, 18, 20, 22, 23),
                Arbitraries.integers().between(2, 3),
                Arbitraries.of(NatGateways.class),
                Arbitraries.of(true, true, false)
        ).as((octet, prefix, azs, nat, flowLogs) -> new NetworkSpec(false, octet, prefix, azs, nat, 0, 0, true, false,
                flowLogs));
        Arbitrary<NetworkSpec> existingVpc = Combinators.combine(
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(2, 3),
                Arbitraries.of(0, 2, 3),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)
        ).as((octet, privateSubnets, publicSubnets, cidr, internet) -> new NetworkSpec(true, octet, 16, 0,
                NatGateways.NONE, privateSubnets, publicSubnets, cidr, internet, false));
        return Arbitraries.frequencyOf(Tuple.of(3, newVpc), Tuple.of(1, existingVpc));
    }

    static Arbitrary<ClusterSpec> cluster() {
        return Combinators.combine(Arbitraries.of(ContainerInsights.ENABLED, ContainerInsights.DISABLED,
                                ContainerInsights.ENHANCED),
                        Arbitraries.of(Capacity.DEFAULT, Capacity.DEFAULT, Capacity.FARGATE, Capacity.FARGATE_AND_SPOT))
                .as(ClusterSpec::new);
    }

    static Arbitrary<LoadBalancerSpec> loadBalancer() {
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.of(false, true),
                        Arbitraries.of(false, false, true), Arbitraries.of(60, 60, 1, 4000))
                .as(LoadBalancerSpec::new);
    }

    static Arbitrary<List<ServiceSpec>> services() {
        return service().list().ofMinSize(1).ofMaxSize(20)
                .withSizeDistribution(RandomDistribution.biased())
                .uniqueElements(ServiceSpec::name);
    }

    static Arbitrary<ServiceSpec> service() {
        Arbitrary<Tuple.Tuple8<String, Integer, Boolean, Integer, Boolean, List<ContainerSpec>, Integer, Placement>>
                first = Combinators.combine(
                Arbitraries.of(ProgramSpec.SERVICE_NAMES),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, ProgramSpec.FARGATE_SIZES.size() - 1)
                        .withDistribution(RandomDistribution.biased()),
                Arbitraries.of(false, false, true),
                container().list().ofMinSize(1).ofMaxSize(10).withSizeDistribution(RandomDistribution.biased()),
                Arbitraries.of(2, 2, 0, 1, 3, 5),
                Arbitraries.of(Placement.PRIVATE, Placement.PRIVATE, Placement.PRIVATE, Placement.PUBLIC,
                        Placement.EXPLICIT)).as(Tuple::of);
        Arbitrary<Tuple.Tuple6<Capacity, ExposureSpec, ScalingSpec, Boolean, List<GrantSpec>, Boolean>> second =
                Combinators.combine(
                        Arbitraries.of(Capacity.class),
                        exposure(),
                        scaling(),
                        Arbitraries.of(false, true),
                        grant().list().ofMaxSize(3),
                        Arbitraries.of(false, false, true)).as(Tuple::of);
        return Combinators.combine(first, second).as((a, b) -> new ServiceSpec(a.get1(), a.get2(), a.get3(),
                a.get4(), a.get5(), a.get6(), a.get7(), a.get8(), b.get1(), b.get2(), b.get3(), b.get4(), b.get5(),
                b.get6()));
    }

    static Arbitrary<ContainerSpec> container() {
        Arbitrary<Tuple.Tuple8<ImageKind, Boolean, Integer, Boolean, Boolean, Integer, List<SecretSpec>, LogKind>>
                first = Combinators.combine(
                Arbitraries.of(ImageKind.class),
                Arbitraries.of(false, false, true),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(false, false, true),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 3),
                secret().list().ofMaxSize(3),
                Arbitraries.of(LogKind.DEFAULT, LogKind.DEFAULT, LogKind.NONE, LogKind.CUSTOM_GROUP,
                        LogKind.CREATE_GROUP)).as(Tuple::of);
        Arbitrary<Tuple.Tuple7<Integer, Boolean, Boolean, Boolean, Boolean, Boolean, Boolean>> second =
                Combinators.combine(
                        Arbitraries.integers().between(0, ProgramSpec.RETENTIONS.size() - 1),
                        Arbitraries.of(false, false, true),
                        Arbitraries.of(false, true),
                        Arbitraries.of(true, true, false),
                        Arbitraries.of(false, false, true),
                        Arbitraries.of(false, false, false, true),
                        Arbitraries.of(false, true)).as(Tuple::of);
        return Combinators.combine(first, second).as((a, b) -> new ContainerSpec(a.get1(), a.get2(), a.get3(),
                a.get4(), a.get5(), a.get6(), a.get7(), a.get8(), b.get1(), b.get2(), b.get3(), b.get4(), b.get5(),
                b.get6(), b.get7()));
    }

    static Arbitrary<SecretSpec> secret() {
        return Combinators.combine(Arbitraries.of(SecretKind.class), Arbitraries.of(false, false, true))
                .as(SecretSpec::new);
    }

    static Arbitrary<ExposureSpec> exposure() {
        Arbitrary<ExposureSpec> exposed = Combinators.combine(
                Arbitraries.integers().between(0, 1),
                Arbitraries.of(true, true, false),
                Arbitraries.of(false, false, true),
                Arbitraries.of(false, true),
                Arbitraries.of(false, false, true),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 2)
        ).as((lb, path, host, priority, named, port, health) ->
                new ExposureSpec(true, lb, path, host, priority, named, port, health));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new ExposureSpec(false, 0, true, false, false, false, false, 0))),
                Tuple.of(2, exposed));
    }

    static Arbitrary<ScalingSpec> scaling() {
        Arbitrary<ScalingSpec> on = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 7),
                Arbitraries.of(0, 50, 70),
                Arbitraries.of(0, 0, 80),
                Arbitraries.of(0, 0, 500)
        ).as((min, span, cpu, memory, requests) -> new ScalingSpec(true, min, span, cpu, memory, requests));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new ScalingSpec(false, 1, 1, 0, 0, 0))),
                Tuple.of(1, on));
    }

    static Arbitrary<GrantSpec> grant() {
        return Combinators.combine(Arbitraries.of(GrantKind.class), Arbitraries.of(Access.class))
                .as(GrantSpec::new);
    }

    /** Every name the generator gives a service, so tests can check names are used once. */
    static Set<String> serviceNamePool() {
        return new HashSet<>(ProgramSpec.SERVICE_NAMES);
    }
}
