package dev.berth.synth.rendering.deployment;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.deployment.DeploymentResources.CodeDeployApplication;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::CodeDeploy::Application / aws_codedeploy_app on the ECS compute platform. {@code Ref} is the application's
 * name, as is the provider's {@code name}.
 */
public final class CodeDeployApplicationRendering extends Rendering<CodeDeployApplication> {

    private static final String ECS = "ECS";

    public CodeDeployApplicationRendering() {
        super(CodeDeployApplication.class, cfn("AWS::CodeDeploy::Application", "CodeDeployApplication").ref(Attr.NAME),
                tf("aws_codedeploy_app").attr(Attr.NAME, "name"));
    }

    @Override
    protected void cloudFormation(CodeDeployApplication r, Body p) {
        p.string("ApplicationName", r.name())
                .string("ComputePlatform", ECS)
                .tags(r.tags());
    }

    @Override
    protected void terraform(CodeDeployApplication r, Body b) {
        b.string("name", r.name())
                .string("compute_platform", ECS)
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "ApplicationName", "name"),
                Parity.value("platform", "ComputePlatform", "compute_platform"));
    }
}
