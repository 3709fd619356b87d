package dev.berth.servicediscovery;

import dev.berth.compute.Cluster;
import dev.berth.loadbalancing.Exposure;
import dev.berth.task.Container;
import dev.berth.task.PortMapping;
import dev.berth.task.TaskDefinition;

import java.util.List;
import java.util.Objects;

/**
 * AWS Cloud Map DNS service discovery for one service: ECS registers each running task in a private DNS namespace
 * (a Route 53 private hosted zone of the program's VPC), so other services find it as {@code orders.shop.internal}
 * with no load balancer and no proxy. Berth creates the Cloud Map service (its DNS records and a custom health check
 * that ECS keeps up to date) and the ECS service's registry.
 *
 * <pre>{@code
 * .cluster("main", c -> c.dnsNamespace("shop.internal"))                 // Berth creates the namespace in the VPC
 * .service("orders", s -> s.task(...).serviceDiscovery(d -> d.name("orders")))       // orders.shop.internal, A
 * .service("web", s -> s.task(...).egressTo(Egress.toService("orders")))  // who calls whom: the security groups
 * }</pre>
 *
 * <p>Who may connect is declared as egress ({@code Egress.toService}), as for any call between services; the plan
 * admits the caller on the registered port (SRV) or on the service's port mappings (A).
 *
 * @param enabled       whether ECS registers the service's tasks. Default: false ({@link #NONE}).
 * @param namespace     the private DNS namespace: a name one of the program's clusters declares
 *                      ({@link Cluster#dnsNamespace()}) or an existing namespace's ID ({@code ns-...}). Default: empty,
 *                      meaning the service's cluster's {@code dnsNamespace}.
 * @param name          the service's name in the namespace (the first label of its DNS name). Default: empty,
 *                      meaning the service's name. Valid: a DNS label, up to 63 lower-case letters, digits and hyphens,
 *                      not starting or ending with a hyphen.
 * @param dnsRecordType the records Cloud Map keeps. Default: {@link DnsRecordType#A}. Valid: A only for the awsvpc
 *                      network mode; SRV for every mode (the only one for bridge and host).
 * @param ttl           how long resolvers cache the records, in seconds. Default: 60 (clients see a replaced task
 *                      within a minute). Valid: 0 to 2147483647.
 * @param containerName the container whose port an SRV record carries. Default: empty, meaning the container of the
 *                      load-balanced port when the service is exposed, else the first container with a port mapping.
 *                      Only for SRV.
 * @param containerPort the container port an SRV record carries. Default: 0, meaning the container's first port
 *                      mapping. Valid: a container port of that container. Only for SRV.
 */
