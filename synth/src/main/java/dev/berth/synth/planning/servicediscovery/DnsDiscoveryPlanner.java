package dev.berth.synth.planning.servicediscovery;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.service.Service;
import dev.berth.servicediscovery.DnsRecordType;
import dev.berth.servicediscovery.ServiceDiscovery;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.CloudMapService;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.PrivateDnsNamespace;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceRegistry;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.network.PlannedNetwork;
import dev.berth.task.NetworkMode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans AWS Cloud Map DNS service discovery: the private DNS namespaces the clusters declare (in the program's VPC),
 * one Cloud Map service per registering ECS service, and the ECS service's registry.
 *
 * <p>Records: A records need the awsvpc network mode (each task its own address); SRV records carry the container
 * port, and ECS takes the container name and port for them ("If the task definition that your service task
 * specifies uses the bridge or host network mode, you must specify a containerName and containerPort combination
 * from the task definition. If [...] awsvpc network mode and a type SRV DNS record is used, you must specify either a
 * containerName and containerPort combination or a port value", Amazon ECS API Reference, ServiceRegistry). The plan
 * always gives the container name and port with SRV, and neither with A.
 *
 * <p>Health: ECS reports each task's health to Cloud Map through a custom health check
 * ({@code HealthCheckCustomConfig}). Its {@code FailureThreshold} "is no longer supported and is always set to 1"
 * (CloudFormation, AWS::ServiceDiscovery::Service HealthCheckCustomConfig), but the provider sends no custom health
 * check for an empty {@code health_check_custom_config} block (hashicorp/terraform-provider-aws#44285, where
 * {@code failure_threshold = 1} is the working form, with a deprecation warning), so the plan gives 1 for both.
 *
 * <p>Order: the ECS service refers to its Cloud Map service (so it is created after it and deleted before it, once
 * its tasks are deregistered), which refers to its namespace.
 */
public final class DnsDiscoveryPlanner {

    /** Cloud Map's routing policy that answers with every healthy task's record (up to eight). */
    private static final String MULTIVALUE = "MULTIVALUE";
    /** The value Cloud Map always uses for a custom health check's failure threshold. */
    private static final int CUSTOM_HEALTH_CHECK_FAILURE_THRESHOLD = 1;

    private DnsDiscoveryPlanner() {
    }

    /** The private DNS namespace Berth creates for the name {@code name}. */
    public static ResourceId namespaceId(String name) {
        return ResourceId.of(PrivateDnsNamespace.class, name);
    }

    /** The Cloud Map service of an ECS service. */
    public static ResourceId cloudMapServiceId(String service) {
        return ResourceId.of(CloudMapService.class, service);
    }

    /** One private DNS namespace in the program's VPC for each namespace name the clusters declare. */
    public static void namespaces(Application app, PlannedNetwork network, PlanBuilder plan) {
        Set<String> names = new LinkedHashSet<>();
        app.clusters().forEach(c -> names.add(c.dnsNamespace()));
        for (String name : names) {
            if (name.isEmpty() || ServiceDiscovery.isExisting(name)) {
                continue;
            }
            plan.add(new PrivateDnsNamespace(namespaceId(name), name, network.vpcId(),
                    "DNS service discovery namespace of " + app.name(), plan.tagsNamed(name)));
        }
    }

    /**
     * The service's Cloud Map service, added to {@code plan} (owned by the service), and its registry for the ECS
     * service; empty when the service does not register.
     */
    public static List<ServiceRegistry> plan(Application app, Service service, PlanBuilder plan) {
        ServiceDiscovery d = service.serviceDiscovery();
        if (!d.enabled()) {
            return List.of();
        }
        Cluster cluster = app.clusters().stream().filter(c -> c.name().equals(app.clusterOf(service))).findFirst()
                .orElse(null);
        String namespace = d.namespaceIn(cluster);
        Value namespaceId = ServiceDiscovery.isExisting(namespace) ? Value.literal(namespace)
                : namespaceId(namespace).attr(Attr.ID);
        ResourceId id = cloudMapServiceId(service.name());
        plan.add(new CloudMapService(id, d.nameFor(service.name()), namespaceId,
                "Tasks of service " + service.name(), d.dnsRecordType().name(), d.ttl(), MULTIVALUE,
                CUSTOM_HEALTH_CHECK_FAILURE_THRESHOLD, plan.tagsNamed(service.name())));
        boolean srv = d.dnsRecordType() == DnsRecordType.SRV;
        return List.of(new ServiceRegistry(id.attr(Attr.ARN),
                srv ? d.containerIn(service.task(), service.exposures()) : null,
                srv ? d.containerPortIn(service.task(), service.exposures()) : null));
    }

    /**
     * The port at which callers reach a service through its SRV records; null when it registers none (A records carry
     * no port: callers reach the task's port mappings).
     */
    public static Integer srvPort(Service service) {
        ServiceDiscovery d = service.serviceDiscovery();
        if (!d.enabled() || d.dnsRecordType() != DnsRecordType.SRV
                || service.task().networkMode() != NetworkMode.AWSVPC) {
            return null;
        }
        int port = d.containerPortIn(service.task(), service.exposures());
        return port == 0 ? null : port;
    }
}
