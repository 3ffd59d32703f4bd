package dev.rxray.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.samples.SampleCorpus.Sample;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample is a complete program: it compiles with {@code rustc --edition 2021} without errors or warnings, and
 * the program it builds runs to a clean exit. A full build is used rather than {@code --emit=metadata}, because
 * metadata-only checking misses errors that appear at monomorphization (such as a failing const assertion in a
 * generic), and a full build of one sample takes only a few tenths of a second.
 *
 * <p>All compilations start when the factory runs, on two threads (the build machine has two cores), and each
 * dynamic test waits for its own sample, so the report still shows one test per file.
 */
class SamplesCompileTest {

    private static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);
    private static final int THREADS = 2;
    private static final String NO_RUSTC =
            "rustc is not on PATH: skipped compiling the samples (install Rust to run these tests)";

    /** The result of building and then running one sample; {@code run} is {@code notRun} when the build failed. */
    private record Check(RustCompiler.Outcome compile, RustCompiler.Outcome run) {
    }

    @TestFactory
    Stream<DynamicNode> everySampleCompilesAndRuns(@TempDir Path work) {
        var rustc = RustCompiler.version();
        if (rustc.isEmpty()) {
            // An aborted dynamic test, not an aborted factory: surefire counts only the former as skipped.
            System.err.println(NO_RUSTC);
            return Stream.of(DynamicTest.dynamicTest("rustc on PATH", () -> Assumptions.abort(NO_RUSTC)));
        }

        List<Sample> samples = SampleCorpus.locate().samples();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "rustc-sample");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<Check>> checks = samples.stream()
                .map(sample -> CompletableFuture.supplyAsync(() -> check(sample, work), pool))
                .toList();
        CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> pool.shutdown());

        Stream<DynamicNode> tests = Stream.iterate(0, i -> i < samples.size(), i -> i + 1)
                .map(i -> DynamicTest.dynamicTest(samples.get(i).id(), samples.get(i).path().toUri(),
                        () -> assertBuildsAndRuns(samples.get(i), checks.get(i).join())));
        return Stream.<DynamicNode>of(DynamicContainer.dynamicContainer(rustc.get(), tests))
                .onClose(pool::shutdownNow);
    }

    private static Check check(Sample sample, Path work) {
        // One folder per sample: rustc names its intermediate files after the crate, i.e. the file name.
        Path outputDir = work.resolve(sample.topic()).resolve(sample.name());
        RustCompiler.Outcome compile = RustCompiler.compile(sample.path(), outputDir, COMPILE_TIMEOUT);
        RustCompiler.Outcome run = compile.succeeded()
                ? RustCompiler.runBuilt(outputDir, RUN_TIMEOUT)
                : RustCompiler.Outcome.notRun("not run: the build failed");
        return new Check(compile, run);
    }

    private static void assertBuildsAndRuns(Sample sample, Check check) {
        RustCompiler.Outcome compile = check.compile();
        assertThat(compile.timedOut())
                .as("rustc on %s did not finish within %s", sample.id(), COMPILE_TIMEOUT)
                .isFalse();
        assertThat(compile.exitCode())
                .as("rustc --edition 2021 %s failed:%n%s", sample.id(), compile.output())
                .isZero();
        assertThat(compile.warnings())
                .as("rustc printed warnings for %s:%n%s", sample.id(), compile.output())
                .isEmpty();

        RustCompiler.Outcome run = check.run();
        assertThat(run.timedOut())
                .as("the program built from %s did not finish within %s; output so far:%n%s",
                        sample.id(), RUN_TIMEOUT, run.output())
                .isFalse();
        assertThat(run.exitCode())
                .as("the program built from %s exited with %d:%n%s", sample.id(), run.exitCode(), run.output())
                .isZero();
    }
}
