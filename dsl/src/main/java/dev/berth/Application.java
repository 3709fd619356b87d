package dev.berth;

import dev.berth.compute.Cluster;
import dev.berth.events.EventTask;
import dev.berth.events.Events;
import dev.berth.events.ScheduledTask;
import dev.berth.events.TaskNotifications;
import dev.berth.loadbalancing.ExistingListener;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.NetworkLoadBalancer;
import dev.berth.messaging.Queue;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.Network;
import dev.berth.network.NewVpc;
import dev.berth.service.Service;
import dev.berth.storage.FileSystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A Berth program: one ECS deployment, synthesised as one CloudFormation stack and one Terraform module.
 *
 * <pre>{@code
 * Application app = Application.builder("shop")
 *     .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2))
 *     .cluster("shop", c -> c.containerInsights(ContainerInsights.ENHANCED))
 *     .loadBalancer("web", lb -> lb.https(certificateArn))
 *     .service("api", s -> s
 *         .task(t -> t.cpu(512).memory(1024)
 *             .container("app", c -> c.image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2").port(8080)))
 *         .expose("web", e -> e.path("/api/*").healthCheckPath("/health")))
 *     .build();
 * }</pre>
 *
 * @param name          the application's name: the stack and module name. Required. Valid: lower-case letters,
 *                      digits and hyphens, starting with a letter, up to 32.
 * @param network       Default: a new VPC with {@link NewVpc} defaults.
 * @param endpoints     which VPC endpoints Berth creates ({@link #effectiveEndpoints()}). Default:
 *                      {@link Endpoints#automatic()}: what the network needs.
 * @param clusters      Default: none (a program needs at least one when it has services).
 * @param loadBalancers Default: none.
 * @param services      Default: none.
 * @param queues        SQS queues the program creates. Default: none.
 * @param tags          tags on every resource that takes tags, sorted by key. Default: none.
 * @param networkLoadBalancers Network Load Balancers the program creates. Default: none.
 * @param existingListeners    listeners of load balancers the program does not create (a shared platform load
 *                             balancer) that services attach listener rules to. Default: none.
 * @param fileSystems   EFS file systems the program creates. Default: none.
 * @param hardening     the security profile the program opts into. Default: {@link Hardening#NONE}.
 * @param events        tasks started by schedules and events, and e-mails about failing tasks. Default:
 *                      {@link Events#NONE}.
 */
public record Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                          List<LoadBalancer> loadBalancers, List<Service> services, List<Queue> queues,
                          Map<String, String> tags, List<NetworkLoadBalancer> networkLoadBalancers,
                          List<ExistingListener> existingListeners, List<FileSystem> fileSystems,
                          Hardening hardening, Events events) {

    /**
     * A program without event-driven tasks or notifications.
     *
     * @param name                 the application's name
     * @param network              the VPC
     * @param endpoints            which VPC endpoints Berth creates
     * @param clusters             the ECS clusters
     * @param loadBalancers        the Application Load Balancers
     * @param services             the ECS services
     * @param queues               the SQS queues
     * @param tags                 tags on every resource that takes tags
     * @param networkLoadBalancers the Network Load Balancers
     * @param existingListeners    the existing listeners
     * @param fileSystems          the EFS file systems
     * @param hardening            the security profile
     */
    public Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                       List<LoadBalancer> loadBalancers, List<Service> services, List<Queue> queues,
                       Map<String, String> tags, List<NetworkLoadBalancer> networkLoadBalancers,
                       List<ExistingListener> existingListeners, List<FileSystem> fileSystems, Hardening hardening) {
        this(name, network, endpoints, clusters, loadBalancers, services, queues, tags, networkLoadBalancers,
                existingListeners, fileSystems, hardening, Events.NONE);
    }

    /**
     * A program without Network Load Balancers or existing listeners.
     *
     * @param name          the application's name
     * @param network       the VPC
     * @param endpoints     which VPC endpoints Berth creates
     * @param clusters      the ECS clusters
     * @param loadBalancers the Application Load Balancers
     * @param services      the ECS services
     * @param queues        the SQS queues
     * @param tags          tags on every resource that takes tags
     * @param fileSystems   the EFS file systems
     */
    public Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                       List<LoadBalancer> loadBalancers, List<Service> services, List<Queue> queues,
                       Map<String, String> tags, List<FileSystem> fileSystems) {
        this(name, network, endpoints, clusters, loadBalancers, services, queues, tags, List.of(), List.of(),
                fileSystems, Hardening.NONE);
    }

    /**
     * A program without file systems.
     *
     * @param name                 the application's name
     * @param network              the VPC
     * @param endpoints            which VPC endpoints Berth creates
     * @param clusters             the ECS clusters
     * @param loadBalancers        the Application Load Balancers
     * @param services             the ECS services
     * @param queues               the SQS queues
     * @param tags                 tags on every resource that takes tags
     * @param networkLoadBalancers the Network Load Balancers
     * @param existingListeners    the existing listeners
     */
    public Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                       List<LoadBalancer> loadBalancers, List<Service> services, List<Queue> queues,
                       Map<String, String> tags, List<NetworkLoadBalancer> networkLoadBalancers,
                       List<ExistingListener> existingListeners) {
        this(name, network, endpoints, clusters, loadBalancers, services, queues, tags, networkLoadBalancers,
                existingListeners, List.of(), Hardening.NONE);
    }

    /**
     * A program without queues.
     *
     * @param name          the application's name
     * @param network       the VPC
     * @param endpoints     which VPC endpoints Berth creates
     * @param clusters      the ECS clusters
     * @param loadBalancers the Application Load Balancers
     * @param services      the ECS services
     * @param tags          tags on every resource that takes tags
     */
    public Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                       List<LoadBalancer> loadBalancers, List<Service> services, Map<String, String> tags) {
        this(name, network, endpoints, clusters, loadBalancers, services, List.of(), tags, List.of());
    }

    /**
     * A program with only Application Load Balancers it creates.
     *
     * @param name          the application's name
     * @param network       the VPC
     * @param endpoints     which VPC endpoints Berth creates
     * @param clusters      the ECS clusters
     * @param loadBalancers the Application Load Balancers
     * @param services      the ECS services
     * @param queues        the SQS queues
     * @param tags          tags on every resource that takes tags
     */
    public Application(String name, Network network, Endpoints endpoints, List<Cluster> clusters,
                       List<LoadBalancer> loadBalancers, List<Service> services, List<Queue> queues,
                       Map<String, String> tags) {
        this(name, network, endpoints, clusters, loadBalancers, services, queues, tags, List.of(), List.of());
    }

    /**
     * Creates the Application.
     *
     * @param name          the application's name: the stack and module name. Required. Valid: lower-case letters,
     *     digits and hyphens, starting with a letter, up to 32.
     * @param network       Default: a new VPC with {@link NewVpc} defaults.
     * @param endpoints     which VPC endpoints Berth creates ({@link #effectiveEndpoints()}). Default:
     *     {@link Endpoints#automatic()}: what the network needs.
     * @param clusters      Default: none (a program needs at least one when it has services).
     * @param loadBalancers Default: none.
     * @param services      Default: none.
     * @param queues        SQS queues the program creates. Default: none.
     * @param tags          tags on every resource that takes tags, sorted by key. Default: none.
     * @param networkLoadBalancers Network Load Balancers the program creates. Default: none.
     * @param existingListeners    listeners of load balancers the program does not create. Default: none.
     * @param fileSystems   EFS file systems the program creates. Default: none.
     * @param hardening     the security profile the program opts into. Default: {@link Hardening#NONE}.
     * @param events        tasks started by schedules and events, and notifications. Default: {@link Events#NONE}.
     * @throws NullPointerException when a reference component is null
     */
    public Application {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hardening, "hardening");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(endpoints, "endpoints");
        clusters = List.copyOf(clusters);
        loadBalancers = List.copyOf(loadBalancers);
        services = List.copyOf(services);
        queues = List.copyOf(queues);
        fileSystems = List.copyOf(fileSystems);
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        networkLoadBalancers = List.copyOf(networkLoadBalancers);
        existingListeners = List.copyOf(existingListeners);
    }

    /**
     * The cluster a service runs in: the one it names, else the only cluster; empty when ambiguous.
     *
     * @param service a service of this program
     * @return the cluster's name, or empty
     */
    public String clusterOf(Service service) {
        if (!service.cluster().isEmpty()) {
            return service.cluster();
        }
        return clusters.size() == 1 ? clusters.get(0).name() : "";
    }

    /**
     * The Service Connect namespace a service joins: the one it names, else its cluster's default; empty when it
     * uses no Service Connect or neither gives one.
     *
     * @param service a service of this program
     * @return the namespace's name or ARN, or empty
     */
    public String serviceConnectNamespaceOf(Service service) {
        if (!service.serviceConnect().enabled()) {
            return "";
        }
        if (!service.serviceConnect().namespace().isEmpty()) {
            return service.serviceConnect().namespace();
        }
        String cluster = clusterOf(service);
        return clusters.stream().filter(c -> c.name().equals(cluster)).findFirst()
                .map(Cluster::serviceConnectNamespace).orElse("");
    }

    /**
     * Whether the tasks' private subnets reach the internet: a new VPC with NAT gateways, or an existing VPC that
     * says so ({@link ExistingVpc#privateSubnetsReachInternet()}).
     *
     * @return true when the private subnets have a route to the internet
     */
    public boolean privateSubnetsReachInternet() {
        return network instanceof NewVpc vpc ? vpc.natGateways() != NatGateways.NONE
                : ((ExistingVpc) network).privateSubnetsReachInternet();
    }

    /**
     * The VPC endpoints an existing VPC already has ({@link ExistingVpc#existingEndpoints()}); none for a new VPC.
     *
     * @return the endpoints Berth must not create again
     */
    public Set<EndpointService> existingEndpoints() {
        return network instanceof ExistingVpc vpc ? vpc.existingEndpoints() : Set.of();
    }

    /**
     * Every endpoint the services' tasks reach: what they need to start and what their task roles are granted; and
     * with EC2 capacity the {@code ecs}, {@code ecs-agent} and {@code ecs-telemetry} endpoints its container agent
     * registers and polls through.
     *
     * @return the endpoints needed, whether or not Berth creates them
     */
    public Set<EndpointService> neededEndpoints() {
        EnumSet<EndpointService> set = EnumSet.noneOf(EndpointService.class);
        services.forEach(s -> set.addAll(EndpointNeeds.of(s)));
        events.tasks().forEach(t -> set.addAll(EndpointNeeds.of(t.asService())));
        if (clusters.stream().anyMatch(c -> !c.ec2Capacity().isEmpty())) {
            // The container agent on Berth's EC2 instances registers with and polls ECS.
            set.addAll(EndpointNeeds.ec2Agent());
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * The VPC endpoints Berth creates, decided here once for validation and the plan. With
     * {@link Endpoints#automatic()} the set follows the network: private subnets without internet get every
     * endpoint the tasks need ({@link #neededEndpoints()}); with internet (NAT) only the free S3 and DynamoDB
     * gateway endpoints they need, since interface endpoints beside NAT cost per hour and AZ for traffic NAT
     * carries anyway (and an existing VPC's gateway endpoints only when its private route tables are given). The
     * endpoints asked for ({@link Endpoints#automaticPlus}, {@link Endpoints#only}) are added. Endpoints an existing
     * VPC already has are never created again.
     *
     * @return the endpoints Berth creates
     */
    public Set<EndpointService> effectiveEndpoints() {
        EnumSet<EndpointService> set = EnumSet.noneOf(EndpointService.class);
        set.addAll(endpoints.services());
        if (endpoints.derived()) {
            boolean internet = privateSubnetsReachInternet();
            for (EndpointService e : neededEndpoints()) {
                if (!internet || e.isGateway() && gatewayEndpointsPossible()) {
                    set.add(e);
                }
            }
        }
        set.removeAll(existingEndpoints());
        return Collections.unmodifiableSet(set);
    }

    /**
     * The endpoints the tasks can use: those Berth creates and those the existing VPC has.
     *
     * @return the reachable endpoints
     */
    public Set<EndpointService> reachableEndpoints() {
        EnumSet<EndpointService> set = EnumSet.noneOf(EndpointService.class);
        set.addAll(effectiveEndpoints());
        set.addAll(existingEndpoints());
        return Collections.unmodifiableSet(set);
    }

    /** Gateway endpoints attach to the private route tables: a new VPC's, or those an existing VPC lists. */
    private boolean gatewayEndpointsPossible() {
        return !(network instanceof ExistingVpc vpc) || !vpc.privateRouteTableIds().isEmpty();
    }

    /**
     * Starts a program; every setter of the builder documents its default.
     *
     * @param name the application's name: the stack and module name. Valid: lower-case letters, digits and
     *             hyphens, starting with a letter, up to 32.
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /**
     * A builder holding this Application's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).network(network).endpoints(endpoints);
        b.clusters.addAll(clusters);
        b.loadBalancers.addAll(loadBalancers);
        b.services.addAll(services);
        b.queues.addAll(queues);
        b.fileSystems.addAll(fileSystems);
        b.tags.putAll(tags);
        b.networkLoadBalancers.addAll(networkLoadBalancers);
        b.existingListeners.addAll(existingListeners);
        b.scheduledTasks.addAll(events.scheduledTasks());
        b.eventTasks.addAll(events.eventTasks());
        b.notifications = events.notifications();
        return b.hardening(hardening);
    }

    /**
     * Builds a {@link Application}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private Network network = NewVpc.builder().build();
        private Endpoints endpoints = Endpoints.automatic();
        private final List<Cluster> clusters = new ArrayList<>();
        private final List<LoadBalancer> loadBalancers = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private final List<Queue> queues = new ArrayList<>();
        private final List<FileSystem> fileSystems = new ArrayList<>();
        private final Map<String, String> tags = new TreeMap<>();
        private final List<NetworkLoadBalancer> networkLoadBalancers = new ArrayList<>();
        private final List<ExistingListener> existingListeners = new ArrayList<>();
        private Hardening hardening = Hardening.NONE;
        private final List<ScheduledTask> scheduledTasks = new ArrayList<>();
        private final List<EventTask> eventTasks = new ArrayList<>();
        private TaskNotifications notifications = TaskNotifications.NONE;

        private Builder() {
        }

        /**
         * The application's name: the stack and module name. Required. Valid: lower-case letters, digits and
         * hyphens, starting with a letter, up to 32.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: a new VPC with {@link NewVpc} defaults.
         *
         * @param network the new value of {@code network}
         * @return this builder
         */
        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        /**
         * A VPC Berth creates, with public and private subnets in each availability zone (see {@link NewVpc}).
         * Default: a new VPC with the {@link NewVpc} defaults (10.0.0.0/16, 2 AZs, no NAT).
         *
         * @param configure configures a builder holding the NewVpc defaults
         * @return this builder
         */
        public Builder newVpc(Consumer<NewVpc.Builder> configure) {
            NewVpc.Builder b = NewVpc.builder();
            configure.accept(b);
            this.network = b.build();
            return this;
        }

        /**
         * A VPC that exists, given by IDs (see {@link ExistingVpc}). Default: a new VPC instead. Valid: a VPC ID
         * and at least two private subnet IDs.
         *
         * @param configure configures a builder holding the ExistingVpc defaults
         * @return this builder
         */
        public Builder existingVpc(Consumer<ExistingVpc.Builder> configure) {
            ExistingVpc.Builder b = ExistingVpc.builder();
            configure.accept(b);
            this.network = b.build();
            return this;
        }

        /**
         * Which VPC endpoints Berth creates. Default: {@link Endpoints#automatic()}: without internet in the private
         * subnets every endpoint the tasks need (to start, and for what their task roles are granted); with NAT only
         * the free S3 and DynamoDB gateway endpoints.
         *
         * @param endpoints the new value of {@code endpoints}
         * @return this builder
         */
        public Builder endpoints(Endpoints endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        /**
         * Adds an ECS cluster; see {@link Cluster} for its defaults (Container Insights, Fargate and Fargate Spot
         * providers). Default: no clusters; a program with services needs at least one.
         *
         * @param name      the cluster's name, unique in the program
         * @param configure configures a builder holding the Cluster defaults
         * @return this builder
         */
        public Builder cluster(String name, Consumer<Cluster.Builder> configure) {
            Cluster.Builder b = Cluster.builder().name(name);
            configure.accept(b);
            clusters.add(b.build());
            return this;
        }

        /**
         * Adds a cluster built elsewhere. Default: no clusters.
         *
         * @param cluster the cluster; its name must be unique in the program
         * @return this builder
         */
        public Builder cluster(Cluster cluster) {
            clusters.add(cluster);
            return this;
        }

        /**
         * Adds an Application Load Balancer; see {@link LoadBalancer} for its defaults (internet-facing, HTTP on
         * port 80, in the public subnets). Default: no load balancers.
         *
         * @param name      the load balancer's name, unique in the program
         * @param configure configures a builder holding the LoadBalancer defaults
         * @return this builder
         */
        public Builder loadBalancer(String name, Consumer<LoadBalancer.Builder> configure) {
            LoadBalancer.Builder b = LoadBalancer.builder().name(name);
            configure.accept(b);
            loadBalancers.add(b.build());
            return this;
        }

        /**
         * Adds a load balancer built elsewhere. Default: no load balancers.
         *
         * @param loadBalancer the load balancer; its name must be unique in the program
         * @return this builder
         */
        public Builder loadBalancer(LoadBalancer loadBalancer) {
            loadBalancers.add(loadBalancer);
            return this;
        }

        /**
         * Adds a Network Load Balancer; see {@link NetworkLoadBalancer} for its defaults (internet-facing, in the
         * public subnets, cross-zone). Services bring its listeners. Default: no Network Load Balancers.
         *
         * @param name      the load balancer's name, unique among the program's load balancers and listeners
         * @param configure configures a builder holding the NetworkLoadBalancer defaults
         * @return this builder
         */
        public Builder networkLoadBalancer(String name, Consumer<NetworkLoadBalancer.Builder> configure) {
            NetworkLoadBalancer.Builder b = NetworkLoadBalancer.builder().name(name);
            configure.accept(b);
            networkLoadBalancers.add(b.build());
            return this;
        }

        /**
         * Adds a Network Load Balancer built elsewhere. Default: no Network Load Balancers.
         *
         * @param loadBalancer the load balancer; its name must be unique among load balancers and listeners
         * @return this builder
         */
        public Builder networkLoadBalancer(NetworkLoadBalancer loadBalancer) {
            networkLoadBalancers.add(loadBalancer);
            return this;
        }

        /**
         * Adds a listener of a load balancer the program does not create (a shared platform load balancer); see
         * {@link ExistingListener}. Services exposed on it add only their target group, listener rule and security
         * group rules. Default: none.
         *
         * @param name      the listener's name in the program, unique among load balancers and listeners
         * @param configure configures a builder holding the ExistingListener defaults
         * @return this builder
         */
        public Builder existingListener(String name, Consumer<ExistingListener.Builder> configure) {
            ExistingListener.Builder b = ExistingListener.builder().name(name);
            configure.accept(b);
            existingListeners.add(b.build());
            return this;
        }

        /**
         * Adds an existing listener described elsewhere. Default: none.
         *
         * @param listener the listener; its name must be unique among load balancers and listeners
         * @return this builder
         */
        public Builder existingListener(ExistingListener listener) {
            existingListeners.add(listener);
            return this;
        }

        /**
         * Adds an ECS service; see {@link Service} for its defaults (2 Fargate tasks in the private subnets).
         * Default: no services.
         *
         * @param name      the service's name, unique in the program
         * @param configure configures a builder holding the Service defaults; it needs a task with a container
         * @return this builder
         */
        public Builder service(String name, Consumer<Service.Builder> configure) {
            Service.Builder b = Service.builder().name(name);
            configure.accept(b);
            services.add(b.build());
            return this;
        }

        /**
         * Adds a service built elsewhere. Default: no services.
         *
         * @param service the service; its name must be unique in the program
         * @return this builder
         */
        public Builder service(Service service) {
            services.add(service);
            return this;
        }

        /**
         * Removes the service of this name, if any (handy for variants of a program).
         *
         * @param name the service's name
         * @return this builder
         */
        public Builder withoutService(String name) {
            services.removeIf(s -> s.name().equals(name));
            return this;
        }

        /**
         * Adds an SQS queue the program creates (with a dead-letter queue unless asked otherwise); see {@link
         * Queue}. Default: no queues.
         *
         * @param name the queue's name, unique in the program
         * @param configure configures a builder holding the Queue defaults
         * @return this builder
         */
        public Builder queue(String name, Consumer<Queue.Builder> configure) {
            Queue.Builder b = Queue.builder().name(name);
            configure.accept(b);
            queues.add(b.build());
            return this;
        }

        /**
         * Adds a queue built elsewhere. Default: no queues.
         *
         * @param queue the queue; its name must be unique in the program
         * @return this builder
         */
        public Builder queue(Queue queue) {
            queues.add(queue);
            return this;
        }

        /**
         * Adds an Amazon EFS file system the program creates, with mount targets in the private subnets and a
         * security group admitting NFS only from the tasks that mount it; see {@link FileSystem}. Default: no file
         * systems.
         *
         * @param name      the file system's name, unique in the program
         * @param configure configures a builder holding the FileSystem defaults
         * @return this builder
         */
        public Builder fileSystem(String name, Consumer<FileSystem.Builder> configure) {
            FileSystem.Builder b = FileSystem.builder().name(name);
            configure.accept(b);
            fileSystems.add(b.build());
            return this;
        }

        /**
         * Adds a file system built elsewhere. Default: no file systems.
         *
         * @param fileSystem the file system; its name must be unique in the program
         * @return this builder
         */
        public Builder fileSystem(FileSystem fileSystem) {
            fileSystems.add(fileSystem);
            return this;
        }

        /**
         * Tags every resource that takes tags. Default: no tags. Valid: a key of 1 to 128 characters (letters,
         * digits, spaces and {@code _ . : / = + - @}) not starting with {@code aws:}, a value of up to 256, at most
         * 50 tags ({@code TAG_INVALID}). A key given twice keeps the last value.
         *
         * @param key   the tag's key
         * @param value the tag's value
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        /**
         * Opts the program into a security profile: {@link Hardening#CONTROL_TOWER} makes it pass the AWS Control
         * Tower proactive controls that apply to what Berth creates, setting what it can itself (log retention and
         * encryption, container memory limits, load balancer deletion protection) and reporting an error for each
         * setting the program must make (non-root users, read-only root file systems, HTTPS, access logs, ...; see
         * {@link Hardening#CONTROL_TOWER}). Default: {@link Hardening#NONE}.
         *
         * @param hardening the profile
         * @return this builder
         */
        public Builder hardening(Hardening hardening) {
            this.hardening = hardening;
            return this;
        }

        /**
         * Builds the Application. Values are checked later, with the whole program, by the validator.
         *
         * @return the Application
         */
        public Application build() {
            return new Application(name, network, endpoints, clusters, loadBalancers, services, queues, tags,
                    networkLoadBalancers, existingListeners, fileSystems, hardening,
                    new Events(scheduledTasks, eventTasks, notifications));
        }

        /**
         * Adds a task an EventBridge Scheduler schedule starts (cron, rate or one-time), with the role the scheduler
         * assumes and a dead-letter queue; see {@link ScheduledTask}. Default: none.
         *
         * @param name      the task's name, unique among services and tasks
         * @param configure configures a builder holding the ScheduledTask defaults; it needs a task and a schedule
         * @return this builder
         */
        public Builder scheduledTask(String name, Consumer<ScheduledTask.Builder> configure) {
            ScheduledTask.Builder b = ScheduledTask.builder().name(name);
            configure.accept(b);
            scheduledTasks.add(b.build());
            return this;
        }

        /**
         * Adds a scheduled task built elsewhere. Default: none.
         *
         * @param task the task; its name must be unique among services and tasks
         * @return this builder
         */
        public Builder scheduledTask(ScheduledTask task) {
            scheduledTasks.add(task);
            return this;
        }

        /**
         * Adds a task an EventBridge rule starts for each matching event (e.g. an S3 upload), with values of the
         * event as environment variables, the role EventBridge assumes and a dead-letter queue; see
         * {@link EventTask}. Default: none.
         *
         * @param name      the task's name, unique among services and tasks
         * @param configure configures a builder holding the EventTask defaults; it needs a task and a pattern
         * @return this builder
         */
        public Builder eventTask(String name, Consumer<EventTask.Builder> configure) {
            EventTask.Builder b = EventTask.builder().name(name);
            configure.accept(b);
            eventTasks.add(b.build());
            return this;
        }

        /**
         * Adds an event task built elsewhere. Default: none.
         *
         * @param task the task; its name must be unique among services and tasks
         * @return this builder
         */
        public Builder eventTask(EventTask task) {
            eventTasks.add(task);
            return this;
        }

        /**
         * E-mails about tasks that fail and services that cannot start tasks or deploy, through an encrypted SNS
         * topic; see {@link TaskNotifications}. Default: none.
         *
         * @param configure configures a builder holding the TaskNotifications defaults; it needs an address
         * @return this builder
         */
        public Builder notifications(Consumer<TaskNotifications.Builder> configure) {
            TaskNotifications.Builder b = notifications.enabled() ? notifications.toBuilder()
                    : TaskNotifications.builder();
            configure.accept(b);
            notifications = b.build();
            return this;
        }
    }
}
