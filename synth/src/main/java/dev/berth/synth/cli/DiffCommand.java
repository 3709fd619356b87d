package dev.berth.synth.cli;

import dev.berth.diagnostics.Diagnostic;
import dev.berth.synth.Synthesis;
import dev.berth.synth.diff.DiffInputException;
import dev.berth.synth.diff.OutputDiff;
import dev.berth.synth.diff.ProgramOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code berth diff}: what a deployment of the new output would do to the old one. Either two output folders Berth
 * wrote, or the programs as they are now against what {@code berth synth --out DIR} last wrote.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two outputs of Berth and print, per program, CloudFormation stack and Terraform "
                + "module, the resources added (+), removed (-), changed in place (~) and replaced (!), with what "
                + "forces each replacement (a createOnly property of the CloudFormation registry schema, an argument "
                + "the Terraform AWS provider marks as forcing replacement, or a reference to a replaced resource), "
                + "then the parameters, outputs and variables that differ. Formatting plays no part.",
                "",
                "  berth diff OLD_DIR NEW_DIR        two folders Berth wrote: one program's output (with "
                        + "cloudformation/ and terraform/) each, or folders of programs (<dir>/<program>/...)",
                "  berth diff --out DIR [-p NAME]    the programs now (synthesised in memory, nothing is written) "
                        + "against DIR/<program>/, the output of the last berth synth --out DIR"},
        exitCodeListHeading = "%nExit codes (for CI: fail on 5, or on 4 and 5):%n",
        exitCodeList = {"0:no differences",
                "1:a program has errors or failed to build (with --out; nothing was compared)",
                "2:invalid command line",
                "3:a folder or file could not be read (the message names it), or Berth failed unexpectedly",
                "4:differences: resources are added or changed in place (a task definition gets a new revision); "
                        + "nothing is replaced or removed",
                "5:differences that delete a resource that exists now: one is replaced (deleted and created anew) "
                        + "or removed"})
final class DiffCommand implements Callable<Integer> {

    static final int NO_DIFFERENCES = 0;
    static final int DIFFERENCES = 4;
    static final int DESTRUCTIVE = 5;

    @ParentCommand
    BerthCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "OLD_DIR", description = "The output before.")
    Path before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW_DIR", description = "The output after.")
    Path after;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Compare the programs now with what berth synth last wrote to DIR.")
    Path out;

    @Option(names = {"-p", "--program"}, paramLabel = "NAME",
            description = "Only this program (repeatable). Default: all.")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = parent.spec.commandLine().getOut();
        PrintWriter stderr = parent.spec.commandLine().getErr();
        OutputDiff diff = new OutputDiff();
        try {
            if (out != null) {
                if (before != null) {
                    throw usage("give either OLD_DIR NEW_DIR or --out DIR, not both");
                }
                if (!againstLastSynth(diff, stderr)) {
                    return BerthCli.PROGRAM_ERRORS;
                }
            } else {
                if (before == null || after == null) {
                    throw usage("give two output folders, OLD_DIR NEW_DIR, or --out DIR to compare the programs "
                            + "with their last synth");
                }
                folders(diff);
            }
        } catch (DiffInputException e) {
            stderr.println("berth: cannot read " + e.getMessage());
            return BerthCli.FAILURE;
        }
        diff.print(stdout);
        return !diff.hasDifferences() ? NO_DIFFERENCES : diff.destructive() ? DESTRUCTIVE : DIFFERENCES;
    }

    /** The programs now against {@code <out>/<program>/}; false when a program has errors. */
    private boolean againstLastSynth(OutputDiff diff, PrintWriter stderr) throws DiffInputException {
        if (out.toString().isBlank()) {
            throw usage("--out must name a folder (it was empty)");
        }
        if (!Files.isDirectory(out)) {
            throw new DiffInputException(out, (Files.exists(out) ? "not a folder" : "no such folder")
                    + " (berth synth --out " + out + " writes it)");
        }
        BerthCli.Selection selection = new BerthCli.Selection();
        selection.only = only;
        Map<String, Synthesis> results = parent.synthesizeSelected(selection, spec.commandLine());
        boolean errors = false;
        for (Map.Entry<String, Synthesis> e : results.entrySet()) {
            for (Diagnostic d : e.getValue().diagnostics().errors()) {
                stderr.println(e.getKey() + ": " + d);
            }
            errors |= !e.getValue().succeeded();
        }
        if (errors) {
            stderr.println("Errors found: nothing was compared.");
            return false;
        }
        for (Map.Entry<String, Synthesis> e : results.entrySet()) {
            Path folder = out.resolve(e.getKey());
            boolean previous = Files.isDirectory(folder);
            diff.compare(e.getKey(), previous ? ProgramOutput.read(folder) : ProgramOutput.empty(),
                    ProgramOutput.of(e.getValue().files(), folder),
                    previous ? "" : "no previous output in " + folder);
        }
        return true;
    }

    /** Two folders: one program's output each, or folders of programs. */
    private void folders(OutputDiff diff) throws DiffInputException {
        for (Path folder : List.of(before, after)) {
            if (!Files.isDirectory(folder)) {
                throw new DiffInputException(folder, Files.exists(folder) ? "not a folder" : "no such folder");
            }
        }
        List<String> oldPrograms = programsIn(before);
        List<String> newPrograms = programsIn(after);
        boolean oldIsProgram = ProgramOutput.isProgramFolder(before);
        boolean newIsProgram = ProgramOutput.isProgramFolder(after);
        if (oldIsProgram || newIsProgram) {
            if ((oldIsProgram && !newPrograms.isEmpty()) || (newIsProgram && !oldPrograms.isEmpty())) {
                throw usage((oldIsProgram ? before : after) + " holds one program's output but "
                        + (oldIsProgram ? after : before) + " holds several programs' outputs; compare "
                        + (oldIsProgram ? after : before) + "/<program> instead");
            }
            if (!only.isEmpty()) {
                throw usage("--program selects among a folder of programs; " + after
                        + " holds one program's output");
            }
            Path name = after.toAbsolutePath().normalize().getFileName();
            diff.compare(name == null ? after.toString() : name.toString(), ProgramOutput.read(before),
                    ProgramOutput.read(after), "");
            return;
        }
        TreeSet<String> names = new TreeSet<>(oldPrograms);
        names.addAll(newPrograms);
        for (String name : only) {
            if (!names.contains(name)) {
                throw usage("Unknown program '" + name + "'. Programs in " + before + " and " + after + ": "
                        + (names.isEmpty() ? "none" : String.join(", ", names)));
            }
        }
        for (String name : names) {
            if (!only.isEmpty() && !only.contains(name)) {
                continue;
            }
            boolean wasThere = oldPrograms.contains(name);
            boolean isThere = newPrograms.contains(name);
            diff.compare(name, wasThere ? ProgramOutput.read(before.resolve(name)) : ProgramOutput.empty(),
                    isThere ? ProgramOutput.read(after.resolve(name)) : ProgramOutput.empty(),
                    !wasThere ? "new program" : !isThere ? "program removed" : "");
        }
    }

    /** The sub-folders that hold a program's output, by name; Berth's staging folders start with a dot. */
    private static List<String> programsIn(Path folder) throws DiffInputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(ProgramOutput::isProgramFolder)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DiffInputException(folder, "cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
