package dev.berth.network;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which VPC endpoints Berth creates.
 *
 * @param derived   when true, Berth derives the set from the workloads (ECR images: ecr.api, ecr.dkr and s3;
 *                  awslogs: logs; Secrets Manager secrets or registry credentials: secretsmanager; SSM
 *                  parameters: ssm; ECS Exec: ssmmessages) and adds {@code services} to it; when false exactly
 *                  {@code services} are created.
 * @param services  endpoints to create (in addition to the derived ones when automatic).
 */
public record Endpoints(boolean derived, Set<EndpointService> services) {

    public Endpoints {
        Objects.requireNonNull(services, "services");
        services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    }

    /** Derive the endpoints from the workloads. This is the default. */
    public static Endpoints automatic() {
        return new Endpoints(true, Set.of());
    }

    /** Derive the endpoints from the workloads, and add these. */
    public static Endpoints automaticPlus(EndpointService... extra) {
        return new Endpoints(true, Set.of(extra));
    }

    /** Exactly these endpoints. */
    public static Endpoints only(EndpointService... services) {
        return new Endpoints(false, Set.of(services));
    }

    /** No endpoints (the private subnets need a NAT gateway then). */
    public static Endpoints none() {
        return new Endpoints(false, Set.of());
    }
}
