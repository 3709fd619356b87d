package dev.berth.loadbalancing;

import dev.berth.task.PortMapping;
import dev.berth.task.TaskDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a service is reached through a load balancer: a listener rule (by path and/or host) forwarding to the
 * service's own target group, into which ECS registers the tasks.
 *
 * @param loadBalancer          name of the load balancer. Required.
 * @param container             the container that receives traffic. Default: the task's first container.
 * @param containerPort         Default: the container's first port mapping.
 * @param pathPatterns          e.g. {@code /api/*}. At least one path or host is required.
 * @param hostHeaders           e.g. {@code api.example.com}.
 * @param priority              listener rule priority; 0 means Berth assigns one: more specific rules (host
 *                              headers, longer literal paths) get lower numbers, and the number depends only on
 *                              the rule itself, so adding a service does not renumber others. Valid: 1 to 50000.
 * @param targetType            Default: IP (required for awsvpc tasks).
 * @param protocol              HTTP or HTTPS to the targets. Default: HTTP.
 * @param healthCheckPath       Default: {@code /}.
 * @param healthCheckMatcher    HTTP codes that mean healthy. Default: {@code 200-399}.
 * @param healthCheckIntervalSeconds Default: 30. Valid: 5 to 300.
 * @param healthCheckTimeoutSeconds  Default: 5. Valid: 2 to 120, less than the interval.
 * @param healthyThreshold      Default: 3. Valid: 2 to 10.
 * @param unhealthyThreshold    Default: 3. Valid: 2 to 10.
 * @param deregistrationDelaySeconds Default: 30 (AWS's 300 makes every deployment wait five minutes per task).
 *                              Valid: 0 to 3600.
 */
public record Exposure(String loadBalancer, String container, int containerPort, List<String> pathPatterns,
                       List<String> hostHeaders, int priority, TargetType targetType, String protocol,
                       String healthCheckPath, String healthCheckMatcher, int healthCheckIntervalSeconds,
                       int healthCheckTimeoutSeconds, int healthyThreshold, int unhealthyThreshold,
                       int deregistrationDelaySeconds) {

    /**
     * Creates the Exposure; programs use {@link #builder()} instead.
     *
     * @param loadBalancer          name of the load balancer. Required.
     * @param container             the container that receives traffic. Default: the task's first container.
     * @param containerPort         Default: the container's first port mapping.
     * @param pathPatterns          e.g. {@code /api/*}. At least one path or host is required.
     * @param hostHeaders           e.g. {@code api.example.com}.
     * @param priority              listener rule priority; 0 means Berth assigns one: more specific rules (host
     *     headers, longer literal paths) get lower numbers, and the number depends only on
     *     the rule itself, so adding a service does not renumber others. Valid: 1 to 50000.
     * @param targetType            Default: IP (required for awsvpc tasks).
     * @param protocol              HTTP or HTTPS to the targets. Default: HTTP.
     * @param healthCheckPath       Default: {@code /}.
     * @param healthCheckMatcher    HTTP codes that mean healthy. Default: {@code 200-399}.
     * @param healthCheckIntervalSeconds Default: 30. Valid: 5 to 300.
     * @param healthCheckTimeoutSeconds  Default: 5. Valid: 2 to 120, less than the interval.
     * @param healthyThreshold      Default: 3. Valid: 2 to 10.
     * @param unhealthyThreshold    Default: 3. Valid: 2 to 10.
     * @param deregistrationDelaySeconds Default: 30 (AWS's 300 makes every deployment wait five minutes per task).
     *     Valid: 0 to 3600.
     * @throws NullPointerException when a reference component is null
     */
    public Exposure {
        Objects.requireNonNull(loadBalancer, "loadBalancer");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(healthCheckPath, "healthCheckPath");
        Objects.requireNonNull(healthCheckMatcher, "healthCheckMatcher");
        pathPatterns = List.copyOf(pathPatterns);
        hostHeaders = List.copyOf(hostHeaders);
    }

    /**
     * The container that receives traffic: the one named, else the task's first; empty if there is none.
     *
     * @param task the exposed service's task definition
     * @return the container's name, or empty
     */
    public String containerIn(TaskDefinition task) {
        if (!container.isEmpty()) {
            return container;
        }
        return task.containers().isEmpty() ? "" : task.containers().get(0).name();
    }

    /**
     * The port that receives traffic: the one given, else the container's first mapping; 0 if none.
     *
     * @param task the exposed service's task definition
     * @return the container port, or 0
     */
    public int portIn(TaskDefinition task) {
        if (containerPort > 0) {
            return containerPort;
        }
        String name = containerIn(task);
        return task.containers().stream()
                .filter(c -> c.name().equals(name))
                .flatMap(c -> c.portMappings().stream())
                .mapToInt(PortMapping::containerPort)
                .findFirst().orElse(0);
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
     * A builder holding this Exposure's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().loadBalancer(loadBalancer).container(container).containerPort(containerPort)
                .priority(priority).targetType(targetType).protocol(protocol).healthCheckPath(healthCheckPath)
                .healthCheckMatcher(healthCheckMatcher).healthCheckIntervalSeconds(healthCheckIntervalSeconds)
                .healthCheckTimeoutSeconds(healthCheckTimeoutSeconds).healthyThreshold(healthyThreshold)
                .unhealthyThreshold(unhealthyThreshold).deregistrationDelaySeconds(deregistrationDelaySeconds);
        b.pathPatterns.addAll(pathPatterns);
        b.hostHeaders.addAll(hostHeaders);
        return b;
    }

    /**
     * Builds a {@link Exposure}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String loadBalancer = "";
        private String container = "";
        private int containerPort;
        private final List<String> pathPatterns = new ArrayList<>();
        private final List<String> hostHeaders = new ArrayList<>();
        private int priority;
        private TargetType targetType = TargetType.IP;
        private String protocol = "HTTP";
        private String healthCheckPath = "/";
        private String healthCheckMatcher = "200-399";
        private int healthCheckIntervalSeconds = 30;
        private int healthCheckTimeoutSeconds = 5;
        private int healthyThreshold = 3;
        private int unhealthyThreshold = 3;
        private int deregistrationDelaySeconds = 30;

        private Builder() {
        }

        /**
         * The load balancer's name. Required. Valid: the name of a load balancer of the program.
         *
         * @param name the name of a load balancer of the program
         * @return this builder
         */
        public Builder loadBalancer(String name) {
            this.loadBalancer = name;
            return this;
        }

        /**
         * Default: the task's first container. Valid: a container of the service's task.
         *
         * @param name the name of a container of the service's task
         * @return this builder
         */
        public Builder container(String name) {
            this.container = name;
            return this;
        }

        /**
         * Default: the container's first port. Valid: a TCP port mapping of that container.
         *
         * @param port the new value of {@code containerPort}
         * @return this builder
         */
        public Builder containerPort(int port) {
            this.containerPort = port;
            return this;
        }

        /**
         * Adds a path pattern, e.g. {@code /api/*}. Default: none; at least one path or host is required. Valid:
         * starts with {@code /} (or a wildcard: the request's path always starts with {@code /}, so {@code api/*}
         * would never match); up to 128 of letters, digits and {@code _ - . $ / ~ " ' @ : + &}, with {@code *} (any
         * characters) and {@code ?} (one character) as wildcards, at most 6 wildcards in all of an exposure's paths
         * and hosts. Case-sensitive; compared with the path only, never the query string.
         *
         * @param pattern the new value of {@code path}
         * @return this builder
         */
        public Builder path(String pattern) {
            pathPatterns.add(pattern);
            return this;
        }

        /**
         * Adds a host header, e.g. {@code api.example.com}. Default: none; at least one path or host is required.
         * Valid: up to 128 characters, {@code *} and {@code ?} as wildcards.
         *
         * @param host the new value of {@code host}
         * @return this builder
         */
        public Builder host(String host) {
            hostHeaders.add(host);
            return this;
        }

        /**
         * Default: 0, Berth assigns it. Valid: 0, or 1 to 50000 and unique among the load balancer's rules.
         *
         * @param priority the new value of {@code priority}
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Default: IP.
         *
         * @param type the new value of {@code targetType}
         * @return this builder
         */
        public Builder targetType(TargetType type) {
            this.targetType = type;
            return this;
        }

        /**
         * Default: HTTP. Valid: HTTP or HTTPS.
         *
         * @param protocol the new value of {@code protocol}
         * @return this builder
         */
        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Default: /. Valid: starts with {@code /}.
         *
         * @param path the new value of {@code healthCheckPath}
         * @return this builder
         */
        public Builder healthCheckPath(String path) {
            this.healthCheckPath = path;
            return this;
        }

        /**
         * Default: 200-399. Valid: HTTP codes from 200 to 499, as a code ({@code 200}), a list ({@code 200,204}) or
         * a range ({@code 200-299}).
         *
         * @param httpCodes the new value of {@code healthCheckMatcher}
         * @return this builder
         */
        public Builder healthCheckMatcher(String httpCodes) {
            this.healthCheckMatcher = httpCodes;
            return this;
        }

        /**
         * Default: 30. Valid: 5 to 300.
         *
         * @param seconds the new value of {@code healthCheckIntervalSeconds}
         * @return this builder
         */
        public Builder healthCheckIntervalSeconds(int seconds) {
            this.healthCheckIntervalSeconds = seconds;
            return this;
        }

        /**
         * Default: 5. Valid: 2 to 120, less than the interval.
         *
         * @param seconds the new value of {@code healthCheckTimeoutSeconds}
         * @return this builder
         */
        public Builder healthCheckTimeoutSeconds(int seconds) {
            this.healthCheckTimeoutSeconds = seconds;
            return this;
        }

        /**
         * Default: 3. Valid: 2 to 10.
         *
         * @param count the new value of {@code healthyThreshold}
         * @return this builder
         */
        public Builder healthyThreshold(int count) {
            this.healthyThreshold = count;
            return this;
        }

        /**
         * Default: 3. Valid: 2 to 10.
         *
         * @param count the new value of {@code unhealthyThreshold}
         * @return this builder
         */
        public Builder unhealthyThreshold(int count) {
            this.unhealthyThreshold = count;
            return this;
        }

        /**
         * Default: 30 seconds. Valid: 0 to 3600.
         *
         * @param seconds the new value of {@code deregistrationDelaySeconds}
         * @return this builder
         */
        public Builder deregistrationDelaySeconds(int seconds) {
            this.deregistrationDelaySeconds = seconds;
            return this;
        }

        /**
         * Builds the Exposure. Values are checked later, with the whole program, by the validator.
         *
         * @return the Exposure
         */
        public Exposure build() {
            return new Exposure(loadBalancer, container, containerPort, pathPatterns, hostHeaders, priority,
                    targetType, protocol, healthCheckPath, healthCheckMatcher, healthCheckIntervalSeconds,
                    healthCheckTimeoutSeconds, healthyThreshold, unhealthyThreshold, deregistrationDelaySeconds);
        }
    }
}
