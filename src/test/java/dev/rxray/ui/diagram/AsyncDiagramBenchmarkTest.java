package dev.rxray.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.GraphvizRunner;
import dev.rxray.render.LaidOutGraph;
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
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures the async view's update loop with each Graphviz engine on this machine (the embedded V8 engine always,
 * {@code dot} when it is on the PATH):
 * <ul>
 *   <li>edit: a line typed above every coroutine of every async sample, then re-analysis ({@link Pipeline#run}),
 *       the figure, the layout ({@link LayoutService}, off the FX thread) and the repaint of a {@link DiagramView}
 *       (shapes rebuilt, CSS and layout pass, one frame rendered by a scene snapshot), end to end;</li>
 *   <li>restyle: each step of the default schedule highlighted in the view, with no relayout: FX-thread time of
 *       {@code applyHighlight} plus the CSS and layout pass, and separately with the frame rendered;</li>
 *   <li>a generated async fn with 200 awaits: analysis, figure, layout under the view's 5 s limit, and the FX-thread
 *       time to show it.</li>
 * </ul>
 * Writes the figures to {@code target/benchmarks/async-diagram.txt}. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=AsyncDiagramBenchmarkTest}.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("benchmark")
class AsyncDiagramBenchmarkTest {
    private static final int PASSES = 2;
    private static final List<String> REPORT = new ArrayList<>();

    private DiagramView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        scene = new Scene(view, 1100, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void write() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        String text = String.join("\n", REPORT) + "\n";
        Files.writeString(dir.resolve("async-diagram.txt"), text);
        System.out.print(text);
        System.clearProperty(GraphvizRunner.ENGINE_PROPERTY);
    }

    private static List<String> engines() {
        boolean dot = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "dot")));
        return dot ? List.of("v8", "dot") : List.of("v8");
    }

    private static void use(String engine) {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, engine);
        LayoutOutcome warm = LayoutService.layoutNow(GraphFigure.builder("warm")
                        .node(dev.rxray.diagram.DiagramNode.of("a", dev.rxray.diagram.NodeRole.PLAIN, List.of()))
                        .build(), DotOptions.VIEW,
                Duration.ofSeconds(30));
        assertThat(warm).isInstanceOf(LayoutOutcome.Laid.class);
        assertThat(GraphvizRunner.shared().engineName()).isEqualTo(engine);
    }

    /** Coroutines are picked by index: the names of blocks and closures carry their position, which edits move. */
    private record Sample(String file, String text, int coroutines) {
    }

    private static List<Sample> samples() throws IOException {
        Path dir = Path.of(System.getProperty("rxray.samples", "samples"), "async");
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                String text = Files.readString(file);
                int count = Pipeline.run(SourceFile.of(file.getFileName().toString(), text)).async()
                        .coroutines().size();
                samples.add(new Sample(file.getFileName().toString(), text, count));
            }
        }
        return samples;
    }

    private static GraphFigure figure(PipelineResult result, String coroutine) {
        return figure(result, result.async().byName(coroutine).orElseThrow());
    }

    private static GraphFigure figure(PipelineResult result, CoroutineMachine machine) {
        return AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()), result.source());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
    }

    /** Shapes rebuilt, CSS and layout applied, and one frame rendered. */
    private void repaint(GraphFigure figure, LaidOutGraph graph) throws Exception {
        onFx(() -> {
            view.show(figure, graph);
            view.applyCss();
            view.layout();
            return scene.snapshot(null);
        });
    }

    @Test
    void editRelayoutRepaintAndRestyleOverEveryAsyncSampleWithEachEngine() throws Exception {
        List<Sample> samples = samples();
        for (String engine : engines()) {
            use(engine);
            LayoutService service = new LayoutService();
            List<Double> edits = new ArrayList<>();
            List<Double> layouts = new ArrayList<>();
            List<Double> restyles = new ArrayList<>();
            List<Double> restyleFrames = new ArrayList<>();
            for (int pass = -1; pass < PASSES; pass++) {
                int edit = 0;
                for (Sample sample : samples) {
                    for (int coroutine = 0; coroutine < sample.coroutines(); coroutine++) {
                        edit++;
                        String edited = "// edit " + pass + "." + edit + "\n" + sample.text();
                        long start = System.nanoTime();
                        PipelineResult result = Pipeline.run(SourceFile.of(sample.file(), edited));
                        CoroutineMachine machine = result.async().coroutines().get(coroutine);
                        GraphFigure figure = figure(result, machine);
                        long layoutStart = System.nanoTime();
                        LayoutOutcome outcome = service.layout(figure, DotOptions.VIEW).join();
                        long layoutEnd = System.nanoTime();
                        assertThat(outcome).as(sample.file() + " " + coroutine).isInstanceOf(LayoutOutcome.Laid.class);
                        repaint(figure, ((LayoutOutcome.Laid) outcome).graph());
                        long end = System.nanoTime();
                        if (pass >= 0) {
                            edits.add((end - start) / 1e6);
                            layouts.add((layoutEnd - layoutStart) / 1e6);
                            for (Step step : Stepper.run(machine, result.source(), Schedule.DEFAULT)) {
                                Highlight highlight = AsyncFigures.forStep(figure, step);
                                restyles.add(onFx(() -> {
                                    long t = System.nanoTime();
                                    view.applyHighlight(highlight);
                                    view.applyCss();
                                    view.layout();
                                    return (System.nanoTime() - t) / 1e6;
                                }));
                                restyleFrames.add(onFx(() -> {
                                    long t = System.nanoTime();
                                    view.applyHighlight(Highlight.NONE);
                                    view.applyCss();
                                    view.layout();
                                    scene.snapshot(null);
                                    return (System.nanoTime() - t) / 1e6;
                                }));
                            }
                        }
                    }
                }
            }
            REPORT.add(String.format(Locale.ROOT, "engine %s, %d samples, %d edits (%d passes over every coroutine)",
                    engine, samples.size(), edits.size(), PASSES));
            REPORT.add("  edit -> analysis -> figure -> layout -> repaint: " + stats(edits));
            REPORT.add("    of which layout (DOT, Graphviz, xdot parse):     " + stats(layouts));
            REPORT.add("  restyle a step (highlight, CSS, layout pass):     " + stats(restyles));
            REPORT.add("  restyle a step and render the frame:              " + stats(restyleFrames));
            assertThat(edits).isNotEmpty();
        }
    }

    /** An async fn with {@code awaits} sequential awaits, each result kept in a local used at the end. */
    static String manyAwaits(int awaits) {
        StringBuilder text = new StringBuilder("""
                async fn leaf(n: u32) -> u32 { n }

                async fn many(seed: u32) -> u32 {
                    let mut total = seed;
                """);
        for (int i = 0; i < awaits; i++) {
            text.append("    total += leaf(").append(i).append(").await;\n");
        }
        text.append("    total\n}\n\nfn main() {}\n");
        return text.toString();
    }

    @Test
    void anAsyncFnWithTwoHundredAwaitsIsAnalysedLaidOutAndShownWithEachEngine() throws Exception {
        String text = manyAwaits(200);
        for (String engine : engines()) {
            use(engine);
            for (int warm = 0; warm < 2; warm++) {
                measureManyAwaits(text, engine, warm == 1);
            }
        }
    }

    /** One run; only the second of each engine is reported, the first warms up the JIT and the view. */
    private void measureManyAwaits(String text, String engine, boolean report) throws Exception {
        long start = System.nanoTime();
        PipelineResult result = Pipeline.run(SourceFile.of("many.rs", text));
        long analysed = System.nanoTime();
        GraphFigure figure = figure(result, "many");
        long built = System.nanoTime();
        LayoutOutcome outcome = new LayoutService().layout(figure, DotOptions.VIEW).join();
        long laid = System.nanoTime();
        assertThat(result.async().byName("many").orElseThrow().suspends()).hasSize(200);
        assertThat(outcome).as("layout within the view's limit").isInstanceOf(LayoutOutcome.Laid.class);
        LaidOutGraph graph = ((LayoutOutcome.Laid) outcome).graph();
        double show = onFx(() -> {
            long t = System.nanoTime();
            view.show(figure, graph);
            view.applyCss();
            view.layout();
            return (System.nanoTime() - t) / 1e6;
        });
        double frame = onFx(() -> {
            long t = System.nanoTime();
            scene.snapshot(null);
            return (System.nanoTime() - t) / 1e6;
        });
        if (!report) {
            return;
        }
        REPORT.add(String.format(Locale.ROOT,
                "engine %s, async fn with 200 awaits (%d nodes, %d edges): analysis %.1f ms, figure %.1f ms, "
                        + "layout %.0f ms (off the FX thread), show on the FX thread %.0f ms, one frame %.0f ms",
                engine, figure.nodes().size(), figure.edges().size(), (analysed - start) / 1e6,
                (built - analysed) / 1e6, (laid - built) / 1e6, show, frame));
    }

    private static String stats(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format(Locale.ROOT, "p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)",
                percentile(sorted, 50), percentile(sorted, 95), sorted.getLast(), sorted.size());
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
