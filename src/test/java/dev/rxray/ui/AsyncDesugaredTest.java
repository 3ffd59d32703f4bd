package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.desugar.DesugaredCoroutine;
import dev.rxray.analysis.async.desugar.DesugaredLine;
import dev.rxray.ui.async.AsyncTab;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Desugared view of the Async tab, the awaitee link to a nested machine and the field hover, in the running
 * app. Writes target/snapshots/async-desugared.png.
 */
@ExtendWith(ApplicationExtension.class)
class AsyncDesugaredTest {
    @TempDir
    static Path scratch;

    private static final String SOURCE = """
            async fn fetch(id: u32) -> u32 {
                let doubled = id * 2;
                std::future::ready(()).await;
                doubled
            }

            async fn checkout(items: Vec<u32>) -> u32 {
                let mut total = 0;
                for item in items {
                    total += fetch(item).await;
                }
                let label = String::from("done");
                let last = fetch(total).await;
                println!("{label}");
                last
            }

            fn main() {}
            """;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = UiTestSupport.openWindow(stage, scratch);
    }

    @Test
    void desugaredLinesStatesAndSourceFollowEachOther(FxRobot robot) {
        AsyncTab tab = openCheckout(robot);
        runOnFx(tab::showDesugared);
        CodeArea area = robot.lookup(".rx-desugar").queryAs(CodeArea.class);
        waitUntil("the desugared code is on show", seconds(10), () -> area.getScene() != null
                && area.getText().contains("enum CheckoutFuture"));
        DesugaredCoroutine model = onFx(() -> tab.desugared().orElseThrow());
        // The statement also runs in Unresumed's arm (when the loop runs no round): click it in Suspend0's.
        int line = indexOf(model, "let label = String::from(\"done\");", 1);

        clickLine(robot, area, line);
        assertThat(onFx(() -> window.editor().area().getSelectedText()))
                .isEqualTo("let label = String::from(\"done\");");
        assertThat(onFx(tab::selectedState)).isEqualTo("Suspend0");
        assertThat(onFx(tab::markedDesugaredLines)).containsExactly(line);
        UiTestSupport.sleep(300);
        assertThat(UiTestSupport.snapshot(stage.getScene(), "async-desugared")).isNotEmptyFile();
        runOnFx(() -> window.applyTheme(Theme.DARK));
        UiTestSupport.sleep(300);
        assertThat(UiTestSupport.snapshot(stage.getScene(), "async-desugared-dark")).isNotEmptyFile();
        runOnFx(() -> window.applyTheme(Theme.LIGHT));

        int println = SOURCE.indexOf("println!");
        runOnFx(() -> tab.caretMoved(println));
        int printed = indexOf(model, "println!(\"{label}\");");
        assertThat(onFx(tab::markedDesugaredLines)).containsExactly(printed);

        runOnFx(tab::showGraph);
        Node suspend0 = robot.lookup("#Suspend0").query();
        assertThat(onFx(() -> suspend0.getPseudoClassStates().toString())).contains("highlighted");
        robot.clickOn(robot.lookup("#Suspend1").queryAs(Node.class));
        int arm = model.armStart(2);
        assertThat(onFx(tab::markedDesugaredLines)).first().isEqualTo(arm);
        assertThat(model.lines().get(arm).text().strip()).isEqualTo("Suspend1 => {");
    }

    @Test
    void theAwaiteeOpensTheAwaitedMachineAndBackReturns(FxRobot robot) {
        AsyncTab tab = openCheckout(robot);
        String awaiteeRow = onFx(() -> {
            var node = tab.figure().orElseThrow().node("Suspend1").orElseThrow();
            for (int i = 0; i < node.fields().size(); i++) {
                if (node.fields().get(i).label().equals("__awaitee")) {
                    return node.rowId(i);
                }
            }
            throw new AssertionError("no awaitee row");
        });
        robot.moveTo(robot.lookup("#" + awaiteeRow).queryAs(Node.class));
        robot.clickOn(robot.lookup("#" + awaiteeRow).queryAs(Node.class));
        waitUntil("the awaited machine is chosen", seconds(10), () -> tab.machineName().equals("fetch"));
        waitUntil("its graph is laid out", seconds(60),
                () -> tab.laidOut() && tab.figure().orElseThrow().title().contains("fetch"));
        assertThat(UiTestSupport.snapshot(stage.getScene(), "async-awaited-machine")).isNotEmptyFile();
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().startsWith("\u2190 Back")).queryAs(Node.class));
        assertThat(onFx(tab::machineName)).isEqualTo("checkout");
    }

    @Test
    void hoveringASavedLocalSelectsItsDeclaration(FxRobot robot) {
        AsyncTab tab = openCheckout(robot);
        String labelRow = onFx(() -> {
            var node = tab.figure().orElseThrow().node("Suspend1").orElseThrow();
            for (int i = 0; i < node.fields().size(); i++) {
                if (node.fields().get(i).label().equals("label")) {
                    return node.rowId(i);
                }
            }
            throw new AssertionError("no row for the saved local `label`");
        });
        robot.moveTo(robot.lookup("#" + labelRow).queryAs(Node.class));
        waitUntil("the declaration is selected", seconds(5),
                () -> window.editor().area().getSelectedText().equals("label"));
        int declared = SOURCE.indexOf("let label") + "let ".length();
        assertThat(onFx(() -> window.editor().area().getSelection().getStart())).isEqualTo(declared);
        String status = onFx(() -> robot.lookup(".rx-async-step").queryAs(javafx.scene.control.Label.class)
                .getText());
        assertThat(status).startsWith("label: let label = String::from(\"done\"); · line 12:9");
    }

    private AsyncTab openCheckout(FxRobot robot) {
        runOnFx(() -> window.editor().area().replaceText(SOURCE));
        TabPane tabs = robot.lookup(".rx-side-panels").queryAs(TabPane.class);
        runOnFx(() -> {
            tabs.getTabs().stream().filter(t -> t.getText().equals("Async")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            SplitPane main = (SplitPane) tabs.getParent().getParent();
            main.setDividerPosition(1, 0.45);
        });
        Node view = robot.lookup(".rx-async").query();
        AsyncTab tab = onFx(() -> (AsyncTab) view.getProperties().get(AsyncTab.class));
        // The app opens on a sample first: wait for the analysis of this text, which has `checkout`.
        waitUntil("the analysis of the text reaches the tab", seconds(60), () -> {
            tab.choose("checkout");
            return tab.machineName().equals("checkout");
        });
        try {
            waitUntil("the state graph is laid out", seconds(90),
                    () -> tab.laidOut() && tab.figure().orElseThrow().title().contains("checkout"));
        } catch (AssertionError e) {
            UiTestSupport.snapshot(stage.getScene(), "async-desugared-not-laid-out");
            throw e;
        }
        UiTestSupport.sleep(200);
        return tab;
    }

    private static int indexOf(DesugaredCoroutine model, String text) {
        return indexOf(model, text, -1);
    }

    /** The first line with this text, in the arm of state index {@code state} unless it is -1. */
    private static int indexOf(DesugaredCoroutine model, String text, int state) {
        List<DesugaredLine> lines = model.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals(text) && (state < 0 || lines.get(i).state() == state)) {
                return i;
            }
        }
        throw new AssertionError("no desugared line " + text);
    }

    private static void clickLine(FxRobot robot, CodeArea area, int line) {
        runOnFx(() -> area.showParagraphAtTop(Math.max(0, line - 3)));
        UiTestSupport.sleep(200);
        Bounds bounds = onFx(() -> {
            int start = area.getAbsolutePosition(line, 0);
            int end = start + area.getParagraph(line).length();
            return area.getCharacterBoundsOnScreen(start, end).orElseThrow();
        });
        robot.clickOn(new Point2D(bounds.getMinX() + Math.min(60, bounds.getWidth() / 2), bounds.getCenterY()));
    }
}
