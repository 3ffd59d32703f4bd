package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Figure;
import dev.rxray.diagram.SampleFigures;
import dev.rxray.diagram.Themes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
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
    void pdfIsAVectorDocumentWithConsistentCrossReferencesAndRealText() throws Exception {
        byte[] pdf = bytes(ExportRequest.of(ASYNC, ExportFormat.PDF));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\\n(\\d+)").matcher(text);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(text.substring(xref)).startsWith("xref");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
        int object = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertThat(text.substring(offset)).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object).isGreaterThan(5);
        String content = inflate(text);
        assertThat(content).contains("(Suspend0) Tj", "(MutexGuard<'_, Map<&str, \\(u8|u16\\)>>) Tj", " c\n");
        assertThat(text).contains("/BaseFont /Courier").doesNotContain("/Image");
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

    private static String inflate(String pdf) throws Exception {
        int start = pdf.indexOf("stream\n") + "stream\n".length();
        int end = pdf.indexOf("\nendstream", start);
        Inflater inflater = new Inflater();
        inflater.setInput(pdf.substring(start, end).getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                break;
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
