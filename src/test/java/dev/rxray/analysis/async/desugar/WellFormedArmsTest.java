package dev.rxray.analysis.async.desugar;

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
 * Every arm of every coroutine of the async samples, the stepper's control-flow program and, when it is on this
 * machine (or given by {@code -Drxray.corpus=DIR}), a corpus of real crates: brackets pair up, and the sample arms
 * go on to exactly the states the flow graph says. Arms cut at statement boundaries failed this: an await inside
 * an {@code if}, a {@code match} or a loop opened blocks in one arm and closed them in another.
 */
class WellFormedArmsTest {
    private static final String CORPUS = "/work/corpus/x/usr/share/cargo/registry";

    private static List<Path> rustFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }

    /** Problems over the files; returns {coroutines, arms}. */
    private static int[] check(List<Path> files, boolean checkFlow, List<String> problems) throws IOException {
        int coroutines = 0;
        int arms = 0;
        for (Path file : files) {
            PipelineResult result = Pipeline.run(SourceFile.decode(file.toString(), Files.readAllBytes(file)));
            for (CoroutineMachine machine : result.async().coroutines()) {
                coroutines++;
                arms += machine.states().size();
                try {
                    ArmChecks.problems(result.parse(), machine, checkFlow)
                            .forEach(p -> problems.add(file + " " + machine.name() + " " + p));
                } catch (RuntimeException e) {
                    problems.add(file + " " + machine.name() + ": " + e);
                }
            }
        }
        return new int[] {coroutines, arms};
    }

    @Test
    void everySampleArmIsBalancedAndGoesWhereTheFlowGraphGoes() throws IOException {
        List<Path> files = new ArrayList<>(DesugarSamples.all());
        files.addAll(rustFiles(Path.of("src/test/resources/dev/rxray/analysis/async/step/flow")));
        List<String> problems = new ArrayList<>();

        int[] counts = check(files, true, problems);

        assertThat(counts[0]).isGreaterThan(80);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCorpusArmIsBalanced() throws IOException {
        Path corpus = Path.of(System.getProperty("rxray.corpus", CORPUS));
        assumeTrue(Files.isDirectory(corpus), "skipped: no corpus at " + corpus);
        List<String> problems = new ArrayList<>();

        long start = System.nanoTime();
        int[] counts = check(rustFiles(corpus), false, problems);

        System.out.printf("desugared arms over the corpus: %d coroutines, %d arms, %d problems, %.1f s%n",
                counts[0], counts[1], problems.size(), (System.nanoTime() - start) / 1e9);
        problems.stream().limit(40).forEach(p -> System.out.println("  " + p));
        assertThat(counts[0]).isGreaterThan(1000);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesUnbalancedText() {
        assertThat(ArmChecks.unbalanced("if a { b(c) }")).isEmpty();
        assertThat(ArmChecks.unbalanced("let s = \"{\"; let c = '}'; // {\nloop { 'a: { break 'a; } }")).isEmpty();
        assertThat(ArmChecks.unbalanced("match x {\n    A => {\n")).isNotEmpty();
        assertThat(ArmChecks.unbalanced("    };\n")).contains("closes nothing");
        assertThat(ArmChecks.unbalanced("f(a]")).contains("closes '('");
    }
}
