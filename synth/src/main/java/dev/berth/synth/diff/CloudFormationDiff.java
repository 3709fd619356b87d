package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares CloudFormation templates stack by stack. A resource is replaced when its {@code Type} changes or a
 * property its type's registry schema lists in {@code createOnlyProperties} changes (CloudFormation then creates the
 * new resource and deletes the old one); see {@link CloudFormationReplacements}.
 */
final class CloudFormationDiff implements ResourceComparison.Rules {

    /** Top-level template sections whose members are compared one by one, with the word a line calls a member. */
    private static final Map<String, String> SECTIONS = Map.of("Parameters", "parameter", "Outputs", "output",
            "Conditions", "condition", "Mappings", "mapping", "Rules", "rule");
    private static final Pattern SUB_NAME = Pattern.compile("\\$\\{(?!!)([A-Za-z0-9]+)(?:\\.([A-Za-z0-9.]+))?}");

    private final CloudFormationReplacements replacements;

    CloudFormationDiff(CloudFormationReplacements replacements) {
        this.replacements = replacements;
    }

    /**
     * @param before stack templates by file name ({@code Shop.template.json}), from the old output
     * @param after  the same from the new output
     */
    List<Section> compare(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Set<String> files = new TreeSet<>(before.keySet());
        files.addAll(after.keySet());
        Map<String, String> removedIn = new LinkedHashMap<>(); // subject -> stack
        Map<String, String> addedIn = new LinkedHashMap<>();
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String file : files) {
            JsonNode old = before.get(file);
            JsonNode now = after.get(file);
            String stack = file.replaceFirst("\\.template\\.json$", "");
            titles.put(file, "CloudFormation stack " + stack + " (cloudformation/" + file + ")"
                    + (old == null ? ", new" : now == null ? ", removed" : ""));
            List<Change> list = compareTemplate(orEmpty(old), orEmpty(now), old == null || now == null);
            for (Change c : list) {
                if (c.resource() && c.kind() == Change.Kind.REMOVE) {
                    removedIn.put(c.subject(), stack);
                } else if (c.resource() && c.kind() == Change.Kind.ADD) {
                    addedIn.put(c.subject(), stack);
                }
            }
            changes.put(file, list);
        }
        List<Section> out = new ArrayList<>();
        for (String file : files) {
            String stack = file.replaceFirst("\\.template\\.json$", "");
            List<Change> list = new ArrayList<>();
            for (Change c : changes.get(file)) {
                // A resource that moved to another stack is deleted in one and created anew in the other.
                if (c.kind() == Change.Kind.REMOVE && addedIn.containsKey(c.subject())
                        && !addedIn.get(c.subject()).equals(stack)) {
                    c = new Change(c.kind(), c.subject(), "moved to stack " + addedIn.get(c.subject())
                            + ": deleted here, created anew there", true);
                } else if (c.kind() == Change.Kind.ADD && removedIn.containsKey(c.subject())
                        && !removedIn.get(c.subject()).equals(stack)) {
                    c = new Change(c.kind(), c.subject(), "moved from stack " + removedIn.get(c.subject()), true);
                }
                list.add(c);
            }
            out.add(new Section("CloudFormation", titles.get(file), list));
        }
        return out;
    }

    private List<Change> compareTemplate(JsonNode old, JsonNode now, boolean wholeStack) {
        Map<String, String> changedValues = new TreeMap<>();
        JsonNode oldParameters = old.path("Parameters");
        JsonNode newParameters = now.path("Parameters");
        for (Iterator<String> it = newParameters.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (oldParameters.has(name) && !TreeDiff.same(oldParameters.get(name).get("Default"),
                    newParameters.get(name).get("Default"))) {
                changedValues.put(name, "parameter " + name + ", whose default changed");
            }
        }
        List<Change> out = new ArrayList<>(new ResourceComparison(this)
                .compare(resources(old), resources(now), changedValues));
        if (!wholeStack) {
            out.addAll(sections(old, now));
        }
        return out;
    }

    private static Map<String, ResourceComparison.Item> resources(JsonNode template) {
        Map<String, ResourceComparison.Item> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, JsonNode> attributes = new TreeMap<>();
            e.getValue().fields().forEachRemaining(f -> {
                if (!f.getKey().equals("Type") && !f.getKey().equals("Properties")) {
                    attributes.put(f.getKey(), f.getValue());
                }
            });
            out.put(e.getKey(), new ResourceComparison.Item(e.getValue().path("Type").asText(),
                    e.getValue().get("Properties"), attributes));
        }
        return out;
    }

    /** Parameters, outputs and the other sections, member by member; scalar sections as a whole. */
    private static List<Change> sections(JsonNode old, JsonNode now) {
        List<Change> out = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        old.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        names.remove("Resources");
        for (String section : names) {
            String word = SECTIONS.get(section);
            if (word == null) {
                if (!TreeDiff.same(old.get(section), now.get(section))) {
                    out.add(new Change(Change.Kind.CHANGE, "template " + section, "", false));
                }
                continue;
            }
            out.addAll(members(word, old.path(section), now.path(section)));
        }
        return out;
    }

    static List<Change> members(String word, JsonNode old, JsonNode now) {
        Set<String> keys = new TreeSet<>();
        old.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        List<Change> out = new ArrayList<>();
        for (String key : keys) {
            String subject = word + " " + key;
            if (!old.has(key)) {
                out.add(new Change(Change.Kind.ADD, subject, "", false));
            } else if (!now.has(key)) {
                out.add(new Change(Change.Kind.REMOVE, subject, "", false));
            } else {
                Set<String> what = new TreeSet<>();
                TreeDiff.changedPaths(old.get(key), now.get(key)).forEach(p -> what.add(p.isEmpty() ? "" : p.get(0)));
                what.remove("");
                if (!TreeDiff.same(old.get(key), now.get(key))) {
                    out.add(new Change(Change.Kind.CHANGE, subject, String.join(", ", what), false));
                }
            }
        }
        return out;
    }

    @Override
    public String subject(String id, String type) {
        return id + " (" + type + ")";
    }

    @Override
    public boolean revisioned(String type) {
        return type.equals("AWS::ECS::TaskDefinition");
    }

    @Override
    public String bodyWord() {
        return "properties";
    }

    @Override
    public ResourceComparison.TypeRules rules(String type) {
        return replacements.rules(type);
    }

    @Override
    public boolean sameAttribute(String name, JsonNode before, JsonNode after) {
        if (name.equals("DependsOn")) {
            return asSet(before).equals(asSet(after));
        }
        return TreeDiff.same(before, after);
    }

    private static Set<String> asSet(JsonNode node) {
        Set<String> out = new TreeSet<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node != null && node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    /** {@code Ref}, {@code Fn::GetAtt} and the names in {@code Fn::Sub} strings, with where they are. */
    @Override
    public List<ResourceComparison.Reference> references(ResourceComparison.Item item) {
        List<ResourceComparison.Reference> out = new ArrayList<>();
        if (item.body() != null) {
            collect(item.body(), new ArrayList<>(), out);
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> path, List<ResourceComparison.Reference> out) {
        if (node.isObject() && node.size() == 1) {
            String fn = node.fieldNames().next();
            JsonNode arg = node.get(fn);
            switch (fn) {
                case "Ref" -> {
                    if (arg.isTextual() && !arg.asText().startsWith("AWS::")) {
                        out.add(new ResourceComparison.Reference(List.copyOf(path), arg.asText(), null));
                    }
                    return;
                }
                case "Fn::GetAtt" -> {
                    String target = arg.isArray() ? arg.path(0).asText() : arg.asText().split("\\.", 2)[0];
                    String attribute = arg.isArray() ? arg.path(1).asText() : null;
                    out.add(new ResourceComparison.Reference(List.copyOf(path), target, attribute));
                    return;
                }
                case "Fn::Sub" -> {
                    String text = arg.isArray() ? arg.path(0).asText() : arg.asText();
                    Set<String> locals = new TreeSet<>();
                    if (arg.isArray() && arg.path(1).isObject()) {
                        arg.path(1).fieldNames().forEachRemaining(locals::add);
                        collect(arg.path(1), path, out);
                    }
                    Matcher m = SUB_NAME.matcher(text);
                    while (m.find()) {
                        if (!locals.contains(m.group(1))) {
                            out.add(new ResourceComparison.Reference(List.copyOf(path), m.group(1), m.group(2)));
                        }
                    }
                    return;
                }
                default -> {
                }
            }
        }
        if (node.isObject()) {
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
