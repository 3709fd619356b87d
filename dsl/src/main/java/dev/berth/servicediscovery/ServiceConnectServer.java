package dev.berth.servicediscovery;

import dev.berth.task.Container;
import dev.berth.task.PortMapping;
import dev.berth.task.TaskDefinition;

import java.util.Objects;

/**
 * One port a service offers to the other services of its Service Connect namespace: an entry of the service's
 * {@code ServiceConnectConfiguration.Services} (Amazon ECS API Reference, ServiceConnectService). ECS registers it
 * in AWS Cloud Map under {@code discoveryName}, and clients reach it at {@code dnsName:port} through their Service
 * Connect proxy, which forwards to the tasks on the named port mapping's container port.
 *
 * @param portName      the name of a port mapping of the service's containers ({@code c.port(8080, "http")}).
 *                      Required. ECS: "The portName must match the name of one of the portMappings from all the
 *                      containers in the task definition of this Amazon ECS service."
 * @param discoveryName the name of the Cloud Map service ECS creates for it. Default: empty, which the plan turns
 *                      into the service's name for the first server of a service and {@code <service>-<portName>}
 *                      for the others. Valid: up to 64 lower-case letters, digits, underscores and hyphens, not
 *                      starting with a hyphen; unique in the namespace.
 * @param dnsName       the name clients use. Default: empty, which the plan turns into the discovery name (a short
 *                      name: {@code http://orders:8080}). Valid: up to 127 lower-case letters, digits, underscores,
 *                      hyphens and periods, not starting with a hyphen; {@code dnsName:port} unique in the namespace.
 * @param port          the port clients use. Default: 0, which the plan turns into the container port of the named
 *                      port mapping. Valid: 0 or 1 to 65535.
 */
public record ServiceConnectServer(String portName, String discoveryName, String dnsName, int port) {

    /**
     * Creates the ServiceConnectServer; programs use {@link #builder(String)} instead.
     *
     * @param portName      the name of a port mapping of the service's containers. Required.
     * @param discoveryName the Cloud Map service name. Default: empty (the service's name, see the record).
     * @param dnsName       the name clients use. Default: empty (the discovery name).
     * @param port          the port clients use. Default: 0 (the container port).
     * @throws NullPointerException when a reference component is null
     */
    public ServiceConnectServer {
        Objects.requireNonNull(portName, "portName");
        Objects.requireNonNull(discoveryName, "discoveryName");
        Objects.requireNonNull(dnsName, "dnsName");
    }

    /**
     * The Cloud Map service name: the one given, else the service's name for its first server and
     * {@code <service>-<portName>} for the others.
     *
     * @param service the service's name
     * @param index   this server's position among the service's servers
     * @return the discovery name
     */
    public String discoveryNameFor(String service, int index) {
        if (!discoveryName.isEmpty()) {
            return discoveryName;
        }
        return index == 0 ? service : service + "-" + portName;
    }

    /**
     * The name clients use: the one given, else the discovery name.
     *
     * @param service the service's name
     * @param index   this server's position among the service's servers
     * @return the DNS name
     */
    public String dnsNameFor(String service, int index) {
        return dnsName.isEmpty() ? discoveryNameFor(service, index) : dnsName;
    }

    /**
     * The container port of the port mapping named {@code portName} in {@code task}: where the tasks listen.
     *
     * @param task the service's task definition
     * @return the container port, or 0 when no port mapping has the name
     */
    public int containerPortIn(TaskDefinition task) {
        for (Container c : task.containers()) {
            for (PortMapping p : c.portMappings()) {
                if (p.name().equals(portName)) {
                    return p.containerPort();
                }
            }
        }
        return 0;
    }

    /**
     * The port clients use: the one given, else the container port.
     *
     * @param task the service's task definition
     * @return the port, or 0 when neither is known
     */
    public int clientPortIn(TaskDefinition task) {
        return port != 0 ? port : containerPortIn(task);
    }

    /**
     * Starts a builder for the port mapping named {@code portName}, holding the defaults documented on each setter.
     *
     * @param portName the name of a port mapping of the service's containers
     * @return a new builder
     */
    public static Builder builder(String portName) {
        return new Builder().portName(portName);
    }

    /**
     * A builder holding this ServiceConnectServer's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().portName(portName).discoveryName(discoveryName).dnsName(dnsName).port(port);
    }

    /** Builds a {@link ServiceConnectServer}. Every setter documents its default and valid values. */
    public static final class Builder {
        private String portName = "";
        private String discoveryName = "";
        private String dnsName = "";
        private int port;

        private Builder() {
        }

        /**
         * The name of a port mapping of the service's containers. Required.
         *
         * @param portName the new value of {@code portName}
         * @return this builder
         */
        public Builder portName(String portName) {
            this.portName = portName;
            return this;
        }

        /**
         * The Cloud Map service name. Default: the service's name for its first server, {@code
         * <service>-<portName>} for the others. Valid: up to 64 lower-case letters, digits, underscores and
         * hyphens, not starting with a hyphen; unique in the namespace.
         *
         * @param discoveryName the new value of {@code discoveryName}
         * @return this builder
         */
        public Builder discoveryName(String discoveryName) {
            this.discoveryName = discoveryName;
            return this;
        }

        /**
         * The name clients connect to. Default: the discovery name. Valid: up to 127 lower-case letters, digits,
         * underscores, hyphens and periods, not starting with a hyphen.
         *
         * @param dnsName the new value of {@code dnsName}
         * @return this builder
         */
        public Builder dnsName(String dnsName) {
            this.dnsName = dnsName;
            return this;
        }

        /**
         * The port clients connect to. Default: 0, the container port of the named port mapping. Valid: 0 or 1 to
         * 65535; {@code dnsName:port} unique in the namespace.
         *
         * @param port the new value of {@code port}
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Builds the ServiceConnectServer. Values are checked later, with the whole program, by the validator.
         *
         * @return the ServiceConnectServer
         */
        public ServiceConnectServer build() {
            return new ServiceConnectServer(portName, discoveryName, dnsName, port);
        }
    }
}
