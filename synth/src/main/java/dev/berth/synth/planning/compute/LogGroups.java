package dev.berth.synth.planning.compute;

import dev.berth.RemovalPolicy;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.planning.PlanBuilder;

import java.util.Map;
import java.util.TreeMap;

/** The log groups Berth declares: the containers' and the VPC flow logs'. */
public final class LogGroups {

    private LogGroups() {
    }

    /**
     * A declared log group. A retained one is kept when the stack is deleted, so its name is unique to each creation
     * (see {@link ComputeResources.LogGroup#retained()}): creating the stack again must not fail on the kept group's
     * name. Its readable name goes into its {@code Name} tag, where the console shows it.
     *
     * @param kmsKeyArn the key's ARN, or empty for none
     */
    public static ComputeResources.LogGroup logGroup(ResourceId id, String name, int retentionDays, String kmsKeyArn,
                                                     RemovalPolicy removal, PlanBuilder plan) {
        boolean retained = removal == RemovalPolicy.RETAIN;
        Map<String, String> tags = plan.tags();
        if (retained) {
            Map<String, String> named = new TreeMap<>(tags);
            named.putIfAbsent("Name", name);
            tags = named;
        }
        return new ComputeResources.LogGroup(id, name, retentionDays, kmsKeyArn.isEmpty() ? null : kmsKeyArn,
                retained, tags);
    }
}
