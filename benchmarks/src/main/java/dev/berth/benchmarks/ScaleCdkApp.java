package dev.berth.benchmarks;

import dev.berth.Application;
import dev.berth.cdk.BerthStack;
import dev.berth.synth.testing.ScalePrograms;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/**
 * The generated program {@code ScalePrograms.withServices(N)} as an AWS CDK app, with N from the environment variable
 * {@code BERTH_SERVICES} (default 1): one stack {@code Scale} holding Berth's construct, as a CDK user would write it.
 * For {@code npx cdk synth -a "java -cp benchmarks/target/classes:$(cat benchmarks/target/cdk-app.classpath)
 * dev.berth.benchmarks.ScaleCdkApp"} (see benchmarks/run.sh).
 */
public final class ScaleCdkApp {

    /** The stack name Berth gives the program {@code scale} (Berth's own output is {@code Scale.template.json}). */
    static final String STACK = "Scale";

    private ScaleCdkApp() {
    }

    public static void main(String[] args) {
        int services = Integer.parseInt(System.getenv().getOrDefault("BERTH_SERVICES", "1"));
        Application program = ScalePrograms.withServices(services);
        App app = new App();
        new BerthStack(app, STACK, StackProps.builder().stackName(STACK).build(), program);
        app.synth();
    }
}
