package dev.berth.synth.plan;

import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The creation order as a value: what planning decided, copied, and consistent (it states only what it waits for). */
class CreationOrderValueTest {

    private static final ResourceId VPC = ResourceId.of(Vpc.class, "main");
    private static final ResourceId IGW = ResourceId.of(InternetGateway.class, "main");

    @Test
    void itKeepsACopyOfWhatWasDecided() {
        List<ResourceId> first = new ArrayList<>(List.of(VPC));
        CreationOrder order = CreationOrder.of(Map.of(IGW, first), Map.of(IGW, first));
        first.clear();
        assertThat(order.waitsFor(IGW)).containsExactly(VPC);
        assertThat(order.dependsOn(IGW)).containsExactly(VPC);
        assertThat(order.waitsFor(VPC)).isEmpty();
        assertThat(CreationOrder.NONE.dependsOn(IGW)).isEmpty();
    }

    @Test
    void aResourceCannotDependOnWhatItDoesNotWaitFor() {
        assertThatThrownBy(() -> CreationOrder.of(Map.of(), Map.of(IGW, List.of(VPC))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depends on");
    }
}
