package dev.berth.loadbalancing;

import java.util.Objects;

/**
 * The listener a service exposed on a {@link NetworkLoadBalancer} brings along: a port of the load balancer that
 * forwards everything to the service's target group. Settings for an Application Load Balancer exposure are errors.
 *
 * @param protocol       Default: {@link ListenerProtocol#TCP}.
 * @param port           the load balancer's port; 0 for the container port. Default: 0.
 * @param certificateArn the ACM certificate of a TLS listener; empty otherwise. Default: empty.
 * @param sslPolicy      the security policy of a TLS listener. Default: {@code ELBSecurityPolicy-TLS13-1-2-2021-06}.
 * @param alpnPolicy     the ALPN policy of a TLS listener. Default: {@link AlpnPolicy#NONE}.
 */
public record NetworkListener(ListenerProtocol protocol, int port, String certificateArn, String sslPolicy,
                              AlpnPolicy alpnPolicy) {

    /** A TCP listener on the container port. */
    public static final NetworkListener DEFAULT = builder().build();

    /**
     * Creates the NetworkListener; programs use {@link #builder()} instead.
     *
     * @param protocol       Default: {@link ListenerProtocol#TCP}.
     * @param port           the load balancer's port; 0 for the container port. Default: 0.
     * @param certificateArn the ACM certificate of a TLS listener; empty otherwise. Default: empty.
     * @param sslPolicy      the security policy of a TLS listener. Default: ELBSecurityPolicy-TLS13-1-2-2021-06.
     * @param alpnPolicy     the ALPN policy of a TLS listener. Default: {@link AlpnPolicy#NONE}.
     * @throws NullPointerException when a reference component is null
     */
    public NetworkListener {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(certificateArn, "certificateArn");
        Objects.requireNonNull(sslPolicy, "sslPolicy");
        Objects.requireNonNull(alpnPolicy, "alpnPolicy");
    }

    /**
     * The listener's port: the one given, else the container port.
     *
     * @param containerPort the exposed container port
     * @return the port the load balancer listens on
     */
    public int portFor(int containerPort) {
        return port > 0 ? port : containerPort;
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this NetworkListener's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().protocol(protocol).port(port).certificateArn(certificateArn).sslPolicy(sslPolicy)
                .alpnPolicy(alpnPolicy);
    }

    /**
     * Builds a {@link NetworkListener}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private ListenerProtocol protocol = ListenerProtocol.TCP;
        private int port;
        private String certificateArn = "";
        private String sslPolicy = LoadBalancer.DEFAULT_SSL_POLICY;
        private AlpnPolicy alpnPolicy = AlpnPolicy.NONE;

        private Builder() {
        }

        /**
         * Default: TCP. Valid: TLS needs a certificate; UDP and TCP_UDP need the container port mapped as UDP (and
         * as TCP for TCP_UDP and for the TCP health checks).
         *
         * @param protocol the new value of {@code protocol}
         * @return this builder
         */
        public Builder protocol(ListenerProtocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Default: 0, the container port. Valid: 0, or 1 to 65535 and unique per protocol on the load balancer.
         *
         * @param port the new value of {@code port}
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * The ACM certificate a TLS listener presents. Default: none. Valid: an ACM certificate ARN in the load
         * balancer's region, or a CDK token; only with TLS.
         *
         * @param arn the new value of {@code certificateArn}
         * @return this builder
         */
        public Builder certificateArn(String arn) {
            this.certificateArn = arn;
            return this;
        }

        /**
         * Makes it a TLS listener presenting this ACM certificate. Default: a TCP listener. Valid: as for
         * {@link #certificateArn(String)}.
         *
         * @param certificateArn the ACM certificate's ARN
         * @return this builder
         */
        public Builder tls(String certificateArn) {
            return protocol(ListenerProtocol.TLS).certificateArn(certificateArn);
        }

        /**
         * Default: ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.2 and 1.3 only). Valid: the name of an Elastic Load
         * Balancing security policy; only matters with TLS.
         *
         * @param policy the new value of {@code sslPolicy}
         * @return this builder
         */
        public Builder sslPolicy(String policy) {
            this.sslPolicy = policy;
            return this;
        }

        /**
         * Default: NONE. Valid: NONE unless the protocol is TLS.
         *
         * @param policy the new value of {@code alpnPolicy}
         * @return this builder
         */
        public Builder alpnPolicy(AlpnPolicy policy) {
            this.alpnPolicy = policy;
            return this;
        }

        /**
         * Builds the NetworkListener. Values are checked later, with the whole program, by the validator.
         *
         * @return the NetworkListener
         */
        public NetworkListener build() {
            return new NetworkListener(protocol, port, certificateArn, sslPolicy, alpnPolicy);
        }
    }
}
