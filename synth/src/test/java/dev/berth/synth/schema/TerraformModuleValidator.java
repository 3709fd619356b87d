package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.schema.TerraformExpressions.Traversal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks one synthesised Terraform JSON module against the {@code hashicorp/aws} provider's
 * resource schemas (subset in {@code src/test/resources/schemas/terraform}) and against what
 * {@code terraform validate} would reject: undeclared references, dependency cycles, a missing
 * provider requirement.
 *
 * <p>The {@code lifecycle} meta-argument is checked as Terraform reads it: only its known arguments,
 * booleans where booleans go, and {@code ignore_changes} naming attributes or blocks the resource
 * type has (or being {@code "all"}).
 *
 * <p>Deliberately not checked: allowed values (the provider schema has no enums), conflicts-with
 * rules, data source bodies (their schemas are not in the subset, only their declarations are),
 * the bodies of {@code dynamic} blocks, other meta-arguments' values, module calls, and cycles that
 * run through locals. Expressions are not evaluated: a string holding {@code ${...}} fits any type.
 */
public final class TerraformModuleValidator {

    private static final String SCHEMA_FILE = "schemas/terraform/aws-resource-schemas.json";
    private static final JsonNode RESOURCE_SCHEMAS = SchemaResources.read(SCHEMA_FILE)
            .orElseThrow(() -> new IllegalStateException(SCHEMA_FILE + " is not on the test class path"));

    private static final String VERSIONS_FILE = "versions.tf.json";
    private static final Set<String> AWS_PROVIDER_SOURCES = Set.of("hashicorp/aws", "registry.terraform.io/hashicorp/aws");
    private static final Set<String> FILE_SECTIONS = Set.of(
            "//", "resource", "data", "variable", "locals", "output", "terraform", "provider", "module",
            "moved", "import", "check", "removed");
    /** Roots of traversals Terraform itself resolves (or, for module outputs, that need the child module). */
    private static final Set<String> UNCHECKED_ROOTS = Set.of("module", "path", "terraform", "count", "each", "self");

    private final Map<String, JsonNode> files;
    private final Map<String, String> resourceFiles = new TreeMap<>(); // "aws_vpc.main" -> file name
    private final Set<String> variables = new HashSet<>();
    private final Set<String> locals = new HashSet<>();
    private final Set<String> dataSources = new HashSet<>();
    private final DependencyGraph dependencies = new DependencyGraph();
    private final List<String> problems = new ArrayList<>();

    private TerraformModuleValidator(Map<String, JsonNode> files) {
        this.files = new TreeMap<>(files);
    }

    /**
     * Every problem found, each naming the file, the resource address and the attribute; empty when valid.
     *
     * @param files the parsed {@code *.tf.json} files of one module, by file name
     */
    public static List<String> validate(Map<String, JsonNode> files) {
        return new TerraformModuleValidator(files).run();
    }

    private List<String> run() {
        files.forEach(this::collectDeclarations);
        files.forEach(this::checkFile);
        checkRequiredProvider();
        dependencies.findCycle().ifPresent(cycle -> problems.add("resources: dependency cycle " + String.join(" -> ", cycle)));
        return problems;
    }

    private void collectDeclarations(String file, JsonNode content) {
        forEachLabelled(content.path("resource"), (address, body) -> {
            String previous = resourceFiles.putIfAbsent(address, file);
            if (previous != null) {
                problems.add(file + ": resource." + address + " is already declared in " + previous);
            }
            dependencies.addNode(address);
        });
        forEachLabelled(content.path("data"), (address, body) -> dataSources.add(address));
        content.path("variable").fieldNames().forEachRemaining(variables::add);
        TerraformBlockChecker.instances(content.path("locals")).forEach(block -> block.fieldNames().forEachRemaining(locals::add));
    }

