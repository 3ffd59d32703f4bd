package dev.rxray.ui.async;

import dev.rxray.analysis.async.CoroutineMachine;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The tab's top row: the file's coroutines, the Send badge of the one on show, and Copy and Export…. Choosing in the
 * list is reported; setting the list or the choice from the analysis is not.
 */
final class CoroutinePicker {
    private final ComboBox<String> coroutines = new ComboBox<>();
    private final Label send = new Label();
    private final Button copy = new Button("Copy");
    private final Button export = new Button("Export\u2026");
    private final HBox row;
    private boolean updating;

    /**
     * {@code chosen} gets the name the user picks; {@code sendClicked}, {@code copied} and {@code exported} run on
     * a click on the badge, Copy and Export….
     */
    CoroutinePicker(Consumer<String> chosen, Runnable sendClicked, Runnable copied, Runnable exported) {
        coroutines.setMaxWidth(Double.MAX_VALUE);
        coroutines.setPrefWidth(260);
        send.setMinWidth(Region.USE_PREF_SIZE);
        coroutines.setTooltip(new Tooltip("The coroutines of the file"));
        HBox.setHgrow(coroutines, Priority.ALWAYS);
        coroutines.valueProperty().addListener((obs, old, name) -> {
            if (!updating && name != null) {
                chosen.accept(name);
            }
        });
        send.getStyleClass().add("rx-async-send");
        send.setOnMouseClicked(e -> sendClicked.run());
        copy.setTooltip(new Tooltip("Copy the diagram, as it stands, to the clipboard as an image"));
        export.setTooltip(new Tooltip("Save the diagram, as it stands at this step, as SVG, PNG, PDF or DOT"));
        copy.setOnAction(e -> copied.run());
        export.setOnAction(e -> exported.run());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.getStyleClass().add("rx-async-export");
        row = new HBox(8, coroutines, send, copy, export);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6));
    }

    Node node() {
        return row;
    }

    /** Lists {@code names} and shows {@code name} as chosen (empty: none), without reporting a choice. */
    void list(List<String> names, String name) {
        updating = true;
        try {
            if (!coroutines.getItems().equals(names)) {
                coroutines.getItems().setAll(names);
            }
            coroutines.setValue(name.isEmpty() ? null : name);
        } finally {
            updating = false;
        }
    }

    /** Shows {@code name} as chosen, without reporting a choice. */
    void show(String name) {
        if (!name.equals(coroutines.getValue())) {
            updating = true;
            coroutines.setValue(name);
            updating = false;
        }
    }

    /** The badge for {@code machine}: Send or not, with the reason as its tooltip. */
    void showSend(CoroutineMachine machine) {
        send.setText(machine.send() ? "Send \u2713" : "not Send \u2717");
        send.getStyleClass().removeAll("rx-async-send-yes", "rx-async-send-no");
        send.getStyleClass().add(machine.send() ? "rx-async-send-yes" : "rx-async-send-no");
        send.setTooltip(new Tooltip(StateTexts.send(machine)));
    }

    void clearSend() {
        send.setText("");
    }
}
