package dev.berth.synth.plan;

import java.util.List;
import java.util.Locale;

/** Casing of hyphenated plan names for targets: {@code api-task} becomes {@code ApiTask} or {@code api_task}. */
public final class Names {

    private Names() {
    }

    /** {@code [api-v2, task]} becomes {@code ApiV2Task}: CloudFormation logical IDs are alphanumeric. */
    public static String pascal(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            for (String word : part.split("[^A-Za-z0-9]+")) {
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
        return String.join("_", parts).replaceAll("[^A-Za-z0-9_]+", "_").toLowerCase(Locale.ROOT);
    }

    public static String snake(String hyphenated) {
        return snake(List.of(hyphenated));
    }
}
