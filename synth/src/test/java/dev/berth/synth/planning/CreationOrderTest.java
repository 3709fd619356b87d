package dev.berth.synth.planning;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.CreationOrder;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.Cluster;
import dev.berth.synth.plan.compute.ComputeResources.ClusterCapacityProviders;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Forward;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.ListenerRule;
import dev.berth.synth.plan.network.NetworkResources.GatewayAttachment;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reference walker and the rule "decided order minus what references imply". */
class CreationOrderTest {

    private static final ResourceId VPC = ResourceId.of(Vpc.class, "main");
    private static final ResourceId IGW = ResourceId.of(InternetGateway.class, "main");
    private static final ResourceId ATTACHMENT = ResourceId.of(GatewayAttachment.class, "main");
    private static final ResourceId CLUSTER = ResourceId.of(Cluster.class, "main");
    private static final ResourceId PROVIDERS = ResourceId.of(ClusterCapacityProviders.class, "main");
    private static final ResourceId TARGET = ResourceId.of(ScalableTarget.class, "api");
    private static final ResourceId POLICY = ResourceId.of(ScalingPolicy.class, "api", "cpu");

    private static final List<PlannedResource> RESOURCES = List.of(
            new Vpc(VPC, "10.0.0.0/16", true, true, Map.of()),
            new InternetGateway(IGW, Map.of()),
            new GatewayAttachment(ATTACHMENT, VPC.attr(Attr.ID), IGW.attr(Attr.ID)),
            new Cluster(CLUSTER, "main", false, "enabled", Map.of()),
            new ClusterCapacityProviders(PROVIDERS, CLUSTER.attr(Attr.NAME), List.of("FARGATE"), List.of()),
            new ScalableTarget(TARGET, Value.concat("service/", CLUSTER.attr(Attr.NAME), "/api"),
                    "ecs:service:DesiredCount", "ecs", 1, 2),
            new ScalingPolicy(POLICY, "cpu", "TargetTrackingScaling", TARGET, "ECSServiceAverageCPUUtilization", 50,
                    60, 60, null));

    @Test
    void theWalkerFindsReferencesInValuesConcatenationsNestedRecordsAndResourceIds() {
        assertThat(References.of(RESOURCES.get(2))).containsExactly(VPC, IGW);
        assertThat(References.of(RESOURCES.get(5))).as("inside a concatenation").containsExactly(CLUSTER);
        assertThat(References.of(RESOURCES.get(6))).as("a resource ID other than its own").containsExactly(TARGET);
        ListenerRule rule = new ListenerRule(ResourceId.of(ListenerRule.class, "api"), Value.literal("arn:listener"),
                10, List.of("/*"), List.of(), java.util.Map.of(), List.of(), java.util.Map.of(), List.of(),
                new Forward(CLUSTER.attr(Attr.ARN)));
        assertThat(References.of(rule)).as("inside a nested record").containsExactly(CLUSTER);
        assertThat(References.of(RESOURCES.get(0))).as("never its own ID").isEmpty();
    }

    @Test
    void whatAReferenceImpliesDirectlyOrThroughAChainIsNotStated() {
        CreationOrder order = CreationOrders.of(RESOURCES, Map.of(
                POLICY, List.of(CLUSTER, TARGET, PROVIDERS),
                ATTACHMENT, List.of(CLUSTER)));

        // the policy names the target, which names the cluster; nothing names the providers
        assertThat(order.waitsFor(POLICY)).containsExactly(CLUSTER, PROVIDERS, TARGET);
        assertThat(order.dependsOn(POLICY)).containsExactly(PROVIDERS);
        assertThat(order.dependsOn(ATTACHMENT)).containsExactly(CLUSTER);
        assertThat(order.dependsOn(VPC)).isEmpty();
    }

    @Test
    void anEdgeToAResourceOutsideThePlanOrToItselfIsAPlannerBug() {
        ResourceId ghost = ResourceId.of(Vpc.class, "ghost");
        assertThatThrownBy(() -> CreationOrders.of(RESOURCES, Map.of(POLICY, List.of(ghost))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Vpc/ghost");
        assertThatThrownBy(() -> CreationOrders.of(RESOURCES, Map.of(POLICY, List.of(POLICY))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("itself");
    }

    @Test
    void theRulesAddNothingWhereNoRuleApplies() {
        CreationOrder order = CreationOrders.decide(RESOURCES);
        assertThat(order.dependsOn(ATTACHMENT)).isEmpty();
        assertThat(order.waitsFor(TARGET)).isEmpty();
    }
}
