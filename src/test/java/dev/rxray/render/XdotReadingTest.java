package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Graphviz's xdot output as {@code dot -Txdot} writes it (quoting, line continuations, HTML labels, byte-counted
 * strings), read into statements and drawing operations.
 */
class XdotReadingTest {
    /** Written by {@code dot -Txdot} (Graphviz 2.43) for a node label with a quote, a backslash and an é. */
    private static final String LAYOUT = """
            digraph g {
            	graph [_draw_="c 9 -#fffffe00 C 7 -#ffffff P 4 -21.6 -21.6 -21.6 132.6 168.1 132.6 168.1 -21.6 ",
            		bb="0,0,146.5,111",
            		pad=0.3,
            		rankdir=TB,
            		xdotversion=1.7
            	];
            	node [fontname=Helvetica,
            		label="\\N",
            		shape=plain
            	];
            	a	[_ldraw_="S 5 -solid c 9 -#fffffe00 C 7 -#ffffff P 4 0 88 0 111 123 111 123 88 S 5 -solid c 9 -#fffffe00 \\
            C 7 -#eeeeee P 4 3.5 90.5 3.5 107.5 120.5 107.5 120.5 90.5 F 12 7 -Courier c 7 -#000000 t 1 T 5.5 96.9 -1 113 16 \\
            -Vec<u8> \\"q\\" \\ é S 5 -solid c 7 -#000000 p 4 0 88 0 111 123 111 123 88 ",
            		height=0.31944,
            		id=a,
            		label=<<TABLE BORDER="1"><TR><TD><B>Vec&lt;u8&gt; "q" \\ é</B></TD></TR></TABLE>>,
            		pos="61.5,99.5",
            		width=1.7083];
            	b	[height=0.34722,
            		id=b,
            		pos="61.5,12.5",
            		width=0.27778];
            	a:p:e -> b	[_draw_="S 6 -dashed c 7 -#000000 B 4 61.5 87.73 61.5 74.62 61.5 52.12 61.5 35.33 ",
            		_hdraw_="S 5 -solid c 7 -#000000 C 7 -#000000 P 3 65 35.27 61.5 25.27 58 35.27 ",
            		id="a-b",
            		lp="104,56.5",
            		style=dashed];
            }
            """;

    @Test
    void statementsAttributesQuotingAndHtmlLabelsAreRead() {
        XdotGraph graph = XdotGraph.read(LAYOUT);
        assertThat(graph.attribute("bb")).isEqualTo("0,0,146.5,111");
        assertThat(graph.attribute("pad")).isEqualTo("0.3");
        assertThat(graph.nodes()).extracting(XdotGraph.Statement::tail).containsExactly("a", "b");
        XdotGraph.Statement a = graph.nodes().getFirst();
        assertThat(a.attribute("label"))
                .isEqualTo("<TABLE BORDER=\"1\"><TR><TD><B>Vec&lt;u8&gt; \"q\" \\ é</B></TD></TR></TABLE>");
        assertThat(a.attribute("_ldraw_")).as("a line continuation joins the halves")
                .contains("-#fffffe00 C 7 -#eeeeee").doesNotContain("\n");
        assertThat(graph.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.tail()).isEqualTo("a");
            assertThat(edge.head()).isEqualTo("b");
            assertThat(edge.attribute("id")).isEqualTo("a-b");
        });
    }

    @Test
    void drawingOperationsCountStringsInUtf8BytesAndFlipY() {
        XdotGraph graph = XdotGraph.read(LAYOUT);
        List<DrawOp> ops = XdotOps.parse(graph.nodes().getFirst().attribute("_ldraw_"), y -> 111 - y);
        assertThat(ops).startsWith(new DrawOp.FontFlags(0), new DrawOp.Style("solid"),
                new DrawOp.Style("setlinewidth(1)"));
        assertThat(ops).contains(new DrawOp.Fill("#eeeeeeff"), new DrawOp.Font("Courier", 12),
                new DrawOp.FontFlags(1),
                new DrawOp.Text(new Point(5.5, 111 - 96.9), 'l', 113, "Vec<u8> \"q\" \\ é"),
                new DrawOp.Polygon(List.of(new Point(0, 23), new Point(0, 0), new Point(123, 0),
                        new Point(123, 23)), false));
        assertThat(ops.getLast()).isInstanceOf(DrawOp.Polygon.class);
        List<DrawOp> spline = XdotOps.parse(graph.edges().getFirst().attribute("_draw_"), y -> y);
        assertThat(spline).contains(new DrawOp.Style("dashed"), new DrawOp.Bezier(List.of(new Point(61.5, 87.73),
                new Point(61.5, 74.62), new Point(61.5, 52.12), new Point(61.5, 35.33)), false));
        assertThat(XdotOps.parse("", y -> y)).isEmpty();
    }

    @Test
    void aLayoutReadsIntoBoxesAndEdgesWithTheirLabels() throws Exception {
        LaidOutGraph graph = LayoutParser.parse(LAYOUT, dev.rxray.diagram.SampleFigures.varianceTable());
        assertThat(graph.width()).isEqualTo(146.5);
        assertThat(graph.height()).isEqualTo(111);
        LaidOutNode a = graph.node("a").orElseThrow();
        assertThat(a.box().centreX()).isEqualTo(61.5);
        assertThat(a.box().centreY()).isCloseTo(111 - 99.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(graph.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.id()).isEqualTo("a-b");
            assertThat(edge.spline()).hasSize(4);
            assertThat(edge.arrowhead()).hasSize(3);
        });
    }

    @Test
    void textThatIsNotGraphvizOutputIsAnErrorWithItsOffset() {
        assertThatThrownBy(() -> XdotGraph.read("digraph g { a [pos=\"1,2\" ")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> XdotOps.parse("Q 1 2", y -> y)).hasMessageContaining("unknown xdot operation");
        assertThatThrownBy(() -> LayoutParser.parse("digraph g { a -> }", dev.rxray.diagram.SampleFigures
                .varianceTable())).isInstanceOf(LayoutParser.MalformedLayout.class);
    }
}
