package dev.berth.synth;

import dev.berth.Application;
import dev.berth.synth.cloudformation.CloudFormationOptions;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A program as the command line runs it: how to build the application, and the options of targets that have
 * settings of their own (how CloudFormation output is split into stacks).
 *
 * <p>A program is itself a {@code Supplier<Application>}, so a map given to {@link Berth#run Berth.run} can hold
 * plain suppliers (default options) and programs with options alike.
 *
 * @param application   builds the program's model (called once per command)
 * @param cloudFormation the CloudFormation options. Default: {@link CloudFormationOptions#defaults()}.
 */
public record Program(Supplier<Application> application, CloudFormationOptions cloudFormation)
        implements Supplier<Application> {

    /**
     * A program with these options.
     *
     * @param application    builds the program's model; not null
     * @param cloudFormation the CloudFormation options; not null
     */
    public Program {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(cloudFormation, "cloudFormation");
    }

    /**
     * A program with the default options.
     *
     * @param application builds the program's model, e.g. {@code Infrastructure::shop}
     * @return the program
     */
    public static Program of(Supplier<Application> application) {
        return new Program(application, CloudFormationOptions.defaults());
    }

    /**
     * The same program with other CloudFormation options.
     *
     * @param options the CloudFormation options, e.g.
     *                {@code CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE).build()}
     * @return a new program; this one is unchanged
     */
    public Program withCloudFormation(CloudFormationOptions options) {
        return new Program(application, options);
    }

    /**
     * Builds the program's application (calls {@link #application()}).
     *
     * @return the application
     */
    @Override
    public Application get() {
        return application.get();
    }

    /**
     * Builds the application and synthesises it with this program's options.
     *
     * @return the synthesis: diagnostics and, without errors, both targets
     */
    public Synthesis synthesize() {
        return Synthesizer.synthesize(application.get(), cloudFormation);
    }
}
