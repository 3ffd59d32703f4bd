package dev.rxray.render;

import dev.rxray.diagram.DiagramEdge;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Direction;
import dev.rxray.diagram.Endpoint;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.Theme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a figure into DOT text. Nodes are HTML-like tables built by {@link NodeLabels}; a table figure becomes a
 * single node. Same figure and options, same DOT, byte for byte.
 *
 * <p>The text is written directly ({@link DotText}): building graphviz-java's graph model and serialising it, which
 * validates every attribute on the way, cost 100–400 ms for a 200-state machine, more than Graphviz's own layout.
 */
public final class DotWriter {
    /** Characters per caption line: about the width of a small state graph at the caption's size. */
    private static final int CAPTION_WIDTH = 90;
    private DotWriter() {
    }

    public static String dot(Figure figure, DotOptions options) {
        return switch (figure) {
            case GraphFigure graph -> graphOf(graph, options);
            case TableFigure table -> tableGraph(table, options);
        };
    }

    private static DotText base(Figure figure, DotOptions options, Direction direction) {
        Theme theme = options.theme();
        DotText dot = new DotText().digraph(figure.id());
        List<Object> graph = new ArrayList<>(List.of(
                "rankdir", direction == Direction.LEFT_RIGHT ? "LR" : "TB",
                "bgcolor", theme.background(),
                "pad", "0.3",
                "nodesep", "0.5",
                "ranksep", "0.6",
                "outputorder", "edgesfirst",
                "fontname", Dot.SANS));
        if (options.withTitle() && !figure.title().isEmpty()) {
            // An empty row under the title keeps it from crowding a node at the top of the drawing.
            HtmlLabel label = new HtmlLabel()
                    .open("TABLE", HtmlLabel.attrs("BORDER", "0", "CELLBORDER", "0", "CELLPADDING", "0",
                            "CELLSPACING", "0"))
                    .open("TR").open("TD", HtmlLabel.attrs("ALIGN", "LEFT"))
                    .text(figure.title(), Dot.SANS, theme.fontSize() + 4, theme.foreground(), true, false)
                    .close("TD").close("TR");
            List<String> caption = captionLines(figure);
            if (!caption.isEmpty()) {
                label.open("TR").open("TD", HtmlLabel.attrs("HEIGHT", "6")).close("TD").close("TR");
            }
            for (String line : caption) {
                label.open("TR").open("TD", HtmlLabel.attrs("ALIGN", "LEFT"))
                        .text(line, Dot.SANS, theme.fontSize() + 1, theme.foreground(), false, false)
                        .close("TD").close("TR");
            }
            graph.addAll(List.of("label", new DotText.Html(label
                            .open("TR").open("TD", HtmlLabel.attrs("HEIGHT", "12")).close("TD").close("TR")
                            .close("TABLE").toString()),
                    "labelloc", "t",
                    "labeljust", "l"));
        }
        return dot.defaults("graph", graph.toArray())
                .defaults("node", "shape", "plain", "fontname", Dot.SANS, "fontsize", Dot.number(theme.fontSize()))
                .defaults("edge", "fontname", Dot.SANS, "fontsize", Dot.number(theme.fontSize() - 1),
                        "arrowsize", "0.8");
    }

