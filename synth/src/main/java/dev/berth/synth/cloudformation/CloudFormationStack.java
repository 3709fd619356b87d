package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * One CloudFormation stack of a synthesised program: its name, its template, and the form its file is written in.
 *
 * @param format {@link TemplateFormat#PRETTY} or {@link TemplateFormat#COMPACT} (what {@link TemplateFormat#AUTOMATIC}
 *               chose for this template)
 */
public record CloudFormationStack(String name, ObjectNode template, TemplateFormat format) {

    public CloudFormationStack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(format, "format");
        if (format == TemplateFormat.AUTOMATIC) {
            throw new IllegalArgumentException("a stack's template is written PRETTY or COMPACT, not AUTOMATIC");
        }
    }

    /** The stack with its template in the form {@code choice} gives it. */
    static CloudFormationStack of(String name, ObjectNode template, TemplateFormat choice) {
        return new CloudFormationStack(name, template, choice.formOf(template));
    }

    /** The content of {@code <name>.template.json}, ending with a newline. */
    public String text() {
        return TemplateFormat.text(format, template);
    }

    /** The size of {@link #text()} in bytes (UTF-8): what CloudFormation's size limits and the AWS CLI count. */
    public long bytes() {
        return TemplateFormat.size(format, template);
    }
}