public record ServiceDiscovery(boolean enabled, String namespace, String name, DnsRecordType dnsRecordType, int ttl,
                               String containerName, int containerPort) {

    /** The default TTL of the records, in seconds. */
    public static final int DEFAULT_TTL = 60;

    /** No DNS service discovery: the default. */
    public static final ServiceDiscovery NONE = new ServiceDiscovery(false, "", "", DnsRecordType.A, DEFAULT_TTL, "", 0);

    /**
     * Creates the ServiceDiscovery; programs use {@link #builder()} instead.
     *
     * @param enabled       whether ECS registers the service's tasks. Default: false.
     * @param namespace     a namespace name a cluster declares, or an existing namespace's ID. Default: empty (the
     *                      cluster's).
     * @param name          the name in the namespace. Default: empty (the service's name).
     * @param dnsRecordType the records Cloud Map keeps. Default: {@link DnsRecordType#A}.
     * @param ttl           the records' TTL in seconds. Default: 60.
     * @param containerName the container an SRV record points at. Default: empty (derived).
     * @param containerPort the port an SRV record carries. Default: 0 (derived).
     * @throws NullPointerException when a reference component is null
     */
    public ServiceDiscovery {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dnsRecordType, "dnsRecordType");
        Objects.requireNonNull(containerName, "containerName");
    }

    /**
     * The name the service registers under: the one given, else the service's name.
     *
     * @param service the service's name
     * @return the name in the namespace
     */
    public String nameFor(String service) {
        return name.isEmpty() ? service : name;
    }

    /**
     * The namespace the service registers in: its own, else its cluster's.
     *
     * @param cluster the service's cluster; null when the program has no such cluster
     * @return a namespace name or ID; empty when neither names one
     */
    public String namespaceIn(Cluster cluster) {
        return !namespace.isEmpty() || cluster == null ? namespace : cluster.dnsNamespace();
    }

    /**
     * The container an SRV record points at: the one named, else the exposed container when the service is
     * load-balanced, else the first container with a port mapping; empty when there is none.
     *
     * @param task      the service's task definition
     * @param exposures the service's exposures
     * @return the container's name, or empty
     */
    public String containerIn(TaskDefinition task, List<Exposure> exposures) {
        if (!containerName.isEmpty()) {
            return containerName;
        }
        if (!exposures.isEmpty()) {
            return exposures.get(0).containerIn(task);
        }
        return task.containers().stream().filter(c -> !c.portMappings().isEmpty()).map(Container::name)
                .findFirst().orElse("");
    }

    /**
     * The container port an SRV record carries: the one given, else the exposed port when the exposed container is
     * the one, else the container's first port mapping; 0 when there is none.
     *
     * @param task      the service's task definition
     * @param exposures the service's exposures
     * @return the container port, or 0
     */
    public int containerPortIn(TaskDefinition task, List<Exposure> exposures) {
        if (containerPort > 0) {
            return containerPort;
        }
        String container = containerIn(task, exposures);
        if (!exposures.isEmpty() && exposures.get(0).containerIn(task).equals(container)) {
            return exposures.get(0).portIn(task);
        }
        return task.containers().stream().filter(c -> c.name().equals(container))
                .flatMap(c -> c.portMappings().stream()).mapToInt(PortMapping::containerPort).findFirst().orElse(0);
    }

    /**
     * Whether a namespace value names an existing namespace (an ID {@code ns-...} or a CDK token) rather than one
     * a cluster declares for Berth to create.
     *
     * @param namespace a namespace name or ID
     * @return true for an existing namespace's ID
     */
    public static boolean isExisting(String namespace) {
        return namespace.startsWith("ns-") || namespace.contains("Token[") || namespace.startsWith("${");
    }

    /**
     * Starts a builder for an enabled DNS service discovery, holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ServiceDiscovery's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().enabled(enabled).namespace(namespace).name(name).dnsRecordType(dnsRecordType).ttl(ttl)
                .containerName(containerName).containerPort(containerPort);
    }

    /** Builds a {@link ServiceDiscovery}. Every setter documents its default and valid values. */
    public static final class Builder {
        private boolean enabled = true;
        private String namespace = "";
        private String name = "";
        private DnsRecordType dnsRecordType = DnsRecordType.A;
        private int ttl = DEFAULT_TTL;
        private String containerName = "";
        private int containerPort;

        private Builder() {
        }

        /**
         * Whether ECS registers the service's tasks. Default: true in a builder from {@link #builder()} (false in
         * {@link #NONE}).
         *
         * @param enabled the new value of {@code enabled}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * The private DNS namespace. Default: the cluster's {@code dnsNamespace}. Valid: a namespace name one of the
         * program's clusters declares, or an existing private DNS namespace's ID ({@code ns-...}).
         *
         * @param namespace the new value of {@code namespace}
         * @return this builder
         */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * The service's name in the namespace. Default: the service's name. Valid: a DNS label (up to 63 lower-case
         * letters, digits and hyphens, not starting or ending with a hyphen), unique in the namespace.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The records Cloud Map keeps for each task. Default: {@link DnsRecordType#A}. Valid: A only with the awsvpc
         * network mode; SRV with every mode.
         *
         * @param dnsRecordType the new value of {@code dnsRecordType}
         * @return this builder
         */
        public Builder dnsRecordType(DnsRecordType dnsRecordType) {
            this.dnsRecordType = dnsRecordType;
            return this;
        }

        /**
         * How long resolvers cache the records, in seconds. Default: 60. Valid: 0 to 2147483647.
         *
         * @param ttl the new value of {@code ttl}
         * @return this builder
         */
        public Builder ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * The container whose port an SRV record carries. Default: the load-balanced container, else the first
         * container with a port mapping. Valid: a container of the task with a port mapping; SRV only.
         *
         * @param containerName the new value of {@code containerName}
         * @return this builder
         */
        public Builder containerName(String containerName) {
            this.containerName = containerName;
            return this;
        }

        /**
         * The container port an SRV record carries. Default: 0, meaning the container's first port mapping. Valid: a
         * container port of that container; SRV only.
         *
         * @param containerPort the new value of {@code containerPort}
         * @return this builder
         */
        public Builder containerPort(int containerPort) {
            this.containerPort = containerPort;
            return this;
        }

        /**
         * Registers SRV records carrying {@code containerPort} of {@code containerName}, e.g.
         * {@code d.srv("app", 8080)}. Default: A records.
         *
         * @param containerName a container of the task
         * @param containerPort one of its container ports
         * @return this builder
         */
        public Builder srv(String containerName, int containerPort) {
            return dnsRecordType(DnsRecordType.SRV).containerName(containerName).containerPort(containerPort);
        }

        /**
         * Builds the ServiceDiscovery. Values are checked later, with the whole program, by the validator.
         *
         * @return the ServiceDiscovery
         */
        public ServiceDiscovery build() {
            return new ServiceDiscovery(enabled, namespace, name, dnsRecordType, ttl, containerName, containerPort);
        }
    }
}
