package dev.rxray.ui.async;

import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import dev.rxray.ui.diagram.DiagramClipboard;
import dev.rxray.ui.diagram.ExportDialog;
import dev.rxray.ui.diagram.ExportPlan;
import dev.rxray.ui.diagram.ExportSubjects;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Copy and Export… of the Async tab. Copy puts the graph as it is on screen on the clipboard; Export… asks with the
 * shared {@link ExportDialog} and writes atomically. Both render off the FX thread. An export reports in a line under
 * the picker, which stays until the next export (a failure in the error colour); a copy reports under the stepper.
 */
final class AsyncExports {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ExportDialog dialog = new ExportDialog();
    private final Label message = new Label();

    AsyncExports() {
        message.getStyleClass().add("rx-async-message");
        message.setWrapText(true);
        message.setPadding(new Insets(0, 6, 4, 6));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
    }

    ExportDialog dialog() {
        return dialog;
    }

    /** The line that reports exports. */
    Label message() {
        return message;
    }

    /** Puts {@code figure} on the clipboard as a PNG at twice the size; {@code describe} gets the outcome. */
    void copy(GraphFigure figure, Theme theme, Highlight highlight, Consumer<String> describe) {
        ExportRequest request = new ExportRequest(figure, ExportFormat.PNG, theme, highlight, 2);
        DiagramClipboard.copy(request).thenAccept(outcome -> Platform.runLater(() -> {
            switch (outcome) {
                case ExportResult.Rendered rendered ->
                        describe.accept("The diagram was copied to the clipboard as an image.");
                case ExportResult.Failed failed -> describe.accept("Could not copy: " + failed.message());
                case ExportResult.Written written -> { }
            }
        }));
    }

    /** Asks what, how and where (FX thread; the dialog is modal), then writes it. */
    void ask(Window owner, ExportSubjects<MachineExport> subjects, Theme appTheme) {
        dialog.ask(owner, subjects, appTheme).ifPresent(chosen -> exportTo(chosen.plan(), chosen.path()));
    }

    /**
     * Writes what a plan names to {@code target} (FX thread). The rendering and the atomic write run off the FX
     * thread; the future completes after the outcome is in {@link #message()}. A failure leaves {@code target} as
     * it was.
     */
    CompletableFuture<ExportResult> exportTo(ExportPlan<MachineExport> plan, Path target) {
        MachineExport subject = plan.subject();
        ExportRequest request = new ExportRequest(subject.figure(), plan.format(), plan.theme(),
                subject.highlight(), plan.scale());
        message.pseudoClassStateChanged(ERROR, false);
        message.setText("Exporting to " + target.getFileName() + "\u2026");
        CompletableFuture<ExportResult> reported = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> Exporter.export(request, target))
                .exceptionally(e -> new ExportResult.Failed("unexpected error: " + e))
                .thenAccept(result -> Platform.runLater(() -> {
                    report(result);
                    reported.complete(result);
                }));
        return reported;
    }

    private void report(ExportResult result) {
        message.pseudoClassStateChanged(ERROR, result instanceof ExportResult.Failed);
        message.setText(switch (result) {
            case ExportResult.Written written -> "Exported to " + written.path() + ".";
            case ExportResult.Failed failed -> "Export failed: " + failed.message();
            case ExportResult.Rendered rendered -> "";
        });
    }
}
