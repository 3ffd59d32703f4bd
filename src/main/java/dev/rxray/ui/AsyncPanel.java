package dev.rxray.ui;

import dev.rxray.pipeline.PipelineResult;
import dev.rxray.ui.async.AsyncTab;
import javafx.scene.Node;

/** Registers the Async tab (which lives in its own package) as a side panel. */
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
}
