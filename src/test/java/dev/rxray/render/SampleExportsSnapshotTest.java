package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.diagram.variance.TypesGraph;
import dev.rxray.diagram.variance.VarianceFigures;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exports diagrams of real samples (three async state machines, a variance table and a types graph) as SVG, PNG at
 * scale 2 and PDF in every theme to {@code target/exports}, and the PDF rendered back to PNG by PDFBox beside it
 * ({@code *.pdf.png}), for people to look at. Checks what a look cannot: each file is whole and of its kind, and
 * the PDF carries the diagram's names as text.
 */
class SampleExportsSnapshotTest {
    private static final Path DIR = Path.of("target", "exports");

    @BeforeAll
    static void engine() throws IOException {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
        Files.createDirectories(DIR);
        // The embedded engine's start can take seconds on a busy machine; it should not count against an export.
        assertThat(GraphvizRunner.shared().renderNow("digraph warm { a -> b }", guru.nidi.graphviz.engine.Format.JSON,
                java.time.Duration.ofSeconds(60))).isInstanceOf(RenderOutcome.Rendered.class);
    }

    private static PipelineResult analyse(String folder, String file) throws IOException {
        Path path = Path.of(System.getProperty("rxray.samples", "samples"), folder, file);
        return Pipeline.run(SourceFile.of(file, Files.readString(path)));
    }

    private static Figure async(String file, String coroutine) throws IOException {
        PipelineResult result = analyse("async", file);
        CoroutineMachine machine = result.async().byName(coroutine).orElseThrow();
        return AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()), result.source());
    }

    @Test
    void samplesExportInEveryFormatAndTheme() throws Exception {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("rc_across_await-count_refs", async("rc_across_await.rs", "count_refs"));
        String guard = firstAwaiting("mutex_guard_across_await.rs");
        figures.put("mutex_guard_across_await-" + guard, async("mutex_guard_across_await.rs", guard));
        figures.put("awaits_in_loops_and_branches-run", async("awaits_in_loops_and_branches.rs", "run"));
        PipelineResult variance = analyse("variance", "struct_with_many_params.rs");
        figures.put("struct_with_many_params-Parser", VarianceFigures.table(variance, "Parser").orElseThrow());
        figures.put("recursive_list-types", TypesGraph.graph(analyse("variance", "recursive_list.rs").types()));

        for (var figure : figures.entrySet()) {
            for (Theme theme : List.of(Themes.LIGHT, Themes.DARK, Themes.PRINT)) {
                String base = figure.getKey() + "-" + theme.name();
                for (ExportFormat format : List.of(ExportFormat.SVG, ExportFormat.PNG, ExportFormat.PDF)) {
                    Path out = DIR.resolve(base + "." + format.extension());
                    ExportResult result = Exporter.export(
                            new ExportRequest(figure.getValue(), format, theme, Highlight.NONE, 2), out);
                    assertThat(result).as(out.toString()).isInstanceOf(ExportResult.Written.class);
                }
                BufferedImage png = ImageIO.read(DIR.resolve(base + ".png").toFile());
                assertThat(png.getWidth()).as(base).isGreaterThan(200);
                try (PDDocument pdf = Loader.loadPDF(DIR.resolve(base + ".pdf").toFile())) {
                    assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                    String text = new PDFTextStripper().getText(pdf);
                    assertThat(text).as(base).isNotBlank();
                    if (figure.getValue() instanceof dev.rxray.diagram.GraphFigure graph) {
                        for (var node : graph.nodes()) {
                            assertThat(text).as(base).contains(node.title());
                        }
                    }
                    ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png",
                            DIR.resolve(base + ".pdf.png").toFile());
                }
            }
        }
    }

    private static String firstAwaiting(String file) throws IOException {
        return analyse("async", file).async().coroutines().stream().filter(m -> !m.suspends().isEmpty())
                .findFirst().orElseThrow().name();
    }
}
