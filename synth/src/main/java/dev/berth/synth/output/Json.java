package dev.berth.synth.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The one JSON configuration of every output: keys in insertion order (renderers insert in a fixed order),
 * two-space indentation, {@code \n} line ends, a final newline; so output is byte-identical on every platform.
 *
 * <p>Trees are built with the node factory and written to Jackson's streaming generator, so synthesis never creates
 * an {@link ObjectMapper}: its set-up (serializer and deserializer factories, type and annotation introspection) is
 * most of Jackson's classes loaded in a short run and only serves to hand a tree to the same generator.
 */
public final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory FACTORY = new JsonFactory();
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
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** An object mapper with Jackson's defaults, for reading JSON (tests, the CDK checks); not used by synthesis. */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** Pretty JSON with a final newline. */
    public static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        write(node, out, PRETTY.createInstance()); // a fresh one: it keeps the nesting level
        return out.append('\n').toString();
    }

    /** The size in bytes of {@link #pretty(JsonNode)} in UTF-8, without building it. */
    public static long prettySize(JsonNode node) {
        return size(node, PRETTY.createInstance()) + 1;
    }

    /**
     * JSON without whitespace but a line break before each member of the objects nested at most {@code depth} deep
     * (the root is depth 1), and a final newline: as small as compact JSON but for one byte a line, while a diff of
     * two versions still names the member that changed (with depth 2: each section and each entry of a section).
     */
    public static String lines(JsonNode node, int depth) {
        StringWriter out = new StringWriter();
        write(node, out, new LinesPrinter(depth));
        return out.append('\n').toString();
    }

    /** The size in bytes of {@link #lines(JsonNode, int)} in UTF-8, without building it. */
    public static long linesSize(JsonNode node, int depth) {
        return size(node, new LinesPrinter(depth)) + 1;
    }

    /** The size in bytes of the compact UTF-8 form, without building it. */
    public static long compactSize(JsonNode node) {
        return size(node, null);
    }

    private static long size(JsonNode node, PrettyPrinter printer) {
        CountingStream counter = new CountingStream();
        try (JsonGenerator generator = FACTORY.createGenerator(counter)) {
            if (printer != null) {
                generator.setPrettyPrinter(printer);
            }
            writeTo(generator, node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
        return counter.count;
    }

    /** Compact JSON, for JSON documents embedded in strings (IAM policies, container definitions in Terraform). */
    public static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        write(node, out, null);
        return out.toString();
    }

    private static void write(JsonNode node, Writer out, PrettyPrinter printer) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (printer != null) {
                generator.setPrettyPrinter(printer);
            }
            writeTo(generator, node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    /**
     * Writes the tree token by token, as the nodes' own {@code serialize} does with a mapper's default settings:
     * fields in insertion order, empty containers and nulls kept, each number as its own type.
     */
    private static void writeTo(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject(node, node.size());
                for (var field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    writeTo(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray(node, node.size());
                for (JsonNode element : node) {
                    writeTo(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> generator.writeNumber(node.intValue());
                    case LONG -> generator.writeNumber(node.longValue());
                    case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
                    case FLOAT -> generator.writeNumber(node.floatValue());
                    case DOUBLE -> generator.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("Berth writes no JSON node of type " + node.getNodeType());
        }
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

    private static final class CountingStream extends OutputStream {
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

    /** Created on first use only. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
