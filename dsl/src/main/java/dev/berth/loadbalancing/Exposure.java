package dev.berth.loadbalancing;

import dev.berth.task.PortMapping;
import dev.berth.task.TaskDefinition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * How a service is reached through a load balancer: on an Application Load Balancer (its own or an
 * {@link ExistingListener}) a listener rule (by path and/or host, and optionally headers, methods, query strings and
 * source IPs) forwarding to the service's own target group, into which ECS registers the tasks; on a
 * {@link NetworkLoadBalancer} a listener of its own ({@link NetworkListener}) forwarding to that target group.
 *
 * @param loadBalancer          name of the load balancer (or existing listener). Required.
 * @param container             the container that receives traffic. Default: the task's first container.
 * @param containerPort         Default: the container's first port mapping.
 * @param pathPatterns          e.g. {@code /api/*}. At least one condition is required on an Application Load
 *                              Balancer; none is allowed on a Network Load Balancer.
 * @param hostHeaders           e.g. {@code api.example.com}.
 * @param priority              listener rule priority; 0 means Berth assigns one: more specific rules (host
 *                              headers, longer literal paths) get lower numbers, and the number depends only on
 *                              the rule itself, so adding a service does not renumber others. Valid: 1 to 50000.
 * @param targetType            Default: IP (required for awsvpc tasks).
 * @param protocol              HTTP or HTTPS to the targets; empty when not given: then HTTP (on a Network Load
 *                              Balancer the protocol follows the listener's). Default: empty.
 * @param healthCheckPath       empty when not given: then {@code /} on an Application Load Balancer, and a TCP
 *                              health check (no path) on a Network Load Balancer, where a path given makes it an
 *                              HTTP health check. Default: empty.
 * @param healthCheckMatcher    HTTP codes that mean healthy; empty when not given: then {@code 200-399}.
 *                              Default: empty.
 * @param healthCheckIntervalSeconds Default: 30. Valid: 5 to 300.
 * @param healthCheckTimeoutSeconds  Default: 5. Valid: 2 to 120, less than the interval.
 * @param healthyThreshold      Default: 3. Valid: 2 to 10.
 * @param unhealthyThreshold    Default: 3. Valid: 2 to 10.
 * @param deregistrationDelaySeconds Default: 30 (AWS's 300 makes every deployment wait five minutes per task).
 *                              Valid: 0 to 3600.
 * @param networkListener       on a Network Load Balancer: the listener the service brings. Default:
 *                              {@link NetworkListener#DEFAULT}, TCP on the container port.
 * @param stickinessSeconds     Application Load Balancer: how long a client sticks to one task (a load balancer
 *                              cookie); 0 for no stickiness. Default: 0. Valid: 0, or 1 to 604800.
 * @param slowStartSeconds      Application Load Balancer: how long a new task's share of requests ramps up; 0 for
 *                              none. Default: 0. Valid: 0, or 30 to 900.
 * @param algorithm             Application Load Balancer: how a task is picked. Default:
 *                              {@link LoadBalancingAlgorithm#ROUND_ROBIN}.
 * @param httpHeaders           Application Load Balancer rule conditions: header name to the values one of which
 *                              it must have, sorted by name. Default: none.
 * @param httpMethods           Application Load Balancer rule condition: the request methods. Default: none.
 * @param queryStrings          Application Load Balancer rule condition: query parameters (key to value), one of
 *                              which must be present, sorted by key. Default: none.
 * @param sourceIps             Application Load Balancer rule condition: the clients' IPv4 ranges. Default: none.
 * @param weight                Application Load Balancer weighted forwarding: this service's target group's weight
 *                              in the rule; {@link #NOT_SET} when not given: then 100 minus the other target groups'
 *                              weights (so weights read as percentages). Valid: 0 to 999.
 * @param weightedTargets       Application Load Balancer weighted forwarding: other services (exposed on the same
 *                              load balancer) whose target groups the rule also forwards to, with their weights,
 *                              sorted by service name. Default: none (the rule forwards to this service only).
 * @param weightedStickinessSeconds Application Load Balancer weighted forwarding: how long a client sticks to the
 *                              target group it was first sent to; 0 for no target group stickiness. Default: 0.
 *                              Valid: 0, or 1 to 604800.
 */
public record Exposure(String loadBalancer, String container, int containerPort, List<String> pathPatterns,
                       List<String> hostHeaders, int priority, TargetType targetType, String protocol,
                       String healthCheckPath, String healthCheckMatcher, int healthCheckIntervalSeconds,
                       int healthCheckTimeoutSeconds, int healthyThreshold, int unhealthyThreshold,
                       int deregistrationDelaySeconds, NetworkListener networkListener, int stickinessSeconds,
                       int slowStartSeconds, LoadBalancingAlgorithm algorithm, Map<String, List<String>> httpHeaders,
                       List<String> httpMethods, Map<String, String> queryStrings, List<String> sourceIps,
                       int weight, Map<String, Integer> weightedTargets, int weightedStickinessSeconds) {

    /** The weight of an exposure that gives none: 100 minus the other target groups' weights. */
    public static final int NOT_SET = -1;

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
     * @param protocol              HTTP or HTTPS to the targets; empty when not given (HTTP). Default: empty.
     * @param healthCheckPath       empty when not given: {@code /} on an Application Load Balancer, a TCP health
     *     check on a Network Load Balancer. Default: empty.
     * @param healthCheckMatcher    HTTP codes that mean healthy; empty when not given: {@code 200-399}. Default: empty.
     * @param healthCheckIntervalSeconds Default: 30. Valid: 5 to 300.
     * @param healthCheckTimeoutSeconds  Default: 5. Valid: 2 to 120, less than the interval.
     * @param healthyThreshold      Default: 3. Valid: 2 to 10.
     * @param unhealthyThreshold    Default: 3. Valid: 2 to 10.
     * @param deregistrationDelaySeconds Default: 30 (AWS's 300 makes every deployment wait five minutes per task).
     *     Valid: 0 to 3600.
     * @param networkListener       on a Network Load Balancer: the listener the service brings. Default: TCP on the
     *     container port.
     * @param stickinessSeconds     Application Load Balancer cookie stickiness; 0 for none. Default: 0.
     * @param slowStartSeconds      Application Load Balancer slow start; 0 for none. Default: 0.
     * @param algorithm             Application Load Balancer algorithm. Default: ROUND_ROBIN.
     * @param httpHeaders           rule conditions on HTTP headers, by header name. Default: none.
     * @param httpMethods           rule condition on the request method. Default: none.
     * @param queryStrings          rule condition on query parameters, by key. Default: none.
     * @param sourceIps             rule condition on the clients' IPv4 ranges. Default: none.
     * @param weight                weighted forwarding: this service's weight; {@link #NOT_SET}: 100 minus the
     *     others'. Valid: 0 to 999.
     * @param weightedTargets       weighted forwarding: other services' target groups and their weights. Default:
     *     none.
     * @param weightedStickinessSeconds weighted forwarding: target group stickiness; 0 for none. Default: 0.
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
        Objects.requireNonNull(networkListener, "networkListener");
        Objects.requireNonNull(algorithm, "algorithm");
        TreeMap<String, List<String>> headers = new TreeMap<>();
        httpHeaders.forEach((k, v) -> headers.put(k, List.copyOf(v)));
        httpHeaders = Collections.unmodifiableMap(headers);
        httpMethods = List.copyOf(httpMethods);
        queryStrings = Collections.unmodifiableMap(new TreeMap<>(queryStrings));
        sourceIps = List.copyOf(sourceIps);
        weightedTargets = Collections.unmodifiableMap(new TreeMap<>(weightedTargets));
    }

    /**
     * Whether the rule forwards to other services' target groups too (weighted forwarding).
     *
     * @return true when weighted targets are given
     */
    public boolean isWeighted() {
        return !weightedTargets.isEmpty();
    }

    /**
     * This service's weight in a weighted rule: the one given, else 100 minus the other target groups' weights.
     *
     * @return the weight (negative when the others' weights exceed 100 and none was given: a validation error)
     */
    public int ownWeight() {
        if (weight != NOT_SET) {
            return weight;
        }
        return 100 - weightedTargets.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Whether the rule has conditions beyond paths and hosts (headers, methods, query strings, source IPs).
     *
     * @return true when any such condition is given
     */
    public boolean hasExtraConditions() {
        return !httpHeaders.isEmpty() || !httpMethods.isEmpty() || !queryStrings.isEmpty() || !sourceIps.isEmpty();
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
                .unhealthyThreshold(unhealthyThreshold).deregistrationDelaySeconds(deregistrationDelaySeconds)
                .networkListener(networkListener).stickinessSeconds(stickinessSeconds)
                .slowStartSeconds(slowStartSeconds).algorithm(algorithm).weight(weight)
                .weightedStickinessSeconds(weightedStickinessSeconds);
        b.weightedTargets.putAll(weightedTargets);
        b.pathPatterns.addAll(pathPatterns);
        b.hostHeaders.addAll(hostHeaders);
        httpHeaders.forEach((k, v) -> b.httpHeaders.put(k, new ArrayList<>(v)));
        b.httpMethods.addAll(httpMethods);
        b.queryStrings.putAll(queryStrings);
        b.sourceIps.addAll(sourceIps);
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
        private String protocol = "";
        private String healthCheckPath = "";
        private String healthCheckMatcher = "";
        private int healthCheckIntervalSeconds = 30;
        private int healthCheckTimeoutSeconds = 5;
        private int healthyThreshold = 3;
        private int unhealthyThreshold = 3;
        private int deregistrationDelaySeconds = 30;
        private NetworkListener networkListener = NetworkListener.DEFAULT;
        private int stickinessSeconds;
        private int slowStartSeconds;
        private LoadBalancingAlgorithm algorithm = LoadBalancingAlgorithm.ROUND_ROBIN;
        private final Map<String, List<String>> httpHeaders = new TreeMap<>();
        private final List<String> httpMethods = new ArrayList<>();
        private final Map<String, String> queryStrings = new TreeMap<>();
        private final List<String> sourceIps = new ArrayList<>();
        private int weight = NOT_SET;
        private final Map<String, Integer> weightedTargets = new TreeMap<>();
        private int weightedStickinessSeconds;

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
         * Default: 0, Berth assigns it. Valid: 0, or 1 to 50000 (within the range of an existing listener) and unique
         * among the load balancer's rules; none on a Network Load Balancer.
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
         * Default: HTTP on an Application Load Balancer. Valid: HTTP or HTTPS, on an Application Load Balancer only
         * (a Network Load Balancer's target group takes its listener's protocol).
         *
         * @param protocol the new value of {@code protocol}
         * @return this builder
         */
        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Default: {@code /} on an Application Load Balancer; on a Network Load Balancer a TCP health check, which a
         * path makes an HTTP health check. Valid: starts with {@code /}, up to 1024 characters.
         *
         * @param path the new value of {@code healthCheckPath}
         * @return this builder
         */
        public Builder healthCheckPath(String path) {
            this.healthCheckPath = path;
            return this;
        }

        /**
         * Default: 200-399. Valid: HTTP codes from 200 to 499 (to 599 on a Network Load Balancer, only with a
         * health check path), as a code ({@code 200}), a list ({@code 200,204}) or a range ({@code 200-299}).
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
         * On a Network Load Balancer: the listener the service brings. Default: TCP on the container port. Valid:
         * only on a Network Load Balancer (see {@link NetworkListener}).
         *
         * @param listener the new value of {@code networkListener}
         * @return this builder
         */
        public Builder networkListener(NetworkListener listener) {
            this.networkListener = listener;
            return this;
        }

        /**
         * On a Network Load Balancer: configures the listener the service brings. Default: TCP on the container
         * port.
         *
         * @param configure configures a builder holding the current listener
         * @return this builder
         */
        public Builder networkListener(Consumer<NetworkListener.Builder> configure) {
            NetworkListener.Builder b = networkListener.toBuilder();
            configure.accept(b);
            return networkListener(b.build());
        }

        /**
         * Application Load Balancer: keeps a client on one task for this long with a load balancer cookie
         * (target group attributes {@code stickiness.*}). Default: 0, no stickiness. Valid: 0, or 1 to 604800
         * (seven days).
         *
         * @param seconds the new value of {@code stickinessSeconds}
         * @return this builder
         */
        public Builder stickinessSeconds(int seconds) {
            this.stickinessSeconds = seconds;
            return this;
        }

        /**
         * Application Load Balancer: a new task's share of requests ramps up over this long (target group attribute
         * {@code slow_start.duration_seconds}). Default: 0, none. Valid: 0, or 30 to 900.
         *
         * @param seconds the new value of {@code slowStartSeconds}
         * @return this builder
         */
        public Builder slowStartSeconds(int seconds) {
            this.slowStartSeconds = seconds;
            return this;
        }

        /**
         * Application Load Balancer: how the target group picks a task (attribute
         * {@code load_balancing.algorithm.type}). Default: ROUND_ROBIN.
         *
         * @param algorithm the new value of {@code algorithm}
         * @return this builder
         */
        public Builder algorithm(LoadBalancingAlgorithm algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        /**
         * Application Load Balancer: adds a rule condition: header {@code name} has one of {@code values}
         * ({@code *} and {@code ?} as wildcards). Default: none. Valid: a header name of up to 40 characters other
         * than Host (use {@link #host(String)}); at most 5 condition values per rule, all conditions counted.
         *
         * @param name   the header's name, e.g. {@code X-Tenant}
         * @param values the values one of which it must have
         * @return this builder
         */
        public Builder httpHeader(String name, String... values) {
            httpHeaders.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(values));
            return this;
        }

        /**
         * Application Load Balancer: adds a rule condition on the request method. Default: none. Valid: upper-case
         * method names, e.g. {@code GET}, {@code POST}.
         *
         * @param methods the methods
         * @return this builder
         */
        public Builder httpMethod(String... methods) {
            httpMethods.addAll(List.of(methods));
            return this;
        }

        /**
         * Application Load Balancer: adds a rule condition: the query string has {@code key=value} (any one of the
         * pairs given; {@code *} and {@code ?} as wildcards). Default: none. Valid: key and value not empty.
         *
         * @param key   the parameter's name
         * @param value its value
         * @return this builder
         */
        public Builder queryString(String key, String value) {
            queryStrings.put(key, value);
            return this;
        }

        /**
         * Application Load Balancer: adds a rule condition on the client's IPv4 range (the connection's source,
         * not X-Forwarded-For). Default: none. Valid: IPv4 CIDRs.
         *
         * @param cidrs the ranges
         * @return this builder
         */
        public Builder sourceIp(String... cidrs) {
            sourceIps.addAll(List.of(cidrs));
            return this;
        }

        /**
         * Application Load Balancer weighted forwarding (canary, blue/green between two services on one path): the
         * rule also forwards to the target group of {@code service}, which must be exposed on the same load
         * balancer; requests are shared in proportion to the weights. Calling it again for a service replaces its
         * weight. Default: none. Valid: another service of the program exposed on the same Application Load
         * Balancer (or existing listener); weight 0 to 999; at most 4 other services (a rule forwards to at most 5
         * target groups). The other service's target group is then shared: in CloudFormation stacks split per service
         * it lives in the shared stack (service stacks refer only to it), so adding a weighted target to a split
         * program moves that group once (replaced, with its service's registration).
         *
         * @param service the other service
         * @param weight  its target group's weight, e.g. 10 (with this service's default weight, 10%)
         * @return this builder
         */
        public Builder weightedTarget(String service, int weight) {
            weightedTargets.put(service, weight);
            return this;
        }

        /**
         * Application Load Balancer weighted forwarding: this service's target group's weight in the rule. Only with
         * {@link #weightedTarget(String, int)}. Default: 100 minus the other services' weights, which must then sum
         * to at most 100. Valid: 0 to 999, and not all weights 0.
         *
         * @param weight the new value of {@code weight}
         * @return this builder
         */
        public Builder weight(int weight) {
            this.weight = weight;
            return this;
        }

        /**
         * Application Load Balancer weighted forwarding: keeps a client on the target group (service) it was first
         * sent to for this long, so a canary's users do not bounce between versions. Only with
         * {@link #weightedTarget(String, int)}. Default: 0, none. Valid: 0, or 1 to 604800 (seven days).
         *
         * @param seconds the new value of {@code weightedStickinessSeconds}
         * @return this builder
         */
        public Builder weightedStickinessSeconds(int seconds) {
            this.weightedStickinessSeconds = seconds;
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
                    healthCheckTimeoutSeconds, healthyThreshold, unhealthyThreshold, deregistrationDelaySeconds,
                    networkListener, stickinessSeconds, slowStartSeconds, algorithm, httpHeaders, httpMethods,
                    queryStrings, sourceIps, weight, weightedTargets, weightedStickinessSeconds);
        }
    }
}
