package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.StepKind;
import dev.rxray.ui.async.AsyncTab;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Async tab in the running app: an async sample's state graph is laid out, clicking a state selects the code
 * that runs when it is resumed, the caret on an {@code .await} highlights its state, and stepping restyles the
 * graph without laying it out again. Writes target/snapshots/async-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class AsyncTabTest {
    @TempDir
    static Path scratch;

    private static final String SOURCE = UiTestSupport.CHECKOUT;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = UiTestSupport.openWindow(stage, scratch);
    }

    @Test
    void clickingAStateSelectsItsCodeAndSteppingOnlyRestyles(FxRobot robot) {
        runOnFx(() -> window.editor().area().replaceText(SOURCE));
        AsyncTab tab = openAsyncTab(robot);
        waitUntil("the analysis reaches the tab", seconds(60), () -> tab.figure().isPresent());
        try {
            waitUntil("the state graph is laid out", seconds(90),
                    () -> tab.laidOut() && tab.figure().orElseThrow().title().contains("checkout"));
        } catch (AssertionError e) {
            UiTestSupport.snapshot(stage.getScene(), "async-not-laid-out");
            throw e;
        }
        UiTestSupport.sleep(300);
        assertThat(UiTestSupport.snapshot(stage.getScene(), "async-graph")).isNotEmptyFile();

        Node suspend1 = robot.lookup("#Suspend1").query();
        robot.clickOn(suspend1);
        String selected = onFx(() -> window.editor().area().getSelectedText());
        assertThat(selected).startsWith(".await;").contains("println!").doesNotContain("let label");
        assertThat(onFx(() -> suspend1.getPseudoClassStates().toString())).contains("highlighted");

        int awaitOffset = SOURCE.indexOf("fetch(item).await") + "fetch(item).".length() + 2;
        runOnFx(() -> {
            window.editor().area().moveTo(awaitOffset);
            tab.caretMoved(awaitOffset);
        });
        Node suspend0 = robot.lookup("#Suspend0").query();
        assertThat(onFx(() -> suspend0.getPseudoClassStates().toString())).contains("highlighted");

        Node drawnBefore = onFx(() -> tab.diagram().getChildrenUnmodifiable().getFirst());
        Node nodeBefore = robot.lookup("#Suspend0").query();
        for (int i = 0; i < 3; i++) {
            runOnFx(tab::step);
        }
        assertThat(onFx(tab::stepIndex)).isEqualTo(2);
        assertThat(onFx(() -> tab.steps().get(2).kind())).isEqualTo(StepKind.PENDING);
        assertThat(onFx(() -> suspend0.getPseudoClassStates().toString())).contains("current");
        assertThat((Object) robot.lookup("#Suspend0").query()).isSameAs(nodeBefore);
        assertThat(onFx(() -> tab.diagram().getChildrenUnmodifiable().getFirst())).isSameAs(drawnBefore);
        assertThat(UiTestSupport.snapshot(stage.getScene(), "async-step3")).isNotEmptyFile();

        int before = onFx(() -> tab.steps().size());
        robot.lookup(".spinner").queryAs(javafx.scene.control.Spinner.class);
        runOnFx(() -> robot.lookup(".spinner").queryAs(javafx.scene.control.Spinner.class).increment());
        assertThat(onFx(() -> tab.steps().size())).as("Pending twice at Suspend0 adds a wake and a poll per visit")
                .isGreaterThan(before);
        assertThat(onFx(tab::stepIndex)).isEqualTo(2);
    }

    @Test
    void theBranchChoiceOffersTheErrOfQuestionMarkAsAWayOfItsOwn(FxRobot robot) {
        String source = """
                async fn read(n: u32) -> Result<u32, String> {
                    Ok(n)
                }

                async fn total() -> Result<u32, String> {
                    let a = read(1).await?;
                    let b = read(2).await?;
                    Ok(a + b)
                }

                fn main() {}
                """;
        runOnFx(() -> window.editor().area().replaceText(source));
        AsyncTab tab = openAsyncTab(robot);
        runOnFx(() -> tab.choose("total"));
        waitUntil("the machine of total is shown", seconds(60),
                () -> tab.figure().map(f -> f.title().contains("total")).orElse(false));
        @SuppressWarnings("unchecked")
        ComboBox<String> branch = robot.lookup(".rx-async-branch").queryAs(ComboBox.class);
        int suspend0 = onFx(() -> indexOfFirst(tab, "Suspend0"));
        runOnFx(() -> {
            while (tab.stepIndex() < suspend0) {
                tab.step();
            }
        });
        assertThat(onFx(() -> List.copyOf(branch.getItems()))).containsExactly("Suspend1", "Returned (Err: ?)");
        assertThat(onFx(branch::getValue)).isEqualTo("Suspend1");
        assertThat(onFx(() -> tab.steps().stream().map(Step::state).toList())).contains("Suspend1");

        runOnFx(() -> branch.setValue("Returned (Err: ?)"));

        assertThat(onFx(() -> tab.steps().stream().map(Step::state).toList()))
                .as("the Err of `?` returns before the second await").doesNotContain("Suspend1").endsWith("Returned");
        assertThat(onFx(branch::getValue)).isEqualTo("Returned (Err: ?)");
    }

    @Test
    void aStepThatSkipsABranchHighlightsOnlyTheCodeItRuns(FxRobot robot) {
        String source = """
                async fn tick() -> u32 {
                    1
                }

                async fn pick(flag: bool) -> u32 {
                    let a = tick().await;
                    if flag {
                        return a + 100;
                    } else {
                        let e = tick().await;
                        a + e
                    }
                }

                fn main() {}
                """;
        runOnFx(() -> window.editor().area().replaceText(source));
        AsyncTab tab = openAsyncTab(robot);
        runOnFx(() -> tab.choose("pick"));
        waitUntil("the machine of pick is shown", seconds(60),
                () -> tab.figure().map(f -> f.title().contains("pick")).orElse(false));
        int skipping = onFx(() -> tab.steps().stream().filter(st -> st.runsCode() && st.region().spans().size() > 1)
                .findFirst().orElseThrow().index());
        runOnFx(() -> {
            while (tab.stepIndex() < skipping) {
                tab.step();
            }
        });
        String first = onFx(() -> window.editor().area().getSelectedText());
        List<String> others = onFx(() -> window.editor().extraPieces().stream()
                .map(sp -> source.substring(sp.startOffset(), sp.endOffset())).toList());
        String all = first + "\n" + String.join("\n", others);
        assertThat(others).as("the pieces after the skipped `then` block").isNotEmpty();
        assertThat(all).contains("if flag").contains("let e = tick()").doesNotContain("return a + 100");
        assertThat(UiTestSupport.snapshot(stage.getScene(), "async-step-skips-then")).isNotEmptyFile();

        runOnFx(() -> window.editor().area().moveTo(0));
        assertThat(onFx(() -> window.editor().extraPieces())).as("moving the caret clears the extra pieces").isEmpty();
    }

    private static int indexOfFirst(AsyncTab tab, String state) {
        return tab.steps().stream().filter(s -> s.state().equals(state)).findFirst().orElseThrow().index();
    }

    private AsyncTab openAsyncTab(FxRobot robot) {
        TabPane tabs = robot.lookup(".rx-side-panels").queryAs(TabPane.class);
        runOnFx(() -> {
            tabs.getTabs().stream().filter(t -> t.getText().equals("Async")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            SplitPane main = (SplitPane) tabs.getParent().getParent();
            main.setDividerPosition(1, 0.45);
        });
        Node view = robot.lookup(".rx-async").query();
        return onFx(() -> (AsyncTab) view.getProperties().get(AsyncTab.class));
    }
}
