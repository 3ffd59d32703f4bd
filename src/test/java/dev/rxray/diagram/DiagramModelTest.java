package dev.rxray.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramModelTest {
    @Test
    void idsAreDerivedFromNamesInjectivelyAndSafely() {
        List<String> names = List.of("Foo<'a>", "Foo_'a_", "Foo__x3c_", "a b", "a_b", "a-b", "Suspend0", "0x", "",
                "T::Assoc", "<MemStore as Storage>::read", "ä");
        Set<String> ids = new HashSet<>();
        for (String name : names) {
            String id = DiagramId.from(name);
            assertThat(id).matches("[A-Za-z_][A-Za-z0-9_]*");
            assertThat(DiagramId.from(name)).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSameSizeAs(names);
    }

    @Test
    void aGraphRejectsDuplicateIdsAndEdgesToMissingNodesOrRows() {
        DiagramNode a = DiagramNode.of("A", NodeRole.STATE, List.of(Field.of("x", "u8")));
        assertThatThrownBy(() -> GraphFigure.builder("g").node(a).node(a).build())
                .hasMessageContaining("duplicate node id A");
        assertThatThrownBy(() -> GraphFigure.builder("g").node(a).edge("A", "B", EdgeKind.READY, "").build())
                .hasMessageContaining("missing node B");
        assertThatThrownBy(() -> GraphFigure.builder("g").node(a)
                .edge(Endpoint.row("A", 1), Endpoint.node("A"), EdgeKind.PLAIN, "", "").build())
                .hasMessageContaining("missing row 1");
    }

    @Test
    void parallelEdgesGetDistinctDeterministicIds() {
        DiagramNode a = DiagramNode.of("A", NodeRole.STATE, List.of());
        GraphFigure graph = GraphFigure.builder("g").node(a)
                .edge("A", "A", EdgeKind.PENDING, "Pending").edge("A", "A", EdgeKind.PENDING, "again").build();
        assertThat(graph.edges()).extracting(DiagramEdge::id).containsExactly("A-pending-A", "A-pending-A-2");
        assertThat(graph.edges().getFirst().isSelfLoop()).isTrue();
    }

    @Test
    void aTableRowMustHaveOneCellPerColumn() {
        assertThatThrownBy(() -> new TableFigure("t", "t", "field", List.of(TableColumn.of("T")),
                List.of(TableRow.of("x", "T", List.of())), List.of(), List.of()))
                .hasMessageContaining("0 cells for 1 columns");
    }

    @Test
    void themesCoverEveryRoleKindAndToneWithValidColours() {
        for (Theme theme : List.of(Themes.LIGHT, Themes.DARK, Themes.PRINT)) {
            assertThat(theme.titleFill()).hasSize(NodeRole.values().length);
            assertThat(theme.edgeColour()).hasSize(EdgeKind.values().length);
            assertThat(theme.toneForeground()).hasSize(Tone.values().length);
        }
        assertThat(Theme.named("DARK")).isSameAs(Themes.DARK);
        assertThatThrownBy(() -> new Theme("bad", "red", "#000000", "#000000", "#000000", "#000000", "#000000",
                Map.of(), Map.of(), Map.of(), Map.of(), "#000000", "#000000", "#000000", 12, 1))
                .hasMessageContaining("not a #rrggbb colour: red");
    }

    @Test
    void highlightsAreSortedAndSeparateFromTheFigure() {
        Highlight highlight = Highlight.of(List.of("b", "a"), List.of(), List.of("n-r1")).withCurrent("c");
        assertThat(highlight.nodes()).containsExactly("a", "b");
        assertThat(highlight.hasNode("c")).isTrue();
        assertThat(highlight.hasRow("n-r1")).isTrue();
        assertThat(Highlight.NONE.isEmpty()).isTrue();
    }
}
