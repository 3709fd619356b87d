package dev.berth.examples.cdk;

import dev.berth.Application;
import dev.berth.cdk.BerthStack;
import dev.berth.examples.BerthExamples;
import dev.berth.synth.Synthesizer;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bundled examples as an AWS CDK app: one environment-agnostic stack per example, named like the example's
 * CloudFormation stack ({@code Shop}). {@code cdk.json} at the repository root runs it; see README.md.
 */
public final class BerthExamplesCdkApp {

    private BerthExamplesCdkApp() {
    }

    /** Adds one stack per example to {@code app}; example name to stack. */
    public static Map<String, BerthStack> addStacks(App app) {
        Map<String, BerthStack> stacks = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Application>> example : BerthExamples.all().entrySet()) {
            Application program = example.getValue().get();
            String stackName = Synthesizer.synthesize(program).stackName();
            BerthStack stack = new BerthStack(app, stackName,
                    StackProps.builder().stackName(stackName).build(), program);
            stacks.put(example.getKey(), stack);
        }
        return stacks;
    }

    public static void main(String[] args) {
        App app = new App();
        addStacks(app);
        app.synth();
    }
}
