package dev.rxray.render;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that writes Graphviz HTML-like label markup. Every piece of user text goes through {@link #text},
 * which escapes {@code & < > " '} (Rust types are full of them) and turns line breaks into left-aligned
 * {@code <BR/>}; attribute values go through the same escaping. Attributes are written in sorted order so the
 * markup, and therefore the DOT, is deterministic.
 */
final class HtmlLabel {
    private final StringBuilder out = new StringBuilder(512);

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n' -> escaped.append("<BR ALIGN=\"LEFT\"/>");
                case '\r', '\t' -> escaped.append(' ');
                default -> {
                    if (c < 0x20) {
                        escaped.append(' ');
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    static Map<String, String> attrs(String... keysAndValues) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    HtmlLabel open(String tag, Map<String, String> attributes) {
        out.append('<').append(tag);
        attributes.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escape(value)).append('"'));
        out.append('>');
        return this;
    }

    HtmlLabel open(String tag) {
        return open(tag, Map.of());
    }

    /** Rows end with a line break so DOT goldens show one table row per line; Graphviz ignores it. */
    HtmlLabel close(String tag) {
        out.append("</").append(tag).append('>');
        if (tag.equals("TR")) {
            out.append('\n');
        }
        return this;
    }

    /** Escaped text in a font; bold and italic when asked. Empty text writes nothing, which Graphviz accepts. */
    HtmlLabel text(String text, String face, double size, String colour, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return this;
        }
        open("FONT", attrs("FACE", face, "POINT-SIZE", Dot.number(size), "COLOR", colour));
        if (bold) {
            out.append("<B>");
        }
        if (italic) {
            out.append("<I>");
        }
        out.append(escape(text));
        if (italic) {
            out.append("</I>");
        }
        if (bold) {
            out.append("</B>");
        }
        return close("FONT");
    }

    /** A centred line break between two runs of text in one cell. */
    HtmlLabel lineBreak() {
        out.append("<BR/>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
