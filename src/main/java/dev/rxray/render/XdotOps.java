package dev.rxray.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Reads one xdot drawing attribute ({@code _draw_}, {@code _ldraw_}, ...) into {@link DrawOp}s, y flipped to grow
 * downwards. The language is a run of one-letter operations with their arguments separated by spaces; a string
 * argument is written {@code n -bytes}, its length counted in UTF-8 bytes, so it may hold spaces and any character.
 */
final class XdotOps {
    private final String text;
    private final DoubleUnaryOperator flipY;
    private int at;

    private XdotOps(String text, DoubleUnaryOperator flipY) {
        this.text = text;
        this.flipY = flipY;
    }

    /**
     * Each element's list starts from xdot's default state; without the reset, a bold title would leave the next
     * edge label bold in painters that replay all lists in one pass. An empty attribute gives an empty list.
     */
    static List<DrawOp> parse(String text, DoubleUnaryOperator flipY) {
        List<DrawOp> ops = new ArrayList<>();
        if (text.isBlank()) {
            return ops;
        }
        ops.add(new DrawOp.FontFlags(0));
        ops.add(new DrawOp.Style("solid"));
        ops.add(new DrawOp.Style("setlinewidth(1)"));
        new XdotOps(text, flipY).readInto(ops);
        return ops;
    }

    private void readInto(List<DrawOp> ops) {
        while (skipSpaces()) {
            char op = text.charAt(at++);
            switch (op) {
                case 'c' -> ops.add(new DrawOp.Pen(Colours.normalise(string())));
                case 'C' -> ops.add(new DrawOp.Fill(Colours.normalise(string())));
                case 'F' -> {
                    double size = number();
                    ops.add(new DrawOp.Font(string(), size));
                }
                case 't' -> ops.add(new DrawOp.FontFlags((int) number()));
                case 'S' -> ops.add(new DrawOp.Style(string()));
                case 'P', 'p' -> ops.add(new DrawOp.Polygon(points(), op == 'P'));
                case 'L' -> ops.add(new DrawOp.Polyline(points()));
                case 'B', 'b' -> ops.add(new DrawOp.Bezier(points(), op == 'b'));
                case 'E', 'e' -> {
                    Point centre = point();
                    ops.add(new DrawOp.Ellipse(centre, number(), number(), op == 'E'));
                }
                case 'T' -> {
                    Point baseline = point();
                    int justify = (int) number();
                    double width = number();
                    char align = justify < 0 ? 'l' : justify > 0 ? 'r' : 'c';
                    ops.add(new DrawOp.Text(baseline, align, width, string()));
                }
                case 'I' -> {
                    // Images are never produced by our DOT; their arguments are skipped to keep reading.
                    point();
                    number();
                    number();
                    string();
                }
                default -> throw new IllegalArgumentException("unknown xdot operation '" + op + "' in " + text);
            }
        }
    }

    private List<Point> points() {
        int count = (int) number();
        List<Point> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(point());
        }
        return points;
    }

    private Point point() {
        double x = number();
        return new Point(x, flipY.applyAsDouble(number()));
    }

    private double number() {
        skipSpaces();
        int start = at;
        while (at < text.length() && text.charAt(at) != ' ') {
            at++;
        }
        return Double.parseDouble(text.substring(start, at));
    }

    /** {@code n -bytes}: the n UTF-8 bytes after the dash, which may be fewer characters. */
    private String string() {
        int bytes = (int) number();
        skipSpaces();
        if (at >= text.length() || text.charAt(at) != '-') {
            throw new IllegalArgumentException("expected '-' before a string in " + text);
        }
        int start = ++at;
        int counted = 0;
        while (counted < bytes && at < text.length()) {
            int codePoint = text.codePointAt(at);
            counted += utf8Length(codePoint);
            at += Character.charCount(codePoint);
        }
        return text.substring(start, at);
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** Moves past spaces; false at the end of the text. */
    private boolean skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length();
    }
}
