package dev.berth.benchmarks;

import dev.berth.Application;
import dev.berth.synth.Berth;
import dev.berth.synth.testing.ScalePrograms;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Main of {@code berth-benchmarks.jar}:
 * <ul>
 *   <li>{@code jmh [JMH options]}: the JMH runner over {@link SynthesisBenchmark} (e.g. {@code jmh -f 1 -wi 3 -i 5});
 *   <li>anything else: Berth's command line over the generated programs {@code scale-1}, {@code scale-10},
 *       {@code scale-100} and {@code scale-1000}, e.g. {@code synth --program scale-100 --out DIR}: the same process a
 *       user's {@code java -jar ... synth} is, for the whole-process benchmark.
 * </ul>
 */
public final class BerthBenchmarks {

    /** The sizes of the generated programs, in services. */
    public static final List<Integer> SIZES = List.of(1, 10, 100, 1000);

    private BerthBenchmarks() {
    }

    /** {@code scale-N} to {@code ScalePrograms.withServices(N)}; built only when selected. */
    public static Map<String, Supplier<Application>> programs() {
        Map<String, Supplier<Application>> programs = new LinkedHashMap<>();
        for (int n : SIZES) {
            programs.put("scale-" + n, () -> ScalePrograms.withServices(n));
        }
        return programs;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            Jmh.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Berth.run(args, programs());
    }

    /** In a class of its own so that the command-line path never loads JMH. */
    private static final class Jmh {
        static void main(String[] args) throws Exception {
            org.openjdk.jmh.Main.main(args);
        }
    }
}
