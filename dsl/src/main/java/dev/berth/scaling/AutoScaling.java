package dev.berth.scaling;

/**
 * Service auto scaling: Application Auto Scaling of the desired count, with target-tracking policies.
 *
 * @param minCapacity              Default: 1. Valid: 0 or more, at most maxCapacity.
 * @param maxCapacity              0 means no auto scaling. Valid: 1 or more when scaling.
 * @param cpuTargetPercent         ECSServiceAverageCPUUtilization target; 0 means no such policy.
 * @param memoryTargetPercent      ECSServiceAverageMemoryUtilization target; 0 means no such policy.
 * @param requestsPerTarget        ALBRequestCountPerTarget target (needs an exposed service); 0 means none.
 * @param scaleInCooldownSeconds   Default: 300.
 * @param scaleOutCooldownSeconds  Default: 60.
 */
public record AutoScaling(int minCapacity, int maxCapacity, int cpuTargetPercent, int memoryTargetPercent,
                          int requestsPerTarget, int scaleInCooldownSeconds, int scaleOutCooldownSeconds) {

    /** No auto scaling: the service keeps its desired count. The default. */
    public static final AutoScaling NONE = new AutoScaling(1, 0, 0, 0, 0, 300, 60);

    /**
     * Whether the service scales.
     *
     * @return true when {@code maxCapacity} is above 0
     */
    public boolean isEnabled() {
        return maxCapacity > 0;
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
     * A builder holding this AutoScaling's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().minCapacity(minCapacity).maxCapacity(maxCapacity).cpuTargetPercent(cpuTargetPercent)
                .memoryTargetPercent(memoryTargetPercent).requestsPerTarget(requestsPerTarget)
                .scaleInCooldownSeconds(scaleInCooldownSeconds).scaleOutCooldownSeconds(scaleOutCooldownSeconds);
    }

    /**
     * Builds a {@link AutoScaling}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private int minCapacity;
        private int maxCapacity;
        private int cpuTargetPercent;
        private int memoryTargetPercent;
        private int requestsPerTarget;
        private int scaleInCooldownSeconds;
        private int scaleOutCooldownSeconds;

        private Builder() {
        }

        /**
         * Default: 1. Valid: 0 to maxCapacity.
         *
         * @param tasks the new value of {@code minCapacity}
         * @return this builder
         */
        public Builder minCapacity(int tasks) {
            this.minCapacity = tasks;
            return this;
        }

        /**
         * The most tasks; 0 means no auto scaling. Default: 0. Valid: 0 to 5000, at least minCapacity; 1 or more to
         * scale.
         *
         * @param tasks the new value of {@code maxCapacity}
         * @return this builder
         */
        public Builder maxCapacity(int tasks) {
            this.maxCapacity = tasks;
            return this;
        }

        /**
         * Keeps average CPU utilisation near this percentage (ECSServiceAverageCPUUtilization). Default: 0 (no such
         * policy). Valid: 0 or 1 to 100.
         *
         * @param percent the new value of {@code cpuTargetPercent}
         * @return this builder
         */
        public Builder cpuTargetPercent(int percent) {
            this.cpuTargetPercent = percent;
            return this;
        }

        /**
         * Keeps average memory utilisation near this percentage (ECSServiceAverageMemoryUtilization). Default: 0
         * (no such policy). Valid: 0 or 1 to 100.
         *
         * @param percent the new value of {@code memoryTargetPercent}
         * @return this builder
         */
        public Builder memoryTargetPercent(int percent) {
            this.memoryTargetPercent = percent;
            return this;
        }

        /**
         * Keeps ALB requests per task near this count (ALBRequestCountPerTarget; needs an exposed service).
         * Default: 0 (no such policy). Valid: 0 or more.
         *
         * @param requests the new value of {@code requestsPerTarget}
         * @return this builder
         */
        public Builder requestsPerTarget(int requests) {
            this.requestsPerTarget = requests;
            return this;
        }

        /**
         * Default: 300 seconds. Valid: 0 or more.
         *
         * @param seconds the new value of {@code scaleInCooldownSeconds}
         * @return this builder
         */
        public Builder scaleInCooldownSeconds(int seconds) {
            this.scaleInCooldownSeconds = seconds;
            return this;
        }

        /**
         * Default: 60 seconds. Valid: 0 or more.
         *
         * @param seconds the new value of {@code scaleOutCooldownSeconds}
         * @return this builder
         */
        public Builder scaleOutCooldownSeconds(int seconds) {
            this.scaleOutCooldownSeconds = seconds;
            return this;
        }

        /**
         * Builds the AutoScaling. Values are checked later, with the whole program, by the validator.
         *
         * @return the AutoScaling
         */
        public AutoScaling build() {
            return new AutoScaling(minCapacity, maxCapacity, cpuTargetPercent, memoryTargetPercent,
                    requestsPerTarget, scaleInCooldownSeconds, scaleOutCooldownSeconds);
        }
    }
}
