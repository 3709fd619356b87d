package dev.berth.synth.planning.events;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON string literals in the JSON text the plan holds (input templates, RunTask overrides, event patterns). */
final class Json {

    private Json() {
    }

    /** {@code text} as a JSON string literal, quotes included (Jackson's escaping, as the renderers write JSON). */
    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
