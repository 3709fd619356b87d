package dev.berth.synth.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dependency edges between the resources of one template or module. Both CloudFormation and
 * Terraform refuse a graph with a cycle, so the validators share this search.
 */
final class DependencyGraph {

    private enum Mark { IN_PROGRESS, DONE }

    // Sorted so that the cycle reported is the same on every run.
    private final Map<String, Set<String>> edges = new TreeMap<>();

    void addNode(String node) {
        edges.computeIfAbsent(node, n -> new TreeSet<>());
    }

    /** Records that {@code from} must be created after {@code to}; edges to unknown nodes are ignored. */
    void addEdge(String from, String to) {
        addNode(from);
        edges.get(from).add(to);
    }

    /** The first cycle found, as a path that starts and ends with the same node. */
    Optional<List<String>> findCycle() {
        Map<String, Mark> marks = new HashMap<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = visit(start, marks, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String node, Map<String, Mark> marks, List<String> path) {
        Mark mark = marks.get(node);
        if (mark == Mark.DONE || !edges.containsKey(node)) {
            return Optional.empty();
        }
        if (mark == Mark.IN_PROGRESS) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        marks.put(node, Mark.IN_PROGRESS);
        path.add(node);
        for (String next : edges.get(node)) {
            Optional<List<String>> cycle = visit(next, marks, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        marks.put(node, Mark.DONE);
        return Optional.empty();
    }
}
