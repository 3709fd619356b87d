package dev.berth.synth.terraform;

import dev.berth.synth.diagram.Architecture;
import dev.berth.synth.diagram.Mermaid;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.rendering.Rendering;
import dev.berth.synth.rendering.Renderings;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * The module's README.md, in the layout terraform-docs gives the terraform-aws-modules: usage, requirements,
 * resources, inputs, outputs; after the introduction, an architecture diagram (Mermaid, which GitHub renders). The text is laid out by a Freemarker template; this class prepares its cells.
 */
final class Readme {

    private static final String TEMPLATE = "README.md.ftl";
    private static final String REGISTRY_DOCS = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/";
    private static final Configuration FREEMARKER = configuration();

    private Readme() {
    }

    static String render(Plan plan, Set<DataSource> dataSources) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", plan.name());
        model.put("description", plan.description());
        model.put("usage", usage(plan));
        model.put("terraformVersion", ModuleFiles.TERRAFORM_VERSION);
        model.put("awsVersion", ModuleFiles.AWS_PROVIDER_VERSION);
        model.put("resources", resources(plan.resources(), dataSources));
        model.put("inputs", inputs(plan.inputs()));
        model.put("outputs", outputs(plan.outputs()));
        model.put("order", order(plan));
        model.put("autoScaled", autoScaled(plan.resources()));
        model.put("endpoints", plan.resources().stream().filter(r -> r instanceof NetworkResources.VpcEndpoint)
                .map(r -> TerraformRenderer.address(r.id())).toList());
        model.put("egress", egress(plan.resources()));
        Architecture architecture = Architecture.of(plan);
        model.put("diagram", Mermaid.flowchart(architecture.diagram()));
        model.put("services", architecture.services());
        model.put("servicesShown", architecture.servicesShown());
        try {
            Template template = FREEMARKER.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the README template " + TEMPLATE + " failed to load", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the README template " + TEMPLATE + " failed", e);
        }
    }

    /** Configured once and never changed: the same model gives the same bytes on every machine and locale. */
    private static Configuration configuration() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        // Through the class, not its loader: in the named module the loader finds only resources of packages opened to
        // everyone, Readme.class.getResource those of packages opened to its caller (module-info: to freemarker).
        config.setClassForTemplateLoading(Readme.class, "/dev/berth/synth/terraform");
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setLocale(Locale.ROOT);
        config.setLocalizedLookup(false);
        config.setNumberFormat("computer");
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        return config;
    }

    /** The module block's body lines, each input with its default, equals signs aligned as terraform fmt does. */
    private static List<String> usage(Plan plan) {
        int width = plan.inputs().stream().mapToInt(i -> Names.snake(i.name()).length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (Input input : plan.inputs()) {
            String name = Names.snake(input.name());
            lines.add(name + " ".repeat(width - name.length()) + " = " + TfValues.quoted(input.defaultValue()));
        }
        return lines;
    }

    private static List<Map<String, String>> resources(List<PlannedResource> resources, Set<DataSource> dataSources) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlannedResource resource : resources) {
            String type = TerraformRenderer.type(resource.id().kind());
            rows.add(Map.of("address", TerraformRenderer.address(resource.id()),
                    "link", REGISTRY_DOCS + "resources/" + withoutPrefix(type), "kind", "resource"));
            for (Rendering.TerraformCompanion companion : Renderings.of(resource).terraformCompanionsOf(resource)) {
                rows.add(Map.of("address", companion.type() + "." + companion.nameFor(Names.snake(resource.id().name())),
                        "link", REGISTRY_DOCS + "resources/" + withoutPrefix(companion.type()), "kind", "resource"));
            }
        }
        for (DataSource source : dataSources) {
            rows.add(Map.of("address", source.type() + "." + source.label(),
                    "link", REGISTRY_DOCS + "data-sources/" + withoutPrefix(source.type()), "kind", "data source"));
        }
        return rows;
    }

    private static List<Map<String, String>> inputs(List<Input> inputs) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Input input : inputs) {
            String name = Names.snake(input.name());
            rows.add(Map.of("name", name, "anchor", anchor(name), "description", cell(input.description()),
                    "type", "string", "default", cell(TfValues.quoted(input.defaultValue()))));
        }
        return rows;
    }

    private static List<Map<String, String>> outputs(List<Output> outputs) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Output output : outputs) {
            String name = Names.snake(output.name());
            rows.add(Map.of("name", name, "anchor", anchor(name), "description", cell(output.description())));
        }
        return rows;
    }

    /** Each resource with a {@code depends_on}, and what it names: the order no reference already gives. */
    private static List<Map<String, String>> order(Plan plan) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlannedResource resource : plan.resources()) {
            List<String> after = plan.order().dependsOn(resource.id()).stream()
                    .map(id -> "`" + TerraformRenderer.address(id) + "`").toList();
            if (!after.isEmpty()) {
                rows.add(Map.of("address", TerraformRenderer.address(resource.id()), "after",
                        String.join("<br>", after)));
            }
        }
        return rows;
    }

    /** The ECS services whose desired count Application Auto Scaling owns once they exist. */
    private static List<String> autoScaled(List<PlannedResource> resources) {
        return resources.stream().filter(r -> r instanceof ComputeResources.Service s && s.desiredCountAutoScaled())
                .map(r -> TerraformRenderer.address(r.id())).toList();
    }

    /** Every egress rule of the module and why it exists: what the tasks and load balancers may reach. */
    private static List<Map<String, String>> egress(List<PlannedResource> resources) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlannedResource r : resources) {
            if (r instanceof NetworkResources.SecurityGroupEgress rule) {
                rows.add(Map.of("address", TerraformRenderer.address(r.id()), "why", cell(rule.description())));
            }
        }
        return rows;
    }

    private static String withoutPrefix(String type) {
        return type.substring("aws_".length());
    }


    /** A link to an anchor in Markdown: an underscore would start emphasis. */
    private static String anchor(String name) {
        return name.replace("_", "\\_");
    }

    /** One Markdown table cell: a pipe would end the cell and a line break the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "<br>");
    }
}
