package dev.berth.synth.diff;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares two outputs of Berth's programs and prints the differences: per program, per CloudFormation stack and
 * Terraform module, the resources added ({@code +}), removed ({@code -}), changed in place ({@code ~}) and replaced
 * ({@code !}), with the property or argument that forces each replacement; then parameters, outputs and variables.
 * The order is fixed (programs as given, stacks and modules by name, destructive changes first, then by name), so
 * the same outputs always print the same text.
 */
public final class OutputDiff {

    private final CloudFormationDiff cloudFormation = new CloudFormationDiff(CloudFormationReplacements.bundled());
    private final TerraformDiff terraform = new TerraformDiff();
    private final List<ProgramDiff> programs = new ArrayList<>();

    /**
     * Adds the comparison of one program's outputs.
     *
     * @param note said of the comparison as a whole (e.g. that there was no previous output); may be empty
     */
    public ProgramDiff compare(String program, ProgramOutput before, ProgramOutput after, String note) {
        List<Section> sections = new ArrayList<>(cloudFormation.compare(before.stacks(), after.stacks()));
        sections.addAll(terraform.compare(before.modules(), after.modules()));
        ProgramDiff diff = new ProgramDiff(program, note, sections);
        programs.add(diff);
        return diff;
    }

    public List<ProgramDiff> programs() {
        return List.copyOf(programs);
    }

    public boolean hasDifferences() {
        return programs.stream().anyMatch(ProgramDiff::hasDifferences);
    }

    /** Whether a resource that exists now would be deleted: replaced or removed. */
    public boolean destructive() {
        return programs.stream().anyMatch(ProgramDiff::destructive);
    }

    /** Prints every program's differences and a closing line. */
    public void print(PrintWriter out) {
        for (ProgramDiff program : programs) {
            if (!program.hasDifferences()) {
                out.println(program.program() + ": no differences" + (program.note().isEmpty() ? ""
                        : " (" + program.note() + ")"));
                continue;
            }
            out.println(program.program() + ":" + (program.note().isEmpty() ? "" : " " + program.note()));
            for (Section section : program.sections()) {
                out.println("  " + section.title());
                section.changes().forEach(change -> out.println("    " + change.line()));
            }
            for (Map.Entry<String, String> target : program.summary().entrySet()) {
                out.println("  " + target.getKey() + ": " + target.getValue());
            }
        }
        if (!hasDifferences()) {
            out.println("No differences.");
        } else if (destructive()) {
            out.println("Differences found: resources will be replaced or removed (! and - above).");
        } else {
            out.println("Differences found: resources are added or changed in place; nothing is replaced or removed.");
        }
        out.flush();
    }
}
