package dev.rxray.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.SampleFigures;
import dev.rxray.diagram.Themes;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TableFigureViewTest {
    private final List<String> hovered = new CopyOnWriteArrayList<>();
    private TableFigureView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new TableFigureView();
        view.setOnCellHover(hovered::add);
        view.show(SampleFigures.varianceTable());
        scene = new Scene(view, 620, 420);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hoveringACellReportsItAndItCarriesItsReason(FxRobot robot) throws Exception {
        robot.moveTo("#cache-T");
        assertThat(hovered).contains("cache-T");
        Node cell = robot.lookup("#cache-T").query();
        assertThat(cell.getStyleClass()).contains("table-cell", "tone-invariant");
        Object tooltip = cell.getProperties().values().stream().filter(Tooltip.class::isInstance).findFirst()
                .orElse(null);
        assertThat(tooltip).isInstanceOf(Tooltip.class);
        assertThat(((Tooltip) tooltip).getText()).contains("RefCell");

        robot.interact(() -> view.applyHighlight(Highlight.of(List.of(), List.of(), List.of("result"))));
        assertThat(robot.lookup("#result-T").query().getPseudoClassStates()).contains(DiagramView.HIGHLIGHTED);
        assertThat(cell.getPseudoClassStates()).doesNotContain(DiagramView.HIGHLIGHTED);
        snapshot("diagram-variance-light.png");
        robot.interact(() -> view.setTheme(Themes.DARK));
        snapshot("diagram-variance-dark.png");
    }

    private void snapshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path dir = Files.createDirectories(Path.of("target", "snapshots"));
        ImageIO.write(buffered, "png", dir.resolve(name).toFile());
        assertThat(buffered.getWidth()).isEqualTo(620);
    }
}
