package dev.rxray.ui.async;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The middle of the tab and its Graph | Desugared switch. The graph side shows the diagram, or a message while
 * there is none; the desugared side shows the desugared code while there is some, else the graph side.
 */
final class CentrePane {
    private final BorderPane centre = new BorderPane();
    private final ToggleGroup choice = new ToggleGroup();
    private final ToggleButton graphButton = new ToggleButton("Graph");
    private final ToggleButton desugaredButton = new ToggleButton("Desugared");
    private final Node desugared;
    private final BooleanSupplier hasDesugared;
    private Node graphContent;

    /** {@code hasDesugared} says whether {@code desugared} has code to show now. */
    CentrePane(Node graphContent, Node desugared, BooleanSupplier hasDesugared) {
        this.graphContent = graphContent;
        this.desugared = desugared;
        this.hasDesugared = hasDesugared;
        graphButton.setToggleGroup(choice);
        desugaredButton.setToggleGroup(choice);
        graphButton.getStyleClass().add("left-pill");
        desugaredButton.getStyleClass().add("right-pill");
        graphButton.setTooltip(new Tooltip("The state graph"));
        desugaredButton.setTooltip(new Tooltip("The enum and impl Future rustc generates, as readable pseudo-Rust "
                + "(an explanation model, not rustc's literal output)"));
        graphButton.setSelected(true);
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            place();
        });
    }

    Node node() {
        return centre;
    }

    /** The Graph and Desugared buttons. */
    List<Node> switches() {
        return List.of(graphButton, desugaredButton);
    }

    /** What the graph side shows: the diagram, or a message. */
    void showOnGraphSide(Node content) {
        graphContent = content;
        place();
    }

    void showDesugared() {
        desugaredButton.setSelected(true);
    }

    void showGraph() {
        graphButton.setSelected(true);
    }

    /** Puts the chosen side in the middle (again, after the desugared code came or went). */
    void place() {
        Node wanted = desugaredButton.isSelected() && hasDesugared.getAsBoolean() ? desugared : graphContent;
        if (centre.getCenter() != wanted) {
            centre.setCenter(wanted);
        }
    }
}
