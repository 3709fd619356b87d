package dev.berth.synth.properties;

import dev.berth.diagnostics.Diagnostics;
import dev.berth.synth.Synthesis;
import dev.berth.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator of valid programs is right: every program it makes is one Berth accepts. */
class GeneratorProperties {

    @Test
    void generatedProgramsHaveNoErrors() {
        Map<String, Integer> statistics = new ConcurrentHashMap<>();
        BerthTheories.check(Programs.valid(), program -> {
            ProgramSpec.Built built = program.build();
            Diagnostics diagnostics = Validator.validate(built.app());
            assertThat(diagnostics.errors()).as("errors of\n%s", built).isEmpty();
            Synthesis synthesis = built.synthesize();
            assertThat(synthesis.diagnostics().errors()).as("planner errors of\n%s", built).isEmpty();
            assertThat(synthesis.succeeded()).isTrue();
            count(statistics, program);
        });
        System.out.println("GeneratorProperties.generatedProgramsHaveNoErrors: what was generated: "
                + new TreeMap<>(statistics));
    }

    /** How big and which network, so that the build log shows what the generator reaches. */
    private static void count(Map<String, Integer> statistics, ProgramSpec program) {
        int services = program.services().size();
        int containers = program.services().stream().mapToInt(x -> x.containers().size()).max().orElse(0);
        statistics.merge("services " + (services <= 3 ? "1-3" : services <= 8 ? "4-8" : services <= 15 ? "9-15"
                : "16-20"), 1, Integer::sum);
        statistics.merge("most containers in a task " + (containers <= 3 ? "1-3" : containers <= 7 ? "4-7"
                : "8-10"), 1, Integer::sum);
        statistics.merge(program.network().existing() ? "existing VPC" : "new VPC, NAT " + program.network().nat(),
                1, Integer::sum);
        // The container and task settings of issue 12: how many programs use each at least once.
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (ProgramSpec.ServiceSpec s : program.services()) {
            if (s.task().volumes() > 0) {
                used.add("with bind volumes");
            }
            if (s.task().ephemeralStorage() > 0) {
                used.add("with ephemeral storage");
            }
            if (s.task().retainLogs()) {
                used.add("with retained log groups");
            }
            if (ProgramSpec.routed(s)) {
                used.add("with a FireLens log router");
            }
            if (s.task().efs() != ProgramSpec.EfsKind.NONE) {
                used.add("with EFS volumes");
            }
            if (program.capacity(s).ec2()) {
                used.add("with EC2 capacity, " + s.capacity());
            }
            for (ProgramSpec.ContainerSpec c : s.containers()) {
                if (c.runtime().environmentFiles() > 0) {
                    used.add("with environment files");
                }
                if (c.runtime().linux() != ProgramSpec.LinuxKind.NONE) {
                    used.add("with Linux parameters");
                }
                if (c.runtime().volumesFromFirst()) {
                    used.add("with volumesFrom");
                }
            }
        }
        used.forEach(u -> statistics.merge(u, 1, Integer::sum));
    }
}
