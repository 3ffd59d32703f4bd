package dev.rxray.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom: the last message on the left, the caret position and analysis summary on the right. */
final class StatusBar {
    private final Label message = new Label();
    private final Label analysis = new Label();
    private final Label caret = new Label();
    private final HBox root;

    StatusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setMinWidth(0);
        root = new HBox(16, message, spacer, analysis, caret);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
        root.getStyleClass().add("rx-status-bar");
        analysis.setMinWidth(Region.USE_PREF_SIZE);
        caret.setMinWidth(Region.USE_PREF_SIZE);
    }

    Node view() {
        return root;
    }

    void message(String text) {
        message.setText(text);
    }

    String message() {
        return message.getText();
    }

    void caret(int line, int column) {
        caret.setText("Ln " + line + ", Col " + column);
    }

    void analysis(int problems, long nanos, String problem) {
        String summary = (problems == 0 ? "No problems" : problems == 1 ? "1 problem" : problems + " problems")
                + "  \u00b7  analysed in " + Math.max(1, nanos / 1_000_000) + " ms";
        analysis.setText(problem.isEmpty() ? summary : summary + "  \u00b7  " + problem);
    }
}
