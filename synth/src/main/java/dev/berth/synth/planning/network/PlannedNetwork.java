package dev.berth.synth.planning.network;

import dev.berth.network.EndpointService;
import dev.berth.network.SubnetSelection;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rest of the plan needs to know of the network, whether Berth creates it or it exists.
 *
 * @param vpcCidr   the VPC's range; empty when an existing VPC's range was not given
 * @param endpoints the VPC endpoints the plan creates, by the AWS service they reach
 */
public record PlannedNetwork(Value vpcId, String vpcCidr, List<Value> publicSubnets, List<Value> privateSubnets,
                             List<Value> privateRouteTables, Map<EndpointService, ResourceId> endpoints) {

    public PlannedNetwork {
        endpoints = Map.copyOf(endpoints);
    }

    /** A network without endpoints (yet). */
    public PlannedNetwork(Value vpcId, String vpcCidr, List<Value> publicSubnets, List<Value> privateSubnets,
                          List<Value> privateRouteTables) {
        this(vpcId, vpcCidr, publicSubnets, privateSubnets, privateRouteTables, Map.of());
    }

    PlannedNetwork withEndpoints(Map<EndpointService, ResourceId> planned) {
        return new PlannedNetwork(vpcId, vpcCidr, publicSubnets, privateSubnets, privateRouteTables, planned);
    }

    /** The endpoints the plan creates for {@code services}, in the services' order; none for the others. */
    public List<ResourceId> endpointsFor(Set<EndpointService> services) {
        return services.stream().sorted().map(endpoints::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<Value> subnets(SubnetSelection selection) {
        return switch (selection.type()) {
            case PRIVATE -> privateSubnets;
            case PUBLIC -> publicSubnets;
            case EXPLICIT -> selection.subnetIds().stream().map(Value::literal).toList();
            case DEFAULT -> throw new IllegalArgumentException("Resolve the default subnets first,"
                    + " e.g. with LoadBalancer.effectiveSubnets()");
        };
    }
}
