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
}
