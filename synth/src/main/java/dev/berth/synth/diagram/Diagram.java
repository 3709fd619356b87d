package dev.berth.synth.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A flowchart as a value: nodes, nested groups of nodes, and edges between them, in the order they are drawn. It
 * knows nothing of any diagram syntax ({@link Mermaid} writes it); labels are plain text, {@code \n} breaking a line.
 *
 * @param elements the top-level nodes and groups, in order
 * @param edges    in order
 */
public record Diagram(List<Element> elements, List<Edge> edges) {

    /** An identifier: letters, digits and underscores, starting with a letter (valid in any diagram syntax). */
    static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public Diagram {
        elements = List.copyOf(elements);
        edges = List.copyOf(edges);
        Set<String> ids = new LinkedHashSet<>();
        collectIds(elements, ids);
        for (Edge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new IllegalArgumentException("the edge " + edge + " names a node the diagram does not have");
            }
        }
    }

    private static void collectIds(List<Element> elements, Set<String> ids) {
        for (Element element : elements) {
            if (!ids.add(element.id())) {
                throw new IllegalArgumentException("two elements have the id " + element.id());
            }
            if (element instanceof Group group) {
                collectIds(group.children(), ids);
            }
        }
    }

    /** A node or a group. */
    public sealed interface Element permits Node, Group {
        String id();

        String label();
    }

    /** How a node is drawn. */
    public enum Shape {
        /** A rectangle: most resources. */
        BOX,
        /** A rectangle with rounded corners: running things (services). */
        ROUNDED,
        /** A circle: the outside world (the internet). */
        CIRCLE,
        /** A cylinder: stores (queues). */
        CYLINDER,
        /** A hexagon: gateways. */
        HEXAGON,
        /** A parallelogram: things outside the program (an existing security group, a CIDR). */
        PARALLELOGRAM
    }

    public record Node(String id, String label, Shape shape) implements Element {
        public Node {
            requireId(id);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shape, "shape");
        }
    }

    public record Group(String id, String label, List<Element> children) implements Element {
        public Group {
            requireId(id);
            Objects.requireNonNull(label, "label");
            children = List.copyOf(children);
        }
    }

    /** How an edge is drawn. */
    public enum Line {
        /** Traffic. */
        SOLID,
        /** A relation that carries no traffic: a role a service uses, a redirect. */
        DOTTED
    }

    /** @param label null: none */
    public record Edge(String from, String to, String label, Line line) {
        public Edge {
            requireId(from);
            requireId(to);
            Objects.requireNonNull(line, "line");
        }
    }

    private static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a diagram id: " + id);
        }
    }

    /** Collects a diagram's parts; groups are filled through their own list. */
    public static final class Builder {
        private final List<Element> elements = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();

        public Builder add(Element element) {
            elements.add(element);
            return this;
        }

        public Builder edge(String from, String to, String label, Line line) {
            edges.add(new Edge(from, to, label, line));
            return this;
        }

        public Diagram build() {
            return new Diagram(elements, edges);
        }
    }
}
