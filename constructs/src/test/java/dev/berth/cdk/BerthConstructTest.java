package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.diagnostics.InvalidProgramException;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.plan.compute.ComputeResources;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BerthConstructTest {

    private static JsonNode template(Stack stack) {
        App app = (App) stack.getNode().getRoot();
        return TemplateJson.mapper().valueToTree(app.synth().getStackByName(stack.getStackName()).getTemplate());
    }

    @Test
    void placesBerthsResourcesParametersAndOutputsWithTheSameLogicalIds() {
        App app = new App();
        BerthStack stack = new BerthStack(app, "Shop", Programs.web());
        JsonNode berth = Synthesizer.synthesize(Programs.web()).cloudFormation().orElseThrow();
        JsonNode cdk = template(stack);

        assertThat(TemplateEquivalence.differences(berth, cdk)).isEmpty();
        assertThat(cdk.path("Description").asText()).isEqualTo(berth.path("Description").asText());
        assertThat(stack.berth().resources()).hasSize(berth.path("Resources").size());
        assertThat(stack.berth().parameters()).containsOnlyKeys("ApiImageTag");
        assertThat(stack.berth().outputs()).containsKeys("WebLoadBalancerDnsName", "ApiServiceName");
    }

    @Test
    void aConstructInAnyScopeKeepsTheLogicalIds() {
        App app = new App();
        Stack stack = new Stack(app, "Host");
        software.constructs.Construct nested = new software.constructs.Construct(stack, "Deeply");
        new BerthConstruct(nested, "Shop", Programs.web());
        JsonNode berth = Synthesizer.synthesize(Programs.web()).cloudFormation().orElseThrow();

        assertThat(TemplateEquivalence.differences(berth, template(stack))).isEmpty();
    }

    /** A retained log group keeps its DeletionPolicy and UpdateReplacePolicy as the CDK's own options. */
    @Test
    void aRetainedLogGroupIsRetainedInTheCdkToo() {
        Application program = Application.builder("shop")
                .cluster("shop", c -> { })
                .service("api", s -> s.task(t -> t.cpu(256).memory(512).container("app", c -> c
                        .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1.0.0").port(8080)
                        .logging(l -> l.removalPolicy(dev.berth.RemovalPolicy.RETAIN)))))
                .build();
        App app = new App();
        BerthStack stack = new BerthStack(app, "Retained", program);
        JsonNode berth = Synthesizer.synthesize(program).cloudFormation().orElseThrow();
        JsonNode cdk = template(stack);

        assertThat(TemplateEquivalence.differences(berth, cdk)).isEmpty();
        assertThat(cdk.path("Resources").path("ApiLogGroup").path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(cdk.path("Resources").path("ApiLogGroup").path("UpdateReplacePolicy").asText()).isEqualTo("Retain");
        assertThat(stack.berth().resource("ApiLogGroup").getCfnOptions().getDeletionPolicy())
                .isEqualTo(software.amazon.awscdk.CfnDeletionPolicy.RETAIN);
    }

    @Test
    void aProgramWithErrorsThrowsWithEveryDiagnostic() {
        Application broken = Programs.web().toBuilder()
                .service("api", s -> s.task(t -> t.cpu(333).memory(1)
                        .container("app", c -> c.image("nginx:latest").port(80))))
                .build();
        App app = new App();

        assertThatThrownBy(() -> new BerthStack(app, "Broken", broken))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> {
                    assertThat(e.diagnostics().errors()).isNotEmpty()
                            .isEqualTo(Synthesizer.synthesize(broken).diagnostics().errors());
                    e.diagnostics().errors().forEach(d -> assertThat(e.getMessage()).contains(d.code()));
                });
    }

    @Test
    void valuesComeOutAsTokensThatResolveToTheResourcesAttributes() {
        App app = new App();
        BerthStack stack = new BerthStack(app, "Shop", Programs.web());
        BerthConstruct berth = stack.berth();
        new CfnOutput(stack, "Dns", software.amazon.awscdk.CfnOutputProps.builder()
                .value(berth.loadBalancerDnsName("web")).build());
        new CfnOutput(stack, "Cluster", software.amazon.awscdk.CfnOutputProps.builder()
                .value(berth.clusterName("shop")).build());
        new CfnOutput(stack, "Service", software.amazon.awscdk.CfnOutputProps.builder()
                .value(berth.serviceName("api")).build());
        new CfnOutput(stack, "ServiceArn", software.amazon.awscdk.CfnOutputProps.builder()
                .value(berth.serviceArn("api")).build());

        JsonNode outputs = template(stack).path("Outputs");
        assertThat(outputs.path("Dns").path("Value")).isEqualTo(getAtt("WebLoadBalancer", "DNSName"));
        assertThat(outputs.path("Cluster").path("Value")).isEqualTo(ref("ShopCluster"));
        assertThat(outputs.path("Service").path("Value")).isEqualTo(getAtt("ApiService", "Name"));
        assertThat(outputs.path("ServiceArn").path("Value")).isEqualTo(ref("ApiService"));
    }

    @Test
    void valuesOutWorkAcrossStacks() {
        App app = new App();
        BerthStack shop = new BerthStack(app, "Shop", Programs.web());
        Stack consumer = new Stack(app, "Consumer");
        new software.amazon.awscdk.CfnWaitConditionHandle(consumer, "Placeholder"); // a template needs a resource
        new CfnOutput(consumer, "Dns", software.amazon.awscdk.CfnOutputProps.builder()
                .value(shop.berth().loadBalancerDnsName("web")).build());

        var assembly = app.synth();
        JsonNode consumerTemplate = TemplateJson.mapper().valueToTree(assembly.getStackByName("Consumer").getTemplate());
        assertThat(consumerTemplate.path("Outputs").path("Dns").path("Value").has("Fn::ImportValue")).isTrue();
        JsonNode shopTemplate = TemplateJson.mapper().valueToTree(assembly.getStackByName("Shop").getTemplate());
        assertThat(shopTemplate.path("Outputs").toString()).contains("WebLoadBalancer", "DNSName", "Export");
    }

    @Test
    void escapeHatchOverridesAProperty() {
        App app = new App();
        BerthStack stack = new BerthStack(app, "Shop", Programs.web());
        stack.berth().resource(ComputeResources.Service.class, "api").addPropertyOverride("DeploymentConfiguration.MinimumHealthyPercent", 50);
        stack.berth().resource("ApiLogGroup").addPropertyOverride("RetentionInDays", 90);

        JsonNode resources = template(stack).path("Resources");
        assertThat(resources.path("ApiService").path("Properties").path("DeploymentConfiguration")
                .path("MinimumHealthyPercent").asInt()).isEqualTo(50);
        assertThat(resources.path("ApiLogGroup").path("Properties").path("RetentionInDays").asInt()).isEqualTo(90);
        assertThatThrownBy(() -> stack.berth().resource("NoSuchThing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ApiService");
    }

    @Test
    void documentedChoicesAreSuppressedWithReasons() {
        App app = new App();
        BerthStack stack = new BerthStack(app, "Shop", Programs.web());
        JsonNode resources = template(stack).path("Resources");
        assertThat(resources.path("WebAlbHttpsIngress").path("Metadata").path("cdk_nag").toString())
                .contains("AwsSolutions-EC23", "internet-facing");
        assertThat(resources.path("WebLoadBalancer").path("Metadata").path("cdk_nag").toString())
                .contains("AwsSolutions-ELB2", "accessLogs(bucket)");
        // New VPCs have flow logs, so VPC7 has nothing to suppress.
        assertThat(resources.path("ShopVpc").path("Metadata").path("cdk_nag").isMissingNode()).isTrue();
    }

    @Test
    void aLoadBalancerWithAccessLogsNeedsNoSuppression() {
        App app = new App();
        dev.berth.Application web = Programs.web();
        dev.berth.Application logged = new dev.berth.Application(web.name(), web.network(), web.endpoints(),
                web.clusters(), java.util.List.of(web.loadBalancers().get(0).toBuilder().accessLogs("shop-alb-logs")
                .build()), web.services(), web.tags());
        BerthStack stack = new BerthStack(app, "Shop", logged);
        JsonNode resources = template(stack).path("Resources");
        assertThat(resources.path("WebLoadBalancer").path("Metadata").path("cdk_nag").toString())
                .doesNotContain("AwsSolutions-ELB2");
    }

    @Test
    void aSplitProgramBecomesOneCdkStackPerBerthStack() {
        dev.berth.Application program = Programs.web();
        var options = dev.berth.synth.cloudformation.CloudFormationOptions.builder()
                .layout(dev.berth.synth.cloudformation.StackLayout.PER_SERVICE).build();
        dev.berth.synth.Synthesis berth = Synthesizer.synthesize(program, options);
        App app = new App();
        java.util.List<BerthStack> stacks = BerthStack.allStacks(app, program, options);

        assertThat(stacks).extracting(Stack::getStackName).containsExactlyElementsOf(
                berth.cloudFormationStacks().stream().map(dev.berth.synth.cloudformation.CloudFormationStack::name)
                        .toList());
        var assembly = app.synth();
        for (var stack : berth.cloudFormationStacks()) {
            JsonNode cdk = TemplateJson.mapper().valueToTree(assembly.getStackByName(stack.name()).getTemplate());
            assertThat(TemplateEquivalence.differences(stack.template(), cdk)).as(stack.name()).isEmpty();
        }
        assertThat(stacks.get(1).getDependencies()).contains(stacks.get(0));
    }

    private static JsonNode getAtt(String logicalId, String attribute) {
        return TemplateJson.mapper().valueToTree(Map.of("Fn::GetAtt", java.util.List.of(logicalId, attribute)));
    }

    private static JsonNode ref(String logicalId) {
        return TemplateJson.mapper().valueToTree(Map.of("Ref", logicalId));
    }
}
