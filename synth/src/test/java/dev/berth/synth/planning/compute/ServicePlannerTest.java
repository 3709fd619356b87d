package dev.berth.synth.planning.compute;

import dev.berth.Application;
import dev.berth.service.Service;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.planning.Planner;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan, not the builder, decides the defaults that depend on the rest of a service. */
class ServicePlannerTest {

    private static final Service UNEXPOSED = Service.builder().name("api")
            .task(t -> t.container("app", c -> c.image("nginx:1.27").port(80))).build();

    private static Integer gracePeriod(Service service) {
        Application app = Application.builder("shop").cluster("main", c -> { }).loadBalancer("web", lb -> { })
                .service(service).build();
        return Planner.plan(app).plan().resources().stream()
                .filter(ComputeResources.Service.class::isInstance).map(ComputeResources.Service.class::cast)
                .findFirst().orElseThrow().healthCheckGracePeriodSeconds();
    }

    private static Service exposed(UnaryOperator<Service.Builder> change) {
        return change.apply(UNEXPOSED.toBuilder().expose("web", e -> e.path("/*"))).build();
    }

    @Test
    void aLoadBalancedServiceWithoutAGracePeriodGetsAMinuteAlsoWhenExposedThroughToBuilder() {
        Service direct = Service.builder().name("api").task(UNEXPOSED.task()).expose("web", e -> e.path("/*")).build();

        assertThat(gracePeriod(direct)).isEqualTo(60);
        assertThat(gracePeriod(exposed(b -> b))).isEqualTo(60);
    }

    @Test
    void aGivenGracePeriodIsKeptOnALoadBalancedService() {
        assertThat(gracePeriod(exposed(b -> b.healthCheckGracePeriodSeconds(0)))).isZero();
        assertThat(gracePeriod(exposed(b -> b.healthCheckGracePeriodSeconds(30)))).isEqualTo(30);
    }

    @Test
    void aServiceWithoutLoadBalancerHasNone() {
        assertThat(gracePeriod(UNEXPOSED)).as("null: left out, ECS rejects a grace period without load balancer")
                .isNull();
    }
}
