package dev.rxray.ui.variance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.render.ExportFormat;
import dev.rxray.ui.diagram.ExportDialog;
import dev.rxray.ui.diagram.ExportPlan;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export options dialog, built but not shown (a modal dialog would block a headless run): its defaults, the
 * scale only for PNG, the plan its "Choose File…" button gives, and nothing on Cancel. Snapshot:
 * target/snapshots/variance-export-dialog.png.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void offersTheFigureFormatThemeAndScaleAndGivesThePlan() throws Exception {
        ExportDialog asker = new ExportDialog();
        Dialog<ExportPlan<VarianceSubject>> dialog = onFx(() -> asker.dialog(
                VarianceSubject.offered("Parser", "many_params", VarianceSubject.GRAPH), Themes.DARK));
        DialogPane pane = dialog.getDialogPane();
        ComboBox<VarianceSubject> subject = (ComboBox<VarianceSubject>) pane.lookup("#export-subject");
        ComboBox<ExportFormat> format = (ComboBox<ExportFormat>) pane.lookup("#export-format");
        ComboBox<Theme> theme = (ComboBox<Theme>) pane.lookup("#export-theme");
        Spinner<Double> scale = (Spinner<Double>) pane.lookup("#export-scale");

        assertThat(onFx(subject::getValue)).isEqualTo(VarianceSubject.GRAPH);
        assertThat(onFx(() -> subject.getConverter().toString(VarianceSubject.TABLE)))
                .isEqualTo("The table of Parser");
        assertThat(onFx(format::getValue)).isEqualTo(ExportFormat.SVG);
        assertThat(onFx(theme::getValue)).isEqualTo(Themes.DARK);
        assertThat(onFx(() -> theme.getItems().size())).isEqualTo(3);
        assertThat(onFx(scale::isDisabled)).isTrue();

        onFx(() -> {
            format.setValue(ExportFormat.PNG);
            theme.setValue(Themes.PRINT);
            scale.increment(2);
            return null;
        });
        assertThat(onFx(scale::isDisabled)).isFalse();
        snapshot(pane);
        ExportPlan<VarianceSubject> plan = onFx(() -> dialog.getResultConverter().call(ExportDialog.NEXT));
        assertThat(plan).isEqualTo(new ExportPlan<>(VarianceSubject.GRAPH, ExportFormat.PNG, Themes.PRINT, 3.0));
        assertThat(onFx(() -> dialog.getResultConverter().call(ButtonType.CANCEL))).isNull();
    }

    private static void snapshot(DialogPane pane) throws Exception {
        BufferedImage image = SwingFXUtils.fromFXImage(onFx(() -> pane.snapshot(null, null)), null);
        Path file = Files.createDirectories(Path.of("target", "snapshots")).resolve("variance-export-dialog.png");
        ImageIO.write(image, "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
