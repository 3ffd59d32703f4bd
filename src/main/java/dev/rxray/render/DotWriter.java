package dev.rxray.render;

import static guru.nidi.graphviz.attribute.Attributes.attr;
import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import dev.rxray.diagram.DiagramEdge;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Direction;
import dev.rxray.diagram.Endpoint;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.Theme;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.LinkTarget;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import guru.nidi.graphviz.model.Compass;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a figure into a Graphviz graph (graphviz-java's model) and DOT text. Nodes are HTML-like tables built by
 * {@link NodeLabels}; a table figure becomes a single node. Same figure and options, same DOT, byte for byte.
 */
public final class DotWriter {
    private DotWriter() {
    }

    public static String dot(Figure figure, DotOptions options) {
        return graph(figure, options).toString();
    }

    static MutableGraph graph(Figure figure, DotOptions options) {
        return switch (figure) {
            case GraphFigure graph -> graphOf(graph, options);
            case TableFigure table -> tableGraph(table, options);
        };
    }

    private static MutableGraph base(Figure figure, DotOptions options, Direction direction) {
        Theme theme = options.theme();
        MutableGraph graph = mutGraph(figure.id()).setDirected(true);
        graph.graphAttrs().add(attr("rankdir", direction == Direction.LEFT_RIGHT ? "LR" : "TB"))
                .graphAttrs().add(attr("bgcolor", theme.background()))
                .graphAttrs().add(attr("pad", "0.3"))
                .graphAttrs().add(attr("nodesep", "0.5"))
                .graphAttrs().add(attr("ranksep", "0.6"))
                .graphAttrs().add(attr("outputorder", "edgesfirst"))
                .graphAttrs().add(attr("fontname", Dot.SANS));
        if (options.withTitle() && !figure.title().isEmpty()) {
            // An empty row under the title keeps it from crowding a node at the top of the drawing.
            graph.graphAttrs().add(Label.html(new HtmlLabel()
                            .open("TABLE", HtmlLabel.attrs("BORDER", "0", "CELLBORDER", "0", "CELLPADDING", "0",
                                    "CELLSPACING", "0"))
                            .open("TR").open("TD", HtmlLabel.attrs("ALIGN", "LEFT"))
                            .text(figure.title(), Dot.SANS, theme.fontSize() + 4, theme.foreground(), true, false)
                            .close("TD").close("TR")
                            .open("TR").open("TD", HtmlLabel.attrs("HEIGHT", "12")).close("TD").close("TR")
                            .close("TABLE").toString()))
                    .graphAttrs().add(attr("labelloc", "t"))
                    .graphAttrs().add(attr("labeljust", "l"));
        }
        graph.nodeAttrs().add(attr("shape", "plain"))
                .nodeAttrs().add(attr("fontname", Dot.SANS))
                .nodeAttrs().add(attr("fontsize", Dot.number(theme.fontSize())));
        graph.linkAttrs().add(attr("fontname", Dot.SANS))
                .linkAttrs().add(attr("fontsize", Dot.number(theme.fontSize() - 1)))
                .linkAttrs().add(attr("arrowsize", "0.8"));
        return graph;
    }

    private static MutableGraph graphOf(GraphFigure figure, DotOptions options) {
        MutableGraph graph = base(figure, options, figure.direction());
        Map<String, MutableNode> nodes = new LinkedHashMap<>();
        for (DiagramNode node : figure.nodes()) {
            MutableNode dotNode = mutNode(node.id())
                    .add(attr("id", node.id()))
                    .add(Label.html(NodeLabels.node(node, options)));
            nodes.put(node.id(), dotNode);
            graph.add(dotNode);
        }
        for (DiagramEdge edge : figure.edges()) {
            MutableNode from = nodes.get(edge.from().nodeId());
            LinkTarget target = target(nodes.get(edge.to().nodeId()), edge.to());
            Link link = switch (edge.from()) {
                case Endpoint.Row(String nodeId, int row) ->
                        Link.between(from.port(NodeLabels.outPort(DiagramNode.rowId(nodeId, row)), Compass.EAST)
                                .port(), target);
                case Endpoint.WholeNode w -> Link.to(target);
            };
            from.addLink(link.with(edgeAttributes(edge, options)));
        }
        return graph;
    }

    private static LinkTarget target(MutableNode node, Endpoint end) {
        return switch (end) {
            case Endpoint.Row(String nodeId, int row) -> node.port(DiagramNode.rowId(nodeId, row), Compass.WEST);
            case Endpoint.WholeNode w -> node;
        };
    }

    private static guru.nidi.graphviz.attribute.Attributes<guru.nidi.graphviz.attribute.ForLink> edgeAttributes(
            DiagramEdge edge, DotOptions options) {
        Theme theme = options.theme();
        boolean lit = options.highlight().hasEdge(edge.id());
        String colour = lit ? theme.highlightStroke() : theme.edgeColour().get(edge.kind());
        double width = lit ? theme.strokeWidth() * 2.2 : theme.strokeWidth();
        String style = Theme.lineStyle(edge.kind()).name().toLowerCase(Locale.ROOT);
        guru.nidi.graphviz.attribute.Attributes<guru.nidi.graphviz.attribute.ForLink> attributes =
                guru.nidi.graphviz.attribute.Attributes.attrs(
                        attr("id", edge.id()),
                        attr("color", colour),
                        attr("fontcolor", colour),
                        attr("penwidth", Dot.number(width)),
                        attr("style", style));
        if (!edge.label().isEmpty()) {
            // A borderless padded table keeps labels of nested self-loops from touching each other.
            attributes = guru.nidi.graphviz.attribute.Attributes.attrs(attributes, Label.html(new HtmlLabel()
                    .open("TABLE", HtmlLabel.attrs("BORDER", "0", "CELLBORDER", "0", "CELLPADDING", "4"))
                    .open("TR").open("TD")
                    .text(edge.label(), Dot.SANS, theme.fontSize() - 1, colour, lit, false)
                    .close("TD").close("TR").close("TABLE").toString()));
        }
        return attributes;
    }

    private static MutableGraph tableGraph(TableFigure table, DotOptions options) {
        MutableGraph graph = base(table, options, Direction.TOP_DOWN);
        graph.add(mutNode(table.id())
                .add(attr("id", table.id()))
                .add(Label.html(TableLabels.table(table, options))));
        return graph;
    }
}
