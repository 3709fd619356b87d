package dev.berth.synth.plan.loadbalancing;

import dev.berth.Application;
import dev.berth.loadbalancing.Exposure;
import dev.berth.service.Service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Listener rule priorities for exposures that give none.
 *
 * <p>An ALB evaluates rules from the lowest priority up, so a catch-all {@code /*} must come after
 * {@code /api/*}. Berth therefore derives the priority from the rule's own specificity: rules with a host header
 * before rules without, then longer literal path prefixes first; the last two digits come from a checksum of the
 * service name. Because the number depends only on the rule itself, adding or removing a service does not
 * renumber the others, except in the rare case where two derived numbers collide (the later name in order then
 * takes the next free number).
 */
public final class ListenerRulePriorities {

    private static final int MAX_LITERAL = 199;

    private ListenerRulePriorities() {
    }

    /** Priority by service name, for every exposed service. */
    public static Map<String, Integer> assign(Application app) {
        Map<String, Integer> result = new HashMap<>();
        Map<String, List<Service>> byLoadBalancer = new HashMap<>();
        for (Service s : app.services()) {
            for (Exposure e : s.exposures()) {
                byLoadBalancer.computeIfAbsent(e.loadBalancer(), k -> new ArrayList<>()).add(s);
            }
        }
        byLoadBalancer.forEach((lb, services) -> {
            Set<Integer> taken = new HashSet<>();
            services.stream().map(s -> s.exposures().get(0)).filter(e -> e.priority() > 0)
                    .forEach(e -> taken.add(e.priority()));
            services.stream()
                    .sorted(Comparator.comparingInt((Service s) -> derived(s.name(), s.exposures().get(0)))
                            .thenComparing(Service::name))
                    .forEach(s -> {
                        Exposure e = s.exposures().get(0);
                        if (e.priority() > 0) {
                            result.put(s.name(), e.priority());
                            return;
                        }
                        int p = derived(s.name(), e);
                        while (taken.contains(p)) {
                            p++;
                        }
                        taken.add(p);
                        result.put(s.name(), p);
                    });
        });
        return result;
    }

    static int derived(String serviceName, Exposure exposure) {
        int hostBand = exposure.hostHeaders().isEmpty() ? 25_000 : 0;
        int literal = exposure.pathPatterns().stream().mapToInt(ListenerRulePriorities::literalPrefix).max()
                .orElse(0);
        int specificity = (MAX_LITERAL - Math.min(literal, MAX_LITERAL)) * 100;
        CRC32 crc = new CRC32();
        crc.update(serviceName.getBytes(StandardCharsets.UTF_8));
        return 1 + hostBand + specificity + (int) (crc.getValue() % 100);
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
