package dev.rxray.ui;

import dev.rxray.diagram.Theme;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.ui.async.AsyncTab;
import javafx.scene.Node;

/**
 * Registers the Async tab (which lives in its own package) as a side panel; File &gt; Export Diagram… and
 * Edit &gt; Copy Diagram reach the same actions as the tab's own buttons.
 */
record AsyncPanel(AsyncTab tab) implements SidePanel {
    @Override
    public String title() {
        return tab.title();
    }

    @Override
    public Node view() {
        return tab.view();
    }

    @Override
    public void show(PipelineResult result) {
        tab.show(result);
    }

    @Override
    public void caretMoved(int offset) {
        tab.caretMoved(offset);
    }

    @Override
    public void useTheme(Theme theme) {
        tab.useTheme(theme);
    }

    @Override
    public boolean hasDiagram() {
        return tab.hasDiagram();
    }

    @Override
    public void exportDiagram() {
        tab.exportDiagram();
    }

    @Override
    public void copyDiagram() {
        tab.copyDiagram();
    }
}
