package dev.berth.network;

import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.SecretSource;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The AWS services a service's tasks must reach to start and run, and so the VPC endpoints that private subnets
 * without a NAT gateway need for it.
 */
public final class EndpointNeeds {

    private EndpointNeeds() {
    }

    /**
     * ECR images: ecr.api (auth token), ecr.dkr (manifests) and s3 (layers); awslogs: logs; Secrets Manager secrets
     * or registry credentials: secretsmanager; SSM parameters: ssm; ECS Exec: ssmmessages.
     */
    public static Set<EndpointService> of(Service service) {
        EnumSet<EndpointService> needs = EnumSet.noneOf(EndpointService.class);
        for (Container c : service.task().containers()) {
            if (c.image().isPrivateEcr()) {
                needs.addAll(Set.of(EndpointService.ECR_API, EndpointService.ECR_DKR, EndpointService.S3));
            }
            if (c.logging().awslogs()) {
                needs.add(EndpointService.LOGS);
            }
            if (!c.repositoryCredentialsArn().isEmpty()) {
                needs.add(EndpointService.SECRETSMANAGER);
            }
            c.secrets().forEach(s -> needs.add(s.source() == SecretSource.SSM_PARAMETER
                    ? EndpointService.SSM : EndpointService.SECRETSMANAGER));
        }
        if (service.enableExecuteCommand()) {
            needs.add(EndpointService.SSMMESSAGES);
        }
        return Collections.unmodifiableSet(needs);
    }
}
