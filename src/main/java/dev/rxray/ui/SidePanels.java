package dev.rxray.ui;

import dev.rxray.pipeline.PipelineResult;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The tab pane on the right, forwarding each analysis and caret move to every registered panel. */
final class SidePanels {
    private final TabPane tabs = new TabPane();
    private final List<SidePanel> panels = new ArrayList<>();

    SidePanels() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("rx-side-panels");
    }

    TabPane view() {
        return tabs;
    }

    <P extends SidePanel> P add(P panel) {
        panels.add(panel);
        Tab tab = new Tab(panel.title(), panel.view());
        tabs.getTabs().add(tab);
        return panel;
    }

    void show(PipelineResult result) {
        panels.forEach(p -> p.show(result));
    }

    void caretMoved(int offset) {
        panels.forEach(p -> p.caretMoved(offset));
    }
}
