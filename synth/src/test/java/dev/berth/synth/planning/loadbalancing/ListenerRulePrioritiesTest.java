package dev.berth.synth.planning.loadbalancing;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ListenerRulePrioritiesTest {

    private static Application program(Consumer<Application.Builder> services) {
        Application.Builder app = Application.builder("shop").cluster("main", c -> { })
                .loadBalancer("web", lb -> { });
        services.accept(app);
        return app.build();
    }

    private static void exposed(Application.Builder app, String name, Consumer<dev.berth.loadbalancing.Exposure.Builder> rule) {
        app.service(name, s -> s.task(t -> t.container("app", c -> c.image("nginx:1.27").port(80)))
                .expose("web", rule));
    }

    @Test
    void moreSpecificRulesComeFirst() {
        var priorities = ListenerRulePriorities.assign(program(app -> {
            exposed(app, "catch-all", e -> e.path("/*"));
            exposed(app, "api", e -> e.path("/api/*"));
            exposed(app, "api-v2", e -> e.path("/api/v2/*"));
            exposed(app, "admin", e -> e.host("admin.example.com"));
        }));

        assertThat(priorities.of("admin")).isLessThan(priorities.of("api-v2"));
        assertThat(priorities.of("api-v2")).isLessThan(priorities.of("api"));
        assertThat(priorities.of("api")).isLessThan(priorities.of("catch-all"));
        assertThat(priorities.priorities().values()).allSatisfy(p -> assertThat(p).isBetween(1, 50_000));
    }

    @Test
    void aPriorityDependsOnlyOnItsOwnRule() {
        var alone = ListenerRulePriorities.assign(program(app -> exposed(app, "api", e -> e.path("/api/*"))));
        var withOthers = ListenerRulePriorities.assign(program(app -> {
            exposed(app, "api", e -> e.path("/api/*"));
            exposed(app, "web", e -> e.path("/*"));
            exposed(app, "docs", e -> e.path("/docs/*"));
        }));

        assertThat(withOthers.of("api")).isEqualTo(alone.of("api"));
    }

    @Test
    void anExplicitPriorityIsKeptAndADerivedCollisionIsReported() {
        int derived = ListenerRulePriorities.derived("api",
                dev.berth.loadbalancing.Exposure.builder().loadBalancer("web").path("/api/*").build());
        Application app = program(a -> {
            exposed(a, "api", e -> e.path("/api/*"));
            exposed(a, "pinned", e -> e.path("/pinned/*").priority(derived));
        });

        var priorities = ListenerRulePriorities.assign(app);

        assertThat(priorities.of("pinned")).isEqualTo(derived);
        assertThat(priorities.of("api")).isEqualTo(derived + 1);
        assertThat(priorities.shared().all()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LISTENER_RULE_PRIORITY_SHARED",
                        "service[api].exposure[0].priority"));
    }
}
