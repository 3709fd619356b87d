package dev.berth.synth.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The one JSON configuration of every output: keys in insertion order (renderers insert in a fixed order),
 * two-space indentation, {@code \n} line ends, a final newline; so output is byte-identical on every platform.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty JSON with a final newline. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    /** The size in bytes of {@link #pretty(JsonNode)} in UTF-8, without building it. */
    public static long prettySize(JsonNode node) {
        return size(MAPPER.writer(PRETTY), node) + 1;
    }

    /**
     * JSON without whitespace but a line break before each member of the objects nested at most {@code depth} deep
     * (the root is depth 1), and a final newline: as small as compact JSON but for one byte a line, while a diff of
     * two versions still names the member that changed (with depth 2: each section and each entry of a section).
     */
    public static String lines(JsonNode node, int depth) {
        try {
            return MAPPER.writer(new LinesPrinter(depth)).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    /** The size in bytes of {@link #lines(JsonNode, int)} in UTF-8, without building it. */
    public static long linesSize(JsonNode node, int depth) {
        return size(MAPPER.writer(new LinesPrinter(depth)), node) + 1;
    }

    /** The size in bytes of the compact UTF-8 form, without building it. */
    public static long compactSize(JsonNode node) {
        return size(MAPPER.writer(), node);
    }

    private static long size(ObjectWriter writer, JsonNode node) {
        CountingStream counter = new CountingStream();
        try {
            writer.writeValue(counter, node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
        return counter.count;
    }

    /**
     * Compact JSON with a line break (no indentation) before each member of an object at most {@code depth} deep,
     * and before the brace that closes such an object. Stateful (the nesting), so Jackson takes a fresh instance
     * for each document ({@link Instantiatable}).
     */
    private static final class LinesPrinter implements PrettyPrinter, Instantiatable<LinesPrinter> {
        private final int depth;
        private int nesting;

        LinesPrinter(int depth) {
            this.depth = depth;
        }

        @Override
        public LinesPrinter createInstance() {
            return new LinesPrinter(depth);
        }

        private void lineBreak(JsonGenerator g) throws IOException {
            if (nesting <= depth) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            nesting++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            lineBreak(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(':');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            lineBreak(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries > 0) {
                lineBreak(g);
            }
            nesting--;
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            nesting++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            nesting--;
            g.writeRaw(']');
        }
    }

    private static final class CountingStream extends java.io.OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Compact JSON, for JSON documents embedded in strings (IAM policies, container definitions in Terraform). */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }
}
