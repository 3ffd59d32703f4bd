package dev.rxray.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a laid-out figure as a one-page vector PDF with Apache PDFBox: paths for shapes and real, selectable text
 * in embedded subsets of the fonts the PNG painter uses ({@link PdfFonts}). Text wider in the embedded font than
 * the width Graphviz reserved for it is squeezed horizontally (the PDF text operator {@code Tz}), as the PNG painter
 * does, so labels stay in their cells.
 *
 * <p>The same figure gives the same bytes: the document has no dates, its file identifier is derived from the
 * drawing, and PDFBox names font subsets after the glyphs they hold.
 */
final class PdfPainter extends OpPainter {
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final double pageHeight;
    private final double margin;

    private PdfPainter(PDPageContentStream out, PdfFonts fonts, double pageHeight, double margin) {
        this.out = out;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
        this.margin = margin;
    }

    /** The PDF's bytes; an {@link UncheckedIOException} only if PDFBox cannot write to memory or read a font. */
    static byte[] paint(LaidOutGraph graph, String background, double margin) {
        float width = (float) (graph.width() + 2 * margin);
        float height = (float) (graph.height() + 2 * margin);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setProducer("Rust X-Ray");
            document.setDocumentId(identity(graph, background));
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfFonts fonts = new PdfFonts(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                String bg = Colours.normalise(background);
                stream.setNonStrokingColor(red(bg), green(bg), blue(bg));
                stream.addRect(0, 0, width, height);
                stream.fill();
                new PdfPainter(stream, fonts, height, margin).replay(graph.ops());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDFBox hashes this into the trailer's file identifier instead of the current time. */
    private static long identity(LaidOutGraph graph, String background) {
        CRC32 crc = new CRC32();
        crc.update(graph.ops().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        crc.update(background.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static float red(String rgba) {
        return Colours.red(rgba) / 255f;
    }

    private static float green(String rgba) {
        return Colours.green(rgba) / 255f;
    }

    private static float blue(String rgba) {
        return Colours.blue(rgba) / 255f;
    }

    private float x(Point p) {
        return (float) (p.x() + margin);
    }

    private float y(Point p) {
        return (float) (pageHeight - margin - p.y());
    }

    /** Sets the colour and line style for a fill or a stroke; false when that colour is fully transparent. */
    private boolean paintWith(boolean filled) throws IOException {
        if (filled) {
            if (!visible(fill)) {
                return false;
            }
            out.setNonStrokingColor(red(fill), green(fill), blue(fill));
            return true;
        }
        if (!visible(pen)) {
            return false;
        }
        float width = (float) lineWidth;
        float[] pattern = switch (dash) {
            case "dashed" -> new float[] {5 * width, 3 * width};
            case "dotted" -> new float[] {width, 2 * width};
            default -> new float[0];
        };
        out.setStrokingColor(red(pen), green(pen), blue(pen));
        out.setLineWidth(width);
        out.setLineDashPattern(pattern, 0);
        return true;
    }

    private void finish(boolean filled, boolean close) throws IOException {
        if (filled) {
            out.closePath();
            out.fill();
        } else if (close) {
            out.closeAndStroke();
        } else {
            out.stroke();
        }
    }

    private void path(List<Point> points, boolean close, boolean filled) {
        try {
            if (points.isEmpty() || !paintWith(filled)) {
                return;
            }
            out.moveTo(x(points.getFirst()), y(points.getFirst()));
            for (Point p : points.subList(1, points.size())) {
                out.lineTo(x(p), y(p));
            }
            finish(filled, close);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void polygon(List<Point> points, boolean filled) {
        path(points, true, filled);
    }

    @Override
    protected void polyline(List<Point> points) {
        path(points, false, false);
    }

    @Override
    protected void bezier(List<Point> points, boolean filled) {
        try {
            if (points.isEmpty() || !paintWith(filled)) {
                return;
            }
            out.moveTo(x(points.getFirst()), y(points.getFirst()));
            for (int i = 1; i + 2 < points.size(); i += 3) {
                Point a = points.get(i);
                Point b = points.get(i + 1);
                Point c = points.get(i + 2);
                out.curveTo(x(a), y(a), x(b), y(b), x(c), y(c));
            }
            finish(filled, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void ellipse(Point centre, double rx, double ry, boolean filled) {
        try {
            if (!paintWith(filled)) {
                return;
            }
            float cx = x(centre);
            float cy = y(centre);
            float a = (float) rx;
            float b = (float) ry;
            float ka = (float) (rx * KAPPA);
            float kb = (float) (ry * KAPPA);
            out.moveTo(cx + a, cy);
            out.curveTo(cx + a, cy + kb, cx + ka, cy + b, cx, cy + b);
            out.curveTo(cx - ka, cy + b, cx - a, cy + kb, cx - a, cy);
            out.curveTo(cx - a, cy - kb, cx - ka, cy - b, cx, cy - b);
            out.curveTo(cx + ka, cy - b, cx + a, cy - kb, cx + a, cy);
            finish(filled, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDFBox applies a font's ligatures within one text string, which would turn {@code fi} into one glyph that
     * copies out as {@code ﬁ} and is wider or narrower than measured; consecutive strings are never joined, so the
     * text is cut after every {@code f} (the first letter of every Latin ligature in these fonts).
     */
    static List<String> unligated(String text) {
        List<String> pieces = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == 'f') {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    @Override
    protected void text(DrawOp.Text text) {
        if (text.text().isBlank() || !visible(pen)) {
            return;
        }
        try {
            PDFont font = fonts.font(mono(), bold, italic);
            String shown = fonts.printable(font, text.text());
            double natural = font.getStringWidth(shown) / 1000 * fontSize;
            double target = text.width() > 0 ? text.width() : natural;
            double squeeze = natural > target * 1.01 ? target / natural : 1;
            double drawn = natural * squeeze;
            double left = switch (text.align()) {
                case 'c' -> text.baseline().x() - drawn / 2;
                case 'r' -> text.baseline().x() - drawn;
                default -> text.baseline().x();
            };
            out.beginText();
            out.setNonStrokingColor(red(pen), green(pen), blue(pen));
            out.setFont(font, (float) fontSize);
            if (squeeze < 1) {
                out.setHorizontalScaling((float) (100 * squeeze));
            }
            out.newLineAtOffset(x(new Point(left, 0)), y(text.baseline()));
            for (String piece : unligated(shown)) {
                out.showText(piece);
            }
            out.endText();
            if (squeeze < 1) {
                // Horizontal scaling is graphics state: it outlives the text object unless reset.
                out.setHorizontalScaling(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
