package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Figure;
import dev.rxray.diagram.SampleFigures;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes every figure in every theme to {@code target/snapshots/export-*} for people to look at. */
class ExportSnapshotTest {
    private static final Path DIR = Path.of("target", "snapshots");

    @BeforeAll
    static void engine() throws IOException {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
        Files.createDirectories(DIR);
    }

    @Test
    void writesSnapshotsOfBothFiguresInEveryTheme() {
        Map<String, Figure> figures = Map.of("async", SampleFigures.asyncStateMachine(),
                "variance", SampleFigures.varianceTable(), "types", SampleFigures.typeGraph());
        for (var figure : figures.entrySet()) {
            for (Theme theme : List.of(Themes.LIGHT, Themes.DARK, Themes.PRINT)) {
                for (ExportFormat format : ExportFormat.values()) {
                    Path out = DIR.resolve("export-" + figure.getKey() + "-" + theme.name() + "."
                            + format.extension());
                    ExportResult result = Exporter.export(new ExportRequest(figure.getValue(), format, theme,
                            dev.rxray.diagram.Highlight.NONE, 2), out);
                    assertThat(result).as(out.toString()).isInstanceOf(ExportResult.Written.class);
                }
            }
        }
    }
}
