package dev.berth.examples;

import dev.berth.synth.Berth;
import dev.berth.synth.Program;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bundled examples, one per architecture, and the command line over them ({@code java -jar berth-examples.jar}). */
public final class BerthExamples {

    private BerthExamples() {
    }

    /** Example name (the output folder) to program. */
    public static Map<String, Program> all() {
        Map<String, Program> examples = new LinkedHashMap<>();
        examples.put("fargate-web-app", Program.of(FargateWebApp::program));
        examples.put("internal-workers", Program.of(InternalWorkers::program)
                .withCloudFormation(InternalWorkers.cloudFormation()));
        examples.put("hardened-platform", Program.of(HardenedPlatform::program));
        examples.put("event-driven", Program.of(EventDriven::program));
        examples.put("ec2-platform", Program.of(Ec2Platform::program));
        return examples;
    }

    public static void main(String[] args) {
        Berth.run(args, all());
    }
}
