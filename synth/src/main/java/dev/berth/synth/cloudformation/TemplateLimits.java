package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.output.Json;

import java.util.ArrayList;
import java.util.List;

/** CloudFormation's quotas on one template (they are not adjustable). */
public final class TemplateLimits {

    public static final int MAX_RESOURCES = 500;
    public static final int MAX_OUTPUTS = 200;
    public static final int MAX_PARAMETERS = 200;
    /** For a template uploaded to S3; an inline template may have 51,200 bytes. */
    public static final int MAX_BYTES = 1_000_000;

    private TemplateLimits() {
    }

    /** What the template exceeds; empty when it fits. */
    public static List<String> problems(JsonNode template) {
        List<String> problems = new ArrayList<>();
        check(problems, template.path("Resources").size(), MAX_RESOURCES, "resources");
        check(problems, template.path("Outputs").size(), MAX_OUTPUTS, "outputs");
        check(problems, template.path("Parameters").size(), MAX_PARAMETERS, "parameters");
        check(problems, Json.compactSize(template), MAX_BYTES, "bytes");
        return problems;
    }

    /** The largest share of a limit the template uses, 0.0 to 1.0 and beyond. */
    public static double usage(JsonNode template) {
        return Math.max(Math.max((double) template.path("Resources").size() / MAX_RESOURCES,
                        (double) template.path("Outputs").size() / MAX_OUTPUTS),
                Math.max((double) template.path("Parameters").size() / MAX_PARAMETERS,
                        (double) Json.compactSize(template) / MAX_BYTES));
    }

    private static void check(List<String> problems, long count, int max, String what) {
        if (count > max) {
            problems.add(count + " " + what + " (at most " + max + ")");
        }
    }
}
