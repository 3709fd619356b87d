package dev.berth.synth.plan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Casing of hyphenated plan names for targets: {@code api-task} becomes {@code ApiTask} or {@code api_task}. */
public final class Names {

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9_]+");

    private Names() {
    }

    /** {@code [api-v2, task]} becomes {@code ApiV2Task}: CloudFormation logical IDs are alphanumeric. */
    public static String pascal(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            for (String word : NON_ALPHANUMERIC.split(part)) {
                if (!word.isEmpty()) {
                    out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return out.toString();
    }

    public static String pascal(String hyphenated) {
        return pascal(List.of(hyphenated));
    }

    /** {@code [api-v2, task]} becomes {@code api_v2_task}: Terraform names are identifiers. */
    public static String snake(List<String> parts) {
        return NOT_IDENTIFIER.matcher(String.join("_", parts)).replaceAll("_").toLowerCase(Locale.ROOT);
    }

    public static String snake(String hyphenated) {
        return snake(List.of(hyphenated));
    }
}
