package dev.rxray.ui;

import dev.rxray.syntax.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * The list of diagnostics under the editor, one {@code line:col  message} per row. Clicking a row (or pressing
 * Enter on it) hands the diagnostic to the editor, which moves the caret there.
 */
final class DiagnosticsPane {
    private final ListView<Diagnostic> list = new ListView<>();
    private final Label header = new Label();
    private final BorderPane root = new BorderPane();

    DiagnosticsPane(Consumer<Diagnostic> onChosen) {
        list.getStyleClass().add("rx-diagnostics");
        list.setPlaceholder(new Label("No problems found"));
        list.setCellFactory(view -> new DiagnosticCell(onChosen));
        list.setOnKeyPressed(e -> {
            Diagnostic chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                onChosen.accept(chosen);
            }
        });
        header.getStyleClass().add("rx-pane-header");
        header.setPadding(new Insets(4, 8, 4, 8));
        header.setMaxWidth(Double.MAX_VALUE);
        root.setTop(header);
        root.setCenter(list);
        show(List.of());
    }

    Node view() {
        return root;
    }

    ListView<Diagnostic> list() {
        return list;
    }

    void show(List<Diagnostic> diagnostics) {
        list.getItems().setAll(diagnostics);
        header.setText(diagnostics.isEmpty() ? "Problems" : "Problems (" + diagnostics.size() + ")");
    }

    /** The row text: {@code 12:5  expected `;`, found `}`}. */
    static String describe(Diagnostic d) {
        return d.span().startLine() + ":" + d.span().startColumn() + "  " + d.message();
    }

    private static final class DiagnosticCell extends ListCell<Diagnostic> {
        DiagnosticCell(Consumer<Diagnostic> onChosen) {
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    onChosen.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Diagnostic item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("rx-error", "rx-warning", "rx-note");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(describe(item));
            // Long messages are cut by the pane's width; the tooltip has the whole sentence.
            setTooltip(new Tooltip(describe(item)));
            getStyleClass().add("rx-" + item.severity().label());
        }
    }
}
