package dev.rxray.ui;

import dev.rxray.pipeline.PipelineResult;
import javafx.scene.Node;

/**
 * One tab of the right-hand side: a view of the current analysis. Later views (async state machines, variance)
 * implement this and are registered with one line in {@link MainWindow}.
 */
public interface SidePanel {
    String title();

    Node view();

    /** A new analysis of the buffer arrived (FX thread). */
    void show(PipelineResult result);

    /** The caret moved to an offset of the buffer (FX thread); views may highlight what encloses it. */
    default void caretMoved(int offset) {
    }
}
