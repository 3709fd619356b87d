package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.InvalidProgramException;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.cloudformation.CloudFormationStack;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.validation.Rule;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnDeletionPolicy;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Token;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Berth program inside any CDK scope: every resource, parameter and output of Berth's own CloudFormation template,
 * with the same logical IDs, types and properties (the {@link CloudFormationRenderer}'s output, placed as
 * {@link CfnResource}s; nothing is derived again here). So {@code cdk synth} and Berth's own synthesis give the same
 * resources.
 *
 * <p>CDK values go in as plain strings: an {@code IVpc}'s {@code getVpcId()}, subnet IDs, an {@code ISecret}'s ARN,
 * an {@code IRole}'s ARN or a certificate ARN are tokens, which Berth passes through untouched and the CDK resolves
 * when it writes the template. Values come out as tokens ({@link #loadBalancerDnsName}, {@link #clusterName},
 * {@link #serviceName}, ...), usable by other constructs and stacks; {@link #resource(String)} is the escape hatch for
 * overrides ({@code addPropertyOverride}).
 *
 * <p>Logical IDs are global to a stack: place one Berth program per stack (or programs whose names do not collide).
 * The deliberate choices of Berth that cdk-nag's AwsSolutions pack reports are suppressed, with their reasons, in the
 * resources' metadata ({@link BerthNagSuppressions#documentedChoices}).
 */
public class BerthConstruct extends Construct {

    private static final Set<String> TEMPLATE_SECTIONS =
            Set.of("AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs");

    private final Synthesis synthesis;
    private final ObjectNode template;
    private final Map<String, CfnResource> resources = new LinkedHashMap<>();
    private final Map<String, CfnParameter> parameters = new LinkedHashMap<>();
    private final Map<String, CfnOutput> outputs = new LinkedHashMap<>();

    /**
     * Validates, plans and renders {@code program}, and places its resources into this construct.
     *
     * @throws InvalidProgramException with every diagnostic, if the program has errors
     * @throws IllegalArgumentException if a CDK token ended up inside an {@code Fn::Sub} string, which the CDK
     *                                  cannot resolve into a valid template
     */
    public BerthConstruct(Construct scope, String id, Application program) {
        this(scope, id, succeeded(Synthesizer.synthesize(program)), null);
    }

    /**
     * Places one stack of a synthesised program (see {@link BerthStack#allStacks}); {@code stack} null means the
     * whole program as one template.
     */
    BerthConstruct(Construct scope, String id, Synthesis synthesis, CloudFormationStack stack) {
        super(scope, id);
        this.synthesis = synthesis;
        for (Diagnostic warning : synthesis.diagnostics().warnings()) {
            // the CDK deploys every template through its bootstrap bucket, so the inline size limit never applies
            if (!warning.code().equals(Rule.TEMPLATE_NEEDS_S3.code())) {
                Annotations.of(this).addWarningV2("berth:" + warning.code(), warning.toString());
            }
        }
        this.template = stack == null ? synthesis.cloudFormation().orElseThrow() : stack.template();
        List<String> tokensInSub = TokensInSub.find(template);
        if (!tokensInSub.isEmpty()) {
            throw new IllegalArgumentException("CDK tokens inside Fn::Sub strings at " + tokensInSub
                    + ": the CDK cannot resolve a token inside Fn::Sub; pass a literal value there");
        }
        template.fieldNames().forEachRemaining(section -> {
            if (!TEMPLATE_SECTIONS.contains(section)) {
                throw new IllegalStateException("template section " + section + " is not supported in CDK yet");
            }
        });
        addParameters(template.path("Parameters"));
        addResources(template.path("Resources"));
        addOutputs(template.path("Outputs"));
        BerthNagSuppressions.documentedChoices(this);
    }

    static Synthesis succeeded(Synthesis synthesis) {
        if (!synthesis.succeeded()) {
            throw new InvalidProgramException(synthesis.diagnostics());
        }
        return synthesis;
    }

    /** The CloudFormation template this construct places (the whole program, or one stack of a split program). */
    public ObjectNode template() {
        return template;
    }

    private void addParameters(JsonNode section) {
        section.properties().forEach(e -> {
            CfnParameter parameter = new CfnParameter(this, e.getKey());
            e.getValue().properties().forEach(p -> {
                JsonNode v = p.getValue();
                switch (p.getKey()) {
                    case "Type" -> parameter.setType(v.textValue());
                    case "Description" -> parameter.setDescription(v.textValue());
                    case "Default" -> parameter.setDefaultValue(PlainJava.of(v));
                    case "AllowedPattern" -> parameter.setAllowedPattern(v.textValue());
                    case "AllowedValues" -> parameter.setAllowedValues(stringList(v));
                    case "ConstraintDescription" -> parameter.setConstraintDescription(v.textValue());
                    case "MinLength" -> parameter.setMinLength(v.numberValue());
                    case "MaxLength" -> parameter.setMaxLength(v.numberValue());
                    case "MinValue" -> parameter.setMinValue(v.numberValue());
                    case "MaxValue" -> parameter.setMaxValue(v.numberValue());
                    case "NoEcho" -> parameter.setNoEcho(v.booleanValue());
                    default -> throw new IllegalStateException(
                            "parameter attribute " + p.getKey() + " is not supported in CDK yet");
                }
            });
            parameter.overrideLogicalId(e.getKey());
            parameters.put(e.getKey(), parameter);
        });
    }

    private void addResources(JsonNode section) {
        section.properties().forEach(e -> {
            JsonNode node = e.getValue();
            CfnResource resource = CfnResource.Builder.create(this, e.getKey())
                    .type(node.path("Type").textValue())
                    .properties(PlainJava.map(node.path("Properties")))
                    .build();
            resource.overrideLogicalId(e.getKey());
            node.properties().forEach(attribute -> {
                switch (attribute.getKey()) {
                    case "Type", "Properties", "DependsOn" -> {
                    }
                    // A retained resource (a log group kept on deletion): the CDK's own options, so that the CDK
                    // (and aspects reading them) see the policy, not an opaque override.
                    case "DeletionPolicy" -> resource.getCfnOptions().setDeletionPolicy(
                            deletionPolicy(attribute.getValue().textValue()));
                    case "UpdateReplacePolicy" -> resource.getCfnOptions().setUpdateReplacePolicy(
                            deletionPolicy(attribute.getValue().textValue()));
                    // Resource attributes the CDK has no typed setter for on a generic CfnResource, verbatim.
                    default -> resource.addOverride(attribute.getKey(), PlainJava.of(attribute.getValue()));
                }
            });
            resources.put(e.getKey(), resource);
        });
        section.properties().forEach(e -> {
            JsonNode dependsOn = e.getValue().path("DependsOn");
            for (JsonNode target : dependsOn.isArray() ? dependsOn : List.of(dependsOn)) {
                if (target.isTextual()) {
                    resources.get(e.getKey()).addResourceDependency(resource(target.textValue()));
                }
            }
        });
    }

    /** {@code Retain} as the CDK's {@link CfnDeletionPolicy#RETAIN}, and so on ({@code RetainExceptOnCreate}...). */
    static CfnDeletionPolicy deletionPolicy(String value) {
        return CfnDeletionPolicy.valueOf(value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
    }

    private void addOutputs(JsonNode section) {
        section.properties().forEach(e -> {
            JsonNode node = e.getValue();
            JsonNode value = node.path("Value");
            CfnOutput output = CfnOutput.Builder.create(this, e.getKey())
                    .value(value.isTextual() ? value.textValue() : Token.asString(PlainJava.of(value)))
                    .build();
            node.properties().forEach(attribute -> {
                switch (attribute.getKey()) {
                    case "Value" -> {
                    }
                    case "Description" -> output.setDescription(attribute.getValue().textValue());
                    case "Export" -> output.setExportName(Token.asString(PlainJava.of(
                            attribute.getValue().path("Name"))));
                    default -> throw new IllegalStateException(
                            "output attribute " + attribute.getKey() + " is not supported in CDK yet");
                }
            });
            output.overrideLogicalId(e.getKey());
            outputs.put(e.getKey(), output);
        });
    }

    private static List<String> stringList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }

    /** Berth's synthesis of the program: diagnostics (warnings only), plan and the CloudFormation template. */
    public Synthesis synthesis() {
        return synthesis;
    }

    public Plan plan() {
        return synthesis.plan().orElseThrow();
    }

    /** Every resource by logical ID, in the template's order. */
    public Map<String, CfnResource> resources() {
        return Collections.unmodifiableMap(resources);
    }

    /**
     * The resource with this logical ID (as in Berth's template, e.g. {@code ApiTaskDefinition}): the escape hatch
     * for what Berth does not model, e.g. {@code resource("ApiService").addPropertyOverride("...", ...)}.
     *
     * @throws IllegalArgumentException if the program has no such resource; the message lists the logical IDs
     */
    public CfnResource resource(String logicalId) {
        CfnResource resource = resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("no resource " + logicalId + " in this Berth program; it has "
                    + resources.keySet());
        }
        return resource;
    }

    /** The resource of one kind with this program name, e.g. {@code resource(ComputeResources.Service.class, "api")}. */
    public CfnResource resource(Class<? extends PlannedResource> kind, String... name) {
        return resource(CloudFormationRenderer.logicalId(ResourceId.of(kind, name)));
    }

    /** Every CloudFormation parameter (deploy-time input) by logical ID, e.g. {@code ApiImageTag}. */
    public Map<String, CfnParameter> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Every CloudFormation output by logical ID, e.g. {@code WebLoadBalancerDnsName}. */
    public Map<String, CfnOutput> outputs() {
        return Collections.unmodifiableMap(outputs);
    }

    /** The DNS name of the load balancer named {@code loadBalancer} in the program, as a token. */
    public String loadBalancerDnsName(String loadBalancer) {
        return Token.asString(resource(LoadBalancingResources.LoadBalancer.class, loadBalancer).getAtt("DNSName"));
    }

    /** The ARN of the load balancer named {@code loadBalancer} in the program, as a token. */
    public String loadBalancerArn(String loadBalancer) {
        return resource(LoadBalancingResources.LoadBalancer.class, loadBalancer).getRef();
    }

    /** The name of the ECS cluster named {@code cluster} in the program, as a token. */
    public String clusterName(String cluster) {
        return resource(ComputeResources.Cluster.class, cluster).getRef();
    }

    /** The ARN of the ECS cluster named {@code cluster} in the program, as a token. */
    public String clusterArn(String cluster) {
        return Token.asString(resource(ComputeResources.Cluster.class, cluster).getAtt("Arn"));
    }

    /** The name of the ECS service named {@code service} in the program, as a token. */
    public String serviceName(String service) {
        return Token.asString(resource(ComputeResources.Service.class, service).getAtt("Name"));
    }

    /** The ARN of the ECS service named {@code service} in the program, as a token. */
    public String serviceArn(String service) {
        return resource(ComputeResources.Service.class, service).getRef();
    }

    /**
     * The {@code appspec.yaml} text of the service named {@code service}, deployed by CodeDeploy (deployment
     * controller CODE_DEPLOY), e.g. to put in a pipeline's source; its task definition is the placeholder
     * {@code <TASK_DEFINITION>} (docs/deployments.md). Berth's own synthesis writes the same text to
     * {@code codedeploy/<service>.appspec.yaml}.
     *
     * @throws IllegalArgumentException when the service is not deployed by CodeDeploy
     */
    public String appSpec(String service) {
        String text = synthesis.appSpecs().get(service);
        if (text == null) {
            throw new IllegalArgumentException("service " + service + " is not deployed by CodeDeploy; these are: "
                    + synthesis.appSpecs().keySet());
        }
        return text;
    }

    /** The name of the CodeDeploy deployment group of the service named {@code service}, as a token. */
    public String codeDeployDeploymentGroupName(String service) {
        return resource(dev.berth.synth.plan.deployment.DeploymentResources.CodeDeployDeploymentGroup.class, service)
                .getRef();
    }
}
