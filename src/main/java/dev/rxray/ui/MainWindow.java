package dev.rxray.ui;

import dev.rxray.samples.Sample;
import dev.rxray.samples.SampleCatalog;
import dev.rxray.syntax.Diagnostic;
import dev.rxray.ui.variance.SnippetEditor;
import dev.rxray.ui.variance.VariancePane;
import dev.rxray.workspace.DocumentOrigin;
import dev.rxray.workspace.IoMessages;
import dev.rxray.workspace.RecoveryStore;
import dev.rxray.workspace.Settings;
import dev.rxray.workspace.WindowBounds;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.reactfx.EventStreams;

/**
 * Puts the app together: samples on the left, the editor over its diagnostics in the middle, analysis tabs on the
 * right, menus on top, status below. It wires the edit loop (every change bumps the version; a pause in typing
 * starts an analysis; a result for the current version updates every view) and the window's life cycle (restore
 * bounds and theme, offer recovery, ask before closing over unsaved changes).
 */
public final class MainWindow {
    static final Duration TYPING_PAUSE = Duration.ofMillis(150);
    static final Duration AUTOSAVE_PAUSE = Duration.ofSeconds(2);
    static final Duration CARET_PAUSE = Duration.ofMillis(60);
    static final String FALLBACK_TEXT = """
            //! Rust X-Ray
            //! No samples are bundled with this build; type or open some Rust.

            async fn answer() -> u32 {
                42
            }

            fn main() {
                let future = answer();
                drop(future);
            }
            """;

    private final Stage stage;
    private final Settings settings;
    private final SampleCatalog catalog;
    private final Dialogs dialogs;
    private final StatusBar status = new StatusBar();
    private final AnalysisLoop analysis;
    private final EditorPane editor;
    private final DiagnosticsPane diagnostics;
    private final SidePanels sidePanels = new SidePanels();
    private final OutlinePane outline;
    private final VariancePane variance;
    private final SampleBrowser samples;
    private final DocumentSession session;
    private final BorderPane root = new BorderPane();
    private final SplitPane main = new SplitPane();
    private Theme theme;
    private boolean dividerMovedByUser;
    private FxWorkMeter meter = FxWorkMeter.NONE;
    private Analysis shown;

    MainWindow(Stage stage, Path configDirectory, SampleCatalog catalog, EditorServices services, Dialogs dialogs) {
        this.stage = stage;
        this.settings = Settings.load(configDirectory);
        this.catalog = catalog;
        this.dialogs = dialogs;
        this.theme = Theme.fromKey(settings.theme());
        this.analysis = new AnalysisLoop(services, this::show);
        this.editor = new EditorPane(analysis::version);
        this.diagnostics = new DiagnosticsPane(this::jumpTo);
        // The analysis views on the right, one line each; later views (async, variance) are added the same way.
        this.outline = sidePanels.add(new OutlinePane(editor::select));
        sidePanels.add(new AsyncPanel(new dev.rxray.ui.async.AsyncTab(editor::select)));
        this.variance = sidePanels.add(new VariancePane(SnippetEditor.of(editor::text, editor.area()::replaceText)));
        this.session = new DocumentSession(editor, settings, new RecoveryStore(configDirectory), catalog, dialogs, status::message);
        this.samples = new SampleBrowser(catalog, sample -> {
            if (!session.requestOpen(sample)) {
                revealOpenSample();
            }
        });
        layOut();
        wireEditLoop();
    }

    /** Builds and shows the window on a file (or the last document, or the default sample). */
    public static MainWindow open(Stage stage, Optional<Path> file) {
        MainWindow window = new MainWindow(stage, dev.rxray.workspace.ConfigDirectory.resolve(), SampleCatalog.bundled(),
                EditorServices.standard(), new FxDialogs(stage));
        window.start(file);
        return window;
    }

