package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.step.Step;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import dev.rxray.ui.async.AsyncTab;
import dev.rxray.ui.diagram.ExportDialog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Export from the Async tab as a user does it: step the machine, open the export dialog (the tab's button or File >
 * Export Diagram…), choose format, theme and scale, answer "where" (the save question is answered by the test, as a
 * headless run cannot show the system's file dialog), and get the machine as it stands at that step. Writes
 * target/snapshots/async-export-dialog.png and async-export-dark-x3.png (the exported file itself).
 */
@ExtendWith(ApplicationExtension.class)
class AsyncExportTest {
    @TempDir
    static Path scratch;
    @TempDir
    Path out;

    private static final String SOURCE = UiTestSupport.CHECKOUT;

    private MainWindow window;
    private Path file;
    private AsyncTab tab;
    private final List<String> suggested = new CopyOnWriteArrayList<>();

    /** The same engine as the other export tests, so the bytes compared below come from one layout engine. */
    @BeforeAll
    static void embeddedGraphviz() {
        System.setProperty(dev.rxray.render.GraphvizRunner.ENGINE_PROPERTY, "v8");
    }

    @Start
    void start(Stage stage) throws IOException {
        window = UiTestSupport.openWindow(stage, scratch);
    }

    @BeforeEach
    void openTheSourceAndStepToStepThree(FxRobot robot) throws IOException {
        file = Files.writeString(Files.createTempDirectory(scratch, "src").resolve("shop.rs"), SOURCE);
        runOnFx(() -> window.session().openFile(file));
        TabPane tabs = robot.lookup(".rx-side-panels").queryAs(TabPane.class);
        runOnFx(() -> {
            tabs.getTabs().stream().filter(t -> t.getText().equals("Async")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            ((SplitPane) tabs.getParent().getParent()).setDividerPosition(1, 0.45);
        });
        Node view = robot.lookup(".rx-async").query();
        tab = onFx(() -> (AsyncTab) view.getProperties().get(AsyncTab.class));
        waitUntil("checkout's graph is laid out", seconds(90),
                () -> tab.laidOut() && tab.machineName().equals("checkout"));
        runOnFx(() -> {
            while (tab.stepIndex() < 3) {
                tab.step();
            }
        });
        runOnFx(() -> tab.exportDialog().useSaveChooser((owner, format, fileName, folder) -> {
            suggested.add(fileName);
            return Optional.of(out.resolve(fileName));
        }));
    }

    @Test
    void darkPngAtScaleThreeHasThreeTimesThePixelsOnTheDarkBackground(FxRobot robot) throws Exception {
        DialogPane dialog = openWithTheExportButton(robot);
        assertThat(onFx(() -> subject(dialog).getConverter().toString(subject(dialog).getValue())))
                .isEqualTo("The state machine at step 3 (Suspend0)");
        assertThat(onFx(dialog::getHeaderText)).isEqualTo("Export the state machine of checkout");
        choose(dialog, ExportFormat.PNG, Themes.DARK, 3.0);
        assertThat(onFx(() -> spinner(dialog).isDisabled())).isFalse();
        snapshot(dialog, "async-export-dialog");
        Path png = chooseFile(robot, dialog);

        assertThat(suggested).containsExactly("checkout-step-3.png");
        assertThat(png).isEqualTo(out.resolve("checkout-step-3.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        Files.copy(png, Files.createDirectories(Path.of("target", "snapshots")).resolve("async-export-dark-x3.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage one = renderAtScaleOne();
        assertThat(image.getWidth()).isBetween(3 * one.getWidth() - 3, 3 * one.getWidth() + 3);
        assertThat(image.getHeight()).isBetween(3 * one.getHeight() - 3, 3 * one.getHeight() + 3);
        assertThat(image.getWidth()).isGreaterThan(600);
        int background = Integer.parseInt(Themes.DARK.background().substring(1), 16);
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(background);
        assertThat(image.getRGB(image.getWidth() - 2, image.getHeight() - 2) & 0xffffff).isEqualTo(background);
        assertThat(onFx(() -> tab.exportMessage().getText())).isEqualTo("Exported to " + png.toAbsolutePath() + ".");
        assertThat(onFx(() -> tab.exportMessage().getPseudoClassStates().toString())).doesNotContain("error");
        UiTestSupport.snapshot(tab.view().getScene(), "async-exported");
    }

    @Test
    void pdfIsAPdf(FxRobot robot) throws Exception {
        DialogPane dialog = openWithTheExportButton(robot);
        choose(dialog, ExportFormat.PDF, Themes.PRINT, 2.0);
        assertThat(onFx(() -> spinner(dialog).isDisabled())).as("the scale is for PNG only").isTrue();
        Path pdf = chooseFile(robot, dialog);

        assertThat(pdf.getFileName().toString()).isEqualTo("checkout-step-3.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, bytes.length - 6, 6, StandardCharsets.US_ASCII)).contains("%%EOF");
    }

    @Test
    void theMenuItemOpensTheSameDialogAndSvgNamesTheStatesAsTheCommandLineDrawsThem(FxRobot robot)
            throws Exception {
        MenuItem export = onFx(() -> window.menus().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "export-diagram".equals(i.getId())).findFirst().orElseThrow());
        assertThat(onFx(export::isDisable)).isFalse();
        Platform.runLater(export::fire);
        DialogPane dialog = awaitDialog(robot);
        assertThat(onFx(() -> subject(dialog).getItems().size())).as("at step 3, and unmarked").isEqualTo(2);
        choose(dialog, ExportFormat.SVG, Themes.LIGHT, 2.0);
        Path svg = chooseFile(robot, dialog);

        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("<svg");
        for (String state : List.of("Unresumed", "Suspend0", "Suspend1", "Returned", "Panicked", "checkout")) {
            assertThat(text).contains(state);
        }
        Path byCli = out.resolve("cli.svg");
        assertThat(cli("export", file.toString(), "--coroutine", "checkout", "--step", "3", "--format", "svg",
                "-o", byCli.toString())).isZero();
        assertThat(text).as("the app at step 3 draws what `rxray export --step 3` draws")
                .isEqualTo(Files.readString(byCli));
    }

    @Test
    void theUnmarkedChoiceIsNamedForTheCoroutineAlone(FxRobot robot) throws Exception {
        DialogPane dialog = openWithTheExportButton(robot);
        runOnFx(() -> subject(dialog).getSelectionModel().select(1));
        assertThat(onFx(() -> subject(dialog).getConverter().toString(subject(dialog).getValue())))
                .isEqualTo("The state machine, no step marked");
        choose(dialog, ExportFormat.DOT, Themes.LIGHT, 2.0);
        Path dot = chooseFile(robot, dialog);
        assertThat(dot.getFileName().toString()).isEqualTo("checkout.dot");
        assertThat(Files.readString(dot)).startsWith("digraph").contains("Suspend1");
    }

    @Test
    void aFolderThatIsNotThereGivesAnErrorUnderThePickerAndWritesNothing(FxRobot robot) throws Exception {
        runOnFx(() -> tab.exportDialog().useSaveChooser((owner, format, fileName, folder) ->
                Optional.of(out.resolve("no-such-folder").resolve(fileName))));
        DialogPane dialog = openWithTheExportButton(robot);
        choose(dialog, ExportFormat.SVG, Themes.LIGHT, 2.0);
        robot.clickOn(onFx(() -> dialog.lookupButton(ExportDialog.NEXT)));
        waitUntil("the failure is reported", seconds(60),
                () -> tab.exportMessage().getText().startsWith("Export failed: "));
        assertThat(onFx(() -> tab.exportMessage().getText())).contains("no-such-folder");
        assertThat(onFx(() -> tab.exportMessage().getPseudoClassStates().toString())).contains("error");
        assertThat(onFx(() -> tab.exportMessage().isVisible())).isTrue();
        UiTestSupport.snapshot(tab.view().getScene(), "async-export-failed");
        try (var files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void inTheDarkLookTheDialogStartsDarkAndCancellingWritesNothing(FxRobot robot) throws Exception {
        runOnFx(() -> window.applyTheme(dev.rxray.ui.Theme.DARK));
        DialogPane dialog = openWithTheExportButton(robot);
        assertThat(onFx(() -> ((ComboBox<?>) dialog.lookup("#export-theme")).getValue())).isEqualTo(Themes.DARK);
        snapshot(dialog, "async-export-dialog-dark");
        runOnFx(() -> ((Button) dialog.lookupButton(ButtonType.CANCEL)).fire());
        waitUntil("the dialog is closed", seconds(10), () -> robot.lookup("#export-format").tryQuery().isEmpty());
        assertThat(suggested).isEmpty();
        assertThat(onFx(() -> tab.exportMessage().getText())).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private DialogPane openWithTheExportButton(FxRobot robot) {
        Button button = robot.lookup(".rx-async-export").queryButton();
        // Not runOnFx: the dialog is modal, so the button's action returns only when the dialog closes.
        Platform.runLater(button::fire);
        return awaitDialog(robot);
    }

    private static DialogPane awaitDialog(FxRobot robot) {
        waitUntil("the export dialog is open", seconds(20), () -> robot.lookup("#export-format").tryQuery()
                .map(Node::getScene).map(s -> s.getWindow().isShowing()).orElse(false));
        Node format = robot.lookup("#export-format").query();
        return onFx(() -> (DialogPane) format.getScene().getRoot());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> subject(DialogPane dialog) {
        return (ComboBox<Object>) dialog.lookup("#export-subject");
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Double> spinner(DialogPane dialog) {
        return (Spinner<Double>) dialog.lookup("#export-scale");
    }

    @SuppressWarnings("unchecked")
    private static void choose(DialogPane dialog, ExportFormat format, Theme theme, double scale) {
        runOnFx(() -> {
            ((ComboBox<ExportFormat>) dialog.lookup("#export-format")).setValue(format);
            ((ComboBox<Theme>) dialog.lookup("#export-theme")).setValue(theme);
            spinner(dialog).getValueFactory().setValue(scale);
        });
    }

    /** Clicks "Choose File…" and waits for the export it starts to be reported; gives the file written. */
    private Path chooseFile(FxRobot robot, DialogPane dialog) {
        Node next = onFx(() -> dialog.lookupButton(ExportDialog.NEXT));
        robot.clickOn(next);
        waitUntil("the export is reported", seconds(60),
                () -> tab.exportMessage().getText().startsWith("Exported to ")
                        || tab.exportMessage().getText().startsWith("Export failed"));
        String message = onFx(() -> tab.exportMessage().getText());
        assertThat(message).startsWith("Exported to ");
        return Path.of(message.substring("Exported to ".length(), message.length() - 1));
    }

    /** The same diagram at scale 1, for the size the scale multiplies. */
    private BufferedImage renderAtScaleOne() throws IOException {
        GraphFigure figure = onFx(() -> tab.figure().orElseThrow());
        Step step = onFx(() -> tab.steps().get(3));
        ExportRequest request = new ExportRequest(AsyncFigures.captionedAt(figure, step), ExportFormat.PNG,
                Themes.DARK, AsyncFigures.forStep(figure, step), 1);
        ExportResult result = Exporter.render(request);
        assertThat(result).isInstanceOf(ExportResult.Rendered.class);
        return ImageIO.read(new ByteArrayInputStream(((ExportResult.Rendered) result).bytes()));
    }

    private static void snapshot(DialogPane dialog, String name) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(onFx(() -> dialog.snapshot(null, null)), null);
        ImageIO.write(image, "png", Files.createDirectories(Path.of("target", "snapshots"))
                .resolve(name + ".png").toFile());
    }

    /** Runs {@code rxray ARGS} in this JVM (the command line's entry point without its exit). */
    private static int cli(String... args) throws Exception {
        Method run = Class.forName("dev.rxray.cli.Main").getDeclaredMethod("run", String[].class,
                InputStream.class, PrintWriter.class, PrintWriter.class);
        run.setAccessible(true);
        StringWriter err = new StringWriter();
        int code = (int) run.invoke(null, args, InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(err.toString()).isEmpty();
        return code;
    }
}
