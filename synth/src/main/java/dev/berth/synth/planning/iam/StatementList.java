package dev.berth.synth.planning.iam;

import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources.Statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds Allow statements, merging resources of statements with the same Sid and dropping duplicates. */
final class StatementList {

    private final Map<String, List<String>> actionsBySid = new java.util.LinkedHashMap<>();
    private final Map<String, Set<Value>> resourcesBySid = new java.util.LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Value>>> conditionsBySid = new java.util.LinkedHashMap<>();

    void allow(String sid, List<String> actions, Value... resources) {
        allow(sid, actions, List.of(resources));
    }

    void allow(String sid, List<String> actions, List<Value> resources) {
        actionsBySid.putIfAbsent(sid, actions);
        resourcesBySid.computeIfAbsent(sid, k -> new LinkedHashSet<>()).addAll(resources);
    }

    /** An Allow statement with conditions (operator to key to value); its Sid must be its own. */
    void allow(String sid, List<String> actions, List<Value> resources,
               Map<String, Map<String, Value>> conditions) {
        if (actionsBySid.containsKey(sid)) {
            throw new IllegalStateException("a conditional statement shares the Sid " + sid + " (a planner bug)");
        }
        allow(sid, actions, resources);
        conditionsBySid.put(sid, conditions);
    }

    boolean isEmpty() {
        return actionsBySid.isEmpty();
    }

    List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        actionsBySid.forEach((sid, actions) -> out.add(Statement.allow(sid, null, actions,
                List.copyOf(resourcesBySid.get(sid)), conditionsBySid.getOrDefault(sid, Map.of()))));
        return out;
    }
}
