package dev.berth.synth.rendering;

import java.util.Map;

/**
 * One key value that a resource's CloudFormation properties and its Terraform body must agree on, read from each by
 * a path. The equivalence property compares them in a neutral spelling (references as the resource they point at).
 *
 * <p>A path is field names separated by {@code /}; {@code *} steps into every element of a list, a number into one
 * element, {@code [Key=v]} into the elements whose field {@code Key} is {@code v} ({@code [=v]}: that are {@code v}) (CloudFormation's key/value
 * attributes); {@code a|b} takes the first field present; a string holding a JSON document (Terraform's policies and
 * container definitions) is read as that document when the path goes on into it. {@code p||q} reads path {@code p},
 * or path {@code q} when {@code p} finds nothing.
 *
 * @param name           what the value is, e.g. {@code cidr}
 * @param cloudFormation the path in the CloudFormation properties
 * @param terraform      the path in the Terraform body
 * @param form           how the values found are compared
 * @param meanings       target-specific spellings of one meaning, e.g. {@code internet-facing -> false}: applied to
 *                       the values of both sides before comparing
 */
public record Parity(String name, String cloudFormation, String terraform, Form form, Map<String, String> meanings) {

    /** How the values found at a path are compared. */
    public enum Form {
        /** The first value found (absent reads as {@link #ABSENT}). */
        VALUE,
        /** Every value found, in order. */
        LIST,
        /** Every value found, sorted. */
        SORTED,
        /** The objects found, as sorted {@code key path = value} entries (log options, IAM conditions). */
        ENTRIES
    }

    /** What a {@link Form#VALUE} path that finds nothing reads; {@code meaning(ABSENT, x)} gives absence a meaning. */
    public static final String ABSENT = "";

    public Parity {
        meanings = Map.copyOf(meanings);
    }

    public static Parity value(String name, String cloudFormation, String terraform) {
        return new Parity(name, cloudFormation, terraform, Form.VALUE, Map.of());
    }

    public static Parity list(String name, String cloudFormation, String terraform) {
        return new Parity(name, cloudFormation, terraform, Form.LIST, Map.of());
    }

    public static Parity sorted(String name, String cloudFormation, String terraform) {
        return new Parity(name, cloudFormation, terraform, Form.SORTED, Map.of());
    }

    public static Parity entries(String name, String cloudFormation, String terraform) {
        return new Parity(name, cloudFormation, terraform, Form.ENTRIES, Map.of());
    }

    /** The same key, with values spelled differently by the targets mapped to one meaning. */
    public Parity meaning(String spelling, String meaning) {
        Map<String, String> more = new java.util.TreeMap<>(meanings);
        more.put(spelling, meaning);
        return new Parity(name, cloudFormation, terraform, form, more);
    }
}
