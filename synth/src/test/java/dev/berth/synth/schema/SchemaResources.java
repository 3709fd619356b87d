package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads the schema subset under {@code src/test/resources/schemas} from the class path. */
final class SchemaResources {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaResources() {
    }

    /** The parsed resource, or empty when it is not on the class path (an unknown type). */
    static Optional<JsonNode> read(String resourcePath) {
        try (InputStream in = SchemaResources.class.getClassLoader().getResourceAsStream(resourcePath)) {
            return in == null ? Optional.empty() : Optional.of(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resourcePath, e);
        }
    }
}
