package dev.berth.synth.diagram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing a diagram as a Mermaid flowchart: the statements, the shapes, and the escaping of labels. */
class MermaidTest {

    @Test
    void writesGroupsNodesAndEdgesOneStatementALine() {
        Diagram diagram = new Diagram.Builder()
                .add(new Diagram.Node("internet", "Internet", Diagram.Shape.CIRCLE))
                .add(new Diagram.Group("vpc", "VPC\n10.0.0.0/16", List.of(
                        new Diagram.Node("svc_api", "service api", Diagram.Shape.ROUNDED),
                        new Diagram.Group("az_1", "availability zone 1", List.of(
                                new Diagram.Node("nat_a", "NAT gateway", Diagram.Shape.HEXAGON))))))
                .add(new Diagram.Node("queue_jobs", "queue jobs", Diagram.Shape.CYLINDER))
                .add(new Diagram.Node("sg_x", "security group", Diagram.Shape.PARALLELOGRAM))
                .add(new Diagram.Node("role_api", "api task role", Diagram.Shape.BOX))
                .edge("internet", "svc_api", "path /api/*", Diagram.Line.SOLID)
                .edge("svc_api", "role_api", "task role", Diagram.Line.DOTTED)
                .edge("nat_a", "internet", null, Diagram.Line.SOLID)
                .edge("svc_api", "queue_jobs", "", Diagram.Line.SOLID)
                .build();

        assertThat(Mermaid.flowchart(diagram)).isEqualTo("""
                flowchart LR
                    internet(("Internet"))
                    subgraph vpc["VPC<br>10.0.0.0/16"]
                        svc_api("service api")
                        subgraph az_1["availability zone 1"]
                            nat_a{{"NAT gateway"}}
                        end
                    end
                    queue_jobs[("queue jobs")]
                    sg_x[/"security group"/]
                    role_api["api task role"]
                    internet -->|"path /api/*"| svc_api
                    svc_api -.->|"task role"| role_api
                    nat_a --> internet
                    svc_api --> queue_jobs
                """);
    }

    /**
     * Inside a quoted label Mermaid still reads {@code "} (the end), {@code #...;} (an entity), a leading backtick
     * (a Markdown string), {@code |} (the end of an edge label) and HTML; each is written as an entity code.
     */
    @Test
    void escapesEveryCharacterMermaidReadsInsideALabel() {
        assertThat(Mermaid.quoted("path /a\"b'c/* & <x> #35; `md` a|b"))
                .isEqualTo("\"path /a#quot;b'c/* #38; #60;x#62; #35;35; #96;md#96; a#124;b\"");
        assertThat(Mermaid.quoted("two\nlines\tand\u0007bell")).isEqualTo("\"two<br>lines and bell\"");
        assertThat(Mermaid.quoted("end")).isEqualTo("\"end\"");
    }

    @Test
    void idsAreLettersDigitsAndUnderscoresOnly() {
        for (String bad : List.of("svc-api", "1svc", "svc api", "", "svc\"")) {
            assertThatThrownBy(() -> new Diagram.Node(bad, "x", Diagram.Shape.BOX))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEdgeMustJoinNodesOfTheDiagramAndIdsAreUnique() {
        Diagram.Node a = new Diagram.Node("a", "A", Diagram.Shape.BOX);
        assertThatThrownBy(() -> new Diagram.Builder().add(a).edge("a", "b", null, Diagram.Line.SOLID).build())
                .hasMessageContaining("names a node the diagram does not have");
        assertThatThrownBy(() -> new Diagram.Builder().add(a)
                .add(new Diagram.Group("g", "G", List.of(new Diagram.Node("a", "again", Diagram.Shape.BOX)))).build())
                .hasMessageContaining("two elements have the id a");
    }
}
