package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.SampleFigures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses a recorded Graphviz xdot layout of the async sample (a file, so the parser is tested without an engine),
 * and checks that a live layout agrees with it.
 */
class LayoutParserTest {
    private static final GraphFigure FIGURE = SampleFigures.asyncStateMachine();
    private static String recorded;

    @BeforeAll
    static void read() throws Exception {
        try (var in = LayoutParserTest.class.getResourceAsStream("async-state-machine.layout.xdot")) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyNodeAndEdgeOfTheFigureIsPlacedInsideTheDrawing() throws Exception {
        LaidOutGraph graph = LayoutParser.parse(recorded, FIGURE);
        assertThat(graph.nodes()).extracting(LaidOutNode::id)
                .containsExactly("Unresumed", "Suspend0", "Suspend1", "Returned", "Panicked");
        assertThat(graph.edges()).extracting(LaidOutEdge::id)
                .containsExactlyElementsOf(FIGURE.edges().stream().map(e -> e.id()).toList());
        Box drawing = new Box(0, 0, graph.width(), graph.height());
        for (LaidOutNode node : graph.nodes()) {
            assertThat(node.box().width()).isPositive();
            assertThat(inside(node.box(), drawing)).as(node.id()).isTrue();
        }
        for (LaidOutEdge edge : graph.edges()) {
            assertThat((edge.spline().size() - 1) % 3).as(edge.id()).isZero();
            assertThat(edge.spline().size()).isGreaterThanOrEqualTo(4);
            assertThat(edge.arrowhead()).as(edge.id()).hasSize(3);
            assertThat(edge.hasLabel()).isTrue();
        }
    }

    @Test
    void rowsAreRecoveredInOrderUnderTheTitleAndInsideTheirNode() throws Exception {
        LaidOutGraph graph = LayoutParser.parse(recorded, FIGURE);
        for (DiagramNode node : FIGURE.nodes()) {
            LaidOutNode laid = graph.node(node.id()).orElseThrow();
            assertThat(laid.rows()).as(node.id()).hasSize(node.fields().size());
            double top = laid.title().y() + laid.title().height();
            for (LaidOutRow row : laid.rows()) {
                assertThat(row.box().y()).isGreaterThanOrEqualTo(top - 0.01);
                assertThat(inside(row.box(), laid.box())).isTrue();
                assertThat(row.cells()).hasSize(3);
                assertThat(row.cells().get(0).x()).isLessThan(row.cells().get(1).x());
                assertThat(row.cells().get(1).x()).isLessThan(row.cells().get(2).x());
                top = row.box().y() + row.box().height();
            }
        }
    }

    @Test
    void yGrowsDownwards() throws Exception {
        LaidOutGraph graph = LayoutParser.parse(recorded, FIGURE);
        double unresumed = graph.node("Unresumed").orElseThrow().box().y();
        double returned = graph.node("Returned").orElseThrow().box().y();
        assertThat(unresumed).isLessThan(returned);
    }

    @Test
    void whenTheCellsDoNotMatchTheFigureRowsAreLeftEmptyForTheViewToSpaceEvenly() throws Exception {
        GraphFigure other = GraphFigure.builder("other")
                .node(DiagramNode.of("Suspend0", dev.rxray.diagram.NodeRole.STATE,
                        List.of(dev.rxray.diagram.Field.of("x", "u8"))))
                .build();
        LaidOutGraph graph = LayoutParser.parse(recorded, other);
        assertThat(graph.node("Suspend0").orElseThrow().rows()).isEmpty();
    }

    @Test
    void textThatIsNotALayoutIsAnErrorValueNotACrash() {
        assertThatThrownBy(() -> LayoutParser.parse("{ not a layout", FIGURE))
                .isInstanceOf(LayoutParser.MalformedLayout.class);
    }

    @Test
    void aLiveLayoutMatchesTheRecordedOne() {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
        if (Boolean.getBoolean("golden.update")) {
            // -Dgolden.update=true records the layout again, as the embedded engine makes it.
            RenderOutcome xdot = GraphvizRunner.shared().renderNow(DotWriter.dot(FIGURE, DotOptions.VIEW),
                    guru.nidi.graphviz.engine.Format.XDOT, Duration.ofSeconds(30));
            assertThat(xdot).isInstanceOf(RenderOutcome.Rendered.class);
            recorded = ((RenderOutcome.Rendered) xdot).text();
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("src", "test", "resources", "dev", "rxray",
                        "render", "async-state-machine.layout.xdot"), recorded, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        LayoutOutcome outcome = LayoutService.layoutNow(FIGURE, DotOptions.VIEW, Duration.ofSeconds(30));
        assertThat(outcome).isInstanceOf(LayoutOutcome.Laid.class);
        LaidOutGraph live = ((LayoutOutcome.Laid) outcome).graph();
        try {
            assertThat(live).isEqualTo(LayoutParser.parse(recorded, FIGURE));
        } catch (LayoutParser.MalformedLayout e) {
            throw new AssertionError(e);
        }
    }

    private static boolean inside(Box inner, Box outer) {
        double e = 0.51;
        return inner.x() >= outer.x() - e && inner.y() >= outer.y() - e
                && inner.x() + inner.width() <= outer.x() + outer.width() + e
                && inner.y() + inner.height() <= outer.y() + outer.height() + e;
    }
}
