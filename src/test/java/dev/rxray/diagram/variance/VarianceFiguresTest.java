package dev.rxray.diagram.variance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Badge;
import dev.rxray.diagram.DiagramEdge;
import dev.rxray.diagram.EdgeKind;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.TableCell;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.TableRow;
import dev.rxray.diagram.Tone;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.DotWriter;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import dev.rxray.syntax.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VarianceFiguresTest {
    /** Its exports may be the process's first Graphviz run, which fixes the engine the render goldens expect. */
    @org.junit.jupiter.api.BeforeAll
    static void embeddedGraphviz() {
        System.setProperty(dev.rxray.render.GraphvizRunner.ENGINE_PROPERTY, "v8");
    }


    private static final String HOLDER = """
            use std::cell::RefCell;
            struct Holder<'a, T, F> {
                r: &'a T,
                cache: RefCell<Vec<T>>,
                f: fn(F),
                n: usize,
            }
            struct Outer<'b, U> {
                inner: Holder<'b, U, u8>,
                plain: Holder<'static, u8, u8>,
            }
            struct Unused<X> {
                n: u32,
            }
            """;

    static PipelineResult run(String name, String text) {
        return Pipeline.run(SourceFile.of(name, text));
    }

    private static TableCell cell(TableFigure table, String row, String column) {
        TableRow r = java.util.stream.Stream.concat(table.rows().stream(), table.footer().stream())
                .filter(x -> x.label().equals(row)).findFirst().orElseThrow();
        int index = table.columns().stream().map(c -> c.label()).toList().indexOf(column);
        return r.cells().get(index);
    }

    @Test
    void oneRowPerFieldOneColumnPerParameterAndTheResultUnderneath() {
        TableFigure table = VarianceFigures.table(run("h.rs", HOLDER), "Holder").orElseThrow();
        assertThat(table.title()).isEqualTo("struct Holder<'a, T, F>");
        assertThat(table.columns()).extracting(c -> c.label()).containsExactly("'a", "T", "F");
        assertThat(table.rows()).extracting(TableRow::label).containsExactly("r", "cache", "f", "n");
        assertThat(table.rows().get(1).detail()).isEqualTo("RefCell<Vec<T>>");

        assertThat(cell(table, "r", "T").text()).isEqualTo("+");
        assertThat(cell(table, "r", "T").tone()).isEqualTo(Tone.COVARIANT);
        assertThat(cell(table, "cache", "T").word()).isEqualTo("invariant");
        assertThat(cell(table, "cache", "T").tooltip()).contains("RefCell").contains("invariant");
        assertThat(cell(table, "f", "F").tone()).isEqualTo(Tone.CONTRAVARIANT);
        assertThat(cell(table, "n", "T").word()).isEqualTo(VarianceTables.NOT_MENTIONED);
        assertThat(cell(table, "n", "T").tone()).isEqualTo(Tone.MUTED);
        assertThat(cell(table, "n", "T").tooltip()).contains("does not mention `T`");

        assertThat(table.footer()).hasSize(1);
        assertThat(cell(table, "result", "'a").text()).isEqualTo("+");
        assertThat(cell(table, "result", "T").text()).isEqualTo("o");
        assertThat(cell(table, "result", "T").tooltip()).isNotBlank();
        assertThat(cell(table, "result", "F").text()).isEqualTo("-");
        assertThat(table.footer().getFirst().label()).isEqualTo("result");
    }

    @Test
    void badgesCarryAutoTraitsAndDropCheckWithTheirReasons() {
        TableFigure table = VarianceFigures.table(run("h.rs", HOLDER), "Holder").orElseThrow();
        assertThat(table.badges()).extracting(Badge::label)
                .containsSubsequence("Send", "Sync", "Unpin", "drop glue", "drop check");
        Badge sync = table.badges().stream().filter(b -> b.label().equals("Sync")).findFirst().orElseThrow();
        assertThat(sync.value()).isEqualTo("no");
        assertThat(sync.tone()).isEqualTo(Tone.NO);
        assertThat(sync.tooltip()).isNotBlank();
        Badge drop = table.badges().stream().filter(b -> b.label().equals("drop check")).findFirst().orElseThrow();
        assertThat(drop.value()).contains("owns T");
        assertThat(drop.tooltip()).contains("T:");
    }

    @Test
    void anUnusedParameterShowsE0392WithItsPhantomDataFixes() {
        TableFigure table = VarianceFigures.table(run("h.rs", HOLDER), "Unused").orElseThrow();
        TableCell result = cell(table, "result", "X");
        assertThat(result.text()).isEqualTo("*");
        assertThat(result.tone()).isEqualTo(Tone.NO);
        assertThat(result.tooltip()).contains("PhantomData");
        Badge error = table.badges().stream().filter(b -> b.label().contains("X")).findFirst().orElseThrow();
        assertThat(error.label()).startsWith("E0392");
        assertThat(error.tooltip()).contains("fix: add a field of type `PhantomData<");
    }

    @Test
    void theGraphHasATypePerDeclarationAndEdgesLabelledWithTheParameterMapping() {
        GraphFigure graph = TypesGraph.graph(run("h.rs", HOLDER).types());
        assertThat(graph.nodes()).extracting(n -> n.title())
                .containsExactly("struct Holder<'a, T, F>", "struct Outer<'b, U>", "struct Unused<X>");
        assertThat(graph.edges()).hasSize(2);
        DiagramEdge inner = graph.edges().getFirst();
        assertThat(inner.from().nodeId()).isEqualTo(TypesGraph.nodeId("Outer"));
        assertThat(inner.to().nodeId()).isEqualTo(TypesGraph.nodeId("Holder"));
        assertThat(inner.label()).isEqualTo("inner: 'b +, U o");
        assertThat(inner.kind()).isEqualTo(EdgeKind.INVARIANT);
        assertThat(inner.tooltip()).contains("inner: Holder<'b, U, u8>");
        assertThat(graph.nodes().getFirst().fields().get(1).note()).isEqualTo("T o");
        DiagramEdge plain = graph.edges().get(1);
        assertThat(plain.label()).isEqualTo("plain");
        assertThat(plain.kind()).isEqualTo(EdgeKind.PLAIN);
    }

    @Test
    void exportGivesTheGraphThenEveryTableAndNothingForAnUnknownType() {
        PipelineResult result = run("h.rs", HOLDER);
        List<Figure> figures = VarianceFigures.all(result);
        assertThat(figures).hasSize(4);
        assertThat(figures.getFirst()).isInstanceOf(GraphFigure.class);
        assertThat(figures.subList(1, 4)).extracting(Figure::id).doesNotHaveDuplicates();
        assertThat(VarianceFigures.table(result, "Nope")).isEmpty();
        assertThat(VarianceFigures.typeNames(result)).containsExactly("Holder", "Outer", "Unused");
        assertThat(VarianceFigures.all(run("e.rs", "fn main() {}"))).isEmpty();
    }

    @Test
    void brokenOrOddInputStillGivesValidFigures() {
        for (String text : List.of("struct", "struct A<", "struct A<'a, T>(&'a T, T",
                "enum E<T> { A(T), B { x: *const T } }",
                "struct U;", "union V<T: Copy> { a: T, b: u8 }", "struct R<T> { next: Option<Box<R<T>>> }")) {
            List<Figure> figures = VarianceFigures.all(run("odd.rs", text));
            for (Figure figure : figures) {
                assertThat(DotWriter.dot(figure, DotOptions.VIEW)).as(text).startsWith("digraph");
            }
        }
    }

    @Test
    void sampleTableExportsAsPngAndPdf() throws Exception {
        PipelineResult result = run("many.rs", Files.readString(Path.of(System.getProperty("rxray.samples"),
                "variance", "struct_with_many_params.rs"), StandardCharsets.UTF_8));
        Path out = Path.of("target", "snapshots");
        Files.createDirectories(out);
        List<Figure> figures = new java.util.ArrayList<>(VarianceFigures.all(result));
        figures.add(TypesGraph.graph(run("h.rs", HOLDER).types()));
        for (Figure figure : figures) {
            for (ExportFormat format : List.of(ExportFormat.PNG, ExportFormat.SVG)) {
                Path target = out.resolve("variance-export-" + figures.indexOf(figure) + "-" + figure.id() + "."
                        + format.extension());
                ExportResult written = Exporter.export(ExportRequest.of(figure, format).withScale(1.5), target);
                assertThat(written).as(figure.id() + " " + format).isNotInstanceOf(ExportResult.Failed.class);
                assertThat(target).isNotEmptyFile();
            }
        }
    }
}
