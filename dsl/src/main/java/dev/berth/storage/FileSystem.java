package dev.berth.storage;

import dev.berth.RemovalPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An Amazon EFS file system that the program creates: encrypted at rest, with a mount target in each private subnet
 * of the VPC and a security group that admits NFS (TCP 2049) only from the tasks of the services that mount it.
 * Services mount it as a task volume ({@code Volume.efs("data", v -> v.fileSystem("shared"))}), always with
 * encryption in transit and IAM authorization: their task role may mount exactly this file system (through the access
 * point named, if any), and write to it unless the volume is read-only.
 *
 * <pre>{@code
 * app.fileSystem("shared", fs -> fs
 *     .accessPoint("uploads", ap -> ap.path("/uploads").posixUser(1000, 1000)))
 * }</pre>
 *
 * <p>Automatic backups (AWS Backup) are left as the EFS API leaves them for a new Regional file system: off; turn
 * them on in AWS Backup or the EFS console. Under the hardened profile ({@code Hardening.CONTROL_TOWER}) Berth turns
 * them on (CT.ELASTICFILESYSTEM.PR.2).
 *
 * @param name                       the file system's name in the program: its identity and Name tag. Valid:
 *                                   lower-case letters, digits and single hyphens, starting with a letter, up to 32.
 * @param performanceMode            Default: {@link PerformanceMode#GENERAL_PURPOSE}.
 * @param throughputMode             Default: {@link ThroughputMode#BURSTING} (the EFS API's default).
 * @param provisionedThroughputMibps the throughput of {@link ThroughputMode#PROVISIONED}, MiB/s. Default: 0 (not
 *                                   set). Valid: 1 to 3414, with provisioned throughput only.
 * @param encrypted                  whether data is encrypted at rest. Default: true.
 * @param kmsKeyArn                  the KMS key that encrypts it. Default: "" (the AWS managed key
 *                                   {@code aws/elasticfilesystem}). Valid: a key ARN, with encryption only.
 * @param removalPolicy              what happens to the file system (and its data) when the stack or module is
 *                                   deleted. Default: {@link RemovalPolicy#RETAIN}.
 * @param accessPoints               Default: none.
 */
public record FileSystem(String name, PerformanceMode performanceMode, ThroughputMode throughputMode,
                         int provisionedThroughputMibps, boolean encrypted, String kmsKeyArn,
                         RemovalPolicy removalPolicy, List<AccessPoint> accessPoints) {

    /**
     * Creates the FileSystem; programs use {@link #builder()} instead.
     *
     * @param name                       the file system's name in the program
     * @param performanceMode            the performance mode
     * @param throughputMode             the throughput mode
     * @param provisionedThroughputMibps the provisioned throughput, MiB/s, or 0
     * @param encrypted                  whether data is encrypted at rest
     * @param kmsKeyArn                  the KMS key, or ""
     * @param removalPolicy              what happens to the file system when the stack or module is deleted
     * @param accessPoints               its access points
     * @throws NullPointerException when a reference component is null
     */
    public FileSystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(performanceMode, "performanceMode");
        Objects.requireNonNull(throughputMode, "throughputMode");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        Objects.requireNonNull(removalPolicy, "removalPolicy");
        accessPoints = List.copyOf(accessPoints);
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
     * A builder holding this FileSystem's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).performanceMode(performanceMode).throughputMode(throughputMode)
                .provisionedThroughputMibps(provisionedThroughputMibps).encrypted(encrypted).kmsKeyArn(kmsKeyArn)
                .removalPolicy(removalPolicy);
        b.accessPoints.addAll(accessPoints);
        return b;
    }

    /** Builds a {@link FileSystem}; every setter has a default but the name. */
    public static final class Builder {
        private String name = "";
        private PerformanceMode performanceMode = PerformanceMode.GENERAL_PURPOSE;
        private ThroughputMode throughputMode = ThroughputMode.BURSTING;
        private int provisionedThroughputMibps;
        private boolean encrypted = true;
        private String kmsKeyArn = "";
        private RemovalPolicy removalPolicy = RemovalPolicy.RETAIN;
        private final List<AccessPoint> accessPoints = new ArrayList<>();

        private Builder() {
        }

        /**
         * The file system's name in the program. Required. Valid: lower-case letters, digits and single hyphens,
         * starting with a letter, up to 32.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: {@link PerformanceMode#GENERAL_PURPOSE}. Fixed once the file system exists.
         *
         * @param mode the new value of {@code performanceMode}
         * @return this builder
         */
        public Builder performanceMode(PerformanceMode mode) {
            this.performanceMode = mode;
            return this;
        }

        /**
         * Default: {@link ThroughputMode#BURSTING}. Valid: {@link ThroughputMode#ELASTIC} with General Purpose only;
         * {@link ThroughputMode#PROVISIONED} with {@link #provisionedThroughputMibps(int)}.
         *
         * @param mode the new value of {@code throughputMode}
         * @return this builder
         */
        public Builder throughputMode(ThroughputMode mode) {
            this.throughputMode = mode;
            return this;
        }

        /**
         * The throughput of {@link ThroughputMode#PROVISIONED}, MiB/s. Default: 0 (not set). Valid: 1 to 3414, with
         * provisioned throughput only.
         *
         * @param mibps the new value of {@code provisionedThroughputMibps}
         * @return this builder
         */
        public Builder provisionedThroughputMibps(int mibps) {
            this.provisionedThroughputMibps = mibps;
            return this;
        }

        /**
         * Whether data is encrypted at rest. Default: true. Fixed once the file system exists.
         *
         * @param encrypted the new value of {@code encrypted}
         * @return this builder
         */
        public Builder encrypted(boolean encrypted) {
            this.encrypted = encrypted;
            return this;
        }

        /**
         * The KMS key that encrypts the data at rest. Default: "" (the AWS managed key {@code aws/elasticfilesystem}).
         * Valid: a KMS key ARN, with encryption only.
         *
         * @param arn the new value of {@code kmsKeyArn}
         * @return this builder
         */
        public Builder kmsKeyArn(String arn) {
            this.kmsKeyArn = arn;
            return this;
        }

        /**
         * What happens to the file system and its data when the stack or module is deleted. Default:
         * {@link RemovalPolicy#RETAIN}: kept (CloudFormation's {@code Retain}; Terraform's
         * {@code prevent_destroy}, which refuses to destroy it until the program says {@link RemovalPolicy#DESTROY}).
         *
         * @param policy the new value of {@code removalPolicy}
         * @return this builder
         */
        public Builder removalPolicy(RemovalPolicy policy) {
            this.removalPolicy = policy;
            return this;
        }

        /**
         * Adds an access point (see {@link AccessPoint}). Default: none.
         *
         * @param name      the access point's name, unique in the file system
         * @param configure configures a builder holding the AccessPoint defaults
         * @return this builder
         */
        public Builder accessPoint(String name, Consumer<AccessPoint.Builder> configure) {
            AccessPoint.Builder b = AccessPoint.builder().name(name);
            configure.accept(b);
            accessPoints.add(b.build());
            return this;
        }

        /**
         * Adds an access point built elsewhere. Default: none.
         *
         * @param accessPoint the access point; its name must be unique in the file system
         * @return this builder
         */
        public Builder accessPoint(AccessPoint accessPoint) {
            accessPoints.add(accessPoint);
            return this;
        }

        /**
         * Builds the FileSystem. Values are checked later, with the whole program, by the validator.
         *
         * @return the FileSystem
         */
        public FileSystem build() {
            return new FileSystem(name, performanceMode, throughputMode, provisionedThroughputMibps, encrypted,
                    kmsKeyArn, removalPolicy, accessPoints);
        }
    }
}
