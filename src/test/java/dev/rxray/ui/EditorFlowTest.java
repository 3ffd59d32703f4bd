package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.outline.OutlineItem;
import dev.rxray.syntax.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The edit loop on results chosen by the test (see {@link FakeAnalysis}): colours, the wavy underline and gutter
 * marker, the diagnostics list and its click, the outline in both directions.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFlowTest {
    private static final String TEXT = """
            fn first() {
                let a = 1;
            }

            fn second() {
                let b = "two";
            }
            """;

    @TempDir
    static Path scratch;

    private MainWindow window;
    private dev.rxray.samples.SampleCatalog catalog;

    @Start
    void start(Stage stage) throws IOException {
        Path config = Files.createTempDirectory(scratch, "config");
        catalog = UiTestSupport.samples(scratch);
        window = new MainWindow(stage, config, catalog, FakeAnalysis.services(),
                new UiTestSupport.RecordingDialogs());
        window.start(Optional.empty());
        window.session().openScratch(TEXT);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private void waitForAnalysisOfCurrentText() {
        waitUntil("the analysis of the current text is shown", seconds(20), () -> window.shownAnalysis()
                .map(a -> a.result().source().text().equals(window.editor().text())).orElse(false)
                && window.editor().styles().idle());
        UiTestSupport.sleep(50);
    }

    private static boolean contains(int[] values, int wanted) {
        return java.util.Arrays.stream(values).anyMatch(v -> v == wanted);
    }

    private Collection<String> styleAt(int offset) {
        return onFx(() -> window.editor().area().getStyleOfChar(offset));
    }

    @Test
    void tokensAreColouredByClass() {
        waitForAnalysisOfCurrentText();
        assertThat(styleAt(0)).containsExactly("tok-keyword");
        assertThat(styleAt(TEXT.indexOf("1;"))).containsExactly("tok-number");
        assertThat(styleAt(TEXT.indexOf("\"two\"") + 1)).containsExactly("tok-string");
    }

    @Test
    void aTypedErrorIsUnderlinedMarkedListedAndClickable(FxRobot robot) {
        waitForAnalysisOfCurrentText();
        robot.clickOn(window.editor().area());
        runOnFx(() -> window.editor().area().moveTo(window.editor().area().getLength()));
        robot.write("fn (");
        waitForAnalysisOfCurrentText();

        Diagnostic diagnostic = onFx(() -> window.diagnostics().list().getItems().getFirst());
        assertThat(DiagnosticsPane.describe(diagnostic)).isEqualTo("8:4  " + FakeAnalysis.ERROR_MESSAGE);
        assertThat(styleAt(diagnostic.span().startOffset())).contains("diag-error");
        waitUntil("the gutter shows the marker", seconds(5),
                () -> window.editor().gutter().hasMarker(7) && contains(window.editor().gutter().drawnParagraphs(), 7));
        assertThat(window.status().message()).isNotNull();

        javafx.geometry.Bounds underlined = onFx(() -> window.editor().area()
                .getCharacterBoundsOnScreen(diagnostic.span().startOffset(), diagnostic.span().startOffset() + 1).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(underlined.getCenterX(), underlined.getCenterY()));
        waitUntil("the message shows on hover", seconds(5), () -> window.editor().hoverTip().isShowing());
        assertThat(onFx(() -> window.editor().hoverTip().getText())).isEqualTo("error: " + FakeAnalysis.ERROR_MESSAGE);

        runOnFx(() -> window.editor().area().moveTo(0));
        robot.clickOn(robot.lookup(".rx-diagnostics .list-cell").nth(0).queryAs(ListCell.class));
        assertThat(onFx(() -> window.editor().area().getCaretPosition())).isEqualTo(diagnostic.span().startOffset());
        assertThat(onFx(() -> window.editor().area().isFocused())).isTrue();

        // Fixing the error removes the underline, the marker and the row.
        runOnFx(() -> window.editor().area().replaceText(TEXT));
        waitForAnalysisOfCurrentText();
        assertThat(onFx(() -> window.diagnostics().list().getItems())).isEmpty();
        assertThat(onFx(() -> window.editor().gutter().hasMarker(7))).isFalse();
    }

    @Test
    void clickingAnOutlineItemSelectsItsSpanAndTheCaretSelectsItsItem(FxRobot robot) {
        waitForAnalysisOfCurrentText();
        TreeCell<?> second = robot.lookup(".rx-outline .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof OutlineItem item && item.name().equals("second"))
                .findFirst().orElseThrow();
        robot.clickOn(second);
        int start = TEXT.indexOf("fn second");
        assertThat(onFx(() -> window.editor().area().getSelectedText())).startsWith("fn second()").endsWith("}");
        assertThat(onFx(() -> window.editor().area().getSelection().getStart())).isEqualTo(start);

        runOnFx(() -> window.editor().area().moveTo(TEXT.indexOf("let a")));
        waitUntil("the outline follows the caret", seconds(5), () -> {
            var selected = window.outline().tree().getSelectionModel().getSelectedItem();
            return selected != null && selected.getValue().name().equals("first");
        });
        assertThat(onFx(() -> window.editor().area().getSelectedText()))
                .as("following the caret must not select text in the editor").isEmpty();
    }

    @Test
    void theCurrentLineBandFollowsTheCaret() {
        waitForAnalysisOfCurrentText();
        runOnFx(() -> window.editor().area().moveTo(TEXT.indexOf("let b")));
        waitUntil("the band lies on the caret's line", seconds(5), () -> {
            var band = window.editor().currentLineBand();
            var line = window.editor().area().getParagraphBoundsOnScreen(5);
            var bandOnScreen = band.localToScreen(band.getBoundsInLocal());
            return band.isVisible() && line.isPresent()
                    && Math.abs(bandOnScreen.getMinY() - line.get().getMinY()) < 0.5
                    && Math.abs(bandOnScreen.getHeight() - line.get().getHeight()) < 0.5;
        });
    }

    /** Colours and diagnostics as they look, from the stand-in lexer, for a person to judge both palettes. */
    @Test
    void writesSnapshotsOfColoursAndAnError(FxRobot robot) {
        String sample = catalog.defaultSample().orElseThrow().text();
        runOnFx(() -> window.session().openScratch(sample.replace("fn main()", "fn (")));
        waitForAnalysisOfCurrentText();
        runOnFx(() -> window.editor().area().moveTo(sample.indexOf("fn main()") + 4));
        runOnFx(() -> window.applyTheme(Theme.LIGHT));
        UiTestSupport.sleep(200);
        Path light = UiTestSupport.snapshot(window.editor().area().getScene(), "editor-colours-light");
        runOnFx(() -> window.applyTheme(Theme.DARK));
        UiTestSupport.sleep(200);
        Path dark = UiTestSupport.snapshot(window.editor().area().getScene(), "editor-colours-dark");
        runOnFx(() -> window.applyTheme(Theme.LIGHT));
        assertThat(light).isNotEmptyFile();
        assertThat(dark).isNotEmptyFile();
    }

    @Test
    void theTitleShowsTheNameAndAMarkWhenModified(FxRobot robot) {
        waitForAnalysisOfCurrentText();
        assertThat(onFx(() -> robot.window(0) instanceof Stage s ? s.getTitle() : "")).isEqualTo("untitled.rs \u2014 Rust X-Ray");
        runOnFx(() -> window.editor().area().insertText(0, "// edit\n"));
        assertThat(onFx(() -> ((Stage) robot.window(0)).getTitle())).isEqualTo("untitled.rs \u2022 \u2014 Rust X-Ray");
        runOnFx(() -> window.editor().area().undo());
        assertThat(onFx(() -> ((Stage) robot.window(0)).getTitle())).isEqualTo("untitled.rs \u2014 Rust X-Ray");
    }
}
