package dev.rxray.ui.diagram;

import dev.rxray.diagram.Badge;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.TableCell;
import dev.rxray.diagram.TableColumn;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.TableRow;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Draws a {@link TableFigure}: its title, a grid (heading row, one row per field with its type underneath, the result
 * rows) whose cells show the symbol over its word in the tone's colours with the reason as a tooltip, and the badges
 * underneath. The {@code compact} style class tightens it for a side panel. Hovering a
 * cell reports its id ({@link TableFigure#cellId}); {@link #applyHighlight} marks rows by id without rebuilding.
 */
public final class TableFigureView extends VBox {
    private final Map<String, Node> cells = new HashMap<>();
    private final Map<String, String> rowOfCell = new HashMap<>();
    private Consumer<String> onCellHover = id -> { };

    public TableFigureView() {
        getStyleClass().add("table-figure");
        getStylesheets().add(ThemeCss.stylesheet());
        setTheme(Themes.LIGHT);
        setFillWidth(false);
    }

    public void setTheme(Theme theme) {
        setStyle(ThemeCss.variables(theme));
    }

    /** Called with a cell id when the pointer enters a cell, and with an empty string when it leaves. */
    public void setOnCellHover(Consumer<String> handler) {
        onCellHover = handler;
    }

    public void show(TableFigure table) {
        cells.clear();
        rowOfCell.clear();
        Label title = new Label(table.title());
        title.getStyleClass().add("table-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("table-grid");
        grid.add(head(table.corner(), "table-corner-text", ""), 0, 0);
        for (int c = 0; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            grid.add(head(column.label(), "table-head-text", column.tooltip()), c + 1, 0);
        }
        int r = 1;
        for (TableRow row : table.rows()) {
            addRow(grid, table, row, r++, false);
        }
        for (TableRow row : table.footer()) {
            addRow(grid, table, row, r++, true);
        }
        HBox badges = new HBox();
        badges.getStyleClass().add("badges");
        for (Badge badge : table.badges()) {
            badges.getChildren().add(badge(badge));
        }
        getChildren().setAll(title, grid);
        if (!table.badges().isEmpty()) {
            getChildren().add(badges);
        }
    }

    /** Marks the cells of highlighted rows and highlighted cell ids (both given in {@link Highlight#rows()}). */
    public void applyHighlight(Highlight highlight) {
        cells.forEach((id, cell) -> cell.pseudoClassStateChanged(DiagramView.HIGHLIGHTED,
                highlight.hasRow(id) || highlight.hasRow(rowOfCell.get(id))));
    }

    private static Node head(String text, String textClass, String tooltip) {
        Label label = new Label(text);
        label.getStyleClass().add(textClass);
        HBox box = new HBox(label);
        box.getStyleClass().add("table-head");
        box.setAlignment(textClass.equals("table-corner-text") ? Pos.CENTER_LEFT : Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        tooltip(box, tooltip);
        return box;
    }

    private void addRow(GridPane grid, TableFigure table, TableRow row, int index, boolean result) {
        Label label = new Label(row.label());
        label.getStyleClass().add("table-row-label");
        // The field's type goes under its name: side by side they make the first column as wide as the longest
        // declaration, which leaves no room for the parameter columns in a side panel.
        VBox head = new VBox(label);
        if (!row.detail().isEmpty()) {
            Label detail = new Label(row.detail());
            detail.getStyleClass().add("table-row-detail");
            head.getChildren().add(detail);
        }
        head.getStyleClass().add("table-row-head");
        if (result) {
            head.getStyleClass().add("table-result");
        }
        head.setAlignment(Pos.CENTER_LEFT);
        head.setMaxWidth(Double.MAX_VALUE);
        head.setMaxHeight(Double.MAX_VALUE);
        grid.add(head, 0, index);
        for (int c = 0; c < row.cells().size(); c++) {
            TableColumn column = table.columns().get(c);
            String id = TableFigure.cellId(row, column);
            Node cell = cell(id, row.cells().get(c));
            GridPane.setHgrow(cell, Priority.ALWAYS);
            grid.add(cell, c + 1, index);
            cells.put(id, cell);
            rowOfCell.put(id, row.id());
        }
    }

    private Node cell(String id, TableCell cell) {
        Label symbol = new Label(cell.text());
        symbol.getStyleClass().add("cell-symbol");
        VBox box = new VBox(symbol);
        if (!cell.word().isEmpty()) {
            Label word = new Label(cell.word());
            word.getStyleClass().add("cell-word");
            box.getChildren().add(word);
        }
        box.setId(id);
        box.getStyleClass().addAll("table-cell", cell.tone().styleClass());
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        tooltip(box, cell.tooltip());
        box.setOnMouseEntered(event -> onCellHover.accept(id));
        box.setOnMouseExited(event -> onCellHover.accept(""));
        return box;
    }

    private static Node badge(Badge badge) {
        Label label = new Label(badge.label());
        label.getStyleClass().add("badge-label");
        Label value = new Label(badge.value());
        value.getStyleClass().add("badge-value");
        HBox box = new HBox(label, value);
        box.setId(badge.id());
        box.getStyleClass().addAll("badge", badge.tone().styleClass());
        box.setAlignment(Pos.CENTER);
        tooltip(box, badge.tooltip());
        return box;
    }

    private static void tooltip(Node node, String text) {
        if (!text.isEmpty()) {
            Tooltip tooltip = new Tooltip(text);
            tooltip.setShowDelay(Duration.millis(250));
            Tooltip.install(node, tooltip);
        }
    }
}
