package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.output.Json;

/**
 * How a CloudFormation template file is written. The content is the same; only whitespace differs, and
 * CloudFormation ignores whitespace, so changing the format changes no resource.
 *
 * <p>It matters for deploying: {@code aws cloudformation deploy} refuses a template file of more than
 * {@value TemplateLimits#MAX_INLINE_BYTES} bytes unless it is given {@code --s3-bucket} (it checks the file's size
 * on disk), and {@code create-stack --template-body} accepts no more; a template in S3 may have 1 MB.
 */
public enum TemplateFormat {
    /**
     * {@link #PRETTY} while the pretty template fits in {@value TemplateLimits#MAX_INLINE_BYTES} bytes, else
     * {@link #COMPACT}: every template that can be deployed without an S3 bucket is. A program that grows past the
     * threshold changes format once (a whitespace-only diff of the file).
     */
    AUTOMATIC,
    /** Indented by two spaces, one value a line: the easiest to read, and about twice the size of COMPACT. */
    PRETTY,
    /**
     * No whitespace but a line break before each section (Parameters, Resources, Outputs) and each of their entries:
     * one line per resource, so a diff still names the resource that changed.
     */
    COMPACT;

    /** Members of the template's sections are at depth 2: each resource, parameter and output gets a line. */
    private static final int COMPACT_LINE_DEPTH = 2;

    /** The form this choice writes {@code template} in: PRETTY or COMPACT. */
    TemplateFormat formOf(JsonNode template) {
        if (this != AUTOMATIC) {
            return this;
        }
        // The compact form is the smaller: only when it fits can the pretty one (the larger to measure) fit too.
        boolean prettyFits = size(COMPACT, template) <= TemplateLimits.MAX_INLINE_BYTES
                && size(PRETTY, template) <= TemplateLimits.MAX_INLINE_BYTES;
        return prettyFits ? PRETTY : COMPACT;
    }

    /** The file's content in this form (PRETTY or COMPACT), ending with a newline. */
    static String text(TemplateFormat form, JsonNode template) {
        return switch (form) {
            case PRETTY -> Json.pretty(template);
            case COMPACT -> Json.lines(template, COMPACT_LINE_DEPTH);
            case AUTOMATIC -> throw new IllegalArgumentException("AUTOMATIC is a choice, not a form");
        };
    }

    /** The size in bytes of {@link #text} in UTF-8, without building it. */
    static long size(TemplateFormat form, JsonNode template) {
        return switch (form) {
            case PRETTY -> Json.prettySize(template);
            case COMPACT -> Json.linesSize(template, COMPACT_LINE_DEPTH);
            case AUTOMATIC -> throw new IllegalArgumentException("AUTOMATIC is a choice, not a form");
        };
    }
}
