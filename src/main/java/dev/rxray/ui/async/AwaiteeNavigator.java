package dev.rxray.ui.async;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Region;

/**
 * Going from a machine to the machine of an async fn it awaits, and back: the "Open …" button for the selected
 * state's awaitee, the right-click menu of an awaitee row, and "← Back" over the machines the user came from.
 */
final class AwaiteeNavigator {
    private final Button open = new Button("Open awaited machine");
    private final Button back = new Button("\u2190 Back");
    private final ContextMenu menu = new ContextMenu();
    private final MenuItem menuOpen = new MenuItem("Open awaited machine");
    /** The machines the user came from through awaitee links, most recent first. */
    private final Deque<String> cameFrom = new ArrayDeque<>();
    private final Supplier<String> current;
    private final Predicate<String> exists;
    private final Consumer<String> choose;
    private String menuTarget = "";

    /**
     * {@code current} names the machine on show ("" for none), {@code exists} says whether the analysis still has a
     * machine, {@code choose} shows one. {@code openSelected} is what the "Open …" button opens.
     */
    AwaiteeNavigator(Supplier<String> current, Predicate<String> exists, Consumer<String> choose,
            Runnable openSelected, Runnable goneBack) {
        this.current = current;
        this.exists = exists;
        this.choose = choose;
        open.setTooltip(new Tooltip("Show the state machine of the async fn awaited in the selected state"));
        open.setOnAction(e -> openSelected.run());
        back.setOnAction(e -> {
            back();
            goneBack.run();
        });
        for (Button button : List.of(open, back)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        menu.getItems().add(menuOpen);
    }

    /** The two buttons, for the row above the centre. */
    List<Node> buttons() {
        return List.of(open, back);
    }

    /** Shows the right-click menu for an awaitee row that opens {@code name}; {@code opener} opens it. */
    void offer(Node owner, ContextMenuEvent event, String name, Consumer<String> opener) {
        menuTarget = name;
        menuOpen.setText("Open awaited machine: " + name);
        menuOpen.setOnAction(e -> opener.accept(menuTarget));
        menu.show(owner, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    /** Switches to the machine {@code name}, remembering the one on show for Back. */
    void open(String name) {
        cameFrom.push(current.get());
        choose.accept(name);
    }

    /** Returns to the most recent machine the user came from that the analysis still has. */
    private void back() {
        while (!cameFrom.isEmpty()) {
            String name = cameFrom.pop();
            if (exists.test(name)) {
                choose.accept(name);
                break;
            }
        }
    }

    /** The buttons for what the selected state awaits and where Back goes. */
    void update(Optional<String> awaited) {
        open.setDisable(awaited.isEmpty());
        open.setText(awaited.map(n -> "Open " + n).orElse("Open awaited machine"));
        back.setVisible(!cameFrom.isEmpty());
        back.setManaged(!cameFrom.isEmpty());
        back.setText(cameFrom.isEmpty() ? "\u2190 Back" : "\u2190 Back to " + cameFrom.peek());
    }
}
