package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.samples.Sample;
import dev.rxray.samples.SampleCatalog;
import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The app as a user meets it, with the real pipeline: it opens on the default sample, a syntax error typed into the
 * editor shows up in the diagnostics list, and clicking it moves the caret there. Also writes the window's
 * snapshots in both themes to target/snapshots.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path scratch;

    private MainWindow window;
    private SampleCatalog catalog;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path config = Files.createTempDirectory(scratch, "config");
        catalog = UiTestSupport.samples(scratch);
        window = new MainWindow(stage, config, catalog, EditorServices.standard(), new UiTestSupport.RecordingDialogs());
        window.start(Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void opensOnTheDefaultSample(FxRobot robot) {
        Sample expected = catalog.defaultSample().orElseThrow();
        assertThat(onFx(() -> window.editor().text())).isEqualTo(expected.text());
        assertThat(onFx(stage::getTitle)).startsWith(expected.fileName()).doesNotContain("\u2022");
        waitUntil("the first analysis is shown", seconds(10), () -> window.shownAnalysis().isPresent());
        assertThat(onFx(() -> window.samples().tree().getSelectionModel().getSelectedItem().getValue()))
                .isEqualTo(new SampleBrowser.Entry.Item(expected));
    }

    @Test
    void aTypedSyntaxErrorIsListedAndClickingItMovesTheCaret(FxRobot robot) {
        assumeTrue(!RustSyntax.parse(SourceFile.of("probe.rs", "fn (")).diagnostics().isEmpty(),
                "needs the real parser, which reports errors; the placeholder parser reports none");
        waitUntil("the first analysis is shown", seconds(10), () -> window.shownAnalysis().isPresent());
        assertThat(onFx(() -> window.diagnostics().list().getItems())).isEmpty();

        robot.clickOn(window.editor().area());
        runOnFx(() -> window.editor().area().moveTo(window.editor().area().getLength()));
        robot.write("\nfn (");
        // Typing is slow under load: an analysis of a partly typed text can be shown first, so wait for the one
        // computed from the whole text before reading the list.
        waitUntil("the typed text is analysed", seconds(10), () -> window.shownAnalysis()
                .map(a -> a.result().source().text().equals(window.editor().area().getText())).orElse(false));
        waitUntil("a diagnostic is listed", seconds(10), () -> !window.diagnostics().list().getItems().isEmpty());
        assertThat(onFx(stage::getTitle)).contains("\u2022");

        Diagnostic first = onFx(() -> window.diagnostics().list().getItems().getFirst());
        runOnFx(() -> window.editor().area().moveTo(0));
        // The list's cells are made on the next layout pulse after its items change.
        waitUntil("the list shows the diagnostic", seconds(10), () -> robot.lookup(".rx-diagnostics .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(c -> c.getItem() != null));
        ListCell<?> cell = robot.lookup(".rx-diagnostics .list-cell").nth(0).queryAs(ListCell.class);
        robot.clickOn(cell);
        assertThat(onFx(() -> window.editor().area().getCaretPosition())).isEqualTo(first.span().startOffset());
        assertThat(onFx(() -> window.editor().area().isFocused())).isTrue();
        waitUntil("the restyle is done", seconds(10), () -> window.editor().styles().idle());
        assertThat(UiTestSupport.snapshot(stage.getScene(), "app-diagnostic")).isNotEmptyFile();
    }

    @Test
    void writesSnapshotsInBothThemes(FxRobot robot) {
        waitUntil("the first analysis is shown", seconds(10), () -> window.shownAnalysis().isPresent());
        runOnFx(() -> window.applyTheme(Theme.LIGHT));
        UiTestSupport.sleep(300);
        Path light = UiTestSupport.snapshot(stage.getScene(), "app-light");
        runOnFx(() -> window.applyTheme(Theme.DARK));
        UiTestSupport.sleep(300);
        Path dark = UiTestSupport.snapshot(stage.getScene(), "app-dark");
        runOnFx(() -> window.applyTheme(Theme.LIGHT));
        assertThat(light).isNotEmptyFile();
        assertThat(dark).isNotEmptyFile();
    }
}
