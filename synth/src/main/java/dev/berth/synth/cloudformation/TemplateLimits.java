package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * CloudFormation's quotas on one template (they are not adjustable). Sizes are of the file as written
 * ({@link CloudFormationStack#bytes()}): whitespace counts.
 */
public final class TemplateLimits {

    public static final int MAX_RESOURCES = 500;
    public static final int MAX_OUTPUTS = 200;
    public static final int MAX_PARAMETERS = 200;
    /** For a template uploaded to S3 ({@code --s3-bucket}, {@code --template-url}). */
    public static final int MAX_BYTES = 1_000_000;
    /**
     * For a template passed inline: {@code create-stack --template-body}, and {@code aws cloudformation deploy}
     * without {@code --s3-bucket} (which checks the file's size on disk before it calls CloudFormation).
     */
    public static final int MAX_INLINE_BYTES = 51_200;

    private TemplateLimits() {
    }

    /** What the stack's template exceeds; empty when it fits. */
    public static List<String> problems(CloudFormationStack stack) {
        JsonNode template = stack.template();
        List<String> problems = new ArrayList<>();
        check(problems, template.path("Resources").size(), MAX_RESOURCES, "resources");
        check(problems, template.path("Outputs").size(), MAX_OUTPUTS, "outputs");
        check(problems, template.path("Parameters").size(), MAX_PARAMETERS, "parameters");
        check(problems, stack.bytes(), MAX_BYTES, "bytes");
        return problems;
    }

    /** The largest share of a limit the stack's template uses, 0.0 to 1.0 and beyond. */
    public static double usage(CloudFormationStack stack) {
        JsonNode template = stack.template();
        return Math.max(Math.max((double) template.path("Resources").size() / MAX_RESOURCES,
                        (double) template.path("Outputs").size() / MAX_OUTPUTS),
                Math.max((double) template.path("Parameters").size() / MAX_PARAMETERS,
                        (double) stack.bytes() / MAX_BYTES));
    }

    private static void check(List<String> problems, long count, int max, String what) {
        if (count > max) {
            problems.add(count + " " + what + " (at most " + max + ")");
        }
    }
}
