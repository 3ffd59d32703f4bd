package dev.rxray.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts a PDF export embeds, loaded once per document and only when used. They are the DejaVu fonts
 * that Java's logical {@code SansSerif} and {@code Monospaced} fonts resolve to on Debian, so the PDF looks like the
 * PNG; PDFBox embeds only the glyphs used. Where a DejaVu file is missing, PDFBox's own Liberation Sans (shipped
 * inside the pdfbox jar) stands in, so an export never fails for want of a font and text stays real text.
 */
final class PdfFonts {
    static final Path DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Indexed by {@code mono * 4 + bold * 2 + italic}. */
    private static final List<String> FILES = List.of(
            "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf",
            "DejaVuSansMono.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-Bold.ttf",
            "DejaVuSansMono-BoldOblique.ttf");

    private final PDDocument document;
    private final Map<String, PDFont> loaded = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDFont font(boolean mono, boolean bold, boolean italic) throws IOException {
        String file = FILES.get((mono ? 4 : 0) + (bold ? 2 : 0) + (italic ? 1 : 0));
        PDFont font = loaded.get(file);
        if (font == null) {
            font = load(file);
            loaded.put(file, font);
        }
        return font;
    }

    private PDFont load(String file) throws IOException {
        Path path = DIR.resolve(file);
        if (Files.isReadable(path)) {
            return PDType0Font.load(document, path.toFile());
        }
        try (InputStream in = PdfFonts.class.getResourceAsStream(FALLBACK)) {
            if (in == null) {
                throw new IOException("no font for PDF text: neither " + path + " nor PDFBox's Liberation Sans");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The text with each character the font has no glyph for replaced by {@code ?}. */
    String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            out.append(encodable(font, ch) ? ch : "?");
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
