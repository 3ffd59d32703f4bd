package dev.rxray.diagram.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.diagram.DiagramEdge;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.oracle.GoldenCorpus;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every coroutine of every async sample: its figure is built, every state is reachable from {@code Unresumed} and
 * reaches {@code Returned}, the default schedule ends in {@code Returned} taking only edges of the figure, and the
 * figure lays out. Prints the layout time per sample.
 */
class AsyncSampleFiguresTest {
    @BeforeAll
    static void embeddedEngine() {
        System.setProperty("rxray.graphviz.engine", System.getProperty("rxray.graphviz.engine", "v8"));
    }

    private static List<Path> samples() {
        return GoldenCorpus.samples(GoldenCorpus.ASYNC_TOPICS);
    }

    @Test
    void everySampleCoroutineHasAConnectedGraphAStepRunAndALayout() throws IOException {
        List<String> timings = new ArrayList<>();
        int coroutines = 0;
        for (Path sample : samples()) {
            PipelineResult result = Pipeline.run(SourceFile.of(sample.getFileName().toString(),
                    Files.readString(sample)));
            long layoutNanos = 0;
            for (CoroutineMachine machine : result.async().coroutines()) {
                coroutines++;
                CoroutineShape shape = CoroutineShape.of(machine, result.source());
                GraphFigure figure = AsyncFigures.build(machine, shape);
                String where = sample.getFileName() + " " + machine.name();
                for (var node : figure.nodes()) {
                    if (node.title().equals("Panicked") || node.id().equals(AsyncFigures.ANY_POLL)) {
                        continue;
                    }
                    assertThat(reachable(figure, "Unresumed", false)).as(where).contains(node.id());
                    assertThat(reachable(figure, "Returned", true)).as(where).contains(node.id());
                }
                List<Step> steps = Stepper.run(machine, shape, Schedule.DEFAULT);
                assertThat(steps.getLast().state()).as(where).isEqualTo("Returned");
                for (Step step : steps) {
                    Highlight highlight = AsyncFigures.forStep(figure, step);
                    if (step.transition().kind() != dev.rxray.analysis.async.step.Transition.Kind.NONE) {
                        assertThat(highlight.edges()).as(where + " step " + step.index()).hasSize(1);
                    }
                }
                long start = System.nanoTime();
                LayoutOutcome outcome = LayoutService.layoutNow(figure, DotOptions.VIEW, Duration.ofSeconds(60));
                layoutNanos += System.nanoTime() - start;
                assertThat(outcome).as(where).isInstanceOf(LayoutOutcome.Laid.class);
            }
            timings.add(String.format(Locale.ROOT, "%-40s %2d coroutines  layout %6.1f ms",
                    sample.getFileName(), result.async().coroutines().size(), layoutNanos / 1e6));
        }
        System.out.println("async sample layouts:\n  " + String.join("\n  ", timings));
        assertThat(coroutines).isGreaterThan(40);
    }

    private static List<String> reachable(GraphFigure figure, String from, boolean backwards) {
        List<String> seen = new ArrayList<>(List.of(AsyncFigures.nodeId(from)));
        for (int i = 0; i < seen.size(); i++) {
            String here = seen.get(i);
            for (DiagramEdge edge : figure.edges()) {
                String a = backwards ? edge.to().nodeId() : edge.from().nodeId();
                String b = backwards ? edge.from().nodeId() : edge.to().nodeId();
                if (a.equals(here) && !seen.contains(b)) {
                    seen.add(b);
                }
            }
        }
        return seen;
    }
}
