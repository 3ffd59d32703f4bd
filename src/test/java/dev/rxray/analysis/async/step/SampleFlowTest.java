package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ShapeChecks} over every coroutine of {@code samples/async} (whose suspend numbering the analysis tests
 * against rustc's goldens), and, given {@code -Drxray.corpus=DIR}, over every coroutine of a corpus of real crates.
 */
class SampleFlowTest {

    private static List<Path> rustFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }

    /** Checks every coroutine of the files; returns {files, coroutines, awaits} and adds problems to the list. */
    private static int[] check(List<Path> files, List<String> problems) throws IOException {
        int coroutines = 0;
        int awaits = 0;
        for (Path file : files) {
            PipelineResult result = Pipeline.run(SourceFile.decode(file.toString(), Files.readAllBytes(file)));
            for (CoroutineMachine machine : result.async().coroutines()) {
                coroutines++;
                awaits += machine.suspends().size();
                try {
                    ShapeChecks.problems(machine, result.parse())
                            .forEach(p -> problems.add(file + " " + machine.name() + ": " + p));
                } catch (RuntimeException e) {
                    problems.add(file + " " + machine.name() + ": " + e);
                }
            }
        }
        return new int[] {files.size(), coroutines, awaits};
    }

    @Test
    void everySampleCoroutineStepsThroughEveryStateItCanReach() throws IOException {
        Path samples = Path.of(System.getProperty("rxray.samples", "samples"), "async");
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>(rustFiles(samples));
        files.addAll(rustFiles(Path.of("src/test/resources/dev/rxray/analysis/async/step/flow")));

        int[] counts = check(files, problems);

        assertThat(counts[1]).isGreaterThan(80);
        // The one coroutine that cannot return is the test program's `forever`: its run stops after its bound.
        assertThat(problems).containsExactly();
    }

    @Test
    void everyCorpusCoroutineStepsWithoutAnException() throws IOException {
        String dir = System.getProperty("rxray.corpus", "");
        assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "skipped: no corpus given (run with -Drxray.corpus=DIR to step every coroutine of real crates)");
        List<String> problems = new ArrayList<>();

        long start = System.nanoTime();
        int[] counts = check(rustFiles(Path.of(dir)), problems);

        System.out.printf("stepper over the corpus: %d files, %d coroutines, %d awaits, %d problems, %.1f s%n",
                counts[0], counts[1], counts[2], problems.size(), (System.nanoTime() - start) / 1e9);
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(counts[1]).isPositive();
        assertThat(problems).isEmpty();
    }
}
