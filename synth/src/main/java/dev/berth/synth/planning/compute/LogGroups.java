package dev.berth.synth.planning.compute;

import dev.berth.RemovalPolicy;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.security.LogKeyPlanner;

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
     * Under a hardening profile a group without a key of the program's is encrypted with the key Berth creates for
     * log groups ({@link LogKeyPlanner}), and a retention left unset is the profile's.
     *
     * @param retentionDays the retention the program set; 0 when it set none
     * @param defaultDays   the retention without a profile when the program set none
     * @param kmsKeyArn     the key's ARN, or empty for none
     */
    public static ComputeResources.LogGroup logGroup(ResourceId id, String name, int retentionDays, int defaultDays,
                                                     String kmsKeyArn, RemovalPolicy removal, PlanBuilder plan) {
        boolean retained = removal == RemovalPolicy.RETAIN;
        Map<String, String> tags = plan.tags();
        if (retained) {
            Map<String, String> named = new TreeMap<>(tags);
            named.putIfAbsent("Name", name);
            tags = named;
        }
        Value key = !kmsKeyArn.isEmpty() ? Value.literal(kmsKeyArn)
                : plan.hardening().hardened() ? LogKeyPlanner.KEY.attr(Attr.ARN) : null;
        return new ComputeResources.LogGroup(id, name, plan.hardening().retentionDays(retentionDays, defaultDays), key,
                retained, tags);
    }
}
