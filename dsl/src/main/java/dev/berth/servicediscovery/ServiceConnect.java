package dev.berth.servicediscovery;

import dev.berth.task.Logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Amazon ECS Service Connect for one service: ECS adds a managed proxy (Envoy) to its tasks, through which they
 * reach the other services of the namespace by short names ({@code http://orders:8080}), with no internal load
 * balancer. A service with Service Connect and no {@code server} is a client only; each {@code server} makes one
 * named port reachable.
 *
 * <pre>{@code
 * .service("orders", s -> s.task(t -> t.container("app", c -> c.image(...).port(8080, "http")))
 *     .serviceConnect(sc -> sc.server("http")))                           // reachable at orders:8080
 * .service("web", s -> s.task(...)
 *     .serviceConnect(sc -> sc.client())                                  // a client only
 *     .egressTo(Egress.toService("orders")))                              // who calls whom: the security groups
 * }</pre>
 *
 * <p>Who may connect to whom is declared as egress ({@code Egress.toService}), as for any call between services:
 * the plan admits exactly the declaring clients on the server's Service Connect ports, and creates each server
 * before the clients that call it (a client's proxy resolves only the servers deployed before it).
 *
 * @param enabled   whether the service uses Service Connect. Default: false ({@link #NONE}).
 * @param namespace the Cloud Map namespace: a name (Berth creates the HTTP namespace) or an existing namespace's ARN.
 *                  Default: empty, meaning the cluster's {@code serviceConnectNamespace}. Valid: a namespace name
 *                  (lower-case DNS labels separated by periods, up to 253 characters) or an ARN
 *                  {@code arn:<partition>:servicediscovery:<region>:<account>:namespace/ns-...}.
 * @param servers   the ports other services reach. Default: none (a client only).
 * @param logging   where the Service Connect proxy writes its logs. Default: {@link Logging#DEFAULT}, except that the
 *                  group's default name is {@code /ecs/<application>/<service>/service-connect}: awslogs to a log
 *                  group of its own that Berth declares, kept 30 days, streams prefixed with the service's name.
 *                  {@link Logging#NONE} leaves the proxy's logs out.
 */
public record ServiceConnect(boolean enabled, String namespace, List<ServiceConnectServer> servers,
                             Logging logging) {

    /** No Service Connect: the default. */
    public static final ServiceConnect NONE = new ServiceConnect(false, "", List.of(), Logging.DEFAULT);

    /**
     * Creates the ServiceConnect; programs use {@link #builder()} instead.
     *
     * @param enabled   whether the service uses Service Connect. Default: false.
     * @param namespace the namespace's name or ARN. Default: empty (the cluster's).
     * @param servers   the ports other services reach. Default: none.
     * @param logging   where the proxy writes its logs. Default: {@link Logging#DEFAULT}.
     * @throws NullPointerException when a reference component is null
     */
    public ServiceConnect {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(logging, "logging");
        servers = List.copyOf(servers);
    }

    /**
     * The log group the proxy writes to: the one named, else {@code /ecs/<application>/<service>/service-connect}.
     *
     * @param application the application's name
     * @param service     the service's name
     * @return the log group's name
     */
    public String logGroupNameFor(String application, String service) {
        return logging.logGroupName().isEmpty() ? "/ecs/" + application + "/" + service + "/service-connect"
                : logging.logGroupName();
    }

    /**
     * Starts a builder for an enabled Service Connect, holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ServiceConnect's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().enabled(enabled).namespace(namespace).logging(logging);
        b.servers.addAll(servers);
        return b;
    }

    /** Builds a {@link ServiceConnect}. Every setter documents its default and valid values. */
    public static final class Builder {
        private boolean enabled = true;
        private String namespace = "";
        private final List<ServiceConnectServer> servers = new ArrayList<>();
        private Logging logging = Logging.DEFAULT;

        private Builder() {
        }

        /**
         * Whether the service uses Service Connect. Default: true in a builder from {@link #builder()} (false in
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
         * The Cloud Map namespace. Default: the cluster's {@code serviceConnectNamespace}. Valid: a namespace name
         * (Berth creates an HTTP namespace of that name) or an existing namespace's ARN.
         *
         * @param namespace the new value of {@code namespace}
         * @return this builder
         */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Makes the service a client only: it reaches the namespace's servers and offers none. The same as giving
         * no server. Default: a client only.
         *
         * @return this builder
         */
        public Builder client() {
            servers.clear();
            return this;
        }

        /**
         * Offers the port mapping named {@code portName} under the default names and port (see
         * {@link ServiceConnectServer}). Default: no servers.
         *
         * @param portName the name of a port mapping of the service's containers
         * @return this builder
         */
        public Builder server(String portName) {
            servers.add(ServiceConnectServer.builder(portName).build());
            return this;
        }

        /**
         * Offers the port mapping named {@code portName}, e.g. {@code sc.server("http", a ->
         * a.dnsName("orders").port(80))}. Default: no servers.
         *
         * @param portName  the name of a port mapping of the service's containers
         * @param configure configures a builder holding the ServiceConnectServer defaults
         * @return this builder
         */
        public Builder server(String portName, Consumer<ServiceConnectServer.Builder> configure) {
            ServiceConnectServer.Builder b = ServiceConnectServer.builder(portName);
            configure.accept(b);
            servers.add(b.build());
            return this;
        }

        /**
         * Offers a port described elsewhere. Default: no servers.
         *
         * @param server the server
         * @return this builder
         */
        public Builder server(ServiceConnectServer server) {
            servers.add(server);
            return this;
        }

        /**
         * Where the Service Connect proxy writes its logs. Default: {@link Logging#DEFAULT}, with a log group of its
         * own, {@code /ecs/<application>/<service>/service-connect}, kept 30 days. Valid: as for a container's
         * logging; a group shared with a container must have the container's retention.
         *
         * @param logging the new value of {@code logging}
         * @return this builder
         */
        public Builder logging(Logging logging) {
            this.logging = logging;
            return this;
        }

        /**
         * Configures the proxy's logs, e.g. {@code sc.logging(l -> l.logGroupName("/ecs/shop/proxy")
         * .retentionDays(7))}. Default: {@link Logging#DEFAULT}.
         *
         * @param configure configures a builder holding the current logging
         * @return this builder
         */
        public Builder logging(Consumer<Logging.Builder> configure) {
            Logging.Builder b = logging.toBuilder();
            configure.accept(b);
            this.logging = b.build();
            return this;
        }

        /**
         * Builds the ServiceConnect. Values are checked later, with the whole program, by the validator.
         *
         * @return the ServiceConnect
         */
        public ServiceConnect build() {
            return new ServiceConnect(enabled, namespace, servers, logging);
        }
    }
}
