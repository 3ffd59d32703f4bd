package dev.rxray.ui.variance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Themes;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportResult;
import dev.rxray.syntax.SourceFile;
import dev.rxray.ui.diagram.ExportDialog;
import dev.rxray.ui.diagram.ExportPlan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * Exports from the Variance tab through the method the save dialog hands its path to: every format gives a valid
 * file of the right figure, the theme and scale are honoured, and a bad path gives a message and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class VarianceExportTest {
    @TempDir
    Path dir;

    private VariancePane pane;

    /**
     * Graphviz's engine is chosen once per process at its first run; the render goldens are made with the embedded
     * one, so a test that may run first asks for it too.
     */
    @org.junit.jupiter.api.BeforeAll
    static void embeddedGraphviz() {
        System.setProperty(dev.rxray.render.GraphvizRunner.ENGINE_PROPERTY, "v8");
        // A cold engine on a loaded machine can miss an export's 5 s limit; start it with time to spare.
        PipelineResult tiny = Pipeline.run(SourceFile.of("w.rs", "struct W<T>(T);"));
        assertThat(dev.rxray.render.LayoutService.layoutNow(dev.rxray.diagram.variance.TypesGraph.graph(tiny.types()),
                dev.rxray.render.DotOptions.VIEW, java.time.Duration.ofSeconds(60)))
                .isInstanceOf(dev.rxray.render.LayoutOutcome.Laid.class);
    }

    @Start
    void start(Stage stage) {
        pane = new VariancePane();
        stage.setScene(new Scene((javafx.scene.Parent) pane.view(), 560, 700));
        stage.show();
    }

    @BeforeEach
    void showSample() throws Exception {
        Path file = Path.of(System.getProperty("rxray.samples"), "variance", "struct_with_many_params.rs");
        PipelineResult result = Pipeline.run(SourceFile.of("struct_with_many_params.rs",
                Files.readString(file, StandardCharsets.UTF_8)));
        onFx(() -> {
            pane.show(result);
            return true;
        });
    }

    private ExportResult export(ExportPlan<VarianceSubject> plan, Path target) throws Exception {
        return onFx(() -> pane.exportTo(plan, target)).get(60, TimeUnit.SECONDS);
    }

    @Test
    void theTableExportsAsSvgThatParsesAndNamesTheType() throws Exception {
        Path svg = dir.resolve("parser.svg");
        ExportResult result = export(new ExportPlan<>(VarianceSubject.TABLE, ExportFormat.SVG, Themes.LIGHT, 1), svg);
        assertThat(result).isInstanceOf(ExportResult.Written.class);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // Graphviz's SVG names the SVG 1.1 DTD; the test checks well-formedness without fetching it.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = xml.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Parser").contains("covariant");
        assertThat(onFx(() -> pane.message().getText())).isEqualTo("Exported to " + svg.toAbsolutePath() + ".");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(svg);
        }
    }

    @Test
    void pngHonoursTheScaleAndThemeDecidesTheBackground() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(export(new ExportPlan<>(VarianceSubject.TABLE, ExportFormat.PNG, Themes.LIGHT, 1), one))
                .isInstanceOf(ExportResult.Written.class);
        assertThat(export(new ExportPlan<>(VarianceSubject.TABLE, ExportFormat.PNG, Themes.DARK, 2), two))
                .isInstanceOf(ExportResult.Written.class);
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(small).isNotNull();
        assertThat(large).isNotNull();
        assertThat(small.getWidth()).isGreaterThan(200);
        assertThat(large.getWidth()).isBetween(2 * small.getWidth() - 2, 2 * small.getWidth() + 2);
        assertThat(large.getHeight()).isBetween(2 * small.getHeight() - 2, 2 * small.getHeight() + 2);
        assertThat(small.getRGB(1, 1) & 0xffffff).isEqualTo(0xffffff);
        assertThat(large.getRGB(1, 1) & 0xffffff).isEqualTo(0x0d1117);
    }

    @Test
    void theGraphExportsAsDotAndPdf() throws Exception {
        Path dot = dir.resolve("types.dot");
        Path pdf = dir.resolve("types.pdf");
        assertThat(export(new ExportPlan<>(VarianceSubject.GRAPH, ExportFormat.DOT, Themes.PRINT, 1), dot))
                .isInstanceOf(ExportResult.Written.class);
        assertThat(export(new ExportPlan<>(VarianceSubject.GRAPH, ExportFormat.PDF, Themes.PRINT, 1), pdf))
                .isInstanceOf(ExportResult.Written.class);
        String text = Files.readString(dot);
        assertThat(text).startsWith("digraph").contains("Parser");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aBadPathGivesAMessageAndWritesNothing() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("parser.svg");
        ExportResult result = export(new ExportPlan<>(VarianceSubject.TABLE, ExportFormat.SVG, Themes.LIGHT, 1),
                missing);
        assertThat(result).isInstanceOf(ExportResult.Failed.class);
        String message = onFx(() -> pane.message().getText());
        assertThat(message).startsWith("Export failed: ").contains("does not exist");
        assertThat(onFx(() -> pane.message().getPseudoClassStates().toString())).contains("error");

        Path existing = dir.resolve("kept.svg");
        Files.writeString(existing, "old");
        Files.createDirectories(dir.resolve("a-folder.svg"));
        ExportResult onDirectory = export(new ExportPlan<>(VarianceSubject.TABLE, ExportFormat.SVG, Themes.LIGHT, 1),
                dir.resolve("a-folder.svg"));
        assertThat(onDirectory).isInstanceOf(ExportResult.Failed.class);
        assertThat(Files.readString(existing)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("a-folder.svg", "kept.svg");
        }
        export(new ExportPlan<>(VarianceSubject.TABLE, ExportFormat.SVG, Themes.LIGHT, 1), existing);
        assertThat(Files.readString(existing)).contains("<svg");
        assertThat(onFx(() -> pane.message().getPseudoClassStates().toString())).doesNotContain("error");
    }

    @Test
    void copyPutsTheTableOnTheClipboardAsAnImage() throws Exception {
        ExportResult result = onFx(() -> pane.copy(VarianceSubject.TABLE)).get(60, TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(ExportResult.Rendered.class);
        byte[] png = ((ExportResult.Rendered) result).bytes();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(onFx(() -> Clipboard.getSystemClipboard().hasImage())).isTrue();
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getImage().getWidth())).isEqualTo(image.getWidth());
        assertThat(onFx(() -> pane.message().getText())).isEqualTo(
                "The table of Parser was copied to the clipboard as an image.");
    }

    @Test
    void aFileWithoutTypesHasNothingToExport() throws Exception {
        onFx(() -> {
            pane.show(Pipeline.run(SourceFile.of("f.rs", "fn main() {}")));
            return true;
        });
        assertThat(onFx(() -> pane.hasDiagram())).isFalse();
        Path target = dir.resolve("x.svg");
        assertThat(export(new ExportPlan<>(VarianceSubject.GRAPH, ExportFormat.SVG, Themes.LIGHT, 1), target))
                .isInstanceOf(ExportResult.Failed.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        assertThat(ExportDialog.withExtension(Path.of("a", "parser"), ExportFormat.PNG))
                .isEqualTo(Path.of("a", "parser.png"));
        assertThat(ExportDialog.withExtension(Path.of("a", "parser.PNG"), ExportFormat.PNG))
                .isEqualTo(Path.of("a", "parser.PNG"));
        assertThat(ExportDialog.withExtension(Path.of("parser.svg"), ExportFormat.PDF))
                .isEqualTo(Path.of("parser.svg.pdf"));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
