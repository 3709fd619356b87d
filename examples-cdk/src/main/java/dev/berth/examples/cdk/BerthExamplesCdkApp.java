package dev.berth.examples.cdk;

import dev.berth.synth.Program;
import dev.berth.cdk.BerthStack;
import dev.berth.examples.BerthExamples;
import software.amazon.awscdk.App;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled examples as an AWS CDK app: one environment-agnostic CDK stack per CloudFormation stack Berth writes,
 * named alike ({@code Shop}; {@code Billing}, {@code BillingInvoices}, ... for a program split into stacks).
 * {@code cdk.json} at the repository root runs it; see README.md.
 */
public final class BerthExamplesCdkApp {

    private BerthExamplesCdkApp() {
    }

    /** Adds each example's stacks to {@code app}; example name to its stacks, the shared (or only) one first. */
    public static Map<String, List<BerthStack>> addStacks(App app) {
        Map<String, List<BerthStack>> stacks = new LinkedHashMap<>();
        for (Map.Entry<String, Program> example : BerthExamples.all().entrySet()) {
            Program program = example.getValue();
            stacks.put(example.getKey(), BerthStack.allStacks(app, program.application().get(),
                    program.cloudFormation()));
        }
        return stacks;
    }

    public static void main(String[] args) {
        App app = new App();
        addStacks(app);
        app.synth();
    }
}
