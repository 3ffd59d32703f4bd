package dev.rxray.render;

import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Reads Graphviz's {@code xdot} output (positions plus xdot drawing operations, see {@link XdotGraph}) into a
 * {@link LaidOutGraph}. Graphviz puts the origin at the bottom left; everything here is flipped to the top left.
 * Node rows come from the cell polygons that {@link NodeLabels} makes Graphviz draw, in cell order.
 */
public final class LayoutParser {
    private static final double POINTS_PER_INCH = 72;

    private LayoutParser() {
    }

    /** Thrown when the text is not a Graphviz layout; the layout service turns it into a failure value. */
    public static final class MalformedLayout extends Exception {
        MalformedLayout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static LaidOutGraph parse(String xdot, Figure figure) throws MalformedLayout {
        try {
            return read(XdotGraph.read(xdot), figure);
        } catch (RuntimeException e) {
            throw new MalformedLayout("cannot read the layout: " + e.getMessage(), e);
        }
    }

    private static LaidOutGraph read(XdotGraph root, Figure figure) {
        double[] bb = numbers(root.attribute("bb").isEmpty() ? "0,0,0,0" : root.attribute("bb"));
        double height = bb[3];
        DoubleUnaryOperator flip = y -> height - y;
        List<DrawOp> ops = new ArrayList<>();
        ops.addAll(XdotOps.parse(root.attribute("_draw_"), flip));
        ops.addAll(XdotOps.parse(root.attribute("_ldraw_"), flip));
        List<LaidOutNode> nodes = new ArrayList<>();
        List<DrawOp> nodeOps = new ArrayList<>();
        Map<String, DiagramNode> figureNodes = new HashMap<>();
        if (figure instanceof GraphFigure graph) {
            graph.nodes().forEach(node -> figureNodes.put(node.id(), node));
        }
        for (XdotGraph.Statement object : inStatementOrder(root.nodes(), figure)) {
            if (object.attribute("pos").isEmpty()) {
                continue;
            }
            List<DrawOp> shape = XdotOps.parse(object.attribute("_draw_"), flip);
            List<DrawOp> label = XdotOps.parse(object.attribute("_ldraw_"), flip);
            nodeOps.addAll(shape);
            nodeOps.addAll(label);
            double[] pos = numbers(object.attribute("pos"));
            double w = Double.parseDouble(object.attribute("width")) * POINTS_PER_INCH;
            double h = Double.parseDouble(object.attribute("height")) * POINTS_PER_INCH;
            Box box = new Box(pos[0] - w / 2, flip.applyAsDouble(pos[1]) - h / 2, w, h);
            nodes.add(node(object.tail(), box, label, figure, figureNodes.get(object.tail())));
        }
        List<LaidOutEdge> edges = new ArrayList<>();
        for (XdotGraph.Statement edge : root.edges()) {
            List<DrawOp> line = XdotOps.parse(edge.attribute("_draw_"), flip);
            List<DrawOp> head = XdotOps.parse(edge.attribute("_hdraw_"), flip);
            List<DrawOp> tail = XdotOps.parse(edge.attribute("_tdraw_"), flip);
            List<DrawOp> label = XdotOps.parse(edge.attribute("_ldraw_"), flip);
            ops.addAll(line);
            ops.addAll(head);
            ops.addAll(tail);
            ops.addAll(label);
            String id = edge.attribute("id").isEmpty() ? edge.tail() + "->" + edge.head() : edge.attribute("id");
            edges.add(new LaidOutEdge(id, spline(line), arrowhead(head), labelBox(edge, label, flip)));
        }
        ops.addAll(nodeOps);
        return new LaidOutGraph(bb[2], height, nodes, edges, ops);
    }

    /**
     * Nodes in the order of their statements in our DOT, the order Graphviz numbers them in (xdot writes a node
     * early when an edge reaches it), so the layout lists nodes and their drawing the same way for either format.
     */
    private static List<XdotGraph.Statement> inStatementOrder(List<XdotGraph.Statement> nodes, Figure figure) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = DotWriter.nodeOrder(figure);
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        List<XdotGraph.Statement> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingInt(node -> rank.getOrDefault(node.tail(), Integer.MAX_VALUE)));
        return sorted;
    }

    private static LaidOutNode node(String name, Box box, List<DrawOp> label, Figure figure,
                                    DiagramNode diagramNode) {
        List<Box> cells = new ArrayList<>();
        for (DrawOp op : label) {
            if (op instanceof DrawOp.Polygon(List<Point> points, boolean filled) && filled) {
                cells.add(bounds(points));
            }
        }
        if (!(figure instanceof GraphFigure)) {
            return new LaidOutNode(name, box, Box.EMPTY, List.of());
        }
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

    private static Box labelBox(XdotGraph.Statement edge, List<DrawOp> label, DoubleUnaryOperator flip) {
        if (edge.attribute("lp").isEmpty()) {
            return Box.EMPTY;
        }
        double[] lp = numbers(edge.attribute("lp"));
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
        return new Box(lp[0] - width / 2, flip.applyAsDouble(lp[1]) - height / 2, width, height);
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

    private static double[] numbers(String text) {
        String[] parts = text.split(",");
        double[] values = new double[Math.max(4, parts.length)];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }
}
