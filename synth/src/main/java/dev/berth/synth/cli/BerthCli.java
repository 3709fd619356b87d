package dev.berth.synth.cli;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Program;
import dev.berth.synth.output.OutputWriter;
import dev.berth.synth.plan.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The command line over a set of named programs: {@code synth --out DIR} writes each program's CloudFormation
 * template and Terraform module, {@code check} prints diagnostics only.
 */
@Command(name = "berth", mixinStandardHelpOptions = true, version = "Berth 0.1.0",
        description = "Synthesise ECS deployments described in Berth programs as CloudFormation and Terraform.",
        subcommands = {BerthCli.Synth.class, BerthCli.Check.class, BerthCli.ListPrograms.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a program has errors (nothing was written)", "2:invalid command line",
                "3:an output folder could not be written or Berth failed unexpectedly"})
public final class BerthCli implements Callable<Integer> {

    public static final int PROGRAM_ERRORS = 1;
    public static final int FAILURE = 3;

    private final Map<String, Program> programs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private BerthCli(Map<String, Program> programs) {
        this.programs = new LinkedHashMap<>(programs);
    }

    /** Runs the command line over these programs (default options) and returns the exit code. */
    public static int run(Map<String, Supplier<Application>> programs, String... args) {
        return runPrograms(withDefaults(programs), args);
    }

    public static int run(Map<String, Supplier<Application>> programs, PrintWriter out, PrintWriter err,
                          String... args) {
        return runPrograms(withDefaults(programs), out, err, args);
    }

    /** Runs the command line over these programs, each with its own target options, and returns the exit code. */
    public static int runPrograms(Map<String, Program> programs, String... args) {
        return runPrograms(programs, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int runPrograms(Map<String, Program> programs, PrintWriter out, PrintWriter err,
                                  String... args) {
        CommandLine cli = new CommandLine(new BerthCli(programs));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("berth: internal error: " + ex
                    + " (this is a bug in Berth, not in your program; please report it)");
            return FAILURE;
        });
        return cli.execute(args);
    }

    private static Map<String, Program> withDefaults(Map<String, Supplier<Application>> programs) {
        Map<String, Program> out = new LinkedHashMap<>();
        programs.forEach((name, application) -> out.put(name, Program.of(application)));
        return out;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options shared by synth and check (a picocli mixin). */
    static final class Selection {
        @Option(names = {"-p", "--program"}, paramLabel = "NAME",
                description = "Only this program (repeatable). Default: all.")
        List<String> only = new ArrayList<>();

        @Option(names = {"-a", "--acknowledge"}, paramLabel = "CODE", split = ",",
                description = "Warning codes to acknowledge (not printed), e.g. IMAGE_MUTABLE_TAG.")
        Set<String> acknowledged = Set.of();
    }

    private Map<String, Synthesis> synthesizeSelected(Selection selection) {
        Map<String, Synthesis> results = new LinkedHashMap<>();
        for (String name : selection.only) {
            if (!programs.containsKey(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown program '" + name + "'. Programs: " + String.join(", ", programs.keySet()));
            }
        }
        programs.forEach((name, program) -> {
            if (selection.only.isEmpty() || selection.only.contains(name)) {
                results.put(name, program.synthesize());
            }
        });
        return results;
    }

    private static boolean report(Map<String, Synthesis> results, Selection selection, PrintWriter out) {
        boolean errors = false;
        for (Map.Entry<String, Synthesis> e : results.entrySet()) {
            for (Diagnostic d : e.getValue().diagnostics().acknowledging(selection.acknowledged).all()) {
                out.println(e.getKey() + ": " + d);
            }
            errors |= !e.getValue().succeeded();
        }
        return errors;
    }

    @Command(name = "synth", mixinStandardHelpOptions = true,
            description = "Write each program's CloudFormation template (<out>/<program>/cloudformation/"
                    + "<Stack>.template.json) and Terraform module (<out>/<program>/terraform/<module>/). "
                    + "Writes nothing if any program has errors.")
    static final class Synth implements Callable<Integer> {
        @ParentCommand
        BerthCli parent;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
        Path out;

        @CommandLine.Mixin
        Selection selection;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = parent.spec.commandLine().getOut();
            Map<String, Synthesis> results = parent.synthesizeSelected(selection);
            if (report(results, selection, stdout)) {
                stdout.println("Errors found: nothing was written.");
                return PROGRAM_ERRORS;
            }
            for (Map.Entry<String, Synthesis> e : results.entrySet()) {
                OutputWriter.write(out.resolve(e.getKey()), e.getValue().files());
                stdout.println(summary(e.getKey(), e.getValue(), out.resolve(e.getKey())));
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate each program and print its diagnostics. Writes nothing.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        BerthCli parent;

        @CommandLine.Mixin
        Selection selection;

        @Override
        public Integer call() {
            PrintWriter stdout = parent.spec.commandLine().getOut();
            Map<String, Synthesis> results = parent.synthesizeSelected(selection);
            boolean errors = report(results, selection, stdout);
            results.forEach((name, s) -> stdout.println(name + ": " + (s.succeeded() ? "ok" : "has errors")
                    + " (" + s.diagnostics().errors().size() + " errors, " + s.diagnostics().warnings().size()
                    + " warnings)"));
            return errors ? PROGRAM_ERRORS : 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the programs.")
    static final class ListPrograms implements Callable<Integer> {
        @ParentCommand
        BerthCli parent;

        @Override
        public Integer call() {
            parent.programs.keySet().forEach(parent.spec.commandLine().getOut()::println);
            return 0;
        }
    }

    private static String summary(String name, Synthesis s, Path folder) {
        Plan plan = s.plan().orElseThrow();
        int resources = plan.resources().size();
        String module = s.terraform().map(m -> m.name()).orElse("");
        int stacks = s.cloudFormationStacks().size();
        String cloudFormation = stacks == 1
                ? folder.resolve("cloudformation").resolve(s.stackName() + ".template.json") + " (CloudFormation stack "
                        + s.stackName() + ")"
                : folder.resolve("cloudformation") + " (" + stacks + " CloudFormation stacks: " + s.stackName()
                        + " and one per service group)";
        return String.format("%s: %d resources -> %s, %s (Terraform module %s); %d warnings", name, resources,
                cloudFormation, folder.resolve("terraform").resolve(module), module,
                s.diagnostics().warnings().size());
    }
}
