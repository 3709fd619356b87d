package dev.berth.synth.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A string value in the plan that a renderer writes in its target's syntax: a literal, a reference to another
 * planned resource, a deploy-time input, a pseudo value, or a concatenation of these. Values from outside the
 * program (existing IDs, CDK tokens) are literals and pass through untouched.
 */
public sealed interface Value permits Value.Literal, Value.Ref, Value.Input, Value.PseudoValue, Value.AzName,
        Value.Concat {

    /** A plain string. Renderers escape what their syntax would otherwise interpret (e.g. <code>${</code>). */
    record Literal(String text) implements Value {
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An attribute of another planned resource. */
    record Ref(ResourceId target, Attr attribute) implements Value {
        public Ref {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /** A deploy-time input: a CloudFormation parameter / Terraform variable declared in {@link Plan#inputs()}. */
    record Input(String name) implements Value {
        public Input {
            Objects.requireNonNull(name, "name");
        }
    }

    record PseudoValue(Pseudo pseudo) implements Value {
        public PseudoValue {
            Objects.requireNonNull(pseudo, "pseudo");
        }
    }

    /** The name of the region's availability zone number {@code index} (0-based). */
    record AzName(int index) implements Value {
    }

    /** The parts joined without separator. Never nested, never empty, adjacent literals merged. */
    record Concat(List<Value> parts) implements Value {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    static Value literal(String text) {
        return new Literal(text);
    }

    static Value pseudo(Pseudo pseudo) {
        return new PseudoValue(pseudo);
    }

    /** Joins values (flattening nested concatenations and merging adjacent literals). */
    static Value concat(Object... parts) {
        List<Value> flat = new ArrayList<>();
        for (Object part : parts) {
            Value v = part instanceof Value value ? value : new Literal(String.valueOf(part));
            if (v instanceof Concat c) {
                c.parts().forEach(p -> append(flat, p));
            } else {
                append(flat, v);
            }
        }
        if (flat.size() == 1) {
            return flat.get(0);
        }
        return flat.isEmpty() ? new Literal("") : new Concat(flat);
    }

    private static void append(List<Value> flat, Value v) {
        if (v instanceof Literal l && l.text().isEmpty()) {
            return;
        }
        int last = flat.size() - 1;
        if (v instanceof Literal l && last >= 0 && flat.get(last) instanceof Literal prev) {
            flat.set(last, new Literal(prev.text() + l.text()));
        } else {
            flat.add(v);
        }
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:<resource>} in the deploying account and region. */
    static Value arnInThisAccount(String service, Object... resource) {
        List<Object> parts = new ArrayList<>(List.of("arn:", pseudo(Pseudo.PARTITION), ":" + service + ":",
                pseudo(Pseudo.REGION), ":", pseudo(Pseudo.ACCOUNT_ID), ":"));
        parts.addAll(List.of(resource));
        return concat(parts.toArray());
    }
}
