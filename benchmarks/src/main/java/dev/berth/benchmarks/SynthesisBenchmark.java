package dev.berth.benchmarks;

import dev.berth.Application;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.testing.ScalePrograms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * In-process synthesis of generated programs ({@link ScalePrograms#withServices(int)}) to both targets: validation,
 * plan, CloudFormation stacks and Terraform module, serialised to the strings Berth writes ({@link Synthesis#files()}).
 * No file I/O. Run with {@code java -jar benchmarks/target/berth-benchmarks.jar jmh SynthesisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SynthesisBenchmark {

    @Param({"1", "10", "100", "1000"})
    int services;

    private Application program;

    @Setup(Level.Trial)
    public void buildProgram() {
        program = ScalePrograms.withServices(services);
    }

    /** From the immutable model to the files' contents: what a build that already holds the program pays. */
    @Benchmark
    public Map<String, String> synthesize() {
        return files(Synthesizer.synthesize(program));
    }

    /** The DSL as well: building the program (with its validation on build), then synthesising it. */
    @Benchmark
    public Map<String, String> buildAndSynthesize() {
        return files(Synthesizer.synthesize(ScalePrograms.withServices(services)));
    }

    private static Map<String, String> files(Synthesis synthesis) {
        if (!synthesis.succeeded()) {
            throw new IllegalStateException("generated program has errors: " + synthesis.diagnostics());
        }
        return synthesis.files();
    }
}
