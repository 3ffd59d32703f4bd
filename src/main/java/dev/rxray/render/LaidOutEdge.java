package dev.rxray.render;

import java.util.List;

/**
 * Where an edge landed.
 *
 * @param spline    cubic Bézier control points: a start point, then three points per segment
 * @param arrowhead the arrowhead polygon, empty when the edge has none
 * @param label     the label's box, {@link Box#EMPTY} when the edge has no label
 */
public record LaidOutEdge(String id, List<Point> spline, List<Point> arrowhead, Box label) {
    public LaidOutEdge {
        spline = List.copyOf(spline);
        arrowhead = List.copyOf(arrowhead);
    }

    public boolean hasLabel() {
        return label.width() > 0;
    }
}
