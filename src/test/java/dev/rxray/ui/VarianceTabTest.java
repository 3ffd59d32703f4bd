package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.samples.Sample;
import dev.rxray.samples.SampleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Variance tab inside the app: it follows View > theme live (table and graph in the diagram palette of the
 * look), and the Export Diagram / Copy Diagram menu items follow the visible side tab. Writes
 * target/snapshots/variance-dark.png and variance-light.png with a cell hovered.
 */
@ExtendWith(ApplicationExtension.class)
class VarianceTabTest {
    @TempDir
    static Path scratch;

    private MainWindow window;
    private SampleCatalog catalog;
    private Stage stage;

    /**
     * Graphviz's engine is chosen once per process at its first run; the render goldens are made with the embedded
     * one, so a test that may run first asks for it too.
     */
    @org.junit.jupiter.api.BeforeAll
    static void embeddedGraphviz() {
        System.setProperty(dev.rxray.render.GraphvizRunner.ENGINE_PROPERTY, "v8");
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path config = Files.createTempDirectory(scratch, "config");
        catalog = SampleCatalog.bundled();
        window = new MainWindow(stage, config, catalog, EditorServices.standard(), new UiTestSupport.RecordingDialogs());
        window.start(Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private void open(String id) {
        Sample sample = catalog.find(id).orElseThrow();
        runOnFx(() -> window.session().openSample(sample));
        waitUntil("the sample is analysed", seconds(20), () -> window.shownAnalysis()
                .map(a -> a.result().source().text().equals(sample.text())).orElse(false));
    }

    private MenuItem menuItem(String id) {
        return onFx(() -> window.menus().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    private Paint tableBackground() {
        return onFx(() -> ((Region) window.variance().table()).getBackground().getFills().getFirst().getFill());
    }

    private Paint graphBackground() {
        return onFx(() -> window.variance().graph().getBackground().getFills().getFirst().getFill());
    }

    private javafx.scene.control.TabPane pages() {
        return (javafx.scene.control.TabPane) window.variance().view().lookup(".rx-variance-pages");
    }

    @Test
    void followsTheThemeLiveAndWritesSnapshotsWithACellHovered(FxRobot robot) {
        runOnFx(() -> window.applyTheme(Theme.DARK));
        runOnFx(() -> window.sidePanels().select(window.variance()));
        open("variance/struct_with_many_params.rs");
        waitUntil("the graph is laid out", seconds(20),
                () -> !window.variance().graph().lookupAll(".diagram-node").isEmpty());

        robot.moveTo("#f-output-p-T");
        assertThat(onFx(() -> window.variance().reasonText())).startsWith("output \u00d7 T:")
                .contains("invariant");
        assertThat(tableBackground()).isEqualTo(Color.web("#0d1117"));
        assertThat(graphBackground()).isEqualTo(Color.web("#0d1117"));
        UiTestSupport.sleep(300);
        assertThat(UiTestSupport.snapshot(stage.getScene(), "variance-dark")).isNotEmptyFile();
        for (int page = 1; page <= 3; page++) {
            int selected = page;
            runOnFx(() -> pages().getSelectionModel().select(selected));
            UiTestSupport.sleep(300);
            UiTestSupport.snapshot(stage.getScene(), "variance-dark-" + onFx(() -> pages().getTabs().get(selected)
                    .getText().toLowerCase(java.util.Locale.ROOT)));
        }
        runOnFx(() -> pages().getSelectionModel().select(0));

        runOnFx(() -> window.applyTheme(Theme.LIGHT));
        robot.moveTo("#f-keep-p-T");
        assertThat(onFx(() -> window.variance().reasonText())).startsWith("keep \u00d7 T:")
                .contains("contravariant");
        assertThat(tableBackground()).isEqualTo(Color.WHITE);
        assertThat(graphBackground()).isEqualTo(Color.WHITE);
        UiTestSupport.sleep(300);
        assertThat(UiTestSupport.snapshot(stage.getScene(), "variance-light")).isNotEmptyFile();
    }

    /** Other samples as a user opens them from the browser, for a person to look at; the title names the type. */
    @Test
    void writesSnapshotsOfThreeSamples(FxRobot robot) {
        runOnFx(() -> window.applyTheme(Theme.LIGHT));
        runOnFx(() -> window.sidePanels().select(window.variance()));
        for (String id : java.util.List.of("phantom/typed_ids.rs", "phantom/drop_check.rs",
                "variance/recursive_list.rs")) {
            open(id);
            String type = onFx(() -> window.variance().picker().getValue());
            assertThat(onFx(() -> ((javafx.scene.control.Label) window.variance().table().lookup(".table-title"))
                    .getText())).contains(type);
            String name = id.substring(id.indexOf('/') + 1, id.length() - 3);
            runOnFx(() -> pages().getSelectionModel().select(0));
            UiTestSupport.sleep(300);
            UiTestSupport.snapshot(stage.getScene(), "variance-review-" + name);
            runOnFx(() -> pages().getSelectionModel().select(1));
            UiTestSupport.sleep(500);
            UiTestSupport.snapshot(stage.getScene(), "variance-review-" + name + "-graph");
        }
        runOnFx(() -> pages().getSelectionModel().select(3));
        UiTestSupport.sleep(300);
        UiTestSupport.snapshot(stage.getScene(), "variance-review-subtyping");
    }

    @Test
    void theDiagramMenuItemsFollowTheVisibleTab(FxRobot robot) {
        open("phantom/typed_ids.rs");
        MenuItem export = menuItem("export-diagram");
        MenuItem copy = menuItem("copy-diagram");
        assertThat(onFx(() -> window.sidePanels().visible().orElseThrow().title())).isEqualTo("Outline");
        assertThat(onFx(export::isDisable)).isTrue();
        assertThat(onFx(copy::isDisable)).isTrue();
        assertThat(onFx(() -> export.getAccelerator().getName())).isEqualTo("Shortcut+E");
        assertThat(onFx(() -> ((Menu) copy.getParentMenu()).getText())).isEqualTo("Edit");

        runOnFx(() -> window.sidePanels().select(window.variance()));
        assertThat(onFx(export::isDisable)).isFalse();
        runOnFx(copy::fire);
        waitUntil("the copy is reported", seconds(30),
                () -> window.variance().message().getText().contains("copied to the clipboard"));

        open("async/rc_across_await.rs");
        runOnFx(() -> window.sidePanels().select(window.sidePanels().byTitle("Async").orElseThrow()));
        waitUntil("the async machine can be exported from the menu", seconds(30), () -> !onFx(export::isDisable));
        assertThat(onFx(copy::isDisable)).isFalse();
        runOnFx(copy::fire);
        waitUntil("the async copy is reported", seconds(30), () -> robot.lookup(".rx-async-step")
                .queryAs(javafx.scene.control.Label.class).getText().contains("copied to the clipboard"));

        runOnFx(() -> window.session().openScratch("fn main() {}\n"));
        waitUntil("the scratch text is analysed", seconds(20), () -> window.shownAnalysis()
                .map(a -> a.result().source().text().equals("fn main() {}\n")).orElse(false));
        assertThat(onFx(export::isDisable)).isTrue();
    }
}
