package dev.rxray.render;

import java.util.List;

/**
 * One Graphviz drawing operation (the xdot language), with y already flipped to grow downwards. Colours are
 * {@code #rrggbb} or {@code #rrggbbaa}. Painters keep the current pen, fill, font and style as state, as xdot does.
 */
public sealed interface DrawOp {
    record Pen(String colour) implements DrawOp {
    }

    record Fill(String colour) implements DrawOp {
    }

    /** A PostScript font name ({@code Helvetica}, {@code Courier}) and size in points. */
    record Font(String face, double size) implements DrawOp {
    }

    /** Bold is bit 1, italic bit 2 (xdot's {@code t} operation). */
    record FontFlags(int flags) implements DrawOp {
        public boolean bold() {
            return (flags & 1) != 0;
        }

        public boolean italic() {
            return (flags & 2) != 0;
        }
    }

    /** {@code solid}, {@code dashed}, {@code dotted}, {@code bold} or {@code setlinewidth(N)}. */
    record Style(String style) implements DrawOp {
    }

    record Polygon(List<Point> points, boolean filled) implements DrawOp {
        public Polygon {
            points = List.copyOf(points);
        }
    }

    record Polyline(List<Point> points) implements DrawOp {
        public Polyline {
            points = List.copyOf(points);
        }
    }

    record Bezier(List<Point> points, boolean filled) implements DrawOp {
        public Bezier {
            points = List.copyOf(points);
        }
    }

    record Ellipse(Point centre, double radiusX, double radiusY, boolean filled) implements DrawOp {
    }

    /**
     * Text on a baseline.
     *
     * @param align {@code l} (starts at x), {@code c} (centred on x) or {@code r} (ends at x)
     * @param width the width Graphviz reserved for the text
     */
    record Text(Point baseline, char align, double width, String text) implements DrawOp {
    }
}
