package dev.berth.cdk;

import dev.berth.Application;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.CloudFormationStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * A stack that holds one Berth program ({@link BerthConstruct}) and takes its template description. Environment
 * agnostic unless {@code props} give an environment: Berth looks nothing up, so synthesis needs no AWS account.
 *
 * <p>A program beyond one stack's limits (or with {@code StackLayout.PER_SERVICE} in its {@link CloudFormationOptions}) is several CloudFormation stacks;
 * {@link #allStacks} places each in a stack of its own, as Berth writes them.
 */
public class BerthStack extends Stack {

    private final BerthConstruct berth;

    public BerthStack(Construct scope, String id, Application program) {
        this(scope, id, null, program);
    }

    public BerthStack(Construct scope, String id, StackProps props, Application program) {
        super(scope, id, props);
        this.berth = new BerthConstruct(this, "Berth", program);
        describe(props);
    }

    private BerthStack(Construct scope, String id, StackProps props, Synthesis synthesis, CloudFormationStack stack) {
        super(scope, id, props);
        this.berth = new BerthConstruct(this, "Berth", synthesis, stack);
        describe(props);
    }

    private void describe(StackProps props) {
        getTemplateOptions().setTemplateFormatVersion("2010-09-09");
        if (props == null || props.getDescription() == null) {
            getTemplateOptions().setDescription(berth.template().path("Description").asText());
        }
    }

    /**
     * One CDK stack per CloudFormation stack of the program, named as Berth names them (e.g. {@code Shop},
     * {@code ShopApi}); the service stacks depend on the shared stack, whose exports they import, so
     * {@code cdk deploy --all} deploys them in order. A program that fits in one stack gives one.
     *
     * @throws dev.berth.diagnostics.InvalidProgramException with every diagnostic, if the program has errors
     */
    public static List<BerthStack> allStacks(Construct scope, Application program) {
        return allStacks(scope, program, CloudFormationOptions.defaults());
    }

    /** {@link #allStacks(Construct, Application)} with the program's CloudFormation options (layout, groups). */
    public static List<BerthStack> allStacks(Construct scope, Application program, CloudFormationOptions options) {
        Synthesis synthesis = BerthConstruct.succeeded(Synthesizer.synthesize(program, options));
        List<BerthStack> stacks = new ArrayList<>();
        for (CloudFormationStack stack : synthesis.cloudFormationStacks()) {
            BerthStack placed = new BerthStack(scope, stack.name(), StackProps.builder().stackName(stack.name())
                    .build(), synthesis, stack);
            if (!stacks.isEmpty()) {
                placed.addStackDependency(stacks.get(0)); // addDependency is deprecated in aws-cdk-lib 2.263 for this name
            }
            stacks.add(placed);
        }
        return stacks;
    }

    /** The program's resources, parameters and outputs, and its values as tokens. */
    public BerthConstruct berth() {
        return berth;
    }
}
