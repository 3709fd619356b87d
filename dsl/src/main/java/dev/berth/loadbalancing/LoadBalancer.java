package dev.berth.loadbalancing;

import dev.berth.network.SubnetSelection;

import java.util.Objects;

/**
 * An Application Load Balancer with an HTTP listener, optionally an HTTPS listener, and a default action that
 * answers a fixed 404 (services attach listener rules to it through their {@code Exposure}).
 *
 * @param name                 identity in the program. Required.
 * @param scheme               Default: {@link Scheme#INTERNET_FACING}.
 * @param subnets              Default: public subnets when internet-facing, private subnets when internal.
 * @param httpPort             Default: 80.
 * @param certificateArn       ACM certificate for an HTTPS listener; empty means no HTTPS. Default: empty.
 * @param httpsPort            Default: 443.
 * @param sslPolicy            Default: {@code ELBSecurityPolicy-TLS13-1-2-2021-06} (TLS 1.2 and 1.3 only).
 * @param redirectHttpToHttps  with HTTPS: the HTTP listener answers a 301 to HTTPS. Default: true.
 * @param idleTimeoutSeconds   Default: 60. Valid: 1 to 4000.
 * @param accessLogsBucket     S3 bucket (name) receiving the access logs; empty means none. The bucket must be in
 *                             the load balancer's region, use SSE-S3 and let Elastic Load Balancing write (its
 *                             bucket policy principal depends on the region, so Berth does not create it).
 *                             Default: empty.
 * @param accessLogsPrefix     key prefix of the access logs in the bucket. Default: the load balancer's name.
 */
public record LoadBalancer(String name, Scheme scheme, SubnetSelection subnets, int httpPort, String certificateArn,
                           int httpsPort, String sslPolicy, boolean redirectHttpToHttps, int idleTimeoutSeconds,
                           String accessLogsBucket, String accessLogsPrefix) {

    public static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    public LoadBalancer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(subnets, "subnets");
        Objects.requireNonNull(certificateArn, "certificateArn");
        Objects.requireNonNull(sslPolicy, "sslPolicy");
        Objects.requireNonNull(accessLogsBucket, "accessLogsBucket");
        Objects.requireNonNull(accessLogsPrefix, "accessLogsPrefix");
    }

    public boolean hasAccessLogs() {
        return !accessLogsBucket.isEmpty();
    }

    public boolean hasHttps() {
        return !certificateArn.isEmpty();
    }

    public boolean isInternetFacing() {
        return scheme == Scheme.INTERNET_FACING;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().name(name).scheme(scheme).httpPort(httpPort).https(certificateArn)
                .httpsPort(httpsPort).sslPolicy(sslPolicy).redirectHttpToHttps(redirectHttpToHttps)
                .idleTimeoutSeconds(idleTimeoutSeconds);
        b.subnets = subnets;
        b.accessLogsBucket = accessLogsBucket;
        b.accessLogsPrefix = accessLogsPrefix;
        return b;
    }

    public static final class Builder {
        private String name = "";
        private Scheme scheme = Scheme.INTERNET_FACING;
        private SubnetSelection subnets;
        private int httpPort = 80;
        private String certificateArn = "";
        private int httpsPort = 443;
        private String sslPolicy = DEFAULT_SSL_POLICY;
        private boolean redirectHttpToHttps = true;
        private int idleTimeoutSeconds = 60;
        private String accessLogsBucket = "";
        private String accessLogsPrefix = "";

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Default: INTERNET_FACING. */
        public Builder scheme(Scheme scheme) {
            this.scheme = scheme;
            return this;
        }

        public Builder internal() {
            return scheme(Scheme.INTERNAL);
        }

        /** Default: public subnets when internet-facing, private when internal. */
        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        /** Default: 80. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Adds an HTTPS listener with this ACM certificate. */
        public Builder https(String certificateArn) {
            this.certificateArn = certificateArn;
            return this;
        }

        /** Default: 443. */
        public Builder httpsPort(int port) {
            this.httpsPort = port;
            return this;
        }

        /** Default: ELBSecurityPolicy-TLS13-1-2-2021-06. */
        public Builder sslPolicy(String policy) {
            this.sslPolicy = policy;
            return this;
        }

        /** Default: true (only matters with HTTPS). */
        public Builder redirectHttpToHttps(boolean redirect) {
            this.redirectHttpToHttps = redirect;
            return this;
        }

        /** Default: 60 seconds. */
        public Builder idleTimeoutSeconds(int seconds) {
            this.idleTimeoutSeconds = seconds;
            return this;
        }

        /** Writes access logs to this S3 bucket, under the prefix {@code <load balancer name>/}. */
        public Builder accessLogs(String bucketName) {
            return accessLogs(bucketName, "");
        }

        /** Writes access logs to this S3 bucket under {@code prefix}. */
        public Builder accessLogs(String bucketName, String prefix) {
            this.accessLogsBucket = bucketName;
            this.accessLogsPrefix = prefix;
            return this;
        }

        public LoadBalancer build() {
            SubnetSelection chosen = subnets != null ? subnets
                    : scheme == Scheme.INTERNET_FACING ? SubnetSelection.publicSubnets()
                    : SubnetSelection.privateSubnets();
            return new LoadBalancer(name, scheme, chosen, httpPort, certificateArn, httpsPort, sslPolicy,
                    redirectHttpToHttps, idleTimeoutSeconds, accessLogsBucket,
                    accessLogsPrefix.isEmpty() && !accessLogsBucket.isEmpty() ? name : accessLogsPrefix);
        }
    }
}
