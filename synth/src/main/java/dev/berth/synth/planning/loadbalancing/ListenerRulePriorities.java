package dev.berth.synth.planning.loadbalancing;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.loadbalancing.Exposure;
import dev.berth.service.Service;
import dev.berth.validation.Rule;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Listener rule priorities for exposures that give none, on a load balancer of the program (1 to 50,000) or in the
 * range the program gives for an existing listener.
 *
 * <p>An ALB evaluates rules from the lowest priority up, so a catch-all {@code /*} must come after
 * {@code /api/*}. Berth therefore derives the priority from the rule's own specificity: 50 bands of 1,000 numbers,
 * rules with a host header before rules without, then longer literal path prefixes first (up to 25 characters);
 * within a band, a checksum of the service name picks the number. Rules in one band have the same specificity, so
 * their relative order does not matter. Because the number depends only on the rule itself, adding or removing a
 * service does not renumber the others; only when two derived numbers collide (a few percent with ten rules in one
 * band) does the later name in order take the next free number, and Berth then warns
 * ({@code LISTENER_RULE_PRIORITY_SHARED}) so the user can pin one with an explicit priority.
 */
public final class ListenerRulePriorities {

    private static final int BANDS = 50;
    private static final int MAX_PRIORITY = 50_000;
    /** Literal prefixes of this length or longer are all "most specific". */
    private static final int MAX_LITERAL = 24;

    private ListenerRulePriorities() {
    }

    /**
     * The priorities of a program's listener rules.
     *
     * @param priorities by service name, for every exposed service
     * @param shared     derived priorities that collided, so that one service was moved to the next free number
     *                   ({@code LISTENER_RULE_PRIORITY_SHARED})
     */
    public record Assignment(Map<String, Integer> priorities, Diagnostics shared) {
        public Assignment {
            priorities = Map.copyOf(priorities);
        }

        /** The priority of a service's rule; 0 for a service without exposure. */
        public int of(String service) {
            return priorities.getOrDefault(service, 0);
        }
    }

    /** Assigns every rule of the program its priority, once. */
    public static Assignment assign(Application app) {
        Map<String, Integer> result = new HashMap<>();
        List<Diagnostic> moved = new ArrayList<>();
        // Network Load Balancers have no rules; an existing listener's rules stay in the range the program gives.
        Map<String, int[]> ranges = new HashMap<>();
        app.loadBalancers().forEach(lb -> ranges.put(lb.name(), new int[] {1, MAX_PRIORITY}));
        app.existingListeners().forEach(l -> ranges.put(l.name(), new int[] {l.priorityFrom(), l.priorityTo()}));
        Map<String, List<Service>> byLoadBalancer = new TreeMap<>();
        for (Service s : app.services()) {
            for (Exposure e : s.exposures()) {
                if (ranges.containsKey(e.loadBalancer())) {
                    byLoadBalancer.computeIfAbsent(e.loadBalancer(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        byLoadBalancer.forEach((lb, services) -> {
            int from = ranges.get(lb)[0];
            int to = ranges.get(lb)[1];
            Map<Integer, String> taken = new HashMap<>();
            services.stream().filter(s -> s.exposures().get(0).priority() > 0)
                    .forEach(s -> taken.put(s.exposures().get(0).priority(), s.name()));
            services.stream()
                    .sorted(Comparator.comparingInt((Service s) -> derived(s.name(), s.exposures().get(0), from, to))
                            .thenComparing(Service::name))
                    .forEach(s -> {
                        Exposure e = s.exposures().get(0);
                        if (e.priority() > 0) {
                            result.put(s.name(), e.priority());
                            return;
                        }
                        int wanted = derived(s.name(), e, from, to);
                        int p = wanted;
                        // Validation keeps the rules within the range's size, so a free number exists.
                        while (taken.containsKey(p)) {
                            p = p == to ? from : p + 1;
                        }
                        if (p != wanted) {
                            moved.add(Rule.LISTENER_RULE_PRIORITY_SHARED.at(
                                    "service[" + s.name() + "].exposure[0].priority",
                                    "The listener rule priority Berth derives for service " + s.name() + " ("
                                            + wanted + ") is also that of service " + taken.get(wanted)
                                            + " on load balancer " + lb + ", so " + s.name() + " gets " + p
                                            + "; a later change of service " + taken.get(wanted) + " could renumber"
                                            + " it.", "Give one of them an explicit priority(...) to pin it."));
                        }
                        taken.put(p, s.name());
                        result.put(s.name(), p);
                    });
        });
        return new Assignment(result, new Diagnostics(moved));
    }

    static int derived(String serviceName, Exposure exposure) {
        return derived(serviceName, exposure, 1, MAX_PRIORITY);
    }

    /**
     * The priority a rule wants in {@code from..to}: the range is cut into 50 bands by specificity (with the whole
     * range, bands of 1,000: the numbers Berth has always derived), and a checksum of the service name picks the
     * number in the band. A range of fewer than 50 numbers keeps the bands' order with bands of one number.
     */
    static int derived(String serviceName, Exposure exposure, int from, int to) {
        // Host headers and the other conditions (headers, methods, query strings, source IPs) narrow a rule.
        int hostBand = exposure.hostHeaders().isEmpty() && !exposure.hasExtraConditions() ? 25 : 0;
        int literal = exposure.pathPatterns().stream().mapToInt(ListenerRulePriorities::literalPrefix).max()
                .orElse(0);
        int band = hostBand + (MAX_LITERAL - Math.min(literal, MAX_LITERAL));
        CRC32 crc = new CRC32();
        crc.update(serviceName.getBytes(StandardCharsets.UTF_8));
        int size = to - from + 1;
        if (size < BANDS) {
            return from + band * size / BANDS;
        }
        int bandSize = size / BANDS;
        return from + band * bandSize + (int) (crc.getValue() % bandSize);
    }

    /** Characters before the first wildcard: {@code /api/v1/*} has 8. */
    private static int literalPrefix(String pattern) {
        int star = pattern.indexOf('*');
        int question = pattern.indexOf('?');
        int end = pattern.length();
        if (star >= 0) {
            end = star;
        }
        if (question >= 0) {
            end = Math.min(end, question);
        }
        return end;
    }
}
