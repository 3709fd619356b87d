package dev.berth.synth.properties;

/** How the tests spell names of the program as logical IDs: {@code api-v2} becomes {@code ApiV2}. */
final class ProgramNames {

    private ProgramNames() {
    }

    static String pascal(String hyphenated) {
        StringBuilder out = new StringBuilder();
        for (String word : hyphenated.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
