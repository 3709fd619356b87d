package dev.berth.synth.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
        write(node, out, true);
        return out.append('\n').toString();
    }

    /** The size in bytes of the compact UTF-8 form, without building it. */
    public static long compactSize(JsonNode node) {
        CountingStream counter = new CountingStream();
        try (JsonGenerator generator = FACTORY.createGenerator(counter)) {
            writeTo(generator, node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
        return counter.count;
    }

    /** Compact JSON, for JSON documents embedded in strings (IAM policies, container definitions in Terraform). */
    public static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        write(node, out, false);
        return out.toString();
    }

    private static void write(JsonNode node, Writer out, boolean pretty) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (pretty) {
                generator.setPrettyPrinter(PRETTY.createInstance()); // a fresh one: it keeps the nesting level
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
