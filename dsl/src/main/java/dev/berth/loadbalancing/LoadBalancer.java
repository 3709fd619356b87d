package dev.berth.loadbalancing;

import dev.berth.network.SubnetSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An Application Load Balancer with an HTTP listener, optionally an HTTPS listener, and a default action that
 * answers a fixed 404 (services attach listener rules to it through their {@code Exposure}).
 *
 * @param name                 identity in the program. Required.
 * @param scheme               Default: {@link Scheme#INTERNET_FACING}.
 * @param subnets              the subnets given; {@link SubnetSelection#defaultSubnets()} when none was given, and
 *                             then {@link #effectiveSubnets()} places it by its scheme. Default: public subnets when
 *                             internet-facing, private subnets when internal.
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
 * @param accessLogsPrefix     key prefix of the access logs in the bucket, as given; empty when none was given, and
 *                             then {@link #effectiveAccessLogsPrefix()} is the load balancer's name. Default: the
 *                             load balancer's name.
 * @param deletionProtection   attribute {@code deletion_protection.enabled}. Default: false.
 * @param allowedCidrs         the IPv4 ranges the listeners admit; empty for the default: anywhere when
 *                             internet-facing, the VPC when internal. Default: empty.
 * @param additionalCertificateArns further certificates of the HTTPS listener, chosen by SNI. Default: none.
 * @param webAclArn            an AWS WAF web ACL associated with the load balancer; empty for none. Default: empty.
 * @param aliasHostedZoneId    the Route 53 hosted zone of an alias record for it; empty for none. Default: empty.
 * @param aliasRecordName      the alias record's name, e.g. {@code shop.example.com}. Default: empty.
 */
public record LoadBalancer(String name, Scheme scheme, SubnetSelection subnets, int httpPort, String certificateArn,
                           int httpsPort, String sslPolicy, boolean redirectHttpToHttps, int idleTimeoutSeconds,
                           String accessLogsBucket, String accessLogsPrefix, boolean deletionProtection,
                           List<String> allowedCidrs, List<String> additionalCertificateArns, String webAclArn,
                           String aliasHostedZoneId, String aliasRecordName) {

    /** The HTTPS listener's default security policy: TLS 1.2 and 1.3 only. */
    public static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /**
     * Creates the LoadBalancer; programs use {@link #builder()} instead.
     *
     * @param name                 identity in the program. Required.
     * @param scheme               Default: {@link Scheme#INTERNET_FACING}.
     * @param subnets              the subnets given; {@link SubnetSelection#defaultSubnets()} when none was given, and
     *     then {@link #effectiveSubnets()} places it by its scheme. Default: public subnets when
     *     internet-facing, private subnets when internal.
     * @param httpPort             Default: 80.
     * @param certificateArn       ACM certificate for an HTTPS listener; empty means no HTTPS. Default: empty.
     * @param httpsPort            Default: 443.
     * @param sslPolicy            Default: {@code ELBSecurityPolicy-TLS13-1-2-2021-06} (TLS 1.2 and 1.3 only).
     * @param redirectHttpToHttps  with HTTPS: the HTTP listener answers a 301 to HTTPS. Default: true.
     * @param idleTimeoutSeconds   Default: 60. Valid: 1 to 4000.
     * @param accessLogsBucket     S3 bucket (name) receiving the access logs; empty means none. The bucket must be in
     *     the load balancer's region, use SSE-S3 and let Elastic Load Balancing write (its
     *     bucket policy principal depends on the region, so Berth does not create it).
     *     Default: empty.
     * @param accessLogsPrefix     key prefix of the access logs in the bucket, as given; empty when none was given, and
     *     then {@link #effectiveAccessLogsPrefix()} is the load balancer's name. Default: the
     *     load balancer's name.
     * @param deletionProtection   attribute {@code deletion_protection.enabled}. Default: false.
     * @param allowedCidrs         the IPv4 ranges the listeners admit; empty for the default. Default: empty.
     * @param additionalCertificateArns further certificates of the HTTPS listener (SNI). Default: none.
     * @param webAclArn            an AWS WAF web ACL associated with it; empty for none. Default: empty.
     * @param aliasHostedZoneId    the Route 53 hosted zone of an alias record; empty for none. Default: empty.
     * @param aliasRecordName      the alias record's name. Default: empty.
     * @throws NullPointerException when a reference component is null
     */
    public LoadBalancer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(subnets, "subnets");
        Objects.requireNonNull(certificateArn, "certificateArn");
        Objects.requireNonNull(sslPolicy, "sslPolicy");
        Objects.requireNonNull(accessLogsBucket, "accessLogsBucket");
        Objects.requireNonNull(accessLogsPrefix, "accessLogsPrefix");
        Objects.requireNonNull(webAclArn, "webAclArn");
        Objects.requireNonNull(aliasHostedZoneId, "aliasHostedZoneId");
        Objects.requireNonNull(aliasRecordName, "aliasRecordName");
        allowedCidrs = List.copyOf(allowedCidrs);
        additionalCertificateArns = List.copyOf(additionalCertificateArns);
    }

    /**
     * Whether Berth adds a Route 53 alias record for it.
     *
     * @return true when a hosted zone is given
     */
    public boolean hasAlias() {
        return !aliasHostedZoneId.isEmpty();
    }

    /**
     * The subnets it is placed in: those given, else public subnets when internet-facing and private subnets when
     * internal. (Resolved here rather than when building, so that a {@code toBuilder()} that changes the scheme
     * also changes the default subnets.)
     *
     * @return the subnets the load balancer is placed in
     */
    public SubnetSelection effectiveSubnets() {
        if (!subnets.isDefault()) {
            return subnets;
        }
        return isInternetFacing() ? SubnetSelection.publicSubnets() : SubnetSelection.privateSubnets();
    }

    /**
     * The key prefix of the access logs: the one given, else the load balancer's name.
     *
     * @return the S3 key prefix
     */
    public String effectiveAccessLogsPrefix() {
        return accessLogsPrefix.isEmpty() ? name : accessLogsPrefix;
    }

    /**
     * Whether access logs are written.
     *
     * @return true when an access logs bucket is given
     */
    public boolean hasAccessLogs() {
        return !accessLogsBucket.isEmpty();
    }

    /**
     * Whether there is an HTTPS listener.
     *
     * @return true when a certificate is given
     */
    public boolean hasHttps() {
        return !certificateArn.isEmpty();
    }

    /**
     * Whether it is reachable from the internet.
     *
     * @return true for {@link Scheme#INTERNET_FACING}
     */
    public boolean isInternetFacing() {
        return scheme == Scheme.INTERNET_FACING;
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
     * A builder holding this LoadBalancer's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).scheme(scheme).subnets(subnets).httpPort(httpPort).https(certificateArn)
                .httpsPort(httpsPort).sslPolicy(sslPolicy).redirectHttpToHttps(redirectHttpToHttps)
                .idleTimeoutSeconds(idleTimeoutSeconds).accessLogs(accessLogsBucket, accessLogsPrefix)
                .deletionProtection(deletionProtection).webAcl(webAclArn).alias(aliasHostedZoneId, aliasRecordName);
        b.allowedCidrs.addAll(allowedCidrs);
        b.additionalCertificateArns.addAll(additionalCertificateArns);
        return b;
    }

    /**
     * Builds a {@link LoadBalancer}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private Scheme scheme = Scheme.INTERNET_FACING;
        private SubnetSelection subnets = SubnetSelection.defaultSubnets();
        private int httpPort = 80;
        private String certificateArn = "";
        private int httpsPort = 443;
        private String sslPolicy = DEFAULT_SSL_POLICY;
        private boolean redirectHttpToHttps = true;
        private int idleTimeoutSeconds = 60;
        private String accessLogsBucket = "";
        private String accessLogsPrefix = "";
        private boolean deletionProtection;
        private final List<String> allowedCidrs = new ArrayList<>();
        private final List<String> additionalCertificateArns = new ArrayList<>();
        private String webAclArn = "";
        private String aliasHostedZoneId = "";
        private String aliasRecordName = "";

        private Builder() {
        }

        /**
         * Identity in the program. Required. Valid: lower-case letters, digits and hyphens, starting with a letter,
         * up to 32.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: INTERNET_FACING.
         *
         * @param scheme the new value of {@code scheme}
         * @return this builder
         */
        public Builder scheme(Scheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Makes the load balancer internal: reachable from inside the VPC only, in the private subnets unless
         * subnets are given. Default: internet-facing.
         *
         * @return this builder
         */
        public Builder internal() {
            return scheme(Scheme.INTERNAL);
        }

        /**
         * Default: public subnets when internet-facing, private when internal. Valid: subnets in at least two
         * availability zones, /27 or larger; public ones for an internet-facing load balancer.
         *
         * @param subnets the new value of {@code subnets}
         * @return this builder
         */
        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        /**
         * Default: 80. Valid: 1 to 65535, not the HTTPS port.
         *
         * @param port the new value of {@code httpPort}
         * @return this builder
         */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /**
         * Adds an HTTPS listener with this ACM certificate; the HTTP listener then redirects to it unless told
         * otherwise. Default: no HTTPS. Valid: an ACM certificate ARN in the load balancer's region.
         *
         * @param certificateArn the new value of {@code https}
         * @return this builder
         */
        public Builder https(String certificateArn) {
            this.certificateArn = certificateArn;
            return this;
        }

        /**
         * Default: 443. Valid: 1 to 65535, not the HTTP port.
         *
         * @param port the new value of {@code httpsPort}
         * @return this builder
         */
        public Builder httpsPort(int port) {
            this.httpsPort = port;
            return this;
        }

        /**
         * Default: ELBSecurityPolicy-TLS13-1-2-2021-06. Valid: the name of an Elastic Load Balancing security
         * policy.
         *
         * @param policy the new value of {@code sslPolicy}
         * @return this builder
         */
        public Builder sslPolicy(String policy) {
            this.sslPolicy = policy;
            return this;
        }

        /**
         * Default: true (only matters with HTTPS).
         *
         * @param redirect the new value of {@code redirectHttpToHttps}
         * @return this builder
         */
        public Builder redirectHttpToHttps(boolean redirect) {
            this.redirectHttpToHttps = redirect;
            return this;
        }

        /**
         * Default: 60 seconds. Valid: 1 to 4000.
         *
         * @param seconds the new value of {@code idleTimeoutSeconds}
         * @return this builder
         */
        public Builder idleTimeoutSeconds(int seconds) {
            this.idleTimeoutSeconds = seconds;
            return this;
        }

        /**
         * Writes access logs to this S3 bucket, under the prefix {@code <load balancer name>/}. Default: no access
         * logs. Valid: a bucket in the load balancer's region that Elastic Load Balancing may write to.
         *
         * @param bucketName the S3 bucket's name (in the load balancer's region)
         * @return this builder
         */
        public Builder accessLogs(String bucketName) {
            return accessLogs(bucketName, "");
        }

        /**
         * Writes access logs to this S3 bucket under {@code prefix} (empty: the load balancer's name). Default: no
         * access logs. Valid: a bucket in the load balancer's region that Elastic Load Balancing may write to.
         *
         * @param bucketName the S3 bucket's name (in the load balancer's region)
         * @param prefix the key prefix; empty for the load balancer's name
         * @return this builder
         */
        public Builder accessLogs(String bucketName, String prefix) {
            this.accessLogsBucket = bucketName;
            this.accessLogsPrefix = prefix;
            return this;
        }

        /**
         * Whether Elastic Load Balancing refuses to delete the load balancer (a stack or {@code terraform destroy}
         * then fails until it is turned off). Default: false.
         *
         * @param enabled the new value of {@code deletionProtection}
         * @return this builder
         */
        public Builder deletionProtection(boolean enabled) {
            this.deletionProtection = enabled;
            return this;
        }

        /**
         * Adds an IPv4 range the listeners admit, in place of the default (anywhere when internet-facing, the VPC
         * when internal). Default: none (the default applies). Valid: IPv4 CIDRs, at most 50 per load balancer.
         *
         * @param cidr an IPv4 CIDR, e.g. {@code 203.0.113.0/24}
         * @return this builder
         */
        public Builder allowFrom(String cidr) {
            allowedCidrs.add(cidr);
            return this;
        }

        /**
         * Adds a certificate to the HTTPS listener, presented to clients that ask for its host name (SNI); the
         * certificate given to {@link #https(String)} stays the default. Default: none. Valid: ACM certificate ARNs
         * (or CDK tokens), only with HTTPS, at most 25.
         *
         * @param certificateArn the certificate's ARN
         * @return this builder
         */
        public Builder additionalCertificate(String certificateArn) {
            additionalCertificateArns.add(certificateArn);
            return this;
        }

        /**
         * Associates an AWS WAF web ACL (regional scope, in the load balancer's region) with the load balancer.
         * Default: none. Valid: a WAFv2 web ACL ARN ({@code arn:aws:wafv2:<region>:<account>:regional/webacl/...}),
         * or a CDK token.
         *
         * @param webAclArn the web ACL's ARN
         * @return this builder
         */
        public Builder webAcl(String webAclArn) {
            this.webAclArn = webAclArn;
            return this;
        }

        /**
         * Adds a Route 53 alias record {@code recordName} (type A) for the load balancer in the hosted zone
         * {@code hostedZoneId}. Default: none. Valid: a hosted zone ID ({@code Z} and up to 31 upper-case letters
         * and digits, or a CDK token) and a record name in that zone.
         *
         * @param hostedZoneId the hosted zone's ID
         * @param recordName   the record's name, e.g. {@code shop.example.com}
         * @return this builder
         */
        public Builder alias(String hostedZoneId, String recordName) {
            this.aliasHostedZoneId = hostedZoneId;
            this.aliasRecordName = recordName;
            return this;
        }

        /**
         * Builds the LoadBalancer. Values are checked later, with the whole program, by the validator.
         *
         * @return the LoadBalancer
         */
        public LoadBalancer build() {
            return new LoadBalancer(name, scheme, subnets, httpPort, certificateArn, httpsPort, sslPolicy,
                    redirectHttpToHttps, idleTimeoutSeconds, accessLogsBucket, accessLogsPrefix, deletionProtection,
                    allowedCidrs, additionalCertificateArns, webAclArn, aliasHostedZoneId, aliasRecordName);
        }
    }
}
