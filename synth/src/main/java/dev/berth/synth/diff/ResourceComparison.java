package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the resources of one stack or module, the same way for both targets: a resource only in the new output is
 * added, only in the old one removed; one in both whose type changed is replaced; otherwise the paths that differ in
 * its body decide, through the target's {@link Rules}, whether it is replaced or changed in place.
 *
 * <p>A replacement reaches further: a new resource has new identifiers (ID, ARN, often name), so a value that refers
 * to a replaced resource changes too, even though its text in the template is the same ({@code {"Ref": "ApiLogGroup"}},
 * {@code ${aws_cloudwatch_log_group.api.name}}). Such a reference counts as a change of the property that holds it,
 * and replaces the referring resource when that property forces replacement; this is repeated until nothing more is
 * replaced. A parameter or variable whose default changed reaches its users the same way.
 */
final class ResourceComparison {

    /** A resource as the comparison sees it. */
    record Item(String type, JsonNode body, Map<String, JsonNode> attributes) {
    }

    /** A reference from inside a resource's body. */
    record Reference(List<String> path, String target, String attribute) {
    }

    /** What makes a resource of a type be replaced. */
    record TypeRules(List<List<String>> forceNew, List<List<String>> exclusiveGroups) {
        TypeRules {
            forceNew = List.copyOf(forceNew);
            exclusiveGroups = List.copyOf(exclusiveGroups);
        }
    }

    /** One target's vocabulary and knowledge. */
    interface Rules {
        /** How a resource is named in a line, e.g. {@code ApiService (AWS::ECS::Service)}. */
        String subject(String id, String type);

        /** {@code properties} or {@code arguments}. */
        String bodyWord();

        /**
         * Whether a type is versioned: each change makes a new revision (AWS registers a new task definition
         * revision and moves the services to it), its routine update rather than a destructive replacement.
         */
        boolean revisioned(String type);

        /** The target's replacement rules for a type, or null when Berth does not know the type. */
        TypeRules rules(String type);

        /** The references a resource's body holds. */
        List<Reference> references(Item item);

        /**
         * Whether a reference to a replaced resource reads a value the configuration sets (a Terraform argument),
         * which changes only when what sets it changes; otherwise the value is the new resource's own (an ID, an
         * ARN, CloudFormation's {@code Ref}) and changes with the replacement.
         */
        default boolean readsConfiguredValue(Reference reference, Item target) {
            return false;
        }

        /** Body paths the target will not change even though they differ (Terraform's ignore_changes). */
        default boolean ignored(Item item, List<String> path) {
            return false;
        }

        /** How a changed resource attribute outside the body is compared ({@code DependsOn} as a set). */
        default boolean sameAttribute(String name, JsonNode before, JsonNode after) {
            return TreeDiff.same(before, after);
        }
    }

    private final Rules rules;
    private final Map<String, State> states = new TreeMap<>();

    ResourceComparison(Rules rules) {
        this.rules = rules;
    }

    /**
     * @param changedValues names (parameters, variables) whose value changed, to what a reader is told about them,
     *                      e.g. {@code parameter ApiImageTag, whose default changed}
     */
    List<Change> compare(Map<String, Item> before, Map<String, Item> after, Map<String, String> changedValues) {
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        Map<String, String> replacedBy = new LinkedHashMap<>(); // id -> reasons
        states.clear();
        List<Change> out = new ArrayList<>();
        for (String id : ids) {
            Item old = before.get(id);
            Item now = after.get(id);
            if (old == null) {
                out.add(new Change(Change.Kind.ADD, rules.subject(id, now.type()), "", true));
            } else if (now == null) {
                out.add(new Change(Change.Kind.REMOVE, rules.subject(id, old.type()), "", true));
            } else if (!old.type().equals(now.type())) {
                replacedBy.put(id, "type changed from " + old.type());
            } else {
                states.put(id, new State(id, old, now));
            }
        }
        boolean more = true;
        while (more) { // until nothing more is replaced and no reference more found to something that changes
            more = false;
            for (State state : states.values()) {
                more |= state.cascade(replacedBy, changedValues, after);
                if (!replacedBy.containsKey(state.id)) {
                    String reasons = state.replacementReasons();
                    if (!reasons.isEmpty()) {
                        replacedBy.put(state.id, reasons);
                        more = true;
                    }
                }
            }
        }
        replacedBy.forEach((id, reasons) -> {
            // Reasons found after the first one (a later pass's references) are named too.
            String all = states.containsKey(id) ? states.get(id).replacementReasons() : reasons;
            String type = after.get(id).type();
            boolean revision = states.containsKey(id) && rules.revisioned(type);
            out.add(new Change(revision ? Change.Kind.NEW_REVISION : Change.Kind.REPLACE, rules.subject(id, type), all,
                    true));
        });
        for (State state : states.values()) {
            if (!replacedBy.containsKey(state.id)) {
                String detail = state.changeDetail();
                if (!detail.isEmpty()) {
                    out.add(new Change(Change.Kind.CHANGE, rules.subject(state.id, state.now.type()), detail, true));
                }
            }
        }
        return out;
    }

