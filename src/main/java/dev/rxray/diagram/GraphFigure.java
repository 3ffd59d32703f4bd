package dev.rxray.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Nodes with field rows and labelled edges. Order is meaningful and kept: Graphviz breaks ties by input order, so
 * builders add nodes in reading order ({@code Unresumed}, {@code Suspend0}, ..., {@code Returned}).
 * The constructor rejects duplicate ids and edges to missing nodes or rows.
 */
public record GraphFigure(String id, String title, Direction direction, List<DiagramNode> nodes,
                          List<DiagramEdge> edges, String caption) implements Figure {

    public GraphFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(direction, "direction");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Map<String, DiagramNode> byId = new HashMap<>();
        for (DiagramNode node : nodes) {
            if (byId.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("duplicate node id " + node.id());
            }
        }
        Set<String> edgeIds = new HashSet<>();
        for (DiagramEdge edge : edges) {
            if (!edgeIds.add(edge.id())) {
                throw new IllegalArgumentException("duplicate edge id " + edge.id());
            }
            checkEndpoint(byId, edge, edge.from());
            checkEndpoint(byId, edge, edge.to());
        }
    }

    /** A figure without a caption. */
    public GraphFigure(String id, String title, Direction direction, List<DiagramNode> nodes,
                       List<DiagramEdge> edges) {
        this(id, title, direction, nodes, edges, "");
    }

    /** The same figure with a caption under its title: what an exported step shows happening. */
    public GraphFigure withCaption(String text) {
        return new GraphFigure(id, title, direction, nodes, edges, text);
    }

    private static void checkEndpoint(Map<String, DiagramNode> byId, DiagramEdge edge, Endpoint end) {
        DiagramNode node = byId.get(end.nodeId());
        if (node == null) {
            throw new IllegalArgumentException("edge " + edge.id() + " refers to missing node " + end.nodeId());
        }
        if (end instanceof Endpoint.Row(String ignored, int row) && row >= node.fields().size()) {
            throw new IllegalArgumentException("edge " + edge.id() + " refers to missing row " + row);
        }
    }

    public Optional<DiagramNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Optional<DiagramEdge> edge(String edgeId) {
        return edges.stream().filter(e -> e.id().equals(edgeId)).findFirst();
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects nodes and edges in order and derives edge ids from their endpoints and kind. */
    public static final class Builder {
        private final String title;
        private Direction direction = Direction.TOP_DOWN;
        private final List<DiagramNode> nodes = new ArrayList<>();
        private final List<DiagramEdge> edges = new ArrayList<>();
        private final Map<String, Integer> edgeIdUses = new HashMap<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder direction(Direction newDirection) {
            direction = newDirection;
            return this;
        }

        public Builder node(DiagramNode node) {
            nodes.add(node);
            return this;
        }

        public Builder edge(Endpoint from, Endpoint to, EdgeKind kind, String label, String tooltip) {
            String base = from.nodeId() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + to.nodeId();
            int use = edgeIdUses.merge(base, 1, Integer::sum);
            String edgeId = use == 1 ? base : base + "-" + use;
            edges.add(new DiagramEdge(edgeId, from, to, label, kind, tooltip));
            return this;
        }

        public Builder edge(String fromNode, String toNode, EdgeKind kind, String label) {
            return edge(Endpoint.node(fromNode), Endpoint.node(toNode), kind, label, "");
        }

        public GraphFigure build() {
            return new GraphFigure(DiagramId.from(title), title, direction, nodes, edges);
        }
    }
}