    private void checkFile(String file, JsonNode content) {
        if (!content.isObject()) {
            problems.add(file + ": must be a JSON object");
            return;
        }
        content.fieldNames().forEachRemaining(section -> {
            if (!FILE_SECTIONS.contains(section)) {
                problems.add(file + ": " + section + " is not a Terraform top-level block");
            }
        });
        forEachLabelled(content.path("resource"), (address, body) -> checkResource(file, address, body));
        forEachLabelled(content.path("data"), (address, body) -> checkReferences(file + ": data." + address, body, Optional.empty()));
        content.path("output").properties().forEach(output -> {
            String label = file + ": output." + output.getKey();
            if (!output.getValue().has("value")) {
                problems.add(label + ": missing required attribute value");
            }
            checkReferences(label, output.getValue(), Optional.empty());
        });
        for (String section : List.of("locals", "module", "provider")) {
            checkReferences(file + ": " + section, content.path(section), Optional.empty());
        }
    }

    private void checkResource(String file, String address, JsonNode body) {
        String label = file + ": resource." + address;
        String type = address.substring(0, address.indexOf('.'));
        JsonNode schema = RESOURCE_SCHEMAS.get(type);
        if (schema == null) {
            problems.add(label + ": unknown resource type " + type + " (not in the schema subset; see schemas/terraform/SOURCE.md)");
        } else {
            List<String> found = new ArrayList<>();
            new TerraformBlockChecker(found).checkResource(body, schema, "resource." + address);
            found.forEach(problem -> problems.add(file + ": " + problem));
        }
        // depends_on and lifecycle hold bare traversals and attribute names, not templates
        body.properties().forEach(field -> {
            if (!field.getKey().equals("depends_on") && !field.getKey().equals("lifecycle")) {
                checkReferences(label + "." + field.getKey(), field.getValue(), Optional.of(address));
            }
        });
        for (JsonNode entry : body.path("depends_on")) {
            checkDependsOn(label, address, entry);
        }
        for (JsonNode lifecycle : TerraformBlockChecker.instances(body.path("lifecycle"))) {
            checkLifecycle(label + ".lifecycle", schema, lifecycle);
        }
    }

