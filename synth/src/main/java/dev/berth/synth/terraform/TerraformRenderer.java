package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.CreationOrder;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.rendering.Rendering;
import dev.berth.synth.rendering.Renderings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a {@link Plan} into a Terraform JSON module for provider {@code hashicorp/aws} 6. A pure translation:
 * it decides nothing the plan did not decide and does no file I/O.
 */
public final class TerraformRenderer {

    private TerraformRenderer() {
    }

    public static TerraformModule render(Plan plan) {
        TfValues values = new TfValues();
        ObjectNode resources = resources(plan.resources(), plan.order(), values);
        // outputs are rendered before main.tf.json is assembled: they may read data sources too
        ObjectNode outputs = ModuleFiles.outputs(plan.outputs(), values);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.tf.json", Json.pretty(main(values.dataSources(), resources)));
        files.put("variables.tf.json", Json.pretty(ModuleFiles.variables(plan.inputs())));
        files.put("outputs.tf.json", Json.pretty(outputs));
        files.put("versions.tf.json", Json.pretty(ModuleFiles.versions()));
        files.put("README.md", Readme.render(plan, values.dataSources()));
        return new TerraformModule(plan.name(), files);
    }

    /** The resource's address, {@code <type>.<snake name>}, e.g. {@code aws_iam_role.api_task}. */
    public static String address(ResourceId id) {
        return type(id.kind()) + "." + Names.snake(id.name());
    }

    /** The Terraform resource type of a kind, e.g. {@code aws_ecs_service}. */
    public static String type(Class<? extends PlannedResource> kind) {
        return Renderings.of(kind).terraform().type();
    }

    /**
     * {@code {"<type>": {"<name>": body}}}: types in order of their first resource, resources in plan order, each with
     * the {@code depends_on} the plan's creation order states for it.
     */
    private static ObjectNode resources(List<PlannedResource> resources, CreationOrder order, TfValues values) {
        Map<String, ResourceId> seen = new HashMap<>();
        ObjectNode byType = Json.object();
        for (PlannedResource resource : resources) {
            ResourceId id = resource.id();
            ResourceId other = seen.putIfAbsent(address(id), id);
            if (other != null) {
                throw new IllegalStateException(id + " and " + other + " share the address " + address(id));
            }
            TfBody body = new TfBody(values);
            Renderings.of(resource).writeTerraform(resource, body);
            putDependsOn(body.build(), order.dependsOn(id));
            byType.withObjectProperty(type(id.kind())).set(Names.snake(id.name()), body.build());
            for (Rendering.TerraformCompanion companion : Renderings.of(resource).terraformCompanionsOf(resource)) {
                String address = companion.type() + "." + companion.nameFor(Names.snake(id.name()));
                ResourceId clash = seen.putIfAbsent(address, id);
                if (clash != null) {
                    throw new IllegalStateException(id + " and " + clash + " share the address " + address);
                }
                TfBody companionBody = new TfBody(values);
                companion.body().accept(companionBody);
                byType.withObjectProperty(companion.type()).set(companion.nameFor(Names.snake(id.name())),
                        companionBody.build());
            }
        }
        return byType;
    }

    /** Last in the body; bare addresses, because depends_on takes references, not templates. */
    private static void putDependsOn(ObjectNode body, List<ResourceId> dependsOn) {
        if (!dependsOn.isEmpty()) {
            ArrayNode addresses = body.putArray("depends_on");
            dependsOn.forEach(id -> addresses.add(address(id)));
        }
    }

    private static ObjectNode main(Set<DataSource> dataSources, ObjectNode resources) {
        ObjectNode main = Json.object();
        if (!dataSources.isEmpty()) {
            ObjectNode data = main.putObject("data");
            dataSources.forEach(source -> data.withObjectProperty(source.type()).set(source.label(), source.body()));
        }
        if (!resources.isEmpty()) {
            main.set("resource", resources);
        }
        return main;
    }
}
