package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares Terraform JSON modules module by module, their {@code *.tf.json} files read as one configuration:
 * resources ({@code resource.<type>.<name>}) argument by argument, and variables, outputs, data sources and the
 * {@code terraform} settings entry by entry. A resource is replaced when an argument the provider marks as forcing
 * replacement changes ({@link TerraformReplacements}); meta-arguments ({@code depends_on}, {@code lifecycle}) change
 * nothing in AWS, and arguments named in the resource's {@code lifecycle.ignore_changes} are not changed by Terraform.
 */
final class TerraformDiff implements ResourceComparison.Rules {

    private static final Set<String> META_ARGUMENTS = Set.of("depends_on", "lifecycle", "count", "for_each",
            "provider", "provisioner", "connection");
    private static final Map<String, String> BLOCKS = Map.of("variable", "variable", "output", "output",
            "module", "module", "provider", "provider", "locals", "local");
    /** An interpolation; {@code $${} is an escaped literal. */
    private static final Pattern TEMPLATE = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");
    /** A resource reference inside an interpolation: not {@code data.aws_x...} nor part of a longer name. */
    private static final Pattern RESOURCE_REF =
            Pattern.compile("(?<![\\w.])(aws_[a-z0-9_]+)\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z0-9_]+))?");
    private static final Pattern VARIABLE_REF = Pattern.compile("(?<![\\w.])var\\.([A-Za-z0-9_-]+)");

    /**
     * @param before module configurations by module name, from the old output
     * @param after  the same from the new output
     */
    List<Section> compare(Map<String, ObjectNode> before, Map<String, ObjectNode> after) {
        Set<String> modules = new TreeSet<>(before.keySet());
        modules.addAll(after.keySet());
        List<Section> out = new ArrayList<>();
        for (String module : modules) {
            ObjectNode old = before.get(module);
            ObjectNode now = after.get(module);
            String title = "Terraform module " + module + " (terraform/" + module + ")"
                    + (old == null ? ", new" : now == null ? ", removed" : "");
            out.add(new Section("Terraform", title, compareModule(orEmpty(old), orEmpty(now), old == null || now == null)));
        }
        return out;
    }

    private List<Change> compareModule(JsonNode old, JsonNode now, boolean wholeModule) {
        Map<String, String> changedValues = new TreeMap<>();
        JsonNode oldVariables = old.path("variable");
        JsonNode newVariables = now.path("variable");
        for (Iterator<String> it = newVariables.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (oldVariables.has(name) && !TreeDiff.same(oldVariables.get(name).get("default"),
                    newVariables.get(name).get("default"))) {
                changedValues.put("var." + name, "variable " + name + ", whose default changed");
            }
        }
        List<Change> out = new ArrayList<>(new ResourceComparison(this)
                .compare(resources(old), resources(now), changedValues));
        if (wholeModule) {
            return out;
        }
        Set<String> keys = new TreeSet<>();
        old.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        keys.remove("resource");
        for (String key : keys) {
            if (key.equals("data")) {
                out.addAll(CloudFormationDiff.members("data", flatten(old.path("data")), flatten(now.path("data"))));
            } else if (BLOCKS.containsKey(key)) {
                out.addAll(CloudFormationDiff.members(BLOCKS.get(key), old.path(key), now.path(key)));
            } else if (!TreeDiff.same(old.get(key), now.get(key))) {
                out.add(new Change(Change.Kind.CHANGE, key + " settings", "", false));
            }
        }
        return out;
    }

    private static Map<String, ResourceComparison.Item> resources(JsonNode module) {
        Map<String, ResourceComparison.Item> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = module.path("resource").fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = type.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> resource = it.next();
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                Map<String, JsonNode> meta = new TreeMap<>();
                resource.getValue().fields().forEachRemaining(f -> {
                    if (META_ARGUMENTS.contains(f.getKey())) {
                        meta.put(f.getKey(), f.getValue());
                    } else {
                        body.set(f.getKey(), f.getValue());
                    }
                });
                out.put(type.getKey() + "." + resource.getKey(),
                        new ResourceComparison.Item(type.getKey(), body, meta));
            }
        }
        return out;
    }

    /** {@code data.<type>.<name>} as one level, {@code <type>.<name>}. */
    private static JsonNode flatten(JsonNode data) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        data.fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(
                named -> out.set(type.getKey() + "." + named.getKey(), named.getValue())));
        return out;
    }

    @Override
    public String subject(String id, String type) {
        return id;
    }

    @Override
    public boolean revisioned(String type) {
        return type.equals("aws_ecs_task_definition");
    }

    @Override
    public String bodyWord() {
        return "arguments";
    }

    @Override
    public ResourceComparison.TypeRules rules(String type) {
        return TerraformReplacements.rules(type);
    }

    @Override
    public boolean ignored(ResourceComparison.Item item, List<String> path) {
        JsonNode ignore = item.attributes().getOrDefault("lifecycle", JsonNodeFactory.instance.objectNode())
                .path("ignore_changes");
        if (ignore.isTextual() && ignore.asText().equals("all")) {
            return true;
        }
        for (JsonNode name : ignore) {
            if (!path.isEmpty() && name.asText().equals(path.get(0))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean sameAttribute(String name, JsonNode before, JsonNode after) {
        if (name.equals("depends_on")) {
            return asSet(before).equals(asSet(after));
        }
        return TreeDiff.same(before, after);
    }

    private static Set<String> asSet(JsonNode node) {
        Set<String> out = new TreeSet<>();
        if (node != null) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /**
     * A reference to an argument the configuration sets ({@code aws_cloudwatch_log_group.api.name}) reads a value
     * Terraform knows at plan time, which a replacement for another reason does not change; anything else the
     * provider computes ({@code id}, {@code arn}) is new.
     */
    @Override
    public boolean readsConfiguredValue(ResourceComparison.Reference reference, ResourceComparison.Item target) {
        return reference.attribute() != null && target.body().has(reference.attribute());
    }

    /** The resources and variables the interpolations in a resource's arguments read. */
    @Override
    public List<ResourceComparison.Reference> references(ResourceComparison.Item item) {
        List<ResourceComparison.Reference> out = new ArrayList<>();
        collect(TreeDiff.normalise(item.body()), new ArrayList<>(), out);
        return out;
    }

    private static void collect(JsonNode node, List<String> path, List<ResourceComparison.Reference> out) {
        if (node.isTextual()) {
            Matcher template = TEMPLATE.matcher(node.asText());
            while (template.find()) {
                Matcher resource = RESOURCE_REF.matcher(template.group(1));
                while (resource.find()) {
                    out.add(new ResourceComparison.Reference(List.copyOf(path),
                            resource.group(1) + "." + resource.group(2), resource.group(3)));
                }
                Matcher variable = VARIABLE_REF.matcher(template.group(1));
                while (variable.find()) {
                    out.add(new ResourceComparison.Reference(List.copyOf(path), "var." + variable.group(1), null));
                }
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                path.add(e.getKey());
                collect(e.getValue(), path, out);
                path.remove(path.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(Integer.toString(i));
                collect(node.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null ? JsonNodeFactory.instance.objectNode() : node;
    }
}
