package dev.rxray.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints a laid-out figure into an image at a given scale. Text is drawn as text at the final size (never an upscaled
 * bitmap), and squeezed horizontally when the local font is wider than the width Graphviz reserved, so labels
 * never spill out of their cells.
 */
final class RasterPainter extends OpPainter {
    private final Graphics2D g;

    private RasterPainter(Graphics2D g) {
        this.g = g;
    }

    static BufferedImage paint(LaidOutGraph graph, double scale, String background, double margin) {
        int width = Math.max(1, (int) Math.ceil((graph.width() + 2 * margin) * scale));
        int height = Math.max(1, (int) Math.ceil((graph.height() + 2 * margin) * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(colour(Colours.normalise(background)));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            g.translate(margin, margin);
            new RasterPainter(g).replay(graph.ops());
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Color colour(String rgba) {
        return new Color(Colours.red(rgba), Colours.green(rgba), Colours.blue(rgba), Colours.alpha(rgba));
    }

    private Path2D path(List<Point> points, boolean close) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        if (close) {
            path.closePath();
        }
        return path;
    }

    private void stroke(java.awt.Shape shape) {
        if (!visible(pen)) {
            return;
        }
        float width = (float) lineWidth;
        float[] pattern = switch (dash) {
            case "dashed" -> new float[] {5 * width, 3 * width};
            case "dotted" -> new float[] {width, 2 * width};
            default -> null;
        };
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, pattern, 0));
        g.setColor(colour(pen));
        g.draw(shape);
    }

    private void fill(java.awt.Shape shape) {
        if (visible(fill)) {
            g.setColor(colour(fill));
            g.fill(shape);
        }
    }

    @Override
    protected void polygon(List<Point> points, boolean filled) {
        Path2D shape = path(points, true);
        if (filled) {
            fill(shape);
        } else {
            stroke(shape);
        }
    }

    @Override
    protected void polyline(List<Point> points) {
        stroke(path(points, false));
    }

    @Override
    protected void bezier(List<Point> points, boolean filled) {
        Path2D.Double path = new Path2D.Double();
        if (points.isEmpty()) {
            return;
        }
        path.moveTo(points.getFirst().x(), points.getFirst().y());
        for (int i = 1; i + 2 < points.size(); i += 3) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            Point c = points.get(i + 2);
            path.curveTo(a.x(), a.y(), b.x(), b.y(), c.x(), c.y());
        }
        if (filled) {
            path.closePath();
            fill(path);
        } else {
            stroke(path);
        }
    }

    @Override
    protected void ellipse(Point centre, double rx, double ry, boolean filled) {
        Ellipse2D shape = new Ellipse2D.Double(centre.x() - rx, centre.y() - ry, 2 * rx, 2 * ry);
        if (filled) {
            fill(shape);
        } else {
            stroke(shape);
        }
    }

    @Override
    protected void text(DrawOp.Text text) {
        if (text.text().isBlank()) {
            return;
        }
        int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
        Font font = new Font(mono() ? Font.MONOSPACED : Font.SANS_SERIF, style, 1).deriveFont((float) fontSize);
        FontRenderContext context = g.getFontRenderContext();
        double natural = font.getStringBounds(text.text(), context).getWidth();
        double target = text.width() > 0 ? text.width() : natural;
        if (natural > target * 1.01) {
            font = font.deriveFont(AffineTransform.getScaleInstance(target / natural, 1));
            natural = target;
        }
        double x = switch (text.align()) {
            case 'c' -> text.baseline().x() - natural / 2;
            case 'r' -> text.baseline().x() - natural;
            default -> text.baseline().x();
        };
        g.setColor(colour(pen));
        new TextLayout(text.text(), font, context).draw(g, (float) x, (float) text.baseline().y());
    }
}
