package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which property changes replace a CloudFormation resource: its type's {@code createOnlyProperties} in the
 * CloudFormation registry schema ("changing one replaces the resource"), as JSON pointers such as
 * {@code /properties/ServiceName} or {@code /properties/DnsOptions/PrivateDnsPreference}.
 *
 * <p>The schemas are not available at run time, so {@value #RESOURCE} carries the lists for every type a rendering
 * declares, generated from the schema subset in the tests ({@code src/test/resources/schemas/cloudformation}); a test
 * ({@code CloudFormationCreateOnlyTest}) regenerates it and fails when it is out of date.
 */
final class CloudFormationReplacements {

    static final String RESOURCE = "cloudformation-create-only.json";
    private static final String PREFIX = "/properties/";

    private final Map<String, ResourceComparison.TypeRules> types;

    private CloudFormationReplacements(Map<String, ResourceComparison.TypeRules> types) {
        this.types = types;
    }

    /** The bundled lists. */
    static CloudFormationReplacements bundled() {
        try (InputStream in = CloudFormationReplacements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from Berth's jar");
            }
            return of(new ObjectMapper().readTree(in).path("types"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** From {@code {"AWS::ECS::Service": ["/properties/ServiceName", ...], ...}}. */
    static CloudFormationReplacements of(JsonNode types) {
        Map<String, ResourceComparison.TypeRules> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<List<String>> paths = new ArrayList<>();
            for (JsonNode pointer : e.getValue()) {
                String text = pointer.asText();
                if (text.startsWith(PREFIX)) {
                    paths.add(Arrays.asList(text.substring(PREFIX.length()).split("/")));
                }
            }
            out.put(e.getKey(), new ResourceComparison.TypeRules(paths, List.of()));
        }
        return new CloudFormationReplacements(out);
    }

    /** The rules of a type, or null when the type is not one Berth emits. */
    ResourceComparison.TypeRules rules(String type) {
        return types.get(type);
    }
}
