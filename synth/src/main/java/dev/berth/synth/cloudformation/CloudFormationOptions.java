package dev.berth.synth.cloudformation;

import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.validation.Rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings that exist only for the CloudFormation output: how a program is split into stacks, and how the template
 * files are written. (The Terraform module has no stacks, so these are not part of the program's model.)
 *
 * <pre>{@code
 * CloudFormationOptions.builder()
 *     .layout(StackLayout.PER_SERVICE)
 *     .stackGroup("invoices", "invoice-api", "invoice-worker")   // one stack for both services
 *     .templateFormat(TemplateFormat.PRETTY)                       // always indented
 *     .build();
 * }</pre>
 *
 * @param layout         how the output is split. Default: {@link StackLayout#AUTOMATIC}.
 * @param stackGroups    service name to the stack group it shares with others, sorted. Default: none (each service
 *                       that gets a stack gets its own, named after the service).
 * @param templateFormat how each template file is written. Default: {@link TemplateFormat#AUTOMATIC} (pretty while
 *                       it fits in the 51,200 bytes that {@code aws cloudformation deploy} accepts without an S3
 *                       bucket, else compact).
 */
public record CloudFormationOptions(StackLayout layout, Map<String, String> stackGroups,
                                    TemplateFormat templateFormat) {

    private static final Pattern GROUP_NAME = Pattern.compile("[a-z](?:[a-z0-9]|-(?!-))*");
    private static final CloudFormationOptions DEFAULTS = new CloudFormationOptions(StackLayout.AUTOMATIC, Map.of(),
            TemplateFormat.AUTOMATIC);

    /**
     * Options with this layout and these groups.
     *
     * @param layout      how the output is split; not null
     * @param stackGroups service name to its stack group (copied and sorted)
     */
    public CloudFormationOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(templateFormat, "templateFormat");
        stackGroups = Collections.unmodifiableSortedMap(new TreeMap<>(stackGroups));
    }

    /**
     * One stack while the program fits, no groups, templates pretty while they fit inline.
     *
     * @return the default options
     */
    public static CloudFormationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The stack group of a service: the one named, else the service's own name.
     *
     * @param service a service name of the program
     * @return its stack group
     */
    public String stackGroupOf(String service) {
        return stackGroups.getOrDefault(service, service);
    }

    /**
     * Problems of these options for a program with these services: a group name not in the form of a name
     * ({@code STACK_GROUP}), a group naming a service the program does not have ({@code STACK_GROUP}), groups
     * with the SINGLE layout, which would ignore them ({@code STACK_LAYOUT_CONFLICT}).
     *
     * @param services the program's service names
     * @return the problems found, as diagnostics; none if the options fit the program
     */
    public Diagnostics check(Set<String> services) {
        List<Diagnostic> found = new ArrayList<>();
        stackGroups.forEach((service, group) -> {
            String path = "cloudFormation.stackGroup[" + group + "]";
            if (group.length() > 32 || !GROUP_NAME.matcher(group).matches() || group.endsWith("-")) {
                found.add(Rule.STACK_GROUP.at(path, "The stack group name '" + group + "' is not valid: it names a "
                                + "CloudFormation stack, so it must start with a lower-case letter, contain only lower-case "
                                + "letters, digits and single hyphens, and be at most 32 characters.",
                        "Rename the group."));
            }
            if (!services.contains(service)) {
                found.add(Rule.STACK_GROUP.at(path, "The stack group '" + group + "' names the service '" + service
                        + "', which the program does not have.", "Name one of: " + new java.util.TreeSet<>(services)
                        + "."));
            }
            if (layout == StackLayout.SINGLE) {
                found.add(Rule.STACK_LAYOUT_CONFLICT.at(path, "The service '" + service + "' is put in the stack "
                                + "group '" + group + "' but the stack layout is SINGLE, so every resource goes into one stack.",
                        "Use StackLayout.PER_SERVICE or AUTOMATIC, or remove the stack group."));
            }
        });
        return new Diagnostics(found);
    }

    /** Builds {@link CloudFormationOptions}; every setter has a default. */
    public static final class Builder {

        private StackLayout layout = StackLayout.AUTOMATIC;
        private final Map<String, String> stackGroups = new TreeMap<>();
        private TemplateFormat templateFormat = TemplateFormat.AUTOMATIC;

        private Builder() {
        }

        /**
         * How the output is split into stacks. Default: AUTOMATIC (one stack while it fits).
         *
         * @param layout the layout
         * @return this builder
         */
        public Builder layout(StackLayout layout) {
            this.layout = layout;
            return this;
        }

        /**
         * Puts {@code services} into one stack named after {@code group} when the output is split. A service in
         * no group gets a stack of its own.
         *
         * @param group    the group's (and its stack's) name: lower-case letters, digits and single hyphens, starting
         *                 with a letter, at most 32 characters
         * @param services the services of the program to put in it
         * @return this builder
         */
        public Builder stackGroup(String group, String... services) {
            for (String service : services) {
                stackGroups.put(service, group);
            }
            return this;
        }

        /**
         * How templates are written. Default: AUTOMATIC (pretty while the template fits in 51,200 bytes, else
         * compact). PRETTY keeps every template indented (deploy the larger ones with {@code --s3-bucket}); COMPACT
         * writes every template without indentation, one line per resource.
         *
         * @param format the format of every template
         * @return this builder
         */
        public Builder templateFormat(TemplateFormat format) {
            this.templateFormat = format;
            return this;
        }

        /**
         * The options set so far.
         *
         * @return the options
         */
        public CloudFormationOptions build() {
            return new CloudFormationOptions(layout, stackGroups, templateFormat);
        }
    }
}
