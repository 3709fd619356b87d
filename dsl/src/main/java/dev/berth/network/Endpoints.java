package dev.berth.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which VPC endpoints Berth creates ({@code Application.effectiveEndpoints()} decides the set).
 *
 * @param derived   when true, the set follows the network and the workloads: in private subnets without a route
 *                  to the internet, every endpoint the tasks need, to start (ECR images: ecr.api, ecr.dkr and the
 *                  s3 gateway; awslogs: logs; Secrets Manager secrets or registry credentials: secretsmanager; SSM
 *                  parameters: ssm; ECS Exec: ssmmessages) and for what their task roles are granted (S3 and
 *                  DynamoDB: their free gateway endpoints; SQS, SNS, and the services of custom statements' actions);
 *                  with NAT only the free S3 and DynamoDB gateway endpoints among them. {@code services} are added
 *                  either way. When false exactly {@code services} are created.
 * @param services  endpoints to create (in addition to the derived ones when automatic).
 */
public record Endpoints(boolean derived, Set<EndpointService> services) {

    /**
     * Creates the Endpoints.
     *
     * @param derived   when true, the set follows the network and the workloads: in private subnets without a route
     *     to the internet, every endpoint the tasks need, to start (ECR images: ecr.api, ecr.dkr and the
     *     s3 gateway; awslogs: logs; Secrets Manager secrets or registry credentials: secretsmanager; SSM
     *     parameters: ssm; ECS Exec: ssmmessages) and for what their task roles are granted (S3 and
     *     DynamoDB: their free gateway endpoints; SQS, SNS, and the services of custom statements' actions);
     *     with NAT only the free S3 and DynamoDB gateway endpoints among them. {@code services} are added
     *     either way. When false exactly {@code services} are created.
     * @param services  endpoints to create (in addition to the derived ones when automatic).
     * @throws NullPointerException when a reference component is null
     */
    public Endpoints {
        Objects.requireNonNull(services, "services");
        // In enum order, so that whatever iterates it is deterministic.
        services = services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
    }

    /**
     * The endpoints the network needs: without NAT every endpoint the tasks need (to start and for their grants),
     * with NAT only the free S3 and DynamoDB gateway endpoints. This is the default.
     *
     * @return the automatic choice
     */
    public static Endpoints automatic() {
        return new Endpoints(true, Set.of());
    }

    /**
     * The endpoints the network needs ({@link #automatic()}), and these: e.g. interface endpoints beside NAT, to
     * keep that traffic off NAT.
     *
     * @param extra endpoints to create besides those the network needs
     * @return the choice
     */
    public static Endpoints automaticPlus(EndpointService... extra) {
        return new Endpoints(true, Set.of(extra));
    }

    /**
     * Exactly these endpoints. Without NAT they must include every endpoint the tasks need: validation names any
     * missing one.
     *
     * @param services the endpoints to create
     * @return the choice
     */
    public static Endpoints only(EndpointService... services) {
        return new Endpoints(false, Set.of(services));
    }

    /**
     * No endpoints (the private subnets need a NAT gateway then).
     *
     * @return the choice
     */
    public static Endpoints none() {
        return new Endpoints(false, Set.of());
    }
}
