package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Figure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.SampleFigures;
import dev.rxray.diagram.Themes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DOT and SVG of the two hand-built figures, compared byte for byte with goldens made by the embedded engine. */
class DotAndSvgGoldenTest {
    @BeforeAll
    static void embeddedEngine() {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
    }

    @Test
    void asyncStateMachineDotAndSvgMatchTheirGoldens() throws Exception {
        Figure figure = SampleFigures.asyncStateMachine();
        Goldens.check("async-state-machine.dot", text(figure, ExportFormat.DOT));
        Goldens.check("async-state-machine.svg", text(figure, ExportFormat.SVG));
    }

    @Test
    void varianceTableDotAndSvgMatchTheirGoldens() throws Exception {
        Figure figure = SampleFigures.varianceTable();
        Goldens.check("variance-table.dot", text(figure, ExportFormat.DOT));
        Goldens.check("variance-table.svg", text(figure, ExportFormat.SVG));
    }

    @Test
    void aHighlightedStepHasItsOwnGolden() throws Exception {
        ExportRequest request = ExportRequest.of(SampleFigures.asyncStateMachine(), ExportFormat.DOT)
                .withTheme(Themes.PRINT)
                .withHighlight(Highlight.of(List.of(), List.of("Suspend0-ready-Suspend1"), List.of("Suspend0-r3"))
                        .withCurrent("Suspend0"));
        Goldens.check("async-state-machine-step-print.dot", text(request));
    }

    @Test
    void sameFigureGivesByteIdenticalDotAndSvg() {
        for (Figure figure : List.of(SampleFigures.asyncStateMachine(), SampleFigures.varianceTable())) {
            for (ExportFormat format : List.of(ExportFormat.DOT, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.PNG)) {
                byte[] first = bytes(ExportRequest.of(figure, format));
                byte[] second = bytes(ExportRequest.of(figure, format));
                assertThat(second).as(figure.id() + " " + format).isEqualTo(first);
            }
        }
    }

    @Test
    void everyRustTypeCharacterIsEscapedInTheDot() {
        String dot = DotWriter.dot(SampleFigures.asyncStateMachine(), DotOptions.VIEW);
        assertThat(dot).contains("MutexGuard&lt;&#39;_, Map&lt;&amp;str, (u8|u16)&gt;&gt;")
                .contains("{async fn body of fetch()}")
                .doesNotContain("Map<&str");
    }

    private static String text(Figure figure, ExportFormat format) {
        return text(ExportRequest.of(figure, format));
    }

    private static String text(ExportRequest request) {
        return new String(bytes(request), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ExportRequest request) {
        ExportResult result = Exporter.render(request);
        assertThat(result).isInstanceOf(ExportResult.Rendered.class);
        return ((ExportResult.Rendered) result).bytes();
    }
}
