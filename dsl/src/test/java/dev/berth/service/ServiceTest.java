package dev.berth.service;

import dev.berth.network.SubnetSelection;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTest {

    @Test
    void theGracePeriodStaysNotSetUntilTheProgramGivesOne() {
        Service exposed = Service.builder().name("api").expose("web", e -> e.path("/")).build();
        Service exposedLater = Service.builder().name("api").build().toBuilder().expose("web", e -> e.path("/"))
                .build();

        assertThat(exposed.healthCheckGracePeriodSeconds()).isEqualTo(Service.NOT_SET);
        assertThat(exposed.healthCheckGracePeriod()).isEmpty();
        assertThat(exposedLater).isEqualTo(exposed);
    }

    @Test
    void aGivenGracePeriodIsKeptAndNotSetUnsetsIt() {
        Service zero = Service.builder().name("api").healthCheckGracePeriodSeconds(0).build();

        assertThat(zero.healthCheckGracePeriod()).isEqualTo(OptionalInt.of(0));
        assertThat(zero.toBuilder().healthCheckGracePeriodSeconds(Service.NOT_SET).build().healthCheckGracePeriod())
                .isEmpty();
    }

    @Test
    void theDefaultSubnetSelectionOfAServiceIsItsPrivateSubnets() {
        Service service = Service.builder().name("api").subnets(SubnetSelection.defaultSubnets()).build();

        assertThat(service.subnets()).isEqualTo(SubnetSelection.privateSubnets());
    }
}
