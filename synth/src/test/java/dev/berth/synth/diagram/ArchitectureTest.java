package dev.berth.synth.diagram;

import dev.berth.Application;
import dev.berth.iam.Grant;
import dev.berth.network.Egress;
import dev.berth.network.NatGateways;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture diagram drawn from a plan: what it shows, how it stays readable, and that it is stable. */
class ArchitectureTest {

    /**
     * Two services (one named like Mermaid's keyword {@code end}) behind an internet-facing load balancer, a path
     * pattern with every special character ALB allows, egress between them and to a database outside the program,
     * and a queue one sends to and the other consumes.
     */
    private static Application program() {
        String registry = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
        return Application.builder("scale")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.SINGLE))
                .cluster("main", c -> { })
                .loadBalancer("edge-0", l -> { })
                .queue("jobs", q -> q.maxReceiveCount(3))
                .service("end", s -> s
                        .task(t -> t.cpu(256).memory(512)
                                .container("app", c -> c.image(registry + "/scale/end:1.0.0").port(8080))
                                .grant(Grant.sendToQueue("jobs")))
                        .expose("edge-0", e -> e.path("/q\"&'@$~:+/*").path("/end/*"))
                        .egressTo(Egress.toService("svc-0001", 8080))
                        .egressTo(Egress.toSecurityGroup("sg-0123456789abcdef0", 5432)))
                .service("svc-0001", s -> s
                        .task(t -> t.cpu(256).memory(512)
                                .container("app", c -> c.image(registry + "/scale/svc:1.0.0").port(8080))
                                .grant(Grant.consumeQueue("jobs"))))
                .build();
    }

    private static Plan plan(Application app) {
        Synthesis s = Synthesizer.synthesize(app);
        assertThat(s.diagnostics().errors()).isEmpty();
        return s.plan().orElseThrow();
    }

    @Test
    void drawsTheNetworkTheLoadBalancerTheServicesTheirRolesQueuesAndEgress() {
        Architecture architecture = Architecture.of(plan(program()));
        String chart = Mermaid.flowchart(architecture.diagram());

        assertThat(architecture.summarised()).isFalse();
        assertThat(chart).startsWith("flowchart LR\n")
                .contains("internet((\"Internet\"))")
                .contains("subgraph vpc[\"VPC scale<br>10.0.0.0/16\"]")
                .contains("subgraph az_1[\"availability zone 1\"]", "subgraph az_2[\"availability zone 2\"]")
                .contains("subnet_public__a[\"public subnet<br>10.0.192.0/20\"]", "subnet_private__b[\"private subnet<br>")
                .contains("nat_a{{\"NAT gateway\"}}", "nat_a -->|\"egress\"| igw_scale")
                .contains("endpoints_vpc[\"VPC endpoints<br>")
                .contains("subgraph lb_edge_0[\"load balancer edge-0<br>internet-facing, in public subnets\"]")
                .contains("listener_edge_0__http[\"HTTP :80<br>else 404\"]")
                .contains("internet --> igw_scale", "igw_scale --> listener_edge_0__http")
                .contains("subgraph cluster_main[\"ECS cluster main\"]")
                .contains("svc_end(\"service end<br>", "svc_svc_0001(\"service svc-0001<br>")
                .contains("tg_end -->|\"app:8080\"| svc_end")
                .contains("roles_end[\"roles of end<br>task role end-task<br>execution role end-execution\"]")
                .contains("svc_end -.-> roles_end", "svc_svc_0001 -.-> roles_svc_0001")
                .contains("subgraph sqs[\"SQS queues\"]", "queue_jobs[(\"queue scale-jobs\")]")
                .contains("svc_end -->|\"sends\"| queue_jobs", "svc_svc_0001 -->|\"consumes\"| queue_jobs")
                .contains("queue_jobs -.->|\"after 3 receives\"| queue_jobs_dlq")
                .contains("svc_end -->|\"tcp 8080\"| svc_svc_0001")
                .contains("sg_sg_0123456789abcdef0[/\"security group<br>sg-0123456789abcdef0\"/]")
                .contains("svc_end -->|\"tcp 5432\"| sg_sg_0123456789abcdef0");
        // the rule's label, with the characters Mermaid would read as syntax written as entities
        assertThat(chart).containsPattern("listener_edge_0__http -->\\|\"path /q#quot;#38;'@\\$~:\\+/\\* or "
                + "/[^\"]*<br>priority \\d+\"\\| tg_end");
    }

    @Test
    void drawsTheQueueThatScalesAWorkerAndTheAlarmsOfStepPolicies() {
        dev.berth.scaling.Metric pending = dev.berth.scaling.Metric.of("Shop/Orders", "Pending");
        Application app = Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.SINGLE))
                .cluster("main", c -> { })
                .queue("jobs", q -> { })
                .service("worker", s -> s.task(t -> t.container("worker", c -> c
                                .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/worker:2.0.0")))
                        .desiredCount(0)
                        .autoScaling(a -> a.minCapacity(0).maxCapacity(20)
                                .queueBacklog("jobs", java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(2))
                                .policy(dev.berth.scaling.ScalingPolicy.stepScaling("burst", pending,
                                        dev.berth.scaling.Comparison.GREATER_THAN, 500,
                                        dev.berth.scaling.StepAdjustment.from(0, 5)))))
                .build();
        String chart = Mermaid.flowchart(Architecture.of(plan(app)).diagram());

        assertThat(chart).contains("subgraph alarms[\"CloudWatch alarms\"]",
                "alarm_worker__burst[\"alarm shop-worker-burst<br>Pending #62; 500\"]",
                "alarm_worker__backlog_from_zero[\"alarm shop-worker-backlog-from-zero<br>Messages waiting with no"
                        + " task running #62; 0\"]",
                "alarm_worker__burst -.->|\"step scaling\"| svc_worker",
                "queue_jobs -.->|\"backlog per task 30\"| svc_worker",
                "svc_worker -->|\"consumes\"| queue_jobs");
    }

    @Test
    void everyStatementIsWellFormed() {
        String chart = Mermaid.flowchart(Architecture.of(plan(program())).diagram());
        String label = "\"(?:[^\"|`<>&#]|<br>|#\\w+;)*\"";
        String id = "[a-z][a-z0-9_]*";
        Pattern statement = Pattern.compile("flowchart LR|end|subgraph " + id + "\\[" + label + "]"
                + "|" + id + "(\\[" + label + "]|\\(" + label + "\\)|\\(\\(" + label + "\\)\\)|\\[\\(" + label
                + "\\)]|\\{\\{" + label + "}}|\\[/" + label + "/])"
                + "|" + id + " (-->|-\\.->)(\\|" + label + "\\|)? " + id);
        for (String line : chart.split("\n")) {
            assertThat(statement.matcher(line.strip()).matches()).as(line).isTrue();
        }
        long opened = chart.lines().filter(l -> l.strip().startsWith("subgraph ")).count();
        long closed = chart.lines().filter(l -> l.strip().equals("end")).count();
        assertThat(closed).isEqualTo(opened);
    }

    /**
     * The diagrams of these tests, written to {@code target/diagrams/*.mmd} for a check with Mermaid's own parser
     * (Mermaid is JavaScript; see the Javadoc of {@link Mermaid}).
     */
    @Test
    void writesTheDiagramsForAParserCheck() throws IOException {
        Path folder = Path.of("target", "diagrams");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("two-services.mmd"), Mermaid.flowchart(Architecture.of(plan(program()))
                .diagram()));
        Files.writeString(folder.resolve("twenty-services.mmd"), Mermaid.flowchart(Architecture.of(
                plan(ScalePrograms.withServices(20))).diagram()));
        assertThat(folder.resolve("two-services.mmd")).isRegularFile();
    }

    @Test
    void theDiagramIsDeterministic() {
        assertThat(Mermaid.flowchart(Architecture.of(plan(program())).diagram()))
                .isEqualTo(Mermaid.flowchart(Architecture.of(plan(program())).diagram()));
    }

    @Test
    void beyondTheCapServicesAreCountedPerClusterNotDrawn() {
        Architecture architecture = Architecture.of(plan(ScalePrograms.withServices(20)));
        String chart = Mermaid.flowchart(architecture.diagram());

        assertThat(architecture.services()).isEqualTo(20);
        assertThat(architecture.servicesShown()).isEqualTo(Architecture.MAX_SERVICES);
        assertThat(chart).contains("svc_svc_0011(").doesNotContain("svc_svc_0012", "tg_svc_0012", "roles_svc_0012");
        Matcher more = Pattern.compile("\"(\\d+) more services?<br>\\(not drawn\\)\"").matcher(chart);
        int counted = 0;
        while (more.find()) {
            counted += Integer.parseInt(more.group(1));
        }
        assertThat(counted).isEqualTo(20 - Architecture.MAX_SERVICES);
    }

    @Test
    void anExistingVpcShowsItsIdAndTheSubnetsTheProgramUses() {
        Application app = ScalePrograms.withServices(2).toBuilder()
                .existingVpc(v -> v.vpcId("vpc-0a1b2c3d4e5f60718").cidr("10.40.0.0/16")
                        .publicSubnetIds("subnet-0123456789abcdef0", "subnet-0fedcba9876543210")
                        .privateSubnetIds("subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88")
                        .privateRouteTableIds("rtb-0123456789abcdef0", "rtb-0fedcba9876543210")
                        .privateSubnetsReachInternet(true))
                .build();
        String chart = Mermaid.flowchart(Architecture.of(plan(app)).diagram());

        assertThat(chart).contains("subgraph vpc[\"existing VPC<br>vpc-0a1b2c3d4e5f60718\"]")
                .contains("subnets_existing[\"subnets<br>subnet-0aa11bb22cc33dd44<br>subnet-0ee55ff66aa77bb88<br>"
                        + "subnet-0123456789abcdef0<br>subnet-0fedcba9876543210\"]")
                .contains("internet -->")
                .doesNotContain("igw_", "az_", "in subnets");
    }
}
