package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rxray.diagram.Figure;
import dev.rxray.diagram.SampleFigures;
import dev.rxray.diagram.Themes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Each export format produces a valid file of its kind, written atomically. */
class ExportTest {
    private static final Figure ASYNC = SampleFigures.asyncStateMachine();
    private static final String GUARD_TYPE = "MutexGuard<'_, Map<&str, (u8|u16)>>";

    @TempDir
    Path dir;

    @BeforeAll
    static void embeddedEngine() {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
    }

    @Test
    void svgIsWellFormedXmlWithTheRustTypesIntact() throws Exception {
        Path out = dir.resolve("async.svg");
        assertThat(Exporter.export(ExportRequest.of(ASYNC, ExportFormat.SVG), out))
                .isInstanceOf(ExportResult.Written.class);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(out.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getTextContent()).contains("Suspend0", GUARD_TYPE, "Pending");
    }

    @Test
    void pngDecodesAndItsSizeFollowsTheScale() throws Exception {
        BufferedImage one = png(ExportRequest.of(ASYNC, ExportFormat.PNG));
        BufferedImage two = png(ExportRequest.of(ASYNC, ExportFormat.PNG).withScale(2));
        assertThat(one.getWidth()).isGreaterThan(300);
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 2, 2 * one.getWidth() + 2);
        assertThat(two.getHeight()).isBetween(2 * one.getHeight() - 2, 2 * one.getHeight() + 2);
    }

    @Test
    void darkPngHasTheDarkBackground() throws Exception {
        BufferedImage dark = png(ExportRequest.of(ASYNC, ExportFormat.PNG).withTheme(Themes.DARK));
        assertThat(dark.getRGB(1, 1) & 0xffffff).isEqualTo(0x0d1117);
    }

    @Test
    void pdfIsOnePageOfTheLayoutsSizeWithTheStateNamesAsRealText() throws Exception {
        byte[] pdf = bytes(ExportRequest.of(ASYNC, ExportFormat.PDF));
        LaidOutGraph graph = ((LayoutOutcome.Laid) LayoutService.layoutNow(ASYNC,
                DotOptions.export(Themes.LIGHT, dev.rxray.diagram.Highlight.NONE), GraphvizRunner.DEFAULT_LIMIT))
                .graph();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(graph.width() + 2 * Exporter.MARGIN, within(0.01));
            assertThat((double) box.getHeight()).isCloseTo(graph.height() + 2 * Exporter.MARGIN, within(0.01));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Unresumed", "Suspend0", "Suspend1", "Returned", "Panicked", "__awaitee",
                    GUARD_TYPE);
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                var font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/CreationDate", "/Image");
    }

    @Test
    void pdfTextCopiesOutWithoutLigatures() throws Exception {
        byte[] pdf = bytes(ExportRequest.of(SampleFigures.varianceTable(), ExportFormat.PDF));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("field").doesNotContain("\ufb01", "\ufb02");
        }
    }

    @Test
    void pdfBytesAreTheSameOnEveryRunAndDifferBetweenThemes() {
        byte[] first = bytes(ExportRequest.of(ASYNC, ExportFormat.PDF));
        byte[] second = bytes(ExportRequest.of(ASYNC, ExportFormat.PDF));
        byte[] dark = bytes(ExportRequest.of(ASYNC, ExportFormat.PDF).withTheme(Themes.DARK));
        assertThat(second).isEqualTo(first);
        assertThat(dark).isNotEqualTo(first);
    }

    @Test
    void pdfIsWrittenAtomically() throws Exception {
        Path out = dir.resolve("async.pdf");
        assertThat(Exporter.export(ExportRequest.of(ASYNC, ExportFormat.PDF), out))
                .isInstanceOf(ExportResult.Written.class);
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("async.pdf");
        }
    }

    @Test
    void tablesExportInEveryFormat() {
        for (ExportFormat format : ExportFormat.values()) {
            ExportResult result = Exporter.render(ExportRequest.of(SampleFigures.varianceTable(), format));
            assertThat(result).as(format.name()).isInstanceOf(ExportResult.Rendered.class);
            assertThat(((ExportResult.Rendered) result).bytes().length).isGreaterThan(500);
        }
    }

    @Test
    void aMissingDirectoryIsAClearErrorAndCreatesNothing() throws Exception {
        Path out = dir.resolve("no-such-dir").resolve("a.svg");
        ExportResult result = Exporter.export(ExportRequest.of(ASYNC, ExportFormat.SVG), out);
        assertThat(result).isInstanceOf(ExportResult.Failed.class);
        assertThat(((ExportResult.Failed) result).message()).contains("does not exist");
        assertThat(dir.resolve("no-such-dir")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aPathThroughAFileOrOntoADirectoryIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(AtomicFiles.write(file.resolve("a.png"), new byte[] {1})).isInstanceOf(ExportResult.Failed.class);
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThat(AtomicFiles.write(sub, new byte[] {1})).isInstanceOf(ExportResult.Failed.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("plain.txt", "sub");
        }
    }

    @Test
    void aReadOnlyDirectoryLeavesNoPartialFile() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly),
                    "running with privileges that ignore directory permissions");
            ExportResult result = AtomicFiles.write(readOnly.resolve("a.pdf"), new byte[] {1, 2, 3});
            assertThat(result).isInstanceOf(ExportResult.Failed.class);
            try (var files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileRemains() throws Exception {
        Path out = dir.resolve("figure.dot");
        Files.writeString(out, "old");
        assertThat(Exporter.export(ExportRequest.of(ASYNC, ExportFormat.DOT), out))
                .isInstanceOf(ExportResult.Written.class);
        assertThat(Files.readString(out)).startsWith("digraph");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("figure.dot");
        }
    }

    @Test
    void formatsAreNamedByTheirExtension() {
        assertThat(ExportFormat.named("PDF")).contains(ExportFormat.PDF);
        assertThat(ExportFormat.named("jpeg")).isEmpty();
        assertThat(List.of(ExportFormat.values())).extracting(ExportFormat::extension)
                .containsExactly("svg", "png", "pdf", "dot");
    }

    private static BufferedImage png(ExportRequest request) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes(request)));
        assertThat(image).isNotNull();
        return image;
    }

    private static byte[] bytes(ExportRequest request) {
        ExportResult result = Exporter.render(request);
        assertThat(result).isInstanceOf(ExportResult.Rendered.class);
        return ((ExportResult.Rendered) result).bytes();
    }
}
