package dev.berth.synth;

import dev.berth.Application;
import dev.berth.synth.cli.BerthCli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The front door of a Berth program: the one call its {@code main} makes to become Berth's command line.
 *
 * <pre>{@code
 * public final class Infrastructure {
 *     public static Application shop() {
 *         return Application.builder("shop")...build();
 *     }
 *
 *     public static void main(String[] args) {
 *         Berth.run(args, Map.of("shop", Infrastructure::shop));
 *     }
 * }
 * }</pre>
 *
 * <p>The jar built from such a class then understands Berth's commands:
 * <ul>
 *   <li>{@code synth --out DIR}: writes each program's CloudFormation template
 *       ({@code DIR/<program>/cloudformation/<Stack>.template.json}) and Terraform module
 *       ({@code DIR/<program>/terraform/<module>/}); with an error in any program it prints every diagnostic and
 *       writes nothing;</li>
 *   <li>{@code check}: prints the diagnostics only and writes nothing;</li>
 *   <li>{@code list}: prints the program names;</li>
 *   <li>{@code --help}, and {@code COMMAND --help} for a command's options ({@code --program NAME} to run one
 *       program, {@code --acknowledge CODE} to silence a warning).</li>
 * </ul>
 *
 * <p><b>Programs.</b> The map's keys are the program names: each is the folder of that program's output under
 * {@code --out}, so it must be a plain folder name: letters, digits, {@code .}, {@code -} and {@code _}, starting
 * with a letter or digit (e.g. {@code shop}, {@code billing-eu}). Its values build the programs' applications; they
 * are called once per command, only for the programs the command selects, and what they throw is reported as that
 * program's failure with the program's own stack frames (exit code {@value #PROGRAM_ERRORS}), not as Berth's. A
 * value that is a {@link Program} also brings its target options, e.g. how the CloudFormation output is split
 * into stacks:
 *
 * <pre>{@code
 * Berth.run(args, Map.of(
 *         "shop", Program.of(Infrastructure::shop)
 *                 .withCloudFormation(CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE).build())));
 * }</pre>
 *
 * <p>Programs run and print in the order of their names, so that the output does not depend on the map's
 * iteration order ({@link Map#of()} has none).
 *
 * <p><b>Exit codes</b>: {@value #OK} success; {@value #PROGRAM_ERRORS} a program has errors or failed to build
 * (nothing was written); {@value #USAGE} invalid command line; {@value #FAILURE} an output folder could not be
 * written (it keeps its previous output), or Berth failed unexpectedly.
 *
 * <p>To test a program, call {@link Synthesizer#synthesize(Application)} on its application and assert on the
 * {@link Synthesis}, or run the command line in the test with {@link #execute(String[], Map)}, which returns
 * the exit code instead of ending the JVM.
 */
public final class Berth {

    /** Exit code: success. */
    public static final int OK = 0;

    /** Exit code: a program has errors (every diagnostic is printed) or its own code threw; nothing was written. */
    public static final int PROGRAM_ERRORS = BerthCli.PROGRAM_ERRORS;

    /** Exit code: the command line is invalid (an unknown command, option, program or warning code). */
    public static final int USAGE = 2;

    /** Exit code: an output folder could not be written (it keeps its previous output), or Berth failed. */
    public static final int FAILURE = BerthCli.FAILURE;

    private Berth() {
    }

    /**
     * Runs Berth's command line over these programs and ends the JVM with its exit code: the whole body of a
     * program's {@code main}.
     *
     * @param args     the command line, as {@code main} received it (e.g. {@code synth --out out})
     * @param programs program name (a plain folder name, see the class comment) to what builds its application;
     *                 a {@link Program} value brings its own target options, any other supplier gets the
     *                 defaults. Not empty.
     * @throws IllegalArgumentException if there are no programs or a name is not a plain folder name (the JVM
     *                                  is not ended then)
     */
    public static void run(String[] args, Map<String, ? extends Supplier<Application>> programs) {
        int code = execute(args, programs);
        System.exit(code);
    }

    /**
     * Runs Berth's command line over these programs and returns its exit code, printing to the standard output
     * and error streams. The same as {@link #run(String[], Map)} but without ending the JVM: for tests, and for a
     * {@code main} with more to do afterwards.
     *
     * @param args     the command line, e.g. {@code new String[] {"synth", "--out", "target/out"}}
     * @param programs program name to what builds its application, as for {@link #run(String[], Map)}
     * @return the exit code: {@link #OK}, {@link #PROGRAM_ERRORS}, {@link #USAGE} or {@link #FAILURE}
     * @throws IllegalArgumentException if there are no programs or a name is not a plain folder name
     */
    public static int execute(String[] args, Map<String, ? extends Supplier<Application>> programs) {
        return execute(args, programs, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Runs Berth's command line over these programs, printing to the given writers, and returns its exit code.
     *
     * @param args     the command line, e.g. {@code new String[] {"check"}}
     * @param programs program name to what builds its application, as for {@link #run(String[], Map)}
     * @param out      where the command's output goes: diagnostics, summaries, help
     * @param err      where failures and usage errors go
     * @return the exit code: {@link #OK}, {@link #PROGRAM_ERRORS}, {@link #USAGE} or {@link #FAILURE}
     * @throws IllegalArgumentException if there are no programs or a name is not a plain folder name
     */
    public static int execute(String[] args, Map<String, ? extends Supplier<Application>> programs,
                              PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        return BerthCli.runPrograms(programs(programs), out, err, args);
    }

    /**
     * The programs as the command line runs them, in name order: a {@link Program} value as it is, any other
     * supplier with the default target options.
     */
    static Map<String, Program> programs(Map<String, ? extends Supplier<Application>> programs) {
        Objects.requireNonNull(programs, "programs");
        if (programs.isEmpty()) {
            throw new IllegalArgumentException("Berth needs at least one program, e.g."
                    + " Berth.run(args, Map.of(\"shop\", Infrastructure::shop))");
        }
        Map<String, Program> sorted = new TreeMap<>();
        programs.forEach((name, application) -> {
            Objects.requireNonNull(application, () -> "the program " + name + " is null");
            sorted.put(name, application instanceof Program program ? program : Program.of(application));
        });
        return sorted;
    }
}
