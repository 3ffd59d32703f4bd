package dev.rxray.render;

import java.util.List;

/**
 * Replays drawing operations on a target, keeping xdot's state (pen, fill, font, style). The raster and PDF
 * backends implement the primitive calls; the replay logic exists once.
 */
abstract class OpPainter {
    protected String pen = "#000000ff";
    protected String fill = "#000000ff";
    protected String face = Dot.SANS;
    protected double fontSize = 14;
    protected boolean bold;
    protected boolean italic;
    protected double lineWidth = 1;
    protected String dash = "solid";

    final void replay(List<DrawOp> ops) {
        for (DrawOp op : ops) {
            switch (op) {
                case DrawOp.Pen(String colour) -> pen = colour;
                case DrawOp.Fill(String colour) -> fill = colour;
                case DrawOp.Font(String newFace, double size) -> {
                    face = newFace;
                    fontSize = size;
                }
                case DrawOp.FontFlags flags -> {
                    bold = flags.bold();
                    italic = flags.italic();
                }
                case DrawOp.Style(String style) -> style(style);
                case DrawOp.Polygon(List<Point> points, boolean filled) -> {
                    if (filled) {
                        polygon(points, true);
                    }
                    polygon(points, false);
                }
                case DrawOp.Polyline(List<Point> points) -> polyline(points);
                case DrawOp.Bezier(List<Point> points, boolean filled) -> {
                    if (filled) {
                        bezier(points, true);
                    }
                    bezier(points, false);
                }
                case DrawOp.Ellipse(Point centre, double rx, double ry, boolean filled) -> {
                    if (filled) {
                        ellipse(centre, rx, ry, true);
                    }
                    ellipse(centre, rx, ry, false);
                }
                case DrawOp.Text text -> text(text);
            }
        }
    }

    private void style(String style) {
        if (style.startsWith("setlinewidth(") && style.endsWith(")")) {
            try {
                lineWidth = Double.parseDouble(style.substring("setlinewidth(".length(), style.length() - 1));
            } catch (NumberFormatException ignored) {
                lineWidth = 1;
            }
        } else if (style.equals("solid") || style.equals("dashed") || style.equals("dotted")) {
            dash = style;
        } else if (style.equals("bold")) {
            lineWidth = 2;
        }
    }

    protected boolean visible(String colour) {
        return Colours.alpha(colour) > 0;
    }

    protected boolean mono() {
        return face.toLowerCase(java.util.Locale.ROOT).startsWith("courier");
    }

    /** Draws (stroke, with the pen) or fills (with the fill colour) a closed polygon. */
    protected abstract void polygon(List<Point> points, boolean filled);

    protected abstract void polyline(List<Point> points);

    protected abstract void bezier(List<Point> points, boolean filled);

    protected abstract void ellipse(Point centre, double rx, double ry, boolean filled);

    protected abstract void text(DrawOp.Text text);
}
