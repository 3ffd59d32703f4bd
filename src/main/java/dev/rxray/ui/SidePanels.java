package dev.rxray.ui;

import dev.rxray.diagram.Theme;
import dev.rxray.pipeline.PipelineResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tab pane on the right, forwarding each analysis, caret move and theme to every registered panel. It also says
 * whether the visible panel has a diagram, which enables the Export Diagram and Copy Diagram menu items.
 */
final class SidePanels {
    private final TabPane tabs = new TabPane();
    private final List<SidePanel> panels = new ArrayList<>();
    private final ReadOnlyBooleanWrapper diagramVisible = new ReadOnlyBooleanWrapper(false);

    SidePanels() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("rx-side-panels");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> refreshDiagramVisible());
    }

    TabPane view() {
        return tabs;
    }

    <P extends SidePanel> P add(P panel) {
        panels.add(panel);
        Tab tab = new Tab(panel.title(), panel.view());
        tabs.getTabs().add(tab);
        refreshDiagramVisible();
        return panel;
    }

    void show(PipelineResult result) {
        panels.forEach(p -> p.show(result));
        refreshDiagramVisible();
    }

    void caretMoved(int offset) {
        panels.forEach(p -> p.caretMoved(offset));
    }

    void useTheme(Theme theme) {
        panels.forEach(p -> p.useTheme(theme));
    }

    /** The panel whose tab is selected. */
    Optional<SidePanel> visible() {
        int index = tabs.getSelectionModel().getSelectedIndex();
        return index < 0 || index >= panels.size() ? Optional.empty() : Optional.of(panels.get(index));
    }

    /** The panel shown under a tab title. */
    Optional<SidePanel> byTitle(String title) {
        return panels.stream().filter(p -> p.title().equals(title)).findFirst();
    }

    /** Selects the tab of a panel (tests, and the menu when it needs a panel shown). */
    void select(SidePanel panel) {
        int index = panels.indexOf(panel);
        if (index >= 0) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** True while the visible panel has a diagram to export or copy; follows tab switches and new analyses. */
    ReadOnlyBooleanProperty diagramVisibleProperty() {
        return diagramVisible.getReadOnlyProperty();
    }

    /** A panel may gain or lose its diagram between analyses without the tab changing; callers re-check then. */
    void refreshDiagramVisible() {
        diagramVisible.set(visible().map(SidePanel::hasDiagram).orElse(false));
    }
}
