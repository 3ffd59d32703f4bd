package dev.rxray.ui;

import dev.rxray.diagram.Theme;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.ui.async.AsyncTab;
import javafx.scene.Node;

/**
 * Registers the Async tab (which lives in its own package) as a side panel. The tab has its own Export and Copy
 * buttons; it does not offer them to the main menu, so File &gt; Export Diagram… and Edit &gt; Copy Diagram are
 * disabled while it is visible ({@link SidePanel#hasDiagram()} keeps its default).
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
        tab.diagram().setTheme(theme);
    }
}
