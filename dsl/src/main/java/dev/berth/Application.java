package dev.berth;

import dev.berth.compute.Cluster;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.messaging.Queue;
import dev.berth.network.Endpoints;
import dev.berth.network.ExistingVpc;
import dev.berth.network.Network;
import dev.berth.network.NewVpc;
import dev.berth.service.Service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A Berth program: one ECS deployment, synthesised as one CloudFormation stack and one Terraform module.
 *
 * <pre>{@code
 * Application app = Application.builder("shop")
 *     .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2))
 *     .cluster("shop", c -> c.containerInsights(ContainerInsights.ENHANCED))
 *     .loadBalancer("web", lb -> lb.https(certificateArn))
 *     .service("api", s -> s
 *         .task(t -> t.cpu(512).memory(1024)
 *             .container("app", c -> c.image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2").port(8080)))
 *         .expose("web", e -> e.path("/api/*").healthCheckPath("/health")))
 *     .build();
 * }</pre>
 *
 * @param name          the application's name: the stack and module name. Required. Valid: lower-case letters,
 *                      digits and hyphens, starting with a letter, up to 32.
 * @param network       Default: a new VPC with {@link NewVpc} defaults.
 * @param endpoints     Default: {@link Endpoints#automatic()}.
 * @param clusters      Default: none (a program needs at least one when it has services).
 * @param loadBalancers Default: none.
 * @param services      Default: none.
 * @param queues        SQS queues the program creates. Default: none.
 * @param tags          tags on every resource that takes tags, sorted by key. Default: none.
 */
public record Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                          List<LoadBalancer> loadBalancers, List<Service> services, List<Queue> queues, Map<String, String> tags) {

    /** A program without queues. */
    public Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                       List<LoadBalancer> loadBalancers, List<Service> services, Map<String, String> tags) {
        this(name, network, endpoints, clusters, loadBalancers, services, List.of(), tags);
    }

    public Application {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(endpoints, "endpoints");
        clusters = List.copyOf(clusters);
        loadBalancers = List.copyOf(loadBalancers);
        services = List.copyOf(services);
        queues = List.copyOf(queues);
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /** The cluster a service runs in: the one it names, else the only cluster; empty when ambiguous. */
    public String clusterOf(Service service) {
        if (!service.cluster().isEmpty()) {
            return service.cluster();
        }
        return clusters.size() == 1 ? clusters.get(0).name() : "";
    }

    /** The VPC endpoints the program gets: the derived ones (when automatic) plus those asked for. */
    public java.util.Set<dev.berth.network.EndpointService> effectiveEndpoints() {
        java.util.EnumSet<dev.berth.network.EndpointService> set =
                java.util.EnumSet.noneOf(dev.berth.network.EndpointService.class);
        set.addAll(endpoints.services());
        if (endpoints.derived()) {
            services.forEach(s -> set.addAll(dev.berth.network.EndpointNeeds.of(s)));
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder().name(name).network(network).endpoints(endpoints);
        b.clusters.addAll(clusters);
        b.loadBalancers.addAll(loadBalancers);
        b.services.addAll(services);
        b.queues.addAll(queues);
        b.tags.putAll(tags);
        return b;
    }

    public static final class Builder {
        private String name = "";
        private Network network = NewVpc.builder().build();
        private Endpoints endpoints = Endpoints.automatic();
        private final List<Cluster> clusters = new ArrayList<>();
        private final List<LoadBalancer> loadBalancers = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private final List<Queue> queues = new ArrayList<>();
        private final Map<String, String> tags = new TreeMap<>();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        /** A VPC Berth creates. */
        public Builder newVpc(Consumer<NewVpc.Builder> configure) {
            NewVpc.Builder b = NewVpc.builder();
            configure.accept(b);
            this.network = b.build();
            return this;
        }

        /** A VPC that exists, given by IDs. */
        public Builder existingVpc(Consumer<ExistingVpc.Builder> configure) {
            ExistingVpc.Builder b = ExistingVpc.builder();
            configure.accept(b);
            this.network = b.build();
            return this;
        }

        /** Default: automatic. */
        public Builder endpoints(Endpoints endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        public Builder cluster(String name, Consumer<Cluster.Builder> configure) {
            Cluster.Builder b = Cluster.builder().name(name);
            configure.accept(b);
            clusters.add(b.build());
            return this;
        }

        public Builder cluster(Cluster cluster) {
            clusters.add(cluster);
            return this;
        }

        public Builder loadBalancer(String name, Consumer<LoadBalancer.Builder> configure) {
            LoadBalancer.Builder b = LoadBalancer.builder().name(name);
            configure.accept(b);
            loadBalancers.add(b.build());
            return this;
        }

        public Builder loadBalancer(LoadBalancer loadBalancer) {
            loadBalancers.add(loadBalancer);
            return this;
        }

        public Builder service(String name, Consumer<Service.Builder> configure) {
            Service.Builder b = Service.builder().name(name);
            configure.accept(b);
            services.add(b.build());
            return this;
        }

        public Builder service(Service service) {
            services.add(service);
            return this;
        }

        /** Removes the service of this name, if any (handy for variants of a program). */
        public Builder withoutService(String name) {
            services.removeIf(s -> s.name().equals(name));
            return this;
        }

        /** An SQS queue the program creates (with a dead-letter queue unless asked otherwise); see {@link Queue}. */
        public Builder queue(String name, Consumer<Queue.Builder> configure) {
            Queue.Builder b = Queue.builder().name(name);
            configure.accept(b);
            queues.add(b.build());
            return this;
        }

        public Builder queue(Queue queue) {
            queues.add(queue);
            return this;
        }

        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        public Application build() {
            return new Application(name, network, endpoints, clusters, loadBalancers, services, queues, tags);
        }
    }
}
