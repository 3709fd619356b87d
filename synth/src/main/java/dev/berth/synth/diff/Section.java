package dev.berth.synth.diff;

import java.util.List;

/**
 * The differences in one CloudFormation stack or one Terraform module.
 *
 * @param target  {@code CloudFormation} or {@code Terraform}
 * @param title   e.g. {@code CloudFormation stack Shop (cloudformation/Shop.template.json)}
 * @param changes the differences, destructive first, then by name
 */
public record Section(String target, String title, List<Change> changes) {

    public Section {
        changes = Change.sorted(changes);
    }

    public long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.resource() && c.kind() == kind).count();
    }
}
