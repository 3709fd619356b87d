package dev.berth.task;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Linux options of a container: kernel capabilities, an init process, and the size of {@code /dev/shm}.
 *
 * @param addCapabilities    capabilities added to Docker's default set, in enum order. Default: none. Valid on
 *                           Fargate: only {@link LinuxCapability#SYS_PTRACE}; never one that is also dropped.
 * @param dropCapabilities   capabilities removed from Docker's default set, in enum order. Default: none.
 * @param initProcessEnabled run an init process as PID 1 that forwards signals and reaps zombie processes
 *                           ({@code docker run --init}). Default: false; Berth turns it on for every container of a
 *                           service with ECS Exec, as AWS recommends.
 * @param sharedMemorySizeMiB the size of {@code /dev/shm} in MiB; 0 means Docker's default (64 MiB). Default: 0.
 *                           Valid: 0 or more; EC2 only (Fargate does not support it).
 */
public record LinuxParameters(Set<LinuxCapability> addCapabilities, Set<LinuxCapability> dropCapabilities,
                              boolean initProcessEnabled, int sharedMemorySizeMiB) {

    /** Docker's defaults: no capability added or dropped, no init process, the default shared memory. */
    public static final LinuxParameters NONE = new LinuxParameters(Set.of(), Set.of(), false, 0);

    /**
     * Creates the LinuxParameters; programs use {@link #builder()} instead.
     *
     * @param addCapabilities     capabilities added to Docker's default set. Default: none. Valid on Fargate: only
     *                            {@link LinuxCapability#SYS_PTRACE}.
     * @param dropCapabilities    capabilities removed from Docker's default set. Default: none.
     * @param initProcessEnabled  run an init process as PID 1. Default: false.
     * @param sharedMemorySizeMiB the size of {@code /dev/shm} in MiB; 0 means Docker's default. Default: 0. Valid: 0
     *                            or more, EC2 only.
     */
    public LinuxParameters {
        addCapabilities = sorted(addCapabilities);
        dropCapabilities = sorted(dropCapabilities);
    }

    private static Set<LinuxCapability> sorted(Set<LinuxCapability> capabilities) {
        return capabilities.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /**
     * Whether anything differs from Docker's defaults.
     *
     * @return false for {@link #NONE}
     */
    public boolean isSet() {
        return !equals(NONE);
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return NONE.toBuilder();
    }

    /**
     * A builder holding these LinuxParameters' values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().initProcessEnabled(initProcessEnabled).sharedMemorySizeMiB(sharedMemorySizeMiB);
        b.add.addAll(addCapabilities);
        b.drop.addAll(dropCapabilities);
        return b;
    }

    /**
     * Builds {@link LinuxParameters}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private final Set<LinuxCapability> add = EnumSet.noneOf(LinuxCapability.class);
        private final Set<LinuxCapability> drop = EnumSet.noneOf(LinuxCapability.class);
        private boolean initProcessEnabled;
        private int sharedMemorySizeMiB;

        private Builder() {
        }

        /**
         * Adds capabilities to Docker's default set. Default: none. Valid: on Fargate only
         * {@link LinuxCapability#SYS_PTRACE} (e.g. for a debugger or an APM agent); none that is also dropped.
         *
         * @param capabilities the capabilities to add
         * @return this builder
         */
        public Builder addCapabilities(LinuxCapability... capabilities) {
            add.addAll(List.of(capabilities));
            return this;
        }

        /**
         * Removes capabilities from Docker's default set, e.g. {@code ALL} for a container that needs none.
         * Default: none. Valid: none that is also added.
         *
         * @param capabilities the capabilities to drop
         * @return this builder
         */
        public Builder dropCapabilities(LinuxCapability... capabilities) {
            drop.addAll(List.of(capabilities));
            return this;
        }

        /**
         * Run an init process as PID 1 that forwards signals and reaps zombie processes. Default: false (true anyway
         * when the service has ECS Exec).
         *
         * @param enabled the new value of {@code initProcessEnabled}
         * @return this builder
         */
        public Builder initProcessEnabled(boolean enabled) {
            this.initProcessEnabled = enabled;
            return this;
        }

        /**
         * The size of {@code /dev/shm} in MiB. Default: 0 (Docker's 64 MiB). Valid: 0 or more; EC2 only, Fargate
         * does not support it ({@code FARGATE_UNSUPPORTED}).
         *
         * @param mib the new value of {@code sharedMemorySizeMiB}
         * @return this builder
         */
        public Builder sharedMemorySizeMiB(int mib) {
            this.sharedMemorySizeMiB = mib;
            return this;
        }

        /**
         * Builds the LinuxParameters. Values are checked later, with the whole program, by the validator.
         *
         * @return the LinuxParameters
         */
        public LinuxParameters build() {
            return new LinuxParameters(add, drop, initProcessEnabled, sharedMemorySizeMiB);
        }
    }
}
