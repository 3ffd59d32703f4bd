package dev.rxray.ui;

import dev.rxray.diagram.Theme;
import dev.rxray.pipeline.PipelineResult;
import javafx.scene.Node;

/**
 * One tab of the right-hand side: a view of the current analysis. Later views (async state machines, variance)
 * implement this and are registered with one line in {@link MainWindow}.
 *
 * <p>File &gt; Export Diagram… and Edit &gt; Copy Diagram act on the visible panel; a panel without a diagram keeps
 * the defaults, and the menu items are disabled while it is visible.
 */
public interface SidePanel {
    String title();

    Node view();

    /** A new analysis of the buffer arrived (FX thread). */
    void show(PipelineResult result);

    /** The caret moved to an offset of the buffer (FX thread); views may highlight what encloses it. */
    default void caretMoved(int offset) {
    }

    /** The app's look changed (FX thread): figures the panel draws take this diagram theme from now on. */
    default void useTheme(Theme theme) {
    }

    /** True when {@link #exportDiagram()} and {@link #copyDiagram()} have something to act on now (FX thread). */
    default boolean hasDiagram() {
        return false;
    }

    /** Asks where and how to export the panel's diagram, then writes it (FX thread; the writing is not). */
    default void exportDiagram() {
    }

    /** Puts the panel's diagram on the clipboard as an image (FX thread; the rendering is not). */
    default void copyDiagram() {
    }
}
