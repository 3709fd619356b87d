package dev.berth.benchmarks;

import dev.berth.Application;
import dev.berth.cdk.BerthStack;
import dev.berth.synth.testing.ScalePrograms;
import software.amazon.awscdk.App;

/**
 * The generated program {@code ScalePrograms.withServices(N)} as an AWS CDK app, with N from the environment variable
 * {@code BERTH_SERVICES} (default 1): Berth's stacks as CDK stacks ({@link BerthStack#allStacks}), as a CDK user would
 * write it: one stack {@code Scale} while the program fits, else the shared stack and one stack per service.
 * For {@code npx cdk synth -a "java -cp benchmarks/target/classes:$(cat benchmarks/target/cdk-app.classpath)
 * dev.berth.benchmarks.ScaleCdkApp"} (see benchmarks/run.sh).
 */
public final class ScaleCdkApp {

    private ScaleCdkApp() {
    }

    public static void main(String[] args) {
        int services = Integer.parseInt(System.getenv().getOrDefault("BERTH_SERVICES", "1"));
        Application program = ScalePrograms.withServices(services);
        App app = new App();
        BerthStack.allStacks(app, program);
        app.synth();
    }
}
