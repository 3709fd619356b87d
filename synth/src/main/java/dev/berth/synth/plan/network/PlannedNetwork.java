package dev.berth.synth.plan.network;

import dev.berth.network.SubnetSelection;
import dev.berth.synth.plan.Value;

import java.util.List;

/**
 * What the rest of the plan needs to know of the network, whether Berth creates it or it exists.
 *
 * @param vpcCidr the VPC's range; empty when an existing VPC's range was not given
 */
public record PlannedNetwork(Value vpcId, String vpcCidr, List<Value> publicSubnets, List<Value> privateSubnets,
                             List<Value> privateRouteTables) {

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
