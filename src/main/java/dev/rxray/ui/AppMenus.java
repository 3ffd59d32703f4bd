package dev.rxray.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar; it only names actions, which the main window supplies. */
final class AppMenus {
    /** What the menus can ask for. */
    interface Actions {
        void open();

        void openRecent(Path path);

        List<Path> recentFiles();

        void clearRecent();

        void save();

        void saveAs();

        void quit();

        void useTheme(Theme theme);

        /** File > Export Diagram…: the visible side tab's diagram to a file. */
        void exportDiagram();

        /** Edit > Copy Diagram: the visible side tab's diagram to the clipboard as an image. */
        void copyDiagram();

        /** True while the visible side tab has a diagram; the two items above are disabled otherwise. */
        ObservableBooleanValue diagramVisible();
    }

    private AppMenus() {
    }

    static MenuBar build(Actions actions, Theme current) {
        MenuItem open = item("Open\u2026", "Shortcut+O", actions::open);
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent, actions));
        fillRecent(recent, actions);
        MenuItem save = item("Save", "Shortcut+S", actions::save);
        MenuItem saveAs = item("Save As\u2026", "Shortcut+Shift+S", actions::saveAs);
        MenuItem export = item("Export Diagram\u2026", "Shortcut+E", actions::exportDiagram);
        export.setId("export-diagram");
        export.disableProperty().bind(Bindings.not(actions.diagramVisible()));
        MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                export, new SeparatorMenuItem(), quit);

        MenuItem copy = item("Copy Diagram", null, actions::copyDiagram);
        copy.setId("copy-diagram");
        copy.disableProperty().bind(Bindings.not(actions.diagramVisible()));
        Menu edit = new Menu("Edit", null, copy);

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu("View");
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.label() + " theme");
            choice.setToggleGroup(themes);
            choice.setSelected(theme == current);
            choice.setOnAction(e -> actions.useTheme(theme));
            choice.setId("theme-" + theme.key());
            view.getItems().add(choice);
        }
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static void fillRecent(Menu menu, Actions actions) {
        List<Path> paths = actions.recentFiles();
        menu.getItems().clear();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path path : paths) {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(path));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent", null, actions::clearRecent));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
