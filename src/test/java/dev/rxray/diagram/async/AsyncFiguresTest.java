package dev.rxray.diagram.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.EdgeKind;
import dev.rxray.diagram.Emphasis;
import dev.rxray.diagram.Field;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Themes;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.DotWriter;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state graph of a coroutine: nodes, fields, edges, highlights, and a DOT golden. */
class AsyncFiguresTest {
    private static final Path GOLDENS = Path.of("src", "test", "resources", "dev", "rxray", "diagram", "async");

    static PipelineResult analyse(String text) {
        return Pipeline.run(SourceFile.of("t.rs", text));
    }

    static GraphFigure figureOf(PipelineResult result, String name) {
        CoroutineMachine machine = result.async().byName(name).orElseThrow();
        return AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()), result.source());
    }

    static Field field(DiagramNode node, String label) {
        return node.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aLoopGivesABackEdgeAndEveryStateCanPanic() {
        PipelineResult result = analyse("""
                async fn leaf(n: u32) -> u32 { n }
                async fn sum(items: Vec<u32>) -> u32 {
                    let mut total = 0;
                    for item in items {
                        total += leaf(item).await;
                    }
                    leaf(total).await
                }
                """);
        GraphFigure figure = figureOf(result, "sum");

        assertThat(figure.nodes()).extracting(DiagramNode::title)
                .containsExactly("Unresumed", "Suspend0", "Suspend1", "Returned", "Panicked");
        assertThat(figure.edge("Suspend0-back-Suspend0")).isPresent();
        assertThat(figure.edge("Suspend0-ready-Suspend1")).isPresent();
        assertThat(figure.edge("Suspend1-return-Returned")).isPresent();
        assertThat(figure.edge("Unresumed-poll-Suspend0")).isPresent();
        assertThat(figure.edges().stream().filter(e -> e.kind() == EdgeKind.PANIC)).hasSize(3);
        assertThat(figure.edges().stream().filter(e -> e.kind() == EdgeKind.PENDING)).hasSize(2);
        DiagramNode suspend0 = figure.node("Suspend0").orElseThrow();
        assertThat(suspend0.fields()).extracting(Field::label).contains("items", "total", "__awaitee");
        assertThat(suspend0.subtitle()).contains("leaf(item).await").contains("line 5");
        Field total = suspend0.fields().stream().filter(f -> f.label().equals("total")).findFirst().orElseThrow();
        assertThat(total.tooltip()).startsWith("let mut total = 0; · line 3:13 · saved: ");
    }

    @Test
    void aSavedLocalsTooltipQuotesItsDeclarationOnOneLine() {
        PipelineResult result = analyse("""
                use std::sync::Mutex;
                async fn tick() {}
                async fn locked(m: &Mutex<u32>) -> u32 {
                    let guard = m.lock().unwrap();
                    let a_rather_long_name_for_a_value = [1u64, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
                    let spread = vec![
                        1u8,
                    ];
                    tick().await;
                    *guard + a_rather_long_name_for_a_value[0] as u32 + spread[0] as u32
                }
                """);
        DiagramNode suspend0 = figureOf(result, "locked").node("Suspend0").orElseThrow();

        assertThat(field(suspend0, "guard").tooltip())
                .startsWith("let guard = m.lock().unwrap(); · line 4:9 · saved: used after the await")
                .contains("not Send");
        String long_ = field(suspend0, "a_rather_long_name_for_a_value").tooltip();
        String quoted = long_.substring(0, long_.indexOf(" · line 5:9"));
        assertThat(quoted).startsWith("let a_rather_long_name_for_a_value = [1u64,").endsWith("…").hasSize(80);
        assertThat(field(suspend0, "spread").tooltip()).startsWith("let spread = vec![ · line 6:9 · saved: ");

        CoroutineMachine machine = result.async().byName("locked").orElseThrow();
        DiagramNode withoutSource = AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()))
                .node("Suspend0").orElseThrow();
        assertThat(field(withoutSource, "guard").tooltip()).startsWith("let guard at 4:9; saved: ");
    }

    @Test
    void aSmallMachineHasAPanicEdgePerStateALargeOneASingleNote() {
        PipelineResult small = analyse("""
                async fn leaf() {}
                async fn three() { leaf().await; leaf().await; leaf().await; }
                """);
        GraphFigure three = figureOf(small, "three");
        assertThat(three.edges().stream().filter(e -> e.kind() == EdgeKind.PANIC)
                .map(e -> e.from().nodeId())).containsExactly("Unresumed", "Suspend0", "Suspend1", "Suspend2");
        assertThat(three.node(AsyncFigures.ANY_POLL)).isEmpty();

        PipelineResult large = analyse("""
                async fn leaf() {}
                async fn four() { leaf().await; leaf().await; leaf().await; leaf().await; }
                """);
        GraphFigure four = figureOf(large, "four");
        assertThat(four.edges().stream().filter(e -> e.kind() == EdgeKind.PANIC))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.from().nodeId()).isEqualTo(AsyncFigures.ANY_POLL);
                    assertThat(e.to().nodeId()).isEqualTo("Panicked");
                    assertThat(e.label()).isEqualTo("panic");
                });
        DiagramNode any = four.node(AsyncFigures.ANY_POLL).orElseThrow();
        assertThat(any.subtitle()).isEqualTo("Unresumed, Suspend0 … Suspend3");
        assertThat(any.tooltip()).contains("Any poll can panic");
    }

    @Test
    void anRcHeldAcrossAnAwaitIsAWarningRowAndTheTitleSaysNotSend() {
        PipelineResult result = analyse("""
                use std::rc::Rc;
                async fn tick() {}
                async fn holds() -> usize {
                    let rc = Rc::new(1usize);
                    tick().await;
                    *rc
                }
                """);
        GraphFigure figure = figureOf(result, "holds");

        assertThat(figure.title()).contains("not Send");
        DiagramNode suspend0 = figure.node("Suspend0").orElseThrow();
        Field rc = suspend0.fields().stream().filter(f -> f.label().equals("rc")).findFirst().orElseThrow();
        assertThat(rc.emphasis()).isEqualTo(Emphasis.WARNING);
        assertThat(rc.value()).isEqualTo("Rc<usize>");
        assertThat(rc.note()).endsWith("8 B");
        Highlight blockers = AsyncFigures.sendBlockers(figure);
        assertThat(blockers.rows()).containsExactly(suspend0.rowId(suspend0.fields().indexOf(rc)));
    }

    @Test
    void aStepHighlightsItsStateAndTheEdgeItTook() {
        PipelineResult result = analyse("""
                async fn leaf() {}
                async fn two() { leaf().await; leaf().await; }
                """);
        CoroutineMachine machine = result.async().byName("two").orElseThrow();
        GraphFigure figure = figureOf(result, "two");
        List<Step> steps = Stepper.run(machine, result.source(), Schedule.DEFAULT);

        Highlight first = AsyncFigures.forStep(figure, steps.get(1));
        assertThat(first.current()).isEqualTo("Suspend0");
        assertThat(first.edges()).containsExactly("Unresumed-poll-Suspend0");
        Highlight pending = AsyncFigures.forStep(figure, steps.get(2));
        assertThat(pending.edges()).containsExactly("Suspend0-pending-Suspend0");
        Highlight last = AsyncFigures.forStep(figure, steps.getLast());
        assertThat(last.current()).isEqualTo("Returned");
        assertThat(last.edges()).containsExactly("Suspend1-return-Returned");
    }

    @Test
    void theDotOfASampleMatchesItsGoldenAndIsTheSameTwice() throws IOException {
        checkSample("rc_across_await.rs", "count_refs", "rc_across_await.dot");
    }

    @Test
    void aMachineWithFourAwaitsDrawsPanicOnceInItsGolden() throws IOException {
        String dot = checkSample("awaits_in_loops_and_branches.rs", "run", "awaits_in_loops_and_branches-run.dot");
        assertThat(dot).contains("\"AnyPoll\" -> \"Panicked\"").doesNotContain("\"Suspend0\" -> \"Panicked\"");
    }

    private static String checkSample(String file, String coroutine, String golden) throws IOException {
        Path sample = Path.of(System.getProperty("rxray.samples", "samples"), "async", file);
        PipelineResult result = Pipeline.run(SourceFile.of(file, Files.readString(sample)));
        CoroutineMachine machine = result.async().byName(coroutine).orElseThrow();
        GraphFigure figure = AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()), result.source());
        DotOptions options = DotOptions.export(Themes.LIGHT, Highlight.NONE);
        String dot = DotWriter.dot(figure, options);

        assertThat(DotWriter.dot(AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()),
                result.source()), options)).isEqualTo(dot);
        check(golden, dot);
        return dot;
    }

    private static void check(String name, String actual) throws IOException {
        Path golden = GOLDENS.resolve(name);
        Files.createDirectories(GOLDENS);
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            boolean existed = Files.exists(golden);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!existed && !Boolean.getBoolean("golden.update")) {
                fail("golden " + golden + " did not exist; it has been written: review and commit it");
            }
            return;
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
