package dev.berth.examples;

import dev.berth.Application;
import dev.berth.synth.cli.BerthCli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The bundled examples, one per architecture, and the command line over them ({@code java -jar berth-examples.jar}). */
public final class BerthExamples {

    private BerthExamples() {
    }

    /** Example name (the output folder) to program. */
    public static Map<String, Supplier<Application>> all() {
        Map<String, Supplier<Application>> examples = new LinkedHashMap<>();
        examples.put("fargate-web-app", FargateWebApp::program);
        examples.put("internal-workers", InternalWorkers::program);
        return examples;
    }

    public static void main(String[] args) {
        System.exit(BerthCli.run(all(), args));
    }
}
