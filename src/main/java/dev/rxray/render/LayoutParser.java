package dev.rxray.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Graphviz's {@code json} output (the {@code json0} attributes plus xdot drawing operations) into a
 * {@link LaidOutGraph}. Graphviz puts the origin at the bottom left; everything here is flipped to the top left.
 * Node rows come from the cell polygons that {@link NodeLabels} makes Graphviz draw, in cell order.
 */
public final class LayoutParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double POINTS_PER_INCH = 72;

    private LayoutParser() {
    }

    /** Thrown when the text is not Graphviz JSON; the layout service turns it into a failure value. */
    public static final class MalformedLayout extends Exception {
        MalformedLayout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static LaidOutGraph parse(String json, Figure figure) throws MalformedLayout {
        try {
            return read(JSON.readTree(json), figure);
        } catch (IOException | RuntimeException e) {
            throw new MalformedLayout("cannot read the layout: " + e.getMessage(), e);
        }
    }

    private static LaidOutGraph read(JsonNode root, Figure figure) {
        double[] bb = numbers(root.path("bb").asText("0,0,0,0"));
        double height = bb[3];
        Flip flip = new Flip(height);
        List<DrawOp> ops = new ArrayList<>();
        ops.addAll(ops(root.path("_draw_"), flip));
        ops.addAll(ops(root.path("_ldraw_"), flip));
        Map<Integer, String> nodeNames = new HashMap<>();
        List<LaidOutNode> nodes = new ArrayList<>();
        List<DrawOp> nodeOps = new ArrayList<>();
        for (JsonNode object : root.path("objects")) {
            if (!object.has("pos")) {
                continue;
            }
            String name = object.path("name").asText();
            nodeNames.put(object.path("_gvid").asInt(), name);
            List<DrawOp> shape = ops(object.path("_draw_"), flip);
            List<DrawOp> label = ops(object.path("_ldraw_"), flip);
            nodeOps.addAll(shape);
            nodeOps.addAll(label);
            double[] pos = numbers(object.path("pos").asText());
            double w = object.path("width").asDouble() * POINTS_PER_INCH;
            double h = object.path("height").asDouble() * POINTS_PER_INCH;
            Box box = new Box(pos[0] - w / 2, flip.y(pos[1]) - h / 2, w, h);
            nodes.add(node(name, box, label, figure));
        }
        List<LaidOutEdge> edges = new ArrayList<>();
        for (JsonNode edge : root.path("edges")) {
            List<DrawOp> line = ops(edge.path("_draw_"), flip);
            List<DrawOp> head = ops(edge.path("_hdraw_"), flip);
            List<DrawOp> tail = ops(edge.path("_tdraw_"), flip);
            List<DrawOp> label = ops(edge.path("_ldraw_"), flip);
            ops.addAll(line);
            ops.addAll(head);
            ops.addAll(tail);
            ops.addAll(label);
            String id = edge.has("id") ? edge.path("id").asText()
                    : nodeNames.get(edge.path("tail").asInt()) + "->" + nodeNames.get(edge.path("head").asInt());
            edges.add(new LaidOutEdge(id, spline(line), arrowhead(head), labelBox(edge, label, flip)));
        }
        ops.addAll(nodeOps);
        return new LaidOutGraph(bb[2], height, nodes, edges, ops);
    }

    private static LaidOutNode node(String name, Box box, List<DrawOp> label, Figure figure) {
        List<Box> cells = new ArrayList<>();
        for (DrawOp op : label) {
            if (op instanceof DrawOp.Polygon(List<Point> points, boolean filled) && filled) {
                cells.add(bounds(points));
            }
        }
        if (!(figure instanceof GraphFigure graph)) {
            return new LaidOutNode(name, box, Box.EMPTY, List.of());
        }
        DiagramNode diagramNode = graph.node(name).orElse(null);
        if (diagramNode == null || cells.size() != NodeLabels.cellPolygons(diagramNode)) {
            return new LaidOutNode(name, box, cells.size() > 1 ? cells.get(1) : Box.EMPTY, List.of());
        }
        int next = 1;
        Box title = cells.get(next++);
        if (!diagramNode.subtitle().isEmpty()) {
            title = title.union(cells.get(next++));
        }
        List<LaidOutRow> rows = new ArrayList<>();
        for (int i = 0; i < diagramNode.fields().size(); i++) {
            List<Box> rowCells = cells.subList(next, next + NodeLabels.FIELD_CELLS);
            next += NodeLabels.FIELD_CELLS;
            Box rowBox = rowCells.getFirst();
            for (Box cell : rowCells) {
                rowBox = rowBox.union(cell);
            }
            rows.add(new LaidOutRow(rowBox, rowCells));
        }
        return new LaidOutNode(name, box, title, rows);
    }


    private static List<Point> spline(List<DrawOp> line) {
        for (DrawOp op : line) {
            if (op instanceof DrawOp.Bezier(List<Point> points, boolean filled) && !filled) {
                return points;
            }
        }
        return List.of();
    }

    private static List<Point> arrowhead(List<DrawOp> head) {
        for (DrawOp op : head) {
            if (op instanceof DrawOp.Polygon(List<Point> points, boolean filled)) {
                return points;
            }
        }
        return List.of();
    }

    private static Box labelBox(JsonNode edge, List<DrawOp> label, Flip flip) {
        if (!edge.has("lp")) {
            return Box.EMPTY;
        }
        double[] lp = numbers(edge.path("lp").asText());
        double width = 0;
        double size = 0;
        int lines = 0;
        for (DrawOp op : label) {
            switch (op) {
                case DrawOp.Text text -> {
                    width = Math.max(width, text.width());
                    lines++;
                }
                case DrawOp.Font font -> size = Math.max(size, font.size());
                default -> {
                }
            }
        }
        double height = Math.max(1, lines) * size * 1.2;
        return new Box(lp[0] - width / 2, flip.y(lp[1]) - height / 2, width, height);
    }

    private static Box bounds(List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Each element's list starts from xdot's default state; without the reset, a bold title would leave the next
     * edge label bold in painters that replay all lists in one pass.
     */
    private static List<DrawOp> ops(JsonNode list, Flip flip) {
        List<DrawOp> ops = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            return ops;
        }
        ops.add(new DrawOp.FontFlags(0));
        ops.add(new DrawOp.Style("solid"));
        ops.add(new DrawOp.Style("setlinewidth(1)"));
        for (JsonNode op : list) {
            String code = op.path("op").asText();
            switch (code) {
                case "c" -> ops.add(new DrawOp.Pen(Colours.normalise(op.path("color").asText())));
                case "C" -> ops.add(new DrawOp.Fill(Colours.normalise(op.path("color").asText())));
                case "F" -> ops.add(new DrawOp.Font(op.path("face").asText(), op.path("size").asDouble()));
                case "t" -> ops.add(new DrawOp.FontFlags(op.path("fontchar").asInt()));
                case "S" -> ops.add(new DrawOp.Style(op.path("style").asText()));
                case "P", "p" -> ops.add(new DrawOp.Polygon(points(op, flip), code.equals("P")));
                case "L" -> ops.add(new DrawOp.Polyline(points(op, flip)));
                case "B", "b" -> ops.add(new DrawOp.Bezier(points(op, flip), code.equals("B")));
                case "E", "e" -> {
                    JsonNode rect = op.path("rect");
                    ops.add(new DrawOp.Ellipse(new Point(rect.path(0).asDouble(), flip.y(rect.path(1).asDouble())),
                            rect.path(2).asDouble(), rect.path(3).asDouble(), code.equals("E")));
                }
                case "T" -> {
                    JsonNode pt = op.path("pt");
                    String align = op.path("align").asText("l");
                    ops.add(new DrawOp.Text(new Point(pt.path(0).asDouble(), flip.y(pt.path(1).asDouble())),
                            align.isEmpty() ? 'l' : align.charAt(0), op.path("width").asDouble(),
                            op.path("text").asText()));
                }
                default -> {
                    // Images and gradients are never produced by our DOT; skipping keeps parsing total.
                }
            }
        }
        return ops;
    }

    private static List<Point> points(JsonNode op, Flip flip) {
        List<Point> points = new ArrayList<>();
        for (JsonNode p : op.path("points")) {
            points.add(new Point(p.path(0).asDouble(), flip.y(p.path(1).asDouble())));
        }
        return points;
    }

    private static double[] numbers(String text) {
        String[] parts = text.split(",");
        double[] values = new double[Math.max(4, parts.length)];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }

    private record Flip(double height) {
        double y(double graphvizY) {
            return height - graphvizY;
        }
    }
}