    /** The caption in lines short enough to read on a slide, broken between words. */
    private static List<String> captionLines(Figure figure) {
        if (!(figure instanceof GraphFigure g) || g.caption().isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : g.caption().strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > CAPTION_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String graphOf(GraphFigure figure, DotOptions options) {
        DotText dot = base(figure, options, figure.direction());
        Map<String, List<DiagramEdge>> edgesFrom = edgesFrom(figure);
        List<DiagramNode> order = statementOrder(figure, edgesFrom);
        for (DiagramNode node : order) {
            dot.node(node.id(), "id", node.id(), "label", new DotText.Html(NodeLabels.node(node, options)));
        }
        for (DiagramNode node : order) {
            for (DiagramEdge edge : edgesFrom.get(node.id())) {
                switch (edge.from()) {
                    case Endpoint.Row(String nodeId, int row) ->
                            dot.from(nodeId, NodeLabels.outPort(DiagramNode.rowId(nodeId, row)), "e");
                    case Endpoint.WholeNode(String nodeId) -> dot.from(nodeId, null, null);
                }
                switch (edge.to()) {
                    case Endpoint.Row(String nodeId, int row) -> dot.to(nodeId, DiagramNode.rowId(nodeId, row), "w");
                    case Endpoint.WholeNode(String nodeId) -> dot.to(nodeId, null, null);
                }
                dot.attributes(edgeAttributes(edge, options)).endStatement();
            }
        }
        return dot.close();
    }

    /** The ids of the figure's nodes in the order their statements appear in its DOT. */
    static List<String> nodeOrder(Figure figure) {
        return switch (figure) {
            case GraphFigure graph -> statementOrder(graph, edgesFrom(graph)).stream().map(DiagramNode::id).toList();
            case TableFigure table -> List.of(table.id());
        };
    }

    private static Map<String, List<DiagramEdge>> edgesFrom(GraphFigure figure) {
        Map<String, List<DiagramEdge>> edgesFrom = new LinkedHashMap<>();
        for (DiagramNode node : figure.nodes()) {
            edgesFrom.put(node.id(), new ArrayList<>());
        }
        for (DiagramEdge edge : figure.edges()) {
            edgesFrom.get(edge.from().nodeId()).add(edge);
        }
        return edgesFrom;
    }

    /**
     * Nodes in depth-first order along their edges, starting from each node in figure order, and each node's edges
     * after all nodes. Graphviz breaks layout ties by statement order; this is the order every golden and every
     * layout so far was made with, so writing the text directly changed no drawing.
     */
    private static List<DiagramNode> statementOrder(GraphFigure figure, Map<String, List<DiagramEdge>> edgesFrom) {
        Map<String, DiagramNode> byId = new LinkedHashMap<>();
        figure.nodes().forEach(node -> byId.put(node.id(), node));
        List<DiagramNode> order = new ArrayList<>(byId.size());
        Set<String> visited = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>();
        for (DiagramNode start : figure.nodes()) {
            stack.push(start.id());
            while (!stack.isEmpty()) {
                String id = stack.pop();
                if (!visited.add(id)) {
                    continue;
                }
                order.add(byId.get(id));
                List<DiagramEdge> out = edgesFrom.get(id);
                for (int i = out.size() - 1; i >= 0; i--) {
                    stack.push(out.get(i).to().nodeId());
                }
            }
        }
        return order;
    }

    private static Object[] edgeAttributes(DiagramEdge edge, DotOptions options) {
        Theme theme = options.theme();
        boolean lit = options.highlight().hasEdge(edge.id());
        String colour = lit ? theme.highlightStroke() : theme.edgeColour().get(edge.kind());
        double width = lit ? theme.strokeWidth() * 2.2 : theme.strokeWidth();
        String style = Theme.lineStyle(edge.kind()).name().toLowerCase(Locale.ROOT);
        List<Object> attributes = new ArrayList<>(List.of(
                "id", edge.id(),
                "color", colour,
                "fontcolor", colour,
                "penwidth", Dot.number(width),
                "style", style));
        if (!edge.label().isEmpty()) {
            // A borderless padded table keeps labels of nested self-loops from touching each other.
            attributes.addAll(List.of("label", new DotText.Html(new HtmlLabel()
                    .open("TABLE", HtmlLabel.attrs("BORDER", "0", "CELLBORDER", "0", "CELLPADDING", "4"))
                    .open("TR").open("TD")
                    .text(edge.label(), Dot.SANS, theme.fontSize() - 1, colour, lit, false)
                    .close("TD").close("TR").close("TABLE").toString())));
        }
        return attributes.toArray();
    }

    private static String tableGraph(TableFigure table, DotOptions options) {
        return base(table, options, Direction.TOP_DOWN)
                .node(table.id(), "id", table.id(), "label", new DotText.Html(TableLabels.table(table, options)))
                .close();
    }
}
