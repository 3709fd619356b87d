package dev.berth.network;

import java.util.List;
import java.util.Objects;

/**
 * The subnets a service's tasks or a load balancer are placed in.
 *
 * @param type      private or public subnets of the VPC, explicit IDs, or the default of what is placed
 * @param subnetIds the subnet IDs when {@code type} is EXPLICIT; empty otherwise
 */
public record SubnetSelection(SubnetType type, List<String> subnetIds) {

    /**
     * Creates the SubnetSelection.
     *
     * @param type      private or public subnets of the VPC, explicit IDs, or the default of what is placed
     * @param subnetIds the subnet IDs when {@code type} is EXPLICIT; empty otherwise
     * @throws NullPointerException when a reference component is null
     */
    public SubnetSelection {
        Objects.requireNonNull(type, "type");
        subnetIds = List.copyOf(subnetIds);
    }

    /**
     * The VPC's private subnets, one per availability zone.
     *
     * @return the selection
     */
    public static SubnetSelection privateSubnets() {
        return new SubnetSelection(SubnetType.PRIVATE, List.of());
    }

    /**
     * The VPC's public subnets, one per availability zone.
     *
     * @return the selection
     */
    public static SubnetSelection publicSubnets() {
        return new SubnetSelection(SubnetType.PUBLIC, List.of());
    }

    /**
     * None chosen: the default of what is placed (see {@link SubnetType#DEFAULT}).
     *
     * @return the selection
     */
    public static SubnetSelection defaultSubnets() {
        return new SubnetSelection(SubnetType.DEFAULT, List.of());
    }

    /**
     * Subnets by ID, e.g. of an existing VPC.
     *
     * @param subnetIds subnet IDs ({@code subnet-...}) or CDK tokens; a load balancer needs two in different AZs
     * @return the selection
     */
    public static SubnetSelection ids(String... subnetIds) {
        return new SubnetSelection(SubnetType.EXPLICIT, List.of(subnetIds));
    }

    /**
     * Subnets by ID, e.g. of an existing VPC.
     *
     * @param subnetIds subnet IDs ({@code subnet-...}) or CDK tokens; a load balancer needs two in different AZs
     * @return the selection
     */
    public static SubnetSelection ids(List<String> subnetIds) {
        return new SubnetSelection(SubnetType.EXPLICIT, subnetIds);
    }

    /**
     * Whether none was chosen, so that the default of what is placed applies.
     *
     * @return true for {@link SubnetType#DEFAULT}
     */
    public boolean isDefault() {
        return type == SubnetType.DEFAULT;
    }
}
