package dev.rxray.ui.async;

import dev.rxray.diagram.GraphFigure;
import dev.rxray.render.DotOptions;
import dev.rxray.render.LaidOutGraph;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The layouts of the tab's state graphs, off the FX thread: one request per new figure (an equal figure from a new
 * analysis waits for the layout on its way), a layout that arrives for a figure no longer wanted is dropped, and a
 * failed one is tried once more before its message is shown.
 */
final class GraphLayouts {
    private final LayoutService layouts = new LayoutService();
    private final Supplier<GraphFigure> wanted;
    private final BiConsumer<GraphFigure, LaidOutGraph> laid;
    private final Consumer<String> failed;
    private GraphFigure shown;
    /** The figure whose layout is on its way, so that an equal analysis does not supersede it. */
    private GraphFigure requested;
    private GraphFigure failedOnce;

    /**
     * {@code wanted} gives the figure the tab wants now; {@code laid} draws a layout that arrived for it (FX thread),
     * {@code failed} shows why it has none.
     */
    GraphLayouts(Supplier<GraphFigure> wanted, BiConsumer<GraphFigure, LaidOutGraph> laid, Consumer<String> failed) {
        this.wanted = wanted;
        this.laid = laid;
        this.failed = failed;
    }

    /** Lays {@code figure} out unless it is on show or on its way. */
    void want(GraphFigure figure) {
        if (!figure.equals(shown) && !figure.equals(requested)) {
            request(figure);
        }
    }

    /** Whether {@code figure}'s layout has arrived and is drawn. */
    boolean shows(GraphFigure figure) {
        return figure != null && figure.equals(shown);
    }

    private void request(GraphFigure figure) {
        requested = figure;
        layouts.layout(figure, DotOptions.VIEW).thenAccept(outcome -> Platform.runLater(() -> {
            if (!figure.equals(wanted.get())) {
                return;
            }
            switch (outcome) {
                case LayoutOutcome.Laid done -> {
                    shown = figure;
                    laid.accept(figure, done.graph());
                }
                case LayoutOutcome.Failed failure -> {
                    requested = null;
                    if (!figure.equals(failedOnce)) {
                        // The first layout also starts the layout engine, which can outlast the limit on a busy
                        // machine; one more try runs on a warm engine.
                        failedOnce = figure;
                        request(figure);
                        return;
                    }
                    failed.accept(failure.message());
                }
                case LayoutOutcome.Superseded superseded -> {
                }
            }
        }));
    }
}
