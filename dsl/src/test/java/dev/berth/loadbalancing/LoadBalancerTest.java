package dev.berth.loadbalancing;

import dev.berth.network.SubnetSelection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadBalancerTest {

    @Test
    void withoutSubnetsItIsPlacedByItsSchemeAlsoAfterToBuilder() {
        LoadBalancer web = LoadBalancer.builder().name("web").build();
        LoadBalancer madeInternal = web.toBuilder().internal().build();

        assertThat(web.subnets()).isEqualTo(SubnetSelection.defaultSubnets());
        assertThat(web.effectiveSubnets()).isEqualTo(SubnetSelection.publicSubnets());
        assertThat(madeInternal.effectiveSubnets()).isEqualTo(SubnetSelection.privateSubnets());
        assertThat(madeInternal).isEqualTo(LoadBalancer.builder().name("web").internal().build());
    }

    @Test
    void givenSubnetsAreKeptWhateverTheScheme() {
        LoadBalancer lb = LoadBalancer.builder().name("web").subnets(SubnetSelection.privateSubnets()).build();

        assertThat(lb.effectiveSubnets()).isEqualTo(SubnetSelection.privateSubnets());
        assertThat(lb.toBuilder().internal().build().effectiveSubnets()).isEqualTo(SubnetSelection.privateSubnets());
    }

    @Test
    void theAccessLogPrefixDefaultsToTheCurrentName() {
        LoadBalancer lb = LoadBalancer.builder().name("web").accessLogs("shop-alb-logs").build();

        assertThat(lb.accessLogsPrefix()).isEmpty();
        assertThat(lb.effectiveAccessLogsPrefix()).isEqualTo("web");
        assertThat(lb.toBuilder().name("public").build().effectiveAccessLogsPrefix()).isEqualTo("public");
        assertThat(lb.toBuilder().accessLogs("shop-alb-logs", "alb").build().effectiveAccessLogsPrefix())
                .isEqualTo("alb");
    }
}
