package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.Cluster;
import dev.berth.compute.ContainerInsights;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.network.Egress;
import dev.berth.network.Endpoints;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.Network;
import dev.berth.scaling.AutoScaling;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.DependencyCondition;
import dev.berth.task.HealthCheck;
import dev.berth.task.Image;
import dev.berth.task.TaskDefinition;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A valid program built through the public DSL, and small ways to change one thing in it. */
final class Programs {

    static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    static final String DB_PASSWORD = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-AbCdEf";
    static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    private Programs() {
    }

    /**
     * Three Fargate services in private subnets of a new VPC without NAT, reaching AWS through automatic endpoints:
     * {@code api} behind the internet-facing ALB {@code web} (HTTPS) with both kinds of secrets, egress to its
     * database's security group and auto scaling,
     * {@code orders} behind the internal ALB {@code internal} with three containers ordered by dependencies, and
     * {@code worker}, not load-balanced, with a deploy-time image version and ECS Exec.
     */
    static Application valid() {
        return Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .endpoints(Endpoints.automatic())
                .cluster("main", c -> c.containerInsights(ContainerInsights.ENHANCED))
                .loadBalancer("web", lb -> lb.https(CERTIFICATE))
                .loadBalancer("internal", LoadBalancer.Builder::internal)
                .service("api", s -> s
                        .task(t -> t.cpu(512).memory(1024)
                                .container("app", c -> c.image(ECR + "/shop/api:1.4.2").port(8080)
                                        .cpu(256).memory(768)
                                        .env("LOG_LEVEL", "info")
                                        .secretFromSsm("DB_URL", "/shop/db-url")
                                        .secretFromSecretsManager("DB_PASSWORD", DB_PASSWORD, "password")
                                        .healthCheck(HealthCheck.shell("curl -f http://localhost:8080/health || exit 1")
                                                .withStartPeriod(30)))
                                .grant(Grant.sqsConsume("arn:aws:sqs:eu-west-1:123456789012:orders")))
                        .egressTo(Egress.toSecurityGroup("sg-0123456789abcdef0", 5432))
                        .capacityProvider(CapacityProviderStrategyItem.FARGATE, 1, 1)
                        .capacityProvider(CapacityProviderStrategyItem.FARGATE_SPOT, 0, 3)
                        .expose("web", e -> e.path("/api/*").healthCheckPath("/health"))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(10).cpuTargetPercent(60)
                                .requestsPerTarget(500)))
                .service("orders", s -> s
                        .task(t -> t.cpu(1024).memory(2048)
                                .container("app", c -> c.image(ECR + "/shop/orders:3.1.0").port(8080)
                                        .healthCheck(HealthCheck.shell("curl -f http://localhost:8080/ || exit 1"))
                                        .dependsOn("init", DependencyCondition.SUCCESS))
                                .container("init", c -> c.image(ECR + "/shop/orders-migrate@" + DIGEST)
                                        .essential(false))
                                .container("metrics", c -> c.image(ECR + "/shop/metrics:0.9.1")
                                        .essential(false).dependsOn("app", DependencyCondition.HEALTHY))
                                .grant(Grant.dynamoDbTable("orders", Access.READ_WRITE))
                                .grant(Grant.snsPublish("arn:aws:sns:eu-west-1:123456789012:order-events"))
                                .grant(Grant.statement(List.of("sqs:SendMessage"),
                                        List.of("arn:aws:sqs:eu-west-1:123456789012:emails"))))
                        .expose("internal", e -> e.host("orders.internal.example.com")))
                .service("worker", s -> s
                        .task(t -> t.container("worker", c -> c
                                        .image(Image.of(ECR + "/shop/worker:2.0.0").deployTimeVersion("worker-image-tag"))
                                        .logging(l -> l.retentionDays(14)))
                                .grant(Grant.s3Bucket("shop-uploads", Access.READ)))
                        .desiredCount(1)
                        .enableExecuteCommand(true))
                .tag("team", "shop")
                .build();
    }

    /** The same program in an existing VPC without internet access from its private subnets. */
    static Application validInExistingVpc() {
        return network(valid(), existingVpc(b -> { }));
    }

    static ExistingVpc existingVpc(Consumer<ExistingVpc.Builder> change) {
        ExistingVpc.Builder b = ExistingVpc.builder()
                .vpcId("vpc-0123456789abcdef0")
                .cidr("10.1.0.0/16")
                .publicSubnetIds("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2")
                .privateSubnetIds("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2")
                .privateRouteTableIds("rtb-0ccccccccccccccc1", "rtb-0ccccccccccccccc2")
                .privateSubnetsReachInternet(false);
        change.accept(b);
        return b.build();
    }

    // ---- one change at a time ----

    static Application network(Application app, Network network) {
        return new Application(app.name(), network, app.endpoints(), app.clusters(), app.loadBalancers(),
                app.services(), app.queues(), app.tags(), app.networkLoadBalancers(),
                app.existingListeners(), app.fileSystems(), app.hardening());
    }

    static Application clusters(Application app, List<Cluster> clusters) {
        return new Application(app.name(), app.network(), app.endpoints(), clusters, app.loadBalancers(),
                app.services(), app.queues(), app.tags(), app.networkLoadBalancers(),
                app.existingListeners(), app.fileSystems(), app.hardening());
    }

    static Application cluster(Application app, String name, Consumer<Cluster.Builder> change) {
        return clusters(app, app.clusters().stream().map(c -> {
            if (!c.name().equals(name)) {
                return c;
            }
            Cluster.Builder b = c.toBuilder();
            change.accept(b);
            return b.build();
        }).toList());
    }

    static Application loadBalancers(Application app, List<LoadBalancer> loadBalancers) {
        return new Application(app.name(), app.network(), app.endpoints(), app.clusters(), loadBalancers,
                app.services(), app.queues(), app.tags(), app.networkLoadBalancers(),
                app.existingListeners(), app.fileSystems(), app.hardening());
    }

    static Application loadBalancer(Application app, String name, Consumer<LoadBalancer.Builder> change) {
        return loadBalancers(app, app.loadBalancers().stream().map(lb -> {
            if (!lb.name().equals(name)) {
                return lb;
            }
            LoadBalancer.Builder b = lb.toBuilder();
            change.accept(b);
            return b.build();
        }).toList());
    }

    static Application services(Application app, List<Service> services) {
        return new Application(app.name(), app.network(), app.endpoints(), app.clusters(), app.loadBalancers(),
                services, app.queues(), app.tags(), app.networkLoadBalancers(),
                app.existingListeners(), app.fileSystems(), app.hardening());
    }

    /** Replaces the service {@code name} in place (keeping the order of services). */
    static Application replaceService(Application app, String name, UnaryOperator<Service> change) {
        return services(app, app.services().stream().map(s -> s.name().equals(name) ? change.apply(s) : s).toList());
    }

    static Application service(Application app, String name, Consumer<Service.Builder> change) {
        return replaceService(app, name, s -> {
            Service.Builder b = s.toBuilder();
            change.accept(b);
            return b.build();
        });
    }

    static Application task(Application app, String service, Consumer<TaskDefinition.Builder> change) {
        return service(app, service, s -> s.task(change));
    }

    static Application replaceTask(Application app, String service, UnaryOperator<TaskDefinition> change) {
        return service(app, service, s -> s.task(change.apply(find(app, service).task())));
    }

    static Application containers(Application app, String service, List<Container> containers) {
        return replaceTask(app, service, t -> new TaskDefinition(t.family(), t.cpu(), t.memory(), t.networkMode(),
                t.compatibilities(), t.cpuArchitecture(), containers, t.executionRoleArn(), t.taskRoleArn(),
                t.grants(), t.ephemeralStorageGiB(), t.volumes()));
    }

    static Application container(Application app, String service, String container,
                                 Consumer<Container.Builder> change) {
        return containers(app, service, find(app, service).task().containers().stream().map(c -> {
            if (!c.name().equals(container)) {
                return c;
            }
            Container.Builder b = c.toBuilder();
            change.accept(b);
            return b.build();
        }).toList());
    }

    /** Replaces the service's exposures (clearing them when none is given). */
    static Application exposures(Application app, String service, List<Exposure> exposures) {
        return replaceService(app, service, s -> new Service(s.name(), s.cluster(), s.task(), s.desiredCount(),
                s.launchType(), s.capacityProviderStrategy(), s.platformVersion(), s.subnets(), s.assignPublicIp(),
                s.deployment(), s.enableExecuteCommand(), s.healthCheckGracePeriodSeconds(), s.propagateTags(),
                exposures, s.autoScaling(), s.allowAllOutbound(), s.egress()));
    }

    static Application exposure(Application app, String service, Consumer<Exposure.Builder> change) {
        Exposure.Builder b = find(app, service).exposures().get(0).toBuilder();
        change.accept(b);
        return exposures(app, service, List.of(b.build()));
    }

    static Application strategy(Application app, String service, List<CapacityProviderStrategyItem> items) {
        return replaceService(app, service, s -> new Service(s.name(), s.cluster(), s.task(), s.desiredCount(),
                s.launchType(), items, s.platformVersion(), s.subnets(), s.assignPublicIp(), s.deployment(),
                s.enableExecuteCommand(), s.healthCheckGracePeriodSeconds(), s.propagateTags(), s.exposures(),
                s.autoScaling(), s.allowAllOutbound(), s.egress()));
    }

    static Application scaling(Application app, String service, Consumer<AutoScaling.Builder> change) {
        AutoScaling.Builder b = find(app, service).autoScaling().toBuilder();
        change.accept(b);
        return service(app, service, s -> s.autoScaling(b.build()));
    }

    static Service find(Application app, String service) {
        return app.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
    }
}
