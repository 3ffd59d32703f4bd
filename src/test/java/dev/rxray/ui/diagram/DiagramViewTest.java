package dev.rxray.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.SampleFigures;
import dev.rxray.diagram.Themes;
import dev.rxray.render.DotOptions;
import dev.rxray.render.GraphvizRunner;
import dev.rxray.render.LaidOutGraph;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiagramViewTest {
    private static final GraphFigure FIGURE = SampleFigures.asyncStateMachine();
    private static LaidOutGraph layout;

    private final List<String> clicked = new CopyOnWriteArrayList<>();
    private final List<RowEvent> rows = new CopyOnWriteArrayList<>();
    private DiagramView view;
    private Scene scene;

    @BeforeAll
    static void layOut() {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
        LayoutOutcome outcome = LayoutService.layoutNow(FIGURE, DotOptions.VIEW, Duration.ofSeconds(30));
        assertThat(outcome).isInstanceOf(LayoutOutcome.Laid.class);
        layout = ((LayoutOutcome.Laid) outcome).graph();
    }

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.setOnNodeClicked(clicked::add);
        view.setOnRowHover(rows::add);
        scene = new Scene(view, 960, 760);
        stage.setScene(scene);
        stage.show();
        view.show(FIGURE, layout);
    }

    @Test
    void clickingAStateReportsItsIdAndHoveringARowReportsTheField(FxRobot robot) throws Exception {
        robot.clickOn("#Suspend1");
        assertThat(clicked).containsExactly("Suspend1");

        Node awaitee = robot.lookup("#Suspend0-r3").query();
        assertThat(tooltipOf(awaitee)).as("made on first hover, not before").isNull();
        robot.moveTo("#Suspend0-r3");
        assertThat(tooltipOf(awaitee)).isNotNull();
        assertThat(tooltipOf(awaitee).getText()).isEqualTo("fetch(it) at 3:22");
        assertThat(rows).anySatisfy(event -> {
            assertThat(event.entered()).isTrue();
            assertThat(event.nodeId()).isEqualTo("Suspend0");
            assertThat(event.field().label()).isEqualTo("__awaitee");
        });

        robot.interact(() -> view.applyHighlight(Highlight.of(List.of("Suspend0"),
                List.of("Unresumed-poll-Suspend0"), List.of("Suspend0-r4")).withCurrent("Suspend0")));
        Node suspend0 = robot.lookup("#Suspend0").query();
        assertThat(suspend0.getPseudoClassStates()).contains(DiagramView.HIGHLIGHTED, DiagramView.CURRENT);
        assertThat(robot.lookup("#Suspend1").query().getPseudoClassStates())
                .doesNotContain(DiagramView.HIGHLIGHTED);
        assertThat(robot.lookup("#Suspend0-r4").query().getPseudoClassStates()).contains(DiagramView.HIGHLIGHTED);
        robot.moveTo(robot.point(view).atOffset(new javafx.geometry.Point2D(-470, -370)));
        snapshot(robot, "diagram-async-light.png");

        robot.interact(() -> view.setTheme(Themes.DARK));
        snapshot(robot, "diagram-async-dark.png");
    }

    @Test
    void highlightingRestylesTheSameShapesWithoutRebuildingThem(FxRobot robot) {
        Node before = robot.lookup("#Suspend1").query();
        long[] nanos = new long[1];
        robot.interact(() -> {
            long start = System.nanoTime();
            view.applyHighlight(Highlight.of(List.of("Suspend1"), List.of(), List.of()).withCurrent("Suspend1"));
            view.applyCss();
            nanos[0] = System.nanoTime() - start;
        });
        Node after = robot.lookup("#Suspend1").query();
        assertThat(after).isSameAs(before);
        assertThat(after.getPseudoClassStates()).contains(DiagramView.CURRENT);
        assertThat(nanos[0] / 1e6).as("restyle ms").isLessThan(100);
    }

    @Test
    void aLayoutRequestedFromTheViewArrivesOffTheFxThreadAndIsShown(FxRobot robot) {
        robot.interact(() -> view.showMessage("nothing yet"));
        assertThat(robot.lookup("#Suspend1").tryQuery()).isEmpty();
        LayoutOutcome outcome = view.display(FIGURE, new LayoutService()).join();
        assertThat(outcome).isInstanceOf(LayoutOutcome.Laid.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#Suspend1").tryQuery()).isPresent();
    }

    @Test
    void dragPansAndTheWheelZoomsAroundThePointer(FxRobot robot) {
        double before = view.zoom();
        robot.moveTo(view).scroll(3, javafx.geometry.VerticalDirection.UP);
        assertThat(view.zoom()).isNotEqualTo(before);
        robot.interact(view::fitToView);
        assertThat(view.zoom()).isEqualTo(before);
    }

    private static javafx.scene.control.Tooltip tooltipOf(Node node) {
        return node.getProperties().values().stream().filter(javafx.scene.control.Tooltip.class::isInstance)
                .map(javafx.scene.control.Tooltip.class::cast).findFirst().orElse(null);
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path dir = Files.createDirectories(Path.of("target", "snapshots"));
        ImageIO.write(buffered, "png", dir.resolve(name).toFile());
        assertThat(buffered.getWidth()).isEqualTo(960);
    }
}
