package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Emphasis;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.NodeRole;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The print theme is for black-and-white slides and handouts, so a row holding the value that makes a future not
 * {@code Send} must stand out without colour: a grey no title band or other row uses, bold name, and the words
 * "not Send", the same in SVG, PNG and PDF.
 */
class PrintThemeWarningRowTest {
    private static final Theme PRINT = Themes.PRINT;
    private static GraphFigure figure;
    private static DiagramNode suspend;

    @BeforeAll
    static void notSendSample() throws Exception {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
        Path file = Path.of(System.getProperty("rxray.samples", "samples"), "async", "rc_across_await.rs");
        PipelineResult result = Pipeline.run(SourceFile.of(file.getFileName().toString(), Files.readString(file)));
        CoroutineMachine machine = result.async().byName("count_refs").orElseThrow();
        figure = AsyncFigures.build(machine, CoroutineShape.of(machine, result.source()), result.source());
        suspend = figure.node("Suspend0").orElseThrow();
        assertThat(warningRows()).as("the sample holds an Rc across its await").isNotEmpty();
        assertThat(suspend.fields()).anyMatch(f -> f.emphasis() != Emphasis.WARNING);
    }

    private static List<Integer> warningRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < suspend.fields().size(); i++) {
            if (suspend.fields().get(i).emphasis() == Emphasis.WARNING) {
                rows.add(i);
            }
        }
        return rows;
    }

    @Test
    void thePrintWarningGreyIsNoOtherFillOfTheTheme() {
        Set<String> others = new HashSet<>(PRINT.titleFill().values());
        others.add(PRINT.nodeFill());
        others.add(PRINT.highlightFill());
        others.add(PRINT.background());
        assertThat(others).doesNotContain(PRINT.warningFill());
        for (NodeRole role : NodeRole.values()) {
            assertThat(luminance(PRINT.warningFill())).as("darker than the %s title band", role)
                    .isLessThan(luminance(PRINT.titleFill().get(role)) - 0.01);
        }
    }

    @Test
    void svgMarksEachBlockingRowWithTheGreyABoldNameAndTheWordsNotSend() throws Exception {
        Document svg = svg(bytes(ExportFormat.SVG));
        Element node = nodeGroup(svg, suspend.id());
        for (int i = 0; i < suspend.fields().size(); i++) {
            var field = suspend.fields().get(i);
            Element label = textElement(node, field.label());
            boolean blocks = field.emphasis() == Emphasis.WARNING;
            assertThat(fillBefore(label)).as(field.label())
                    .isEqualTo(blocks ? PRINT.warningFill() : PRINT.nodeFill());
            if (blocks) {
                assertThat(label.getAttribute("font-weight")).as(field.label()).isEqualTo("bold");
                Element note = textElement(node, field.note());
                assertThat(field.note()).startsWith(AsyncFigures.NOT_SEND + " · ");
                assertThat(note.getAttribute("fill")).isEqualTo(PRINT.foreground());
            } else {
                assertThat(field.note()).doesNotContain(AsyncFigures.NOT_SEND);
            }
        }
    }

    @Test
    void pngAndPdfFillTheBlockingRowsWithTheSameGreyAndPdfHasTheWords() throws Exception {
        LaidOutNode laid = ((LayoutOutcome.Laid) LayoutService.layoutNow(figure,
                DotOptions.export(PRINT, Highlight.NONE), GraphvizRunner.DEFAULT_LIMIT)).graph().nodes().stream()
                .filter(n -> n.id().equals(suspend.id())).findFirst().orElseThrow();
        assertThat(laid.rows()).hasSize(suspend.fields().size());
        double scale = 2;
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(ExportFormat.PNG)));
        byte[] pdfBytes = bytes(ExportFormat.PDF);
        BufferedImage pdfImage;
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            pdfImage = new PDFRenderer(pdf).renderImage(0, (float) scale);
            pdfText = new PDFTextStripper().getText(pdf);
        }
        for (int i = 0; i < suspend.fields().size(); i++) {
            var field = suspend.fields().get(i);
            String expected = field.emphasis() == Emphasis.WARNING ? PRINT.warningFill() : PRINT.nodeFill();
            // The left padding of the name cell: inside the row, clear of any glyph.
            Box cell = laid.rows().get(i).cells().getFirst();
            int x = (int) Math.round((Exporter.MARGIN + cell.x() + 2) * scale);
            int y = (int) Math.round((Exporter.MARGIN + cell.centreY()) * scale);
            assertThat(hex(png.getRGB(x, y))).as("PNG, row %s", field.label()).isEqualTo(expected);
            assertThat(hex(pdfImage.getRGB(x, y))).as("PDF, row %s", field.label()).isEqualTo(expected);
            if (field.emphasis() == Emphasis.WARNING) {
                assertThat(pdfText).contains(field.note());
            }
        }
    }

    private static byte[] bytes(ExportFormat format) {
        ExportResult result = Exporter.render(ExportRequest.of(figure, format).withTheme(PRINT).withScale(2));
        assertThat(result).isInstanceOf(ExportResult.Rendered.class);
        return ((ExportResult.Rendered) result).bytes();
    }

    private static Document svg(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Element nodeGroup(Document svg, String id) {
        var groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no SVG group for node " + id);
    }

    private static Element textElement(Element node, String text) {
        var texts = node.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getTextContent().equals(text)) {
                return t;
            }
        }
        throw new AssertionError("no text '" + text + "' in node " + node.getAttribute("id"));
    }

    /** Graphviz draws each cell's filled polygon just before the cell's text. */
    private static String fillBefore(Element text) {
        for (Node n = text.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e && e.getTagName().equals("polygon")) {
                return e.getAttribute("fill");
            }
        }
        throw new AssertionError("no polygon before " + text.getTextContent());
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
    }
}