    void start(Optional<Path> file) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("rx.css").toExternalForm());
        stage.setScene(scene);
        applyTheme(theme);
        placeWindow();
        stage.titleProperty().bind(session.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!closeRequested()) {
                e.consume();
            }
        });
        openFirstDocument(file);
        // Until the user drags a divider, the side panes keep fixed widths whatever size the window settles at.
        main.widthProperty().addListener((obs, old, width) -> {
            if (!dividerMovedByUser && width.doubleValue() > 0) {
                // After the layout pass: the split pane re-balances fixed-size panes while it lays out.
                Platform.runLater(() -> fitSidePanes(main.getWidth()));
            }
        });
        main.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node node && node.getStyleClass().contains("split-pane-divider")) {
                dividerMovedByUser = true;
            }
        });
        stage.show();
        Platform.runLater(session::offerRecovery);
    }

    EditorPane editor() {
        return editor;
    }

    DiagnosticsPane diagnostics() {
        return diagnostics;
    }

    OutlinePane outline() {
        return outline;
    }

    VariancePane variance() {
        return variance;
    }

    SampleBrowser samples() {
        return samples;
    }

    DocumentSession session() {
        return session;
    }

    StatusBar status() {
        return status;
    }

    Theme theme() {
        return theme;
    }

    SidePanels sidePanels() {
        return sidePanels;
    }

    MenuBar menus() {
        return (MenuBar) root.getTop();
    }

    /** The analysis the views show now (tests wait on it). */
    Optional<Analysis> shownAnalysis() {
        return Optional.ofNullable(shown);
    }

    void applyTheme(Theme chosen) {
        theme = chosen;
        theme.apply(root);
        editor.setTheme(theme);
        sidePanels.useTheme(theme.diagram());
        settings.setTheme(theme.key());
        saveSettings();
    }

    private void layOut() {
        SplitPane centre = new SplitPane(editor.view(), diagnostics.view());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(diagnostics.view(), false);
        main.getItems().setAll(samples.view(), centre, sidePanels.view());
        SplitPane.setResizableWithParent(samples.view(), false);
        SplitPane.setResizableWithParent(sidePanels.view(), false);
        root.setTop(AppMenus.build(new MenuActions(), theme));
        root.setCenter(main);
        root.setBottom(status.view());
        root.getStyleClass().add("rx-root");
        root.addEventFilter(DragEvent.DRAG_OVER, this::dragOver);
        root.addEventFilter(DragEvent.DRAG_DROPPED, this::dragDropped);
    }

    private void wireEditLoop() {
        var area = editor.area();
        area.plainTextChanges().subscribe(change -> analysis.bump());
        area.multiPlainChanges().successionEnds(TYPING_PAUSE).subscribe(changes -> requestAnalysis());
        area.multiPlainChanges().successionEnds(AUTOSAVE_PAUSE).subscribe(changes -> session.autosave());
        // Views that follow the caret are updated when it comes to rest, not on every keystroke.
        EventStreams.valuesOf(area.caretPositionProperty()).successionEnds(CARET_PAUSE).subscribe(offset -> {
            sidePanels.caretMoved(offset);
            status.caret(area.getCurrentParagraph() + 1, area.getCaretColumn() + 1);
        });
        editor.setOnLoaded(this::requestAnalysis);
        session.originProperty().addListener((obs, old, now) -> revealOpenSample());
        status.caret(1, 1);
    }

    /** The browser marks the sample that is open (none when a file is), also after a cancelled switch. */
    private void revealOpenSample() {
        samples.reveal(session.origin() instanceof DocumentOrigin.BundledSample(String id) ? id : "");
    }

    private void requestAnalysis() {
        long start = meter.start();
        analysis.request(session.origin().displayName(), editor.text());
        meter.stop(start);
    }

    /** Measures the FX-thread work of putting analyses into the views, restyle slices included (benchmark). */
    void setMeter(FxWorkMeter meter) {
        this.meter = meter;
        editor.styles().setMeter(meter);
    }

    private void show(Analysis result) {
        long start = meter.start();
        shown = result;
        editor.show(result);
        diagnostics.show(result.result().parse().diagnostics());
        sidePanels.show(result.result());
        sidePanels.caretMoved(editor.area().getCaretPosition());
        status.analysis(result.result().parse().diagnostics().size(), result.nanos(), result.problem());
        meter.stop(start);
    }

    private void jumpTo(Diagnostic diagnostic) {
        editor.jumpTo(diagnostic.span().startOffset());
    }

    private void openFirstDocument(Optional<Path> file) {
        if (file.isPresent() && session.openFile(file.get())) {
            return;
        }
        if (file.isEmpty()) {
            Optional<Path> last = settings.lastFile().filter(Files::isReadable);
            if (last.isPresent() && session.openFile(last.get())) {
                return;
            }
            Optional<Sample> lastSample = settings.lastSample().flatMap(catalog::find);
            if (lastSample.isPresent()) {
                session.openSample(lastSample.get());
                return;
            }
        }
        catalog.defaultSample().ifPresentOrElse(session::openSample, () -> session.openScratch(FALLBACK_TEXT));
    }

    private void placeWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<WindowBounds> saved = settings.windowBounds()
                .filter(b -> !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty());
        if (saved.isPresent()) {
            WindowBounds b = saved.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            stage.setWidth(Math.min(1320, screen.getWidth()));
            stage.setHeight(Math.min(840, screen.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMinWidth(640);
        stage.setMinHeight(400);
    }

    /** Fixed widths for the side panes (in proportion they would be cramped on a small screen, wasteful on a big one). */
    private void fitSidePanes(double width) {
        double left = Math.min(270, width * 0.25);
        // The right pane holds tables with a column per type parameter; 400 shows four of them next to the fields.
        double right = Math.min(400, width * 0.31);
        main.setDividerPositions(left / width, 1 - right / width);
    }

    /** True when the window may close: unsaved changes were saved or discarded. */
    boolean closeRequested() {
        if (!session.confirmDiscard()) {
            return false;
        }
        settings.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        saveSettings();
        session.close();
        analysis.close();
        return true;
    }

    private void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            status.message("Could not save settings: " + IoMessages.describe(e));
        }
    }

    private void dragOver(DragEvent event) {
        if (droppedRustFile(event).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dragDropped(DragEvent event) {
        Optional<Path> file = droppedRustFile(event);
        if (file.isPresent()) {
            event.setDropCompleted(true);
            event.consume();
            // Let the drag gesture finish before a dialog (unsaved changes, unreadable file) can appear.
            Platform.runLater(() -> session.requestOpen(file.get()));
        }
    }

    private static Optional<Path> droppedRustFile(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        List<File> files = event.getDragboard().getFiles();
        return files.stream().map(File::toPath).filter(p -> p.getFileName().toString().endsWith(".rs")).findFirst();
    }

    private final class MenuActions implements AppMenus.Actions {
        @Override
        public void open() {
            Optional<Path> folder = session.origin() instanceof DocumentOrigin.OnDisk(Path path)
                    ? Optional.ofNullable(path.getParent())
                    : settings.lastFile().map(Path::getParent);
            if (session.confirmDiscard()) {
                dialogs.chooseFileToOpen(folder).ifPresent(session::openFile);
            }
        }

        @Override
        public void openRecent(Path path) {
            session.requestOpen(path);
        }

        @Override
        public List<Path> recentFiles() {
            return settings.recentFiles();
        }

        @Override
        public void clearRecent() {
            settings.clearRecentFiles();
            saveSettings();
        }

        @Override
        public void save() {
            session.save();
        }

        @Override
        public void saveAs() {
            session.saveAs();
        }

        @Override
        public void quit() {
            if (closeRequested()) {
                stage.close();
            }
        }

        @Override
        public void useTheme(Theme chosen) {
            applyTheme(chosen);
        }

        @Override
        public void exportDiagram() {
            sidePanels.visible().filter(SidePanel::hasDiagram).ifPresent(SidePanel::exportDiagram);
        }

        @Override
        public void copyDiagram() {
            sidePanels.visible().filter(SidePanel::hasDiagram).ifPresent(SidePanel::copyDiagram);
        }

        @Override
        public ObservableBooleanValue diagramVisible() {
            return sidePanels.diagramVisibleProperty();
        }
    }
}