    private final class State {
        final String id;
        final Item old;
        final Item now;
        final List<List<String>> paths = new ArrayList<>();
        /** Paths whose value changes because they refer to something replaced or changed, with what they refer to. */
        final Map<List<String>, String> cascaded = new LinkedHashMap<>();
        final List<String> attributes = new ArrayList<>();

        State(String id, Item old, Item now) {
            this.id = id;
            this.old = old;
            this.now = now;
            for (List<String> path : TreeDiff.changedPaths(orEmpty(old.body()), orEmpty(now.body()))) {
                if (!rules.ignored(now, path)) {
                    paths.add(path);
                }
            }
            Set<String> names = new TreeSet<>(old.attributes().keySet());
            names.addAll(now.attributes().keySet());
            for (String name : names) {
                if (!rules.sameAttribute(name, old.attributes().get(name), now.attributes().get(name))) {
                    attributes.add(name);
                }
            }
        }

        /** Adds the references to what is replaced or changed; true when it found a new one. */
        boolean cascade(Map<String, String> replacedBy, Map<String, String> changedValues, Map<String, Item> after) {
            boolean found = false;
            for (Reference ref : rules.references(now)) {
                if (rules.ignored(now, ref.path()) || ref.target().equals(id)) {
                    continue;
                }
                String cause = null;
                if (replacedBy.containsKey(ref.target()) && valueChanges(ref, after.get(ref.target()))) {
                    Item target = after.get(ref.target());
                    cause = ref.target() + (target != null && states.containsKey(ref.target())
                            && rules.revisioned(target.type()) ? ", which gets a new revision" : ", which will be replaced");
                } else if (changedValues.containsKey(ref.target())) {
                    cause = changedValues.get(ref.target());
                }
                if (cause != null && !cascaded.containsKey(ref.path())) {
                    cascaded.put(ref.path(), cause);
                    found = true;
                }
            }
            return found;
        }

        /** A replaced resource's configured value changes when it changed, or refers to something that changes. */
        private boolean valueChanges(Reference ref, Item target) {
            if (target == null || !rules.readsConfiguredValue(ref, target)) {
                return true;
            }
            State state = states.get(ref.target());
            if (state == null) {
                return true;
            }
            return state.paths.stream().anyMatch(p -> !p.isEmpty() && p.get(0).equals(ref.attribute()))
                    || state.cascaded.keySet().stream().anyMatch(p -> p.get(0).equals(ref.attribute()));
        }

        String replacementReasons() {
            TypeRules typeRules = rules.rules(now.type());
            if (typeRules == null) {
                return "";
            }
            Set<String> reasons = new LinkedHashSet<>();
            for (List<String> path : paths) {
                forceNewMatch(typeRules, path).ifPresent(shown -> reasons.add(shown + " changed"));
            }
            cascaded.forEach((path, cause) ->
                    forceNewMatch(typeRules, path).ifPresent(shown -> reasons.add(shown + " refers to " + cause)));
            for (List<String> group : typeRules.exclusiveGroups()) {
                List<String> was = present(old.body(), group);
                List<String> is = present(now.body(), group);
                if (!was.equals(is)) {
                    reasons.add("its source changed from " + String.join(", ", was) + " to " + String.join(", ", is));
                }
            }
            return String.join("; ", reasons);
        }

        String changeDetail() {
            Set<String> changed = new TreeSet<>();
            paths.forEach(p -> changed.add(p.isEmpty() ? "(all)" : p.get(0)));
            Set<String> viaReferences = new TreeSet<>();
            cascaded.forEach((p, cause) -> {
                if (!changed.contains(p.get(0))) {
                    viaReferences.add(p.get(0) + " (refers to " + cause + ")");
                }
            });
            List<String> parts = new ArrayList<>();
            if (!changed.isEmpty() || !viaReferences.isEmpty()) {
                List<String> all = new ArrayList<>(changed);
                all.addAll(viaReferences);
                parts.add(rules.bodyWord() + ": " + String.join(", ", all));
            }
            if (!attributes.isEmpty()) {
                parts.add(String.join(", ", attributes));
            }
            if (!parts.isEmpty() && rules.rules(now.type()) == null) {
                parts.add("which changes replace a " + now.type() + " is not known to Berth");
            }
            return String.join("; ", parts);
        }
    }

    private static java.util.Optional<String> forceNewMatch(TypeRules typeRules, List<String> path) {
        List<String> names = TreeDiff.names(path);
        for (List<String> forceNew : typeRules.forceNew()) {
            List<String> entry = TreeDiff.names(forceNew);
            if (!names.isEmpty() && TreeDiff.overlaps(entry, names)) {
                return java.util.Optional.of(String.join(".", names.size() <= entry.size() ? names : entry));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> present(JsonNode body, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (body != null && body.hasNonNull(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null ? JsonNodeFactory.instance.objectNode() : node;
    }

}
