package dev.rxray.render;

import java.util.List;
import java.util.Optional;

/**
 * A figure after layout: the size of the drawing, where every node, row and edge went (for the interactive view),
 * and the complete list of drawing operations in painting order (for the PNG and PDF painters). All coordinates are
 * in points with the origin at the top left.
 */
public record LaidOutGraph(double width, double height, List<LaidOutNode> nodes, List<LaidOutEdge> edges,
                           List<DrawOp> ops) {
    public LaidOutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        ops = List.copyOf(ops);
    }

    public Optional<LaidOutNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<LaidOutEdge> edge(String id) {
        return edges.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
