package dev.berth.synth.diagram;

/**
 * Writes a {@link Diagram} as a Mermaid flowchart (what GitHub renders in a {@code ```mermaid} block). Every label is
 * quoted, and the characters Mermaid would read as syntax inside a quoted label ({@code "}, {@code #} that starts
 * an entity, {@code `} that starts a Markdown string, {@code |} that ends an edge label, {@code < > &} that are
 * HTML) are written as Mermaid entity codes ({@code #quot;}, {@code #35;}, ...); a line break is {@code <br>}.
 * Ids are letters, digits and underscores only ({@link Diagram#ID}), so no id is a keyword such as {@code end}
 * as long as the diagram's ids carry a prefix (the architecture diagram's do: {@code svc_end}).
 *
 * <p>Checked against Mermaid's own parser (mermaid 12.3, in Node with jsdom) on the bundled examples' READMEs and
 * the diagrams {@code ArchitectureTest} writes to {@code synth/target/diagrams}: {@code mermaid.parse} accepts them,
 * and it reads the entity codes as entities.
 */
public final class Mermaid {

    private static final String INDENT = "    ";

    private Mermaid() {
    }

    /** The flowchart, left to right, one statement a line, ending with a newline (without the code fence). */
    public static String flowchart(Diagram diagram) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (Diagram.Element element : diagram.elements()) {
            element(out, element, 1);
        }
        for (Diagram.Edge edge : diagram.edges()) {
            out.append(INDENT).append(edge.from()).append(edge.line() == Diagram.Line.SOLID ? " -->" : " -.->");
            if (edge.label() != null && !edge.label().isEmpty()) {
                out.append('|').append(quoted(edge.label())).append('|');
            }
            out.append(' ').append(edge.to()).append('\n');
        }
        return out.toString();
    }

    private static void element(StringBuilder out, Diagram.Element element, int depth) {
        String indent = INDENT.repeat(depth);
        if (element instanceof Diagram.Group group) {
            out.append(indent).append("subgraph ").append(group.id()).append('[').append(quoted(group.label()))
                    .append("]\n");
            for (Diagram.Element child : group.children()) {
                element(out, child, depth + 1);
            }
            out.append(indent).append("end\n");
        } else if (element instanceof Diagram.Node node) {
            String label = quoted(node.label());
            out.append(indent).append(node.id()).append(switch (node.shape()) {
                case BOX -> "[" + label + "]";
                case ROUNDED -> "(" + label + ")";
                case CIRCLE -> "((" + label + "))";
                case CYLINDER -> "[(" + label + ")]";
                case HEXAGON -> "{{" + label + "}}";
                case PARALLELOGRAM -> "[/" + label + "/]";
            }).append('\n');
        }
    }

    /** A label in double quotes, with what Mermaid would interpret escaped; {@code \n} becomes a line break. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("<br>");
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '&' -> out.append("#38;");
                case '<' -> out.append("#60;");
                case '>' -> out.append("#62;");
                case '`' -> out.append("#96;");
                case '|' -> out.append("#124;");
                default -> {
                    if (c < ' ' || c == '\u007f') {
                        out.append(' '); // a control character would end the statement or show as nothing
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
