package dev.berth.synth.cli;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.synth.Program;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.output.OutputWriter;
import dev.berth.synth.plan.Plan;
import dev.berth.validation.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The command line over a set of named programs: {@code synth --out DIR} writes each program's CloudFormation
 * template and Terraform module, {@code check} prints diagnostics only, {@code diff} compares two outputs
 * ({@link DiffCommand}). A program's {@code main} reaches it through the front door {@link dev.berth.synth.Berth},
 * which also puts the programs in name order; here they run in the map's order.
 */
@Command(name = "berth", mixinStandardHelpOptions = true, version = "Berth 0.1.0",
        description = "Synthesise ECS deployments described in Berth programs as CloudFormation and Terraform.",
        subcommands = {BerthCli.Synth.class, BerthCli.Check.class, DiffCommand.class, BerthCli.ListPrograms.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success",
                "1:a program has errors or failed to build (nothing was written)",
                "2:invalid command line",
                "3:an output folder could not be written (it keeps its previous output), or Berth failed"
                        + " unexpectedly",
                "4, 5:berth diff found differences (see berth diff --help)"})
public final class BerthCli implements Callable<Integer> {

    /** Exit code: a program has errors or failed to build; nothing was written. */
    public static final int PROGRAM_ERRORS = 1;
    /** Exit code: an output folder could not be written (it keeps its previous output), or Berth failed. */
    public static final int FAILURE = 3;

    private final Map<String, Program> programs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A program's name is the folder of its output under {@code --out}: one plain folder name, never a path. */
    private static final Pattern PROGRAM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private BerthCli(Map<String, Program> programs) {
        programs.keySet().forEach(name -> {
            if (name == null || !PROGRAM_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("The program name " + (name == null ? "null" : "'" + name + "'")
                        + " is not a plain folder name (letters, digits, '.', '-' and '_', starting with a letter"
                        + " or digit): it names the program's output folder under --out");
            }
        });
        this.programs = new LinkedHashMap<>(programs);
    }

    /**
     * Runs the command line over these programs (default options) and returns the exit code.
     *
     * @param programs program name (its output folder) to what builds its application, run in the map's order
     * @param args     the command line
     * @return the exit code
     */
    public static int run(Map<String, Supplier<Application>> programs, String... args) {
        return runPrograms(withDefaults(programs), args);
    }

    /**
     * Runs the command line over these programs (default options), printing to the given writers.
     *
     * @param programs program name (its output folder) to what builds its application, run in the map's order
     * @param out      the commands' output
     * @param err      failures and usage errors
     * @param args     the command line
     * @return the exit code
     */
    public static int run(Map<String, Supplier<Application>> programs, PrintWriter out, PrintWriter err,
                          String... args) {
        return runPrograms(withDefaults(programs), out, err, args);
    }

