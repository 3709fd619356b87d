package dev.berth.synth.plan.deployment;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.Map;

/** The planned resources of safe deployments: the CloudWatch alarms that roll an ECS deployment back. */
public final class DeploymentResources {

    private DeploymentResources() {
    }

    /**
     * A CloudWatch metric alarm an ECS deployment watches ({@code DeploymentConfiguration.Alarms}); it has no actions
     * of its own: ECS reads its state during the deployment and its bake time.
     *
     * @param name               the alarm's name where a target needs one (Terraform); CloudFormation names it
     *                           itself (AlarmName is create-only, and a generated name never collides)
     * @param namespace          e.g. {@code AWS/ApplicationELB}
     * @param dimensions         name to value, in order
     * @param comparisonOperator e.g. {@code GreaterThanOrEqualToThreshold}
     * @param treatMissingData   {@code notBreaching}: no requests is no error
     */
    public record RollbackAlarm(ResourceId id, String name, String description, String namespace, String metricName,
                                String statistic, Map<String, Value> dimensions, int periodSeconds,
                                int evaluationPeriods, int threshold, String comparisonOperator,
                                String treatMissingData, Map<String, String> tags) implements PlannedResource {
        public RollbackAlarm {
            dimensions = Immutable.map(dimensions);
            tags = Immutable.map(tags);
        }
    }
}
