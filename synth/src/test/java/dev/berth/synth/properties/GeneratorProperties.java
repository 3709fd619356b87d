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
            // host-mode services keep host ports of their own and one task per instance
            assertThat(diagnostics.warnings()).as("host port warnings of\n%s", built)
                    .noneMatch(d -> d.code().equals("HOST_PORT_COLLISION"));
            Synthesis synthesis = built.synthesize();
            assertThat(synthesis.diagnostics().errors()).as("planner errors of\n%s", built).isEmpty();
            assertThat(synthesis.succeeded()).isTrue();
            count(statistics, program);
            deployments(statistics, built.app());
        });
        System.out.println("GeneratorProperties.generatedProgramsHaveNoErrors: what was generated: "
                + new TreeMap<>(statistics));
    }

    /**
     * The deployment strategies the programs use (as the program falls back), CodeDeploy, hooks, alarms, triggers.
     */
    private static void deployments(Map<String, Integer> statistics, dev.berth.Application app) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (dev.berth.service.Service s : app.services()) {
            dev.berth.service.Deployment d = s.deployment();
            used.add("deployment " + (d.controller() == dev.berth.service.DeploymentController.CODE_DEPLOY
                    ? "CODE_DEPLOY" : d.strategy()));
            if (d.controller() == dev.berth.service.DeploymentController.CODE_DEPLOY
                    && d.codeDeploy().testListenerPort() != dev.berth.service.Deployment.NOT_SET) {
                used.add("deployment by CodeDeploy with a test listener");
            }
            if (!d.lifecycleHooks().isEmpty()) {
                used.add("deployment with lifecycle hooks");
            }
            if (d.createsAlarms()) {
                used.add("deployment with Berth's rollback alarms");
            }
            if (!d.rollbackAlarmNames().isEmpty()) {
                used.add("deployment with existing rollback alarms");
            }
            if (d.forceNewDeployment()) {
                used.add("deployment with a redeployment trigger");
            }
        }
        used.forEach(u -> statistics.merge(u, 1, Integer::sum));
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
        if (program.hardened()) {
            used.add("hardened (CONTROL_TOWER)");
        }
        for (ProgramSpec.ServiceSpec s : program.services()) {
            if (s.discovery() != ProgramSpec.DiscoveryMode.NONE) {
                used.add("with DNS discovery " + s.discovery());
            }
        }
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
            // issue 13: where the tasks run (the capacity after the cluster's repair)
            switch (program.capacity(s)) {
                case EC2_PLACED -> used.add("on EC2 with placement strategies and constraints");
                case EC2_DAEMON -> used.add("with an EC2 daemon");
                case MANAGED_INSTANCES -> used.add("on Managed Instances with a GPU");
                case EC2_AWSVPC -> used.add("on EC2 capacity, awsvpc");
                case EC2_BRIDGE -> used.add("on EC2 capacity, bridge behind instance targets");
                case EC2_HOST -> used.add("on EC2 capacity, host with distinctInstance");
                default -> { }
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
        // The event sources of issue 14.
        if (program.events().schedule() != ProgramSpec.ScheduleKind.NONE) {
            used.add("with a scheduled task (" + program.events().schedule() + ")");
        }
        if (program.events().event() != ProgramSpec.EventKind.NONE) {
            used.add("with an event task (" + program.events().event() + ")");
        }
        if (program.events().notifications()) {
            used.add("with task notifications");
        }
        used.forEach(u -> statistics.merge(u, 1, Integer::sum));
    }
}
