package dev.berth.synth.plan.servicediscovery;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;

import java.util.List;
import java.util.Map;

/** The planned AWS Cloud Map resources, and the Service Connect configuration of an ECS service. */
public final class ServiceDiscoveryResources {

    private ServiceDiscoveryResources() {
    }

    /**
     * An AWS Cloud Map HTTP namespace, for Service Connect (which needs no DNS: the proxies resolve the names).
     *
     * @param name the namespace's name, which clients may use as the suffix of a server's name
     */
    public record HttpNamespace(ResourceId id, String name, String description, Map<String, String> tags)
            implements PlannedResource {
        public HttpNamespace {
            tags = Immutable.map(tags);
        }
    }

    /**
     * A service's Service Connect configuration (its {@code Enabled} is always true: the plan leaves the whole
     * configuration out otherwise).
     *
     * @param namespace the namespace's ARN
     * @param services  the ports the service offers; empty for a client only
     * @param logging   the proxy's log configuration; null: leave out (no logs)
     */
    public record ServiceConnectConfiguration(Value namespace, List<ServiceConnectService> services,
                                              LogConfiguration logging) {
        public ServiceConnectConfiguration {
            services = Immutable.list(services);
        }
    }

    /**
     * @param portName      a port mapping's name in the task definition
     * @param discoveryName the Cloud Map service ECS creates for it
     * @param clientAliases the names and ports clients use (ECS takes at most one)
     */
    public record ServiceConnectService(String portName, String discoveryName, List<ClientAlias> clientAliases) {
        public ServiceConnectService {
            clientAliases = Immutable.list(clientAliases);
        }
    }

    public record ClientAlias(int port, String dnsName) {
    }

    /**
     * An AWS Cloud Map private DNS namespace: a Route 53 private hosted zone of the VPC in which ECS registers the
     * tasks of services with DNS service discovery.
     *
     * @param name the namespace's DNS name, the suffix of its services' names
     * @param vpc  the VPC whose resolver answers for it
     */
    public record PrivateDnsNamespace(ResourceId id, String name, Value vpc, String description,
                                      Map<String, String> tags) implements PlannedResource {
        public PrivateDnsNamespace {
            tags = Immutable.map(tags);
        }
    }

    /**
     * An AWS Cloud Map service in a private DNS namespace, in which ECS registers one instance per running task.
     *
     * @param name                   the first label of the service's DNS name
     * @param namespaceId            the namespace's ID
     * @param recordType             {@code A} or {@code SRV}
     * @param ttl                    the records' TTL in seconds
     * @param routingPolicy          {@code MULTIVALUE}: every healthy task's record in an answer
     * @param customHealthCheckFailureThreshold the custom health check ECS reports each task's health through;
     *                               null: leave out (no custom health check)
     */
    public record CloudMapService(ResourceId id, String name, Value namespaceId, String description, String recordType,
                                  int ttl, String routingPolicy, Integer customHealthCheckFailureThreshold,
                                  Map<String, String> tags) implements PlannedResource {
        public CloudMapService {
            tags = Immutable.map(tags);
        }
    }

    /**
     * The registry of an ECS service: the Cloud Map service its tasks are registered in.
     *
     * @param registryArn   the Cloud Map service's ARN
     * @param containerName the container whose port SRV records carry; null: leave out (A records)
     * @param containerPort that container port; null: leave out (A records)
     */
    public record ServiceRegistry(Value registryArn, String containerName, Integer containerPort) {
    }
}
