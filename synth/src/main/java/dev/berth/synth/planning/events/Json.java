package dev.berth.synth.planning.events;

/**
 * JSON string literals in the JSON text the plan holds (input templates, RunTask overrides, event patterns). Planning
 * writes no JSON library calls (the plan is target- and library-neutral, LayeringTest), hence this small escaper.
 */
final class Json {

    private Json() {
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
