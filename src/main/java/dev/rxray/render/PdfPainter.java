package dev.rxray.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * Writes a laid-out figure as a one-page vector PDF: paths for shapes and real text in the standard PDF fonts
 * (Helvetica, Courier, Times). Graphviz's embedded engine sized every label with the metrics of exactly these fonts,
 * so text fits its cells as laid out, and any viewer can select and search it. The output has no dates or random
 * ids, so the same figure gives the same bytes. Characters outside WinAnsi (the standard fonts' encoding) are
 * written as {@code ?}.
 */
final class PdfPainter extends OpPainter {
    private static final String[] FONTS = {
        "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
        "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
        "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"};
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final double KAPPA = 0.5522847498;

    private final ByteArrayOutputStream content = new ByteArrayOutputStream();
    private final double pageHeight;

    private final double margin;

    private PdfPainter(double pageHeight, double margin) {
        this.pageHeight = pageHeight;
        this.margin = margin;
    }

    static byte[] paint(LaidOutGraph graph, String background, double margin) {
        double width = graph.width() + 2 * margin;
        double height = graph.height() + 2 * margin;
        PdfPainter painter = new PdfPainter(height, margin);
        String bg = Colours.normalise(background);
        painter.ascii(colour(bg) + " rg 0 0 " + n(width) + " " + n(height) + " re f\n");
        painter.replay(graph.ops());
        return painter.document(width, height);
    }

    private static String n(double value) {
        return Dot.number(value);
    }

    private static String colour(String rgba) {
        return n(Colours.red(rgba) / 255.0) + " " + n(Colours.green(rgba) / 255.0) + " " + n(Colours.blue(rgba) / 255.0);
    }

    private void ascii(String text) {
        content.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String xy(Point p) {
        return n(p.x() + margin) + " " + n(pageHeight - margin - p.y());
    }

    private boolean paintWith(boolean filled) {
        if (filled) {
            if (!visible(fill)) {
                return false;
            }
            ascii(colour(fill) + " rg\n");
        } else {
            if (!visible(pen)) {
                return false;
            }
            String pattern = switch (dash) {
                case "dashed" -> "[" + n(5 * lineWidth) + " " + n(3 * lineWidth) + "] 0 d";
                case "dotted" -> "[" + n(lineWidth) + " " + n(2 * lineWidth) + "] 0 d";
                default -> "[] 0 d";
            };
            ascii(colour(pen) + " RG " + n(lineWidth) + " w " + pattern + "\n");
        }
        return true;
    }

    private void path(List<Point> points, boolean close, boolean filled) {
        if (points.isEmpty() || !paintWith(filled)) {
            return;
        }
        StringBuilder ops = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            ops.append(xy(points.get(i))).append(i == 0 ? " m\n" : " l\n");
        }
        ops.append(filled ? "h f\n" : close ? "h S\n" : "S\n");
        ascii(ops.toString());
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
        if (points.isEmpty() || !paintWith(filled)) {
            return;
        }
        StringBuilder ops = new StringBuilder(xy(points.getFirst())).append(" m\n");
        for (int i = 1; i + 2 < points.size(); i += 3) {
            ops.append(xy(points.get(i))).append(' ').append(xy(points.get(i + 1))).append(' ')
                    .append(xy(points.get(i + 2))).append(" c\n");
        }
        ops.append(filled ? "h f\n" : "S\n");
        ascii(ops.toString());
    }

    @Override
    protected void ellipse(Point c, double rx, double ry, boolean filled) {
        if (!paintWith(filled)) {
            return;
        }
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        double x = c.x() + margin;
        double y = pageHeight - margin - c.y();
        ascii(n(x + rx) + " " + n(y) + " m\n"
                + n(x + rx) + " " + n(y + ky) + " " + n(x + kx) + " " + n(y + ry) + " " + n(x) + " " + n(y + ry) + " c\n"
                + n(x - kx) + " " + n(y + ry) + " " + n(x - rx) + " " + n(y + ky) + " " + n(x - rx) + " " + n(y) + " c\n"
                + n(x - rx) + " " + n(y - ky) + " " + n(x - kx) + " " + n(y - ry) + " " + n(x) + " " + n(y - ry) + " c\n"
                + n(x + kx) + " " + n(y - ry) + " " + n(x + rx) + " " + n(y - ky) + " " + n(x + rx) + " " + n(y) + " c\n"
                + (filled ? "h f\n" : "h S\n"));
    }

    @Override
    protected void text(DrawOp.Text text) {
        if (text.text().isBlank() || !visible(pen)) {
            return;
        }
        String lower = face.toLowerCase(Locale.ROOT);
        int family = lower.startsWith("courier") ? 4 : lower.startsWith("times") ? 8 : 0;
        int font = family + (bold ? 1 : 0) + (italic ? 2 : 0);
        double x = switch (text.align()) {
            case 'c' -> text.baseline().x() - text.width() / 2;
            case 'r' -> text.baseline().x() - text.width();
            default -> text.baseline().x();
        };
        ascii(colour(pen) + " rg BT /F" + font + " " + n(fontSize) + " Tf " + xy(new Point(x, text.baseline().y()))
                + " Td (");
        content.writeBytes(literal(text.text()));
        ascii(") Tj ET\n");
    }

    private static byte[] literal(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            byte[] bytes = encoder.canEncode(ch) ? ch.getBytes(WIN_ANSI) : new byte[] {'?'};
            for (byte b : bytes) {
                if (b == '(' || b == ')' || b == '\\') {
                    out.write('\\');
                }
                out.write(b);
            }
        });
        return out.toByteArray();
    }

    private byte[] document(double width, double height) {
        byte[] stream = deflate(content.toByteArray());
        List<byte[]> objects = new ArrayList<>();
        int firstFont = 5;
        StringBuilder fontRefs = new StringBuilder();
        for (int i = 0; i < FONTS.length; i++) {
            fontRefs.append("/F").append(i).append(' ').append(firstFont + i).append(" 0 R ");
        }
        objects.add(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + n(width) + " " + n(height) + "] "
                + "/Resources << /Font << " + fontRefs + ">> >> /Contents 4 0 R >>"));
        ByteArrayOutputStream streamObject = new ByteArrayOutputStream();
        streamObject.writeBytes(latin1("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n"));
        streamObject.writeBytes(stream);
        streamObject.writeBytes(latin1("\nendstream"));
        objects.add(streamObject.toByteArray());
        for (String font : FONTS) {
            objects.add(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /" + font + " /Encoding /WinAnsiEncoding >>"));
        }
        objects.add(latin1("<< /Producer (Rust X-Ray) >>"));
        int info = objects.size();

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(latin1("%PDF-1.4\n"));
        pdf.writeBytes(new byte[] {'%', (byte) 0xe2, (byte) 0xe3, (byte) 0xcf, (byte) 0xd3, '\n'});
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.writeBytes(latin1((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(latin1("\nendobj\n"));
        }
        long xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info ").append(info)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(latin1(table.toString()));
        return pdf.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
