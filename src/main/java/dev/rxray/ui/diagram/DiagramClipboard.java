package dev.rxray.ui.diagram;

import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copies a figure to the system clipboard as a PNG image (what slide software pastes), rendered by the same
 * exporter as a file export, off the FX thread; the clipboard itself is set on the FX thread.
 */
public final class DiagramClipboard {
    private DiagramClipboard() {
    }

    /** Completes with the rendered bytes once the clipboard holds the image, or with the reason it does not. */
    public static CompletableFuture<ExportResult> copy(ExportRequest request) {
        ExportRequest png = new ExportRequest(request.figure(), ExportFormat.PNG, request.theme(),
                request.highlight(), request.scale());
        return CompletableFuture.supplyAsync(() -> Exporter.render(png)).thenCompose(result -> {
            if (!(result instanceof ExportResult.Rendered(byte[] bytes, ExportFormat format))) {
                return CompletableFuture.completedFuture(result);
            }
            CompletableFuture<ExportResult> copied = new CompletableFuture<>();
            Platform.runLater(() -> {
                Image image = new Image(new ByteArrayInputStream(bytes));
                if (image.isError()) {
                    copied.complete(new ExportResult.Failed("cannot decode the rendered image"));
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putImage(image);
                Clipboard.getSystemClipboard().setContent(content);
                copied.complete(result);
            });
            return copied;
        });
    }
}
