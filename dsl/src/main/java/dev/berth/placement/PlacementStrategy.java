package dev.berth.placement;

import java.util.Objects;

/**
 * How ECS chooses a container instance for a task of a service on EC2 ({@code placementStrategies}; Amazon ECS
 * Developer Guide, "Amazon ECS task placement strategies"). Strategies are best effort and applied in order; a
 * service has at most five. Fargate places tasks itself and accepts none ({@code PLACEMENT_ON_FARGATE}).
 *
 * @param type  {@code spread}, {@code binpack} or {@code random}
 * @param field what to spread on ({@code instanceId}, {@code host} or {@code attribute:<name>}) or binpack on
 *              ({@code cpu} or {@code memory}); empty for {@code random}
 */
public record PlacementStrategy(String type, String field) {

    /** The attribute that holds a container instance's Availability Zone. */
    public static final String AVAILABILITY_ZONE = "attribute:ecs.availability-zone";

    /**
     * Creates the PlacementStrategy; programs use the factories instead.
     *
     * @param type  {@code spread}, {@code binpack} or {@code random}
     * @param field the field, or empty for {@code random}
     * @throws NullPointerException when a component is null
     */
    public PlacementStrategy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
    }

    /**
     * Spreads tasks evenly across Availability Zones ({@code spread} on {@code attribute:ecs.availability-zone}),
     * ECS's default for services.
     *
     * @return the strategy
     */
    public static PlacementStrategy spreadAcrossZones() {
        return new PlacementStrategy("spread", AVAILABILITY_ZONE);
    }

    /**
     * Spreads tasks evenly across container instances ({@code spread} on {@code instanceId}).
     *
     * @return the strategy
     */
    public static PlacementStrategy spreadAcrossInstances() {
        return new PlacementStrategy("spread", "instanceId");
    }

    /**
     * Spreads tasks on any field: {@code instanceId}, {@code host} or {@code attribute:<name>}.
     *
     * @param field the field. Valid: {@code instanceId}, {@code host}, or {@code attribute:} and an attribute name
     * @return the strategy
     */
    public static PlacementStrategy spread(String field) {
        return new PlacementStrategy("spread", field);
    }

    /**
     * Packs tasks onto the instances with the least memory left, to use as few instances as possible.
     *
     * @return the strategy
     */
    public static PlacementStrategy binpackMemory() {
        return new PlacementStrategy("binpack", "memory");
    }

    /**
     * Packs tasks onto the instances with the least CPU left.
     *
     * @return the strategy
     */
    public static PlacementStrategy binpackCpu() {
        return new PlacementStrategy("binpack", "cpu");
    }

    /**
     * Places tasks on random instances that fit.
     *
     * @return the strategy
     */
    public static PlacementStrategy random() {
        return new PlacementStrategy("random", "");
    }
}
