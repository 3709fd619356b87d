package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.Value;
import dev.berth.synth.rendering.Renderings;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders plan {@link Value}s as Terraform string templates, and remembers which data sources they read so that
 * main.tf.json declares exactly those. One instance per module.
 *
 * <p>Every string in Terraform JSON is a template, so every plain string the plan holds goes through
 * {@link #text(String)}: a user's {@code ${} must not become an interpolation.
 */
final class TfValues {

    private final Set<DataSource> used = EnumSet.noneOf(DataSource.class);

    /** The data sources read so far, in declaration order. */
    Set<DataSource> dataSources() {
        return Collections.unmodifiableSet(used);
    }

    String render(Value value) {
        if (value instanceof Value.Literal literal) {
            return text(literal.text());
        }
        if (value instanceof Value.Ref ref) {
            return interpolate(TerraformRenderer.address(ref.target()) + "."
                    + Renderings.of(ref.target().kind()).terraform().attribute(ref.attribute()));
        }
        if (value instanceof Value.Input input) {
            return interpolate("var." + Names.snake(input.name()));
        }
        if (value instanceof Value.PseudoValue pseudo) {
            return interpolate(pseudo(pseudo.pseudo()));
        }
        if (value instanceof Value.AzName az) {
            return interpolate(read(DataSource.AVAILABILITY_ZONES, "names[" + az.index() + "]"));
        }
        if (value instanceof Value.Concat concat) {
            return concat(concat.parts());
        }
        throw new IllegalStateException("no Terraform rendering for " + value);
    }

    ArrayNode array(List<Value> values) {
        ArrayNode array = Json.array();
        values.forEach(v -> array.add(render(v)));
        return array;
    }

    /** Writes {@code "tags": {...}}, or nothing when there are none (the provider treats both the same). */
    void putTags(ObjectNode body, Map<String, String> tags) {
        if (!tags.isEmpty()) {
            ObjectNode node = body.putObject("tags");
            tags.forEach((key, value) -> node.put(text(key), text(value)));
        }
    }

    /** A plain string as a template that evaluates to itself. */
    static String text(String plain) {
        return plain.replace("${", "$${").replace("%{", "%%{");
    }

    /** A plain string as a quoted HCL string (in an interpolation or a usage snippet), itself a template. */
    static String quoted(String plain) {
        String escaped = plain.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "\"" + text(escaped) + "\"";
    }

    /**
     * A value as a quoted HCL string inside an expression (a function's argument): literal parts escaped for a quoted
     * string (backslash, quote, line break) and as template text, the other parts interpolated.
     */
    String quotedTemplate(Value value) {
        List<Value> parts = value instanceof Value.Concat concat ? concat.parts() : List.of(value);
        StringBuilder out = new StringBuilder("\"");
        for (Value part : parts) {
            if (part instanceof Value.Literal literal) {
                out.append(text(literal.text().replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("\n", "\\n")));
            } else {
                String rendered = render(part);
                if (rendered.startsWith("${")) {
                    protectTrailingDollar(out);
                }
                out.append(rendered);
            }
        }
        return out.append('"').toString();
    }

    static ArrayNode texts(List<String> plain) {
        ArrayNode array = Json.array();
        plain.forEach(s -> array.add(text(s)));
        return array;
    }

    static String interpolate(String expression) {
        return "${" + expression + "}";
    }

    private String pseudo(Pseudo pseudo) {
        return switch (pseudo) {
            case PARTITION -> read(DataSource.PARTITION, "partition");
            // provider 6 renamed aws_region's name attribute to region
            case REGION -> read(DataSource.REGION, "region");
            case ACCOUNT_ID -> read(DataSource.CALLER_IDENTITY, "account_id");
            case URL_SUFFIX -> read(DataSource.PARTITION, "dns_suffix");
        };
    }

    private String read(DataSource source, String attribute) {
        used.add(source);
        return source.read(attribute);
    }

    private String concat(List<Value> parts) {
        StringBuilder out = new StringBuilder();
        for (Value part : parts) {
            String rendered = render(part);
            if (rendered.startsWith("${")) {
                protectTrailingDollar(out);
            }
            out.append(rendered);
        }
        return out.toString();
    }

    /**
     * A literal ending in {@code $} followed by an interpolation would read as the escape {@code $${}; the lone
     * dollar is written as an interpolated string instead.
     */
    private static void protectTrailingDollar(StringBuilder out) {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == '$') {
            out.replace(last, last + 1, interpolate("\"$\""));
        }
    }
}