    /**
     * The lifecycle block (Terraform's lifecycle meta-argument: create_before_destroy, prevent_destroy,
     * ignore_changes, replace_triggered_by, precondition, postcondition). In JSON, {@code ignore_changes} is
     * {@code "all"} or a list of strings, each an attribute of the resource type, optionally indexed
     * ({@code tags["Name"]}).
     */
    private void checkLifecycle(String label, JsonNode schema, JsonNode lifecycle) {
        if (!lifecycle.isObject()) {
            problems.add(label + ": must be a JSON object");
            return;
        }
        lifecycle.properties().forEach(field -> {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "create_before_destroy", "prevent_destroy" -> {
                    if (!value.isBoolean() && !(value.isTextual() && TerraformExpressions.hasExpression(value.asText()))) {
                        problems.add(label + "." + field.getKey() + ": must be a bool, not " + value);
                    }
                }
                case "ignore_changes" -> checkIgnoreChanges(label + ".ignore_changes", schema, value);
                case "replace_triggered_by", "precondition", "postcondition", "//" -> {
                }
                default -> problems.add(label + ": " + field.getKey() + " is not a lifecycle argument");
            }
        });
    }

    private void checkIgnoreChanges(String label, JsonNode schema, JsonNode value) {
        if (value.isTextual() && value.asText().equals("all")) {
            return;
        }
        if (!value.isArray()) {
            problems.add(label + ": must be \"all\" or a list of attribute names, not " + value);
            return;
        }
        for (JsonNode entry : value) {
            String name = entry.isTextual() ? entry.asText().split("[.\\[]", 2)[0] : "";
            if (name.isEmpty()) {
                problems.add(label + ": " + entry + " is not an attribute name");
            } else if (schema != null && !schema.path("attributes").has(name)
                    && !schema.path("block_types").has(name)) {
                problems.add(label + ": " + name + " is not an attribute of this resource type");
            }
        }
    }

    private void checkDependsOn(String label, String address, JsonNode entry) {
        List<Traversal> traversals = entry.isTextual() ? TerraformExpressions.traversalsInExpression(entry.asText()) : List.of();
        if (traversals.size() != 1) {
            problems.add(label + ".depends_on: " + entry + " is not a reference to a resource, data source or module");
            return;
        }
        Traversal target = traversals.get(0);
        String root = target.root();
        if (root.equals("module")) {
            return;
        }
        List<String> names = target.names();
        boolean declared = root.equals("data")
                ? names.size() >= 3 && dataSources.contains(names.get(1) + "." + names.get(2))
                : names.size() >= 2 && resourceFiles.containsKey(root + "." + names.get(1));
        if (!declared) {
            problems.add(label + ".depends_on: " + entry.asText() + " names no declared resource or data source");
        } else if (!root.equals("data")) {
            dependencies.addEdge(address, root + "." + names.get(1));
        }
    }

    /** Checks every traversal inside the strings of {@code node}; {@code from} is the resource that depends on them. */
    private void checkReferences(String label, JsonNode node, Optional<String> from) {
        if (node.isTextual()) {
            TerraformExpressions.traversalsInTemplate(node.asText()).forEach(t -> checkTraversal(label, t, from));
        } else {
            node.forEach(child -> checkReferences(label, child, from));
        }
    }

    private void checkTraversal(String label, Traversal traversal, Optional<String> from) {
        List<String> names = traversal.names();
        String root = traversal.root();
        String second = names.size() > 1 ? names.get(1) : "";
        switch (root) {
            case "var" -> require(variables.contains(second), label, traversal, "is not declared as a variable");
            case "local" -> require(locals.contains(second), label, traversal, "is not declared in locals");
            case "data" -> require(names.size() >= 3 && dataSources.contains(second + "." + names.get(2)),
                    label, traversal, "names no declared data source");
            default -> {
                if (!UNCHECKED_ROOTS.contains(root) && isResourceType(root)) {
                    checkResourceReference(label, traversal, from);
                }
                // anything else is a for-expression variable, keyword or literal
            }
        }
    }

    private void checkResourceReference(String label, Traversal traversal, Optional<String> from) {
        List<String> names = traversal.names();
        String address = names.size() > 1 ? names.get(0) + "." + names.get(1) : names.get(0);
        if (!resourceFiles.containsKey(address)) {
            problems.add(label + ": ${" + traversal.text() + "} names no declared resource " + address);
            return;
        }
        from.ifPresent(source -> dependencies.addEdge(source, address));
        JsonNode block = RESOURCE_SCHEMAS.path(names.get(0));
        if (names.size() > 2 && !block.isMissingNode()) {
            String attribute = names.get(2);
            require(block.path("attributes").has(attribute) || block.path("block_types").has(attribute),
                    label, traversal, "reads " + attribute + ", which " + names.get(0) + " does not have");
        }
    }

    /** Resource types are spelled provider_name; declared ones count even if not AWS. */
    private boolean isResourceType(String root) {
        return root.startsWith("aws_") || resourceFiles.keySet().stream().anyMatch(a -> a.startsWith(root + "."));
    }

    private void require(boolean ok, String label, Traversal traversal, String complaint) {
        if (!ok) {
            problems.add(label + ": ${" + traversal.text() + "} " + complaint);
        }
    }

    private void checkRequiredProvider() {
        JsonNode versions = files.get(VERSIONS_FILE);
        boolean requiresAws = versions != null && TerraformBlockChecker.instances(versions.path("terraform")).stream()
                .flatMap(terraform -> TerraformBlockChecker.instances(terraform.path("required_providers")).stream())
                .flatMap(providers -> {
                    List<JsonNode> requirements = new ArrayList<>();
                    providers.forEach(requirements::add);
                    return requirements.stream();
                })
                .anyMatch(requirement -> AWS_PROVIDER_SOURCES.contains(requirement.path("source").asText()));
        if (!requiresAws) {
            problems.add(VERSIONS_FILE + ": terraform.required_providers must require source hashicorp/aws");
        }
    }

    private interface LabelledBody {
        void accept(String address, JsonNode body);
    }

    /** Visits {@code {"type": {"name": body}}}, giving the address {@code type.name}. */
    private static void forEachLabelled(JsonNode section, LabelledBody visitor) {
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (JsonNode block : TerraformBlockChecker.instances(section)) {
            block.properties().forEach(type -> type.getValue().properties().forEach(
                    name -> bodies.put(type.getKey() + "." + name.getKey(), name.getValue())));
        }
        bodies.forEach(visitor::accept);
    }
}