    /**
     * Runs the command line over these programs, each with its own target options, and returns the exit code.
     *
     * @param programs program name (its output folder) to program, run in the map's order
     * @param args     the command line
     * @return the exit code
     */
    public static int runPrograms(Map<String, Program> programs, String... args) {
        return runPrograms(programs, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line over these programs, each with its own target options, printing to the given writers.
     *
     * @param programs program name (its output folder) to program, run in the map's order
     * @param out      the commands' output
     * @param err      failures and usage errors
     * @param args     the command line
     * @return the exit code
     */
    public static int runPrograms(Map<String, Program> programs, PrintWriter out, PrintWriter err,
                                  String... args) {
        CommandLine cli = new CommandLine(new BerthCli(programs));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter stderr = commandLine.getErr();
            if (ex instanceof BuildFailed failed) {
                stderr.print(failed.report());
                return PROGRAM_ERRORS;
            }
            if (ex instanceof OutputFailed failed) {
                stderr.println("berth: could not write the output folder " + failed.folder + ": "
                        + describe(failed.getCause()) + " (what was there before is unchanged)");
                return FAILURE;
            }
            stderr.println("berth: internal error: " + ex
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

    /** Checks the selection against the programs and codes known (a usage error of {@code command} otherwise). */
    private void checkSelection(Selection selection, CommandLine command) {
        for (String name : selection.only) {
            if (!programs.containsKey(name)) {
                throw new CommandLine.ParameterException(command,
                        "Unknown program '" + name + "'. Programs: " + String.join(", ", programs.keySet()));
            }
        }
        for (String code : selection.acknowledged) {
            if (Arrays.stream(Rule.values()).noneMatch(r -> r.name().equals(code))) {
                throw new CommandLine.ParameterException(command, "Unknown code '" + code
                        + "' for --acknowledge. Known codes: " + String.join(", ",
                        Arrays.stream(Rule.values()).map(Rule::name).toList()));
            }
        }
    }

    Map<String, Synthesis> synthesizeSelected(Selection selection, CommandLine command) {
        checkSelection(selection, command);
        Map<String, Synthesis> results = new LinkedHashMap<>();
        programs.forEach((name, program) -> {
            if (selection.only.isEmpty() || selection.only.contains(name)) {
                results.put(name, synthesize(name, program));
            }
        });
        return results;
    }

    /**
     * Builds the program (the user's code: what it throws is reported as the program's failure, with its own
     * frames) and then synthesises it (Berth's code: what that throws is a bug in Berth).
     */
    private static Synthesis synthesize(String name, Program program) {
        Application application;
        try {
            application = program.application().get();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw new BuildFailed(name, e);
        }
        if (application == null) {
            throw new BuildFailed(name, new NullPointerException("the program returned no application (null)"));
        }
        return Synthesizer.synthesize(application, program.cloudFormation());
    }

    /** A program's own code threw while building its application. */
    private static final class BuildFailed extends RuntimeException {
        private final String program;

        BuildFailed(String program, Throwable cause) {
            super(cause);
            this.program = program;
        }

        String report() {
            StringBuilder out = new StringBuilder();
            out.append("berth: program ").append(program).append(" failed to build: ").append(getCause())
                    .append(System.lineSeparator());
            Throwable t = getCause();
            boolean first = true;
            while (t != null) {
                if (!first) {
                    out.append("Caused by: ").append(t).append(System.lineSeparator());
                }
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (isCommandLine(frame)) {
                        break; // below this the frames are the command line's and whoever called it
                    }
                    if (isUsers(frame)) {
                        out.append("\tat ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                                .append('(').append(frame.getFileName() == null ? "Unknown Source"
                                        : frame.getFileName() + ":" + frame.getLineNumber())
                                .append(')').append(System.lineSeparator());
                    }
                }
                first = false;
                t = t.getCause() == t ? null : t.getCause();
            }
            return out.toString();
        }

        private static boolean isCommandLine(StackTraceElement frame) {
            return frame.getClassName().startsWith(BerthCli.class.getName());
        }

        /** The user's code: not Berth's library (the bundled examples are programs like a user's) nor the JDK. */
        private static boolean isUsers(StackTraceElement frame) {
            String c = frame.getClassName();
            boolean berth = c.startsWith("dev.berth.") && !c.startsWith("dev.berth.examples.");
            boolean jdk = c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.")
                    || c.startsWith("sun.") || c.startsWith("com.sun.")
                    || (frame.getModuleName() != null
                    && (frame.getModuleName().startsWith("java.") || frame.getModuleName().startsWith("jdk.")));
            return !berth && !jdk;
        }
    }

    /** The output folder could not be written (reported with its path, without a stack trace). */
    private static final class OutputFailed extends RuntimeException {
        private final Path folder;

        OutputFailed(Path folder, IOException cause) {
            super(cause);
            this.folder = folder;
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof FileSystemException fs) {
            String what = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            String reason = fs.getReason() != null && !fs.getReason().equals(what) ? " (" + fs.getReason() + ")" : "";
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + what + reason
                    + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
        }
        return String.valueOf(e.getMessage() == null ? e : e.getMessage());
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
            description = {"Write each program's CloudFormation template (<out>/<program>/cloudformation/"
                    + "<Stack>.template.json) and Terraform module (<out>/<program>/terraform/<module>/). "
                    + "Writes nothing if any program has errors.",
                    "",
                    "Each program's folder <out>/<program> is Berth's and is replaced complete or not at all: "
                            + "the new output is written beside it and swapped in, so a failed write leaves the "
                            + "previous output whole. Files are created with the default mode (your umask). "
                            + "<out>/<program>/" + OutputWriter.MANIFEST + " lists the files Berth wrote; one "
                            + "the program no longer produces is removed. Files Berth did not write (your notes, "
                            + "Terraform's .terraform/ and lock file) are kept.",
                    "",
                    "A CloudFormation template is indented while it fits in the 51,200 bytes that aws cloudformation "
                            + "deploy accepts without --s3-bucket, and written compact (one line per resource) beyond "
                            + "(the program's CloudFormationOptions templateFormat: AUTOMATIC, PRETTY or COMPACT). "
                            + "Warning TEMPLATE_NEEDS_S3 names a template that needs --s3-bucket all the same."})
    static final class Synth implements Callable<Integer> {
        @ParentCommand
        BerthCli parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
        Path out;

        @CommandLine.Mixin
        Selection selection;

        @Override
        public Integer call() {
            if (out.toString().isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--out must name a folder (it was empty)");
            }
            PrintWriter stdout = parent.spec.commandLine().getOut();
            Map<String, Synthesis> results = parent.synthesizeSelected(selection, spec.commandLine());
            if (report(results, selection, stdout)) {
                stdout.println("Errors found: nothing was written.");
                return PROGRAM_ERRORS;
            }
            for (Map.Entry<String, Synthesis> e : results.entrySet()) {
                Path folder = out.resolve(e.getKey());
                try {
                    OutputWriter.write(folder, e.getValue().files());
                } catch (IOException failure) {
                    throw new OutputFailed(folder, failure);
                }
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

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter stdout = parent.spec.commandLine().getOut();
            Map<String, Synthesis> results = parent.synthesizeSelected(selection, spec.commandLine());
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
