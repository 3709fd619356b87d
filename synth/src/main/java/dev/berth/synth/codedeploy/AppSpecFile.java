package dev.berth.synth.codedeploy;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.deployment.DeploymentResources.AppSpec;
import dev.berth.synth.plan.deployment.DeploymentResources.CodeDeployDeploymentGroup;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The {@code appspec.yaml} of each CodeDeploy deployment group of a plan (ECS compute platform: version 0.0, one
 * {@code TargetService} of type AWS::ECS::Service with its task definition, load balancer container and port,
 * platform version on Fargate, network configuration where known, and the Lambda hooks). Laid out by a Freemarker
 * template; every string is written double-quoted (JSON escaping is valid YAML).
 */
public final class AppSpecFile {

    private static final String TEMPLATE = "appspec.yaml.ftl";
    private static final Configuration FREEMARKER = configuration();

    private AppSpecFile() {
    }

    /**
     * The AppSpec files of the plan's deployment groups.
     *
     * @param plan the plan
     * @return service name to the file's text, in plan order; empty without CODE_DEPLOY services
     */
    public static Map<String, String> of(Plan plan) {
        Map<String, String> files = new LinkedHashMap<>();
        plan.resources().stream().filter(r -> r instanceof CodeDeployDeploymentGroup)
                .map(r -> ((CodeDeployDeploymentGroup) r).appSpec())
                .forEach(spec -> files.put(spec.service(), text(spec)));
        return files;
    }

    /** The file's path under the program's output folder. */
    public static String path(String service) {
        return "codedeploy/" + service + ".appspec.yaml";
    }

    static String text(AppSpec spec) {
        Map<String, Object> model = new HashMap<>();
        model.put("service", spec.service());
        model.put("taskDefinitionPlaceholder", spec.taskDefinition());
        model.put("taskDefinition", quoted(spec.taskDefinition()));
        model.put("containerName", quoted(spec.containerName()));
        model.put("containerPort", spec.containerPort());
        if (spec.platformVersion() != null) {
            model.put("platformVersion", quoted(spec.platformVersion()));
        }
        model.put("subnets", spec.subnets().stream().map(AppSpecFile::quoted).toList());
        model.put("securityGroups", spec.securityGroups().stream().map(AppSpecFile::quoted).toList());
        if (spec.assignPublicIp() != null) {
            model.put("assignPublicIp", quoted(spec.assignPublicIp()));
        }
        List<Map<String, String>> hooks = new ArrayList<>();
        spec.hooks().forEach((event, function) -> hooks.add(Map.of("event", event, "function", quoted(function))));
        model.put("hooks", hooks);
        try {
            Template template = FREEMARKER.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the AppSpec template " + TEMPLATE + " failed to load", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the AppSpec template " + TEMPLATE + " failed", e);
        }
    }

    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** Configured once and never changed: the same plan gives the same bytes on every machine and locale. */
    private static Configuration configuration() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        // through the class: in the named module only packages opened to freemarker are readable (module-info)
        config.setClassForTemplateLoading(AppSpecFile.class, "/dev/berth/synth/codedeploy");
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
}
