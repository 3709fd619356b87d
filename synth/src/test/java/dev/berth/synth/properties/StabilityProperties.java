package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.properties.ProgramSpec.ServiceSpec;
import dev.berth.synth.terraform.TerraformRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property 4: adding one service to a program, or removing one, changes no logical ID, no Terraform address and no
 * property of any resource that does not belong to that service.
 *
 * <p>A resource belongs to a service when the service's name is one of the parts of its plan name: the service,
 * its task definition, roles and policies, log groups, security group and its rules, target group, listener rule,
 * scaling target and policies, and the load balancer security group's egress rule to its tasks
 * ({@code (SECURITY_GROUP_EGRESS, [<lb>, alb, to, <service>])}, a new resource, not a change to the group).
 *
 * <p>The only shared resources the change may add or remove are named in {@link #SHARED_ADDITIONS}: the VPC endpoints
 * derived from what the workloads need, and the endpoint security group with its one ingress rule, which exist only
 * while at least one interface endpoint does, and the hardened profile's KMS key of the log groups, which exists only
 * while a log group Berth declares uses it. No existing resource may change, with one named exception: the
 * listener rule of a service whose derived priority collided with another's, which Berth reports with the warning
 * {@code LISTENER_RULE_PRIORITY_SHARED} (the user pins it with an explicit priority).
 */
class StabilityProperties {

    /** Shared resources a service may bring along (or take away), by kind and first name part. */
    static boolean isSharedAddition(ResourceId id) {
        return id.kind() == NetworkResources.VpcEndpoint.class
                || (id.kind() == NetworkResources.SecurityGroup.class && id.name().equals(List.of("endpoints")))
                || (id.kind() == NetworkResources.SecurityGroupIngress.class && id.name().get(0).equals("endpoints"))
                // under the hardened profile, the logs' KMS key exists while some declared log group uses it
                || id.equals(dev.berth.synth.planning.security.LogKeyPlanner.KEY);
    }

    static final String SHARED_ADDITIONS = "VPC endpoints; security group 'endpoints' and its HTTPS ingress rule;"
            + " the hardened profile's log key";

    @Test
    void addingAServiceChangesNothingElse() {
        BerthTheories.check(Programs.validWithExtraService(),
                input -> compare(input.program(), input.larger(), input.extra().name(), input.toString()));
    }

    /**
     * The smallest counterexample the property found in issue 3, kept as a regression test: two host-only rules on one
     * load balancer. Priorities were then derived as a band by specificity plus CRC32 % 100 of the service name, and
     * 'admin' and 'billing' both ended in 26, so adding 'admin' (which sorts first) moved 'billing' to the next
     * number. Today ({@code ListenerRulePriorities}) a derived priority is 1 + band * 1,000 + CRC32 % 1,000 of the
     * name, in 50 bands of 1,000 by specificity (host-only rules are in band 24): 'admin' gets 24327 and 'billing'
     * 24827, so adding 'admin' changes nothing of 'billing'. Should two derived numbers still collide, the later name
     * takes the next free number and Berth warns ({@code LISTENER_RULE_PRIORITY_SHARED}), the one change
     * {@link #compare} allows.
     */
    @Test
    void addingAdminDoesNotRenumberBilling() {
        ProgramSpec program = new ProgramSpec(
                new ProgramSpec.NetworkSpec(false, 0, 16, 2, dev.berth.network.NatGateways.NONE, 0, 0, true, false, true, Set.of()),
                ProgramSpec.EndpointMode.AUTOMATIC, Set.of(),
                List.of(new ProgramSpec.ClusterSpec(dev.berth.compute.ContainerInsights.DISABLED,
                        ProgramSpec.Capacity.DEFAULT)),
                List.of(new ProgramSpec.LoadBalancerSpec(true, true, false, 60)),
                List.of(hostOnly("billing")), 0, dev.berth.synth.cloudformation.StackLayout.AUTOMATIC);
        List<ServiceSpec> more = new ArrayList<>(program.services());
        more.add(hostOnly("admin"));
        compare(program, program.withServices(more), "admin",
                "program:\n" + program + "\nwith service 'admin' added");
    }

    private static ServiceSpec hostOnly(String name) {
        ProgramSpec.ContainerSpec container = new ProgramSpec.ContainerSpec(ProgramSpec.ImageKind.ECR_TAG, false, 0,
                false, false, 0, List.of(), ProgramSpec.LogKind.DEFAULT, 0, false, false, true, false, false, false);
        return new ServiceSpec(name, 0, true, 0, false, List.of(container), 2, ProgramSpec.Placement.PRIVATE,
                ProgramSpec.Capacity.DEFAULT,
                new ProgramSpec.ExposureSpec(true, 0, false, true, false, false, false, 0),
                new ProgramSpec.ScalingSpec(false, 1, 1, 0, 0, 0), false, List.of(), false, List.of());
    }

    /**
     * Every example is a program of at least two services and one of them to remove (a program needs a service, so
     * removing the only one is not a change of one service): the generator makes only cases that apply.
     */
    @Test
    void removingAServiceChangesNothingElse() {
        BerthTheories.check(Programs.validWithServiceToRemove(),
                input -> compare(input.smaller(), input.program(), input.removed().name(), input.toString()));
    }

    /** {@code context} says which two programs these are (and prints them) in a failure. */
    private static void compare(ProgramSpec smallerSpec, ProgramSpec largerSpec, String service, String context) {
        Synthesized smaller = Synthesized.of(smallerSpec);
        Synthesized larger = Synthesized.of(largerSpec);
        Set<String> warnedRules = new java.util.HashSet<>();
        for (Synthesized s : List.of(smaller, larger)) {
            s.synthesis().diagnostics().warnings().stream()
                    .filter(d -> d.code().equals("LISTENER_RULE_PRIORITY_SHARED"))
                    .forEach(d -> warnedRules.add(d.path().substring("service[".length(), d.path().indexOf(']'))));
        }
        check("CloudFormation resource", smaller.cfnByLogicalId(), larger.cfnByLogicalId(), larger,
                CloudFormationRenderer::logicalId, service, warnedRules, context);
        check("Terraform resource", smaller.tfByAddress(), larger.tfByAddress(), larger,
                TerraformRenderer::address, service, warnedRules, context);
    }

    private static void check(String what, Map<String, JsonNode> smaller, Map<String, JsonNode> larger,
                              Synthesized largerProgram, Function<ResourceId, String> key, String service,
                              Set<String> warnedRules, String context) {
        Map<String, ResourceId> ids = new java.util.HashMap<>();
        for (PlannedResource r : largerProgram.plan().resources()) {
            ids.put(key.apply(r.id()), r.id());
            if (what.startsWith("Terraform")) {
                // a Terraform companion (a scheduled action beside its scalable target) belongs to its resource
                dev.berth.synth.rendering.Renderings.of(r).terraformCompanionsOf(r).forEach(c -> ids.put(c.type()
                        + "." + dev.berth.synth.plan.Names.snake(c.name(r.id().name())), r.id()));
            }
        }
        List<String> problems = new ArrayList<>();
        smaller.forEach((name, body) -> {
            JsonNode after = larger.get(name);
            ResourceId id = ids.get(name);
            boolean warnedRule = id != null && id.kind() == LoadBalancingResources.ListenerRule.class
                    && warnedRules.contains(id.name().get(0));
            if (after == null) {
                problems.add(what + " " + name + " disappeared");
            } else if (!after.equals(body) && !warnedRule) {
                problems.add(what + " " + name + " changed from\n    " + body + "\n to\n    " + after);
            }
        });
        larger.keySet().stream().filter(name -> !smaller.containsKey(name)).forEach(name -> {
            ResourceId id = ids.get(name);
            if (id == null || !(id.name().contains(service) || isSharedAddition(id))) {
                problems.add(what + " " + name + " (" + id + ") appeared but belongs neither to '" + service
                        + "' nor to the shared additions (" + SHARED_ADDITIONS + ")");
            }
        });
        assertThat(problems).as("%s", context).isEmpty();
    }
}
