package dev.berth.placement;

import java.util.Objects;

/**
 * A rule a container instance must meet to run a task (Amazon ECS Developer Guide, "Amazon ECS task placement
 * constraints"). Unlike strategies, constraints are binding: a task no instance meets stays PENDING. A service takes
 * both kinds, a task definition only {@code memberOf}; Fargate accepts neither ({@code PLACEMENT_ON_FARGATE}).
 *
 * @param type       {@code distinctInstance} or {@code memberOf}
 * @param expression for {@code memberOf}: a cluster query language expression, e.g.
 *                   {@code attribute:ecs.instance-type =~ g5.*}; empty for {@code distinctInstance}
 */
public record PlacementConstraint(String type, String expression) {

    /**
     * Creates the PlacementConstraint; programs use the factories instead.
     *
     * @param type       {@code distinctInstance} or {@code memberOf}
     * @param expression the expression, or empty
     * @throws NullPointerException when a component is null
     */
    public PlacementConstraint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expression, "expression");
    }

    /**
     * Each task of the service on a different container instance. Services only.
     *
     * @return the constraint
     */
    public static PlacementConstraint distinctInstance() {
        return new PlacementConstraint("distinctInstance", "");
    }

    /**
     * Only instances that match a cluster query language expression, e.g.
     * {@code memberOf("attribute:ecs.instance-type =~ g5.*")} or
     * {@code memberOf("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]")}. Valid: an expression in the
     * documented grammar (Berth checks its syntax: {@code PLACEMENT_EXPRESSION}), up to 2000 characters.
     *
     * @param expression the cluster query language expression
     * @return the constraint
     */
    public static PlacementConstraint memberOf(String expression) {
        return new PlacementConstraint("memberOf", expression);
    }

    /**
     * Whether this is a {@code memberOf} constraint.
     *
     * @return true for {@code memberOf}
     */
    public boolean isMemberOf() {
        return "memberOf".equals(type);
    }
}
