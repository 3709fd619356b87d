package dev.berth.synth.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The differences between two outputs of one program, per CloudFormation stack and Terraform module; sections
 * without differences are left out.
 *
 * @param program  the program's name
 * @param note     said of the comparison as a whole, e.g. that there was no previous output; may be empty
 * @param sections the stacks and modules that differ, CloudFormation first, each by file name
 */
public record ProgramDiff(String program, String note, List<Section> sections) {

    public ProgramDiff {
        note = note == null ? "" : note;
        sections = sections.stream().filter(s -> !s.changes().isEmpty()).toList();
    }

    public boolean hasDifferences() {
        return !sections.isEmpty();
    }

    /** Whether a resource that exists now will be deleted: replaced by a new one, or removed. */
    public boolean destructive() {
        return sections.stream().anyMatch(s -> s.count(Change.Kind.REPLACE) + s.count(Change.Kind.REMOVE) > 0);
    }

    /** Per target, e.g. {@code 1 to add, 2 to change, 1 to replace, 0 to remove}, for targets that differ. */
    public Map<String, String> summary() {
        Map<String, long[]> counts = new TreeMap<>();
        for (Section s : sections) {
            long[] c = counts.computeIfAbsent(s.target(), t -> new long[4]);
            c[0] += s.count(Change.Kind.ADD);
            c[1] += s.count(Change.Kind.CHANGE) + s.count(Change.Kind.NEW_REVISION);
            c[2] += s.count(Change.Kind.REPLACE);
            c[3] += s.count(Change.Kind.REMOVE);
        }
        Map<String, String> out = new TreeMap<>();
        counts.forEach((target, c) -> out.put(target,
                c[0] + " to add, " + c[1] + " to change, " + c[2] + " to replace, " + c[3] + " to remove"));
        return out;
    }
}
