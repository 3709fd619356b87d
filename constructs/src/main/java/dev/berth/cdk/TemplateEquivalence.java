package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a template that {@code cdk synth} wrote for a {@link BerthConstruct} with Berth's own template of the same
 * program: the same Resources (logical IDs, types, properties, DependsOn and other attributes), Parameters and
 * Outputs. The only differences allowed are the CDK's own additions: the {@code CDKMetadata} resource and its
 * condition, the {@code BootstrapVersion} parameter and {@code CheckBootstrapVersion} rule, and {@code Metadata}
 * (construct paths, cdk-nag suppressions). Numbers compare by value, DependsOn as a set.
 */
public final class TemplateEquivalence {

    private static final Set<String> CDK_RESOURCES = Set.of("CDKMetadata");
    private static final Set<String> CDK_PARAMETERS = Set.of("BootstrapVersion");
    private static final Set<String> CDK_CONDITIONS = Set.of("CDKMetadataAvailable");
    private static final Set<String> CDK_RULES = Set.of("CheckBootstrapVersion");
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private TemplateEquivalence() {
    }

    /** Every difference, one line each; empty when the templates hold the same resources, parameters, outputs. */
    public static List<String> differences(JsonNode berth, JsonNode cdk) {
        List<String> out = new ArrayList<>();
        compareSection("Parameters", berth, cdk, CDK_PARAMETERS, out);
        compareSection("Resources", berth, cdk, CDK_RESOURCES, out);
        compareSection("Outputs", berth, cdk, Set.of(), out);
        onlyCdk("Conditions", berth, cdk, CDK_CONDITIONS, out);
        onlyCdk("Rules", berth, cdk, CDK_RULES, out);
        onlyCdk("Mappings", berth, cdk, Set.of(), out);
        return out;
    }

    private static void compareSection(String section, JsonNode berth, JsonNode cdk, Set<String> cdkOwn,
                                       List<String> out) {
        JsonNode expected = berth.path(section);
        JsonNode actual = cdk.path(section);
        Set<String> names = new TreeSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        actual.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String where = section + "." + name;
            if (!actual.has(name)) {
                out.add(where + ": missing from the CDK template");
            } else if (!expected.has(name)) {
                if (!cdkOwn.contains(name)) {
                    out.add(where + ": only in the CDK template");
                }
            } else {
                compareEntry(where, expected.get(name), actual.get(name), out);
            }
        }
    }

    private static void compareEntry(String where, JsonNode expected, JsonNode actual, List<String> out) {
        Set<String> keys = new TreeSet<>();
        expected.fieldNames().forEachRemaining(keys::add);
        actual.fieldNames().forEachRemaining(keys::add);
        keys.remove("Metadata");
        for (String key : keys) {
            JsonNode e = normalised(key, expected.get(key));
            JsonNode a = normalised(key, actual.get(key));
            if (!e.equals(NUMBERS_BY_VALUE, a)) {
                out.add(where + "." + key + ": Berth has " + e + " but the CDK template has " + a);
            }
        }
    }

    /** Absent Properties are empty; DependsOn is a set of logical IDs, in any order, one or a list. */
    private static JsonNode normalised(String key, JsonNode value) {
        if (value == null) {
            return key.equals("DependsOn") ? TemplateJson.array()
                    : key.equals("Properties") ? TemplateJson.object() : MissingNode.getInstance();
        }
        if (key.equals("DependsOn")) {
            Set<String> ids = new TreeSet<>();
            if (value.isArray()) {
                for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
                    ids.add(it.next().asText());
                }
            } else {
                ids.add(value.asText());
            }
            ArrayNode array = TemplateJson.array();
            ids.forEach(array::add);
            return array;
        }
        return value;
    }

    private static void onlyCdk(String section, JsonNode berth, JsonNode cdk, Set<String> cdkOwn, List<String> out) {
        berth.path(section).fieldNames().forEachRemaining(name -> {
            if (!cdk.path(section).has(name)) {
                out.add(section + "." + name + ": missing from the CDK template");
            }
        });
        cdk.path(section).fieldNames().forEachRemaining(name -> {
            if (!cdkOwn.contains(name) && !berth.path(section).has(name)) {
                out.add(section + "." + name + ": only in the CDK template");
            }
        });
    }
}
