package dev.berth.synth.properties;

import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * How Berth's properties run: QuickTheories ({@code org.quicktheories}) from plain JUnit 5 {@code @Test} methods.
 *
 * <ul>
 *   <li>{@code berth.tries} (default {@value #DEFAULT_TRIES}): examples per property; {@code -Dberth.tries=5000} is
 *       the long soak;</li>
 *   <li>{@code berth.seed}: unset, each property starts from a new seed ({@link System#nanoTime()}); a failure
 *       prints it, and {@code -Dberth.seed=S} replays that run: the same examples, the same failure and the same
 *       shrunk counterexample;</li>
 *   <li>{@code berth.shrinks} (default {@value #DEFAULT_SHRINKS}): shrink cycles after a failure.</li>
 * </ul>
 *
 * The surefire configuration of the synth module passes these system properties on. A failure is reported by
 * {@link Report}: the property, the shrunk counterexample as its generator describes it (a program prints as the
 * builder calls that make it), the assertion that failed, and the seed with the command line that replays it.
 */
public final class BerthTheories {

    static final int DEFAULT_TRIES = 200;
    static final int DEFAULT_SHRINKS = 3000;

    private BerthTheories() {
    }

    static int tries() {
        return intProperty("berth.tries", DEFAULT_TRIES);
    }

    static int shrinks() {
        return intProperty("berth.shrinks", DEFAULT_SHRINKS);
    }

    /** The seed given with {@code -Dberth.seed}, if any. */
    static OptionalLong fixedSeed() {
        String value = System.getProperty("berth.seed", "").strip();
        return value.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }

    private static int intProperty(String name, int fallback) {
        String value = System.getProperty(name, "").strip();
        return value.isEmpty() ? fallback : Integer.parseInt(value);
    }

    /**
     * Checks {@code property} on {@link #tries()} examples of {@code values}; the property fails by throwing (AssertJ).
     * The name in reports is that of the calling test method.
     */
    public static <T> void check(Gen<T> values, Consumer<T> property) {
        String name = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("property"));
        check(name, values, property);
    }

    public static <T> void check(String name, Gen<T> values, Consumer<T> property) {
        long seed = fixedSeed().orElseGet(System::nanoTime);
        int tries = tries();
        AtomicInteger checked = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        // While shrinking, many steps change a draw that makes no difference to the value (an unused slot, a setting
        // the program repairs away): the outcome of each value is remembered by its description and not checked
        // again. The property is deterministic, so this changes nothing but the time shrinking takes.
        Map<String, Optional<Throwable>> shrinkOutcomes = new HashMap<>();
        // QuickTheories counts an example it skips because it saw the same draws before toward withExamples (the
        // first two of every run coincide: the shrink targets and the lower limits), so it gets room for twice the
        // tries and the property checks the first `tries` distinct examples. After a failure, every call is a
        // shrink step and is checked.
        qt(name, seed, tries, 2 * tries).forAll(values).checkAssert(value -> {
            if (!failed.get()) {
                if (checked.get() >= tries) {
                    return;
                }
                checked.incrementAndGet();
                try {
                    property.accept(value);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
                return;
            }
            Optional<Throwable> outcome = shrinkOutcomes.computeIfAbsent(values.asString(value), k -> {
                try {
                    property.accept(value);
                    return Optional.empty();
                } catch (RuntimeException | Error e) {
                    return Optional.of(e);
                }
            });
            if (outcome.isPresent()) {
                if (outcome.get() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) outcome.get();
            }
        });
        if (checked.get() < tries) {
            throw new AssertionError(name + ": only " + checked.get() + " distinct examples in " + 2 * tries
                    + " draws (seed " + seed + "); the generator makes too few different values");
        }
        System.out.printf("%s: %d examples passed (QuickTheories, seed %d)%n", name, checked.get(), seed);
    }

    /** A QuickTheory with Berth's settings: the seed, examples to draw, shrink cycles and {@link Report}. */
    static QuickTheory qt(String name, long seed, int tries, int draws) {
        return QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(draws)
                .withShrinkCycles(shrinks())
                .withReporter(new Report(name, seed, tries));
    }

    /**
     * Reports a falsified property as one assertion error: the shrunk counterexample, what failed, and the seed. The
     * other (larger) falsifying values QuickTheories found on the way are counted, not printed.
     */
    record Report(String property, long seed, int tries) implements Reporter {

        @Override
        public void falisification(long reportedSeed, int examples, Object smallest, Throwable cause,
                                   List<Object> found, AsString<Object> describe) {
            throw new AssertionError(message(reportedSeed, examples, smallest, found, describe, cause), cause);
        }

        @Override
        public void falisification(long reportedSeed, int examples, Object smallest, List<Object> found,
                                   AsString<Object> describe) {
            throw new AssertionError(message(reportedSeed, examples, smallest, found, describe, null));
        }

        @Override
        public void valuesExhausted(int examples) {
            throw new IllegalStateException(property + ": gave up after only " + examples + " example(s) matched the"
                    + " assumptions of its generator (seed " + seed + "); generate only applicable cases");
        }

        private String message(long reportedSeed, int examples, Object smallest, List<Object> found,
                               AsString<Object> describe, Throwable cause) {
            String nl = System.lineSeparator();
            String counterexample = describe.asString(smallest);
            // The failed assertion usually names the program too: print it once.
            String failure = cause == null ? "" : String.valueOf(cause.getMessage())
                    .replace(counterexample, "(the counterexample above)");
            return property + " falsified after " + examples + " example(s); shrunk counterexample ("
                    + found.size() + " larger one(s) found while shrinking):" + nl + nl
                    + counterexample + nl + nl
                    + (cause == null ? "" : "Failure: " + failure + nl + nl)
                    + "Seed was " + reportedSeed + "; replay: mvn -B -ntp -pl synth -am verify -Dtest="
                    + property.replace('.', '#') + " -Dsurefire.failIfNoSpecifiedTests=false -Dberth.seed="
                    + reportedSeed + (tries == DEFAULT_TRIES ? "" : " -Dberth.tries=" + tries);
        }
    }
}
