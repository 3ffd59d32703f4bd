package dev.rxray.ui.variance;

import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.TableColumn;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.TableRow;
import dev.rxray.diagram.variance.TypesGraph;
import dev.rxray.diagram.variance.VarianceFigures;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import dev.rxray.ui.SidePanel;
import dev.rxray.ui.diagram.DiagramView;
import dev.rxray.ui.diagram.TableFigureView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;

/**
 * The Variance side tab. Re-analysing the same text keeps the chosen type; a type that disappeared falls back to
 * the first one. The graph is laid out off the FX thread and a stale layout is dropped by the layout service.
 */
public final class VariancePane implements SidePanel {
    private final ComboBox<String> picker = new ComboBox<>();
    private final TableFigureView table = new TableFigureView();
    private final Label reason = new Label("Hover a cell or a badge for its reason.");
    private final Label empty = new Label("No struct, enum or union in this file");
    private final DiagramView graph = new DiagramView();
    private final Label graphMessage = new Label();
    private final LayoutService layouts = new LayoutService();
    private final Map<String, String> reasons = new HashMap<>();
    private final SplitPane view;
    private PipelineResult current;
    private boolean filling;

    private final ChooserPane chooser;
    private final PlaygroundPane playground = new PlaygroundPane();

    public VariancePane() {
        this(SnippetEditor.NONE);
    }

    /** {@code editor} receives the chooser's "apply to the snippet" edits. */
    public VariancePane(SnippetEditor editor) {
        chooser = new ChooserPane(editor, () -> current == null ? "" : current.source().text());
        picker.getStyleClass().add("rx-variance-picker");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().addListener((obs, old, name) -> {
            if (!filling && name != null) {
                showType(name);
            }
        });
        Label pick = new Label("Type");
        HBox top = new HBox(8, pick, picker);
        HBox.setHgrow(picker, Priority.ALWAYS);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        reason.setWrapText(true);
        reason.getStyleClass().add("rx-variance-reason");
        reason.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        table.setOnCellHover(id -> {
            String text = reasons.get(id);
            if (text != null) {
                reason.setText(text);
            }
        });
        table.setPadding(new Insets(4));
        ScrollPane tableScroll = new ScrollPane(table);
        tableScroll.setFitToWidth(false);
        tableScroll.getStyleClass().add("rx-variance-table");
        empty.getStyleClass().add("rx-placeholder");
        empty.setVisible(false);
        StackPane tableArea = new StackPane(tableScroll, empty);
        VBox.setVgrow(tableArea, Priority.ALWAYS);
        VBox tablePage = new VBox(8, tableArea, reason);
        javafx.scene.control.TabPane pages = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Table", tablePage),
                new javafx.scene.control.Tab("PhantomData", chooserScroll(chooser)),
                new javafx.scene.control.Tab("Subtyping", playground));
        pages.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.getStyleClass().add("rx-variance-pages");
        VBox.setVgrow(pages, Priority.ALWAYS);
        VBox upper = new VBox(8, top, pages);
        upper.setPadding(new Insets(8));
        graphMessage.getStyleClass().add("rx-placeholder");
        graphMessage.setMouseTransparent(true);
        StackPane lower = new StackPane(graph, graphMessage);
        lower.setMinHeight(120);
        view = new SplitPane(upper, lower);
        view.setOrientation(Orientation.VERTICAL);
        view.setDividerPositions(0.68);
        view.getStyleClass().add("rx-variance");
    }

    private static ScrollPane chooserScroll(ChooserPane chooser) {
        ScrollPane scroll = new ScrollPane(chooser);
        scroll.setFitToWidth(true);
        return scroll;
    }

    @Override
    public String title() {
        return "Variance";
    }

    @Override
    public Node view() {
        return view;
    }

    public TableFigureView table() {
        return table;
    }

    public ComboBox<String> picker() {
        return picker;
    }

    public Label reason() {
        return reason;
    }

    ChooserPane chooser() {
        return chooser;
    }

    PlaygroundPane playground() {
        return playground;
    }

    public DiagramView graph() {
        return graph;
    }

    @Override
    public void show(PipelineResult result) {
        current = result;
        List<String> names = VarianceFigures.typeNames(result);
        String chosen = picker.getValue();
        filling = true;
        try {
            picker.getItems().setAll(names);
            boolean known = chosen != null && names.contains(chosen);
            String keep = known ? chosen : names.isEmpty() ? null : names.getFirst();
            picker.setValue(keep);
        } finally {
            filling = false;
        }
        empty.setVisible(names.isEmpty());
        table.setVisible(!names.isEmpty());
        if (names.isEmpty()) {
            reasons.clear();
            table.getChildren().clear();
            chooser.show(Optional.empty());
        } else {
            showType(picker.getValue());
        }
        askPlayground(result);
        showGraph(result);
    }

    private void showType(String name) {
        if (current == null) {
            return;
        }
        Optional<TableFigure> figure = VarianceFigures.table(current, name);
        figure.ifPresent(t -> {
            reasons.clear();
            for (TableRow row : Stream.concat(t.rows().stream(), t.footer().stream()).toList()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    TableColumn column = t.columns().get(c);
                    reasons.put(TableFigure.cellId(row, column), row.label() + " \u00d7 " + column.label() + ": "
                            + row.cells().get(c).tooltip());
                }
            }
            table.show(t);
            wrapBadges(t);
        });
        chooser.show(current.types().type(name).map(r -> r.declaration()));
    }

    /**
     * The table view lays badges out in one row, which a side panel cuts off; they are moved into a wrapping row
     * here, and hovering one shows its reason like a cell.
     */
    private void wrapBadges(TableFigure t) {
        Node row = table.lookup(".badges");
        if (!(row instanceof javafx.scene.layout.Pane badges)) {
            return;
        }
        javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(6, 6);
        flow.getStyleClass().addAll(badges.getStyleClass());
        flow.setPrefWrapLength(360);
        for (dev.rxray.diagram.Badge badge : t.badges()) {
            Node node = badges.lookup("#" + badge.id());
            if (node != null) {
                node.setOnMouseEntered(event -> reason.setText(badge.label() + " " + badge.value() + ": "
                        + badge.tooltip()));
            }
        }
        flow.getChildren().setAll(List.copyOf(badges.getChildren()));
        int at = table.getChildren().indexOf(badges);
        table.getChildren().set(at, flow);
    }

    /** Proposes {@code Foo<'static>} for {@code Foo<'a>} on the first type with a lifetime, if the fields are empty. */
    private void askPlayground(PipelineResult result) {
        String given = "";
        String expected = "";
        for (var type : result.types().types()) {
            var decl = type.declaration();
            if (!decl.lifetimes().isEmpty()) {
                List<String> g = new java.util.ArrayList<>();
                List<String> e = new java.util.ArrayList<>();
                for (var p : decl.params()) {
                    boolean first = p.equals(decl.lifetimes().getFirst());
                    g.add(first ? "'static" : p.name());
                    e.add(p.name());
                }
                given = decl.name() + "<" + String.join(", ", g) + ">";
                expected = decl.name() + "<" + String.join(", ", e) + ">";
                break;
            }
        }
        playground.show(result.types(), given, expected);
    }

    private void showGraph(PipelineResult result) {
        if (result.types().types().isEmpty()) {
            graph.setVisible(false);
            graphMessage.setText("");
            return;
        }
        GraphFigure figure = TypesGraph.graph(result.types());
        layouts.layout(figure, DotOptions.VIEW).thenAccept(outcome -> Platform.runLater(() -> {
            if (current != result) {
                return;
            }
            switch (outcome) {
                case LayoutOutcome.Laid laid -> {
                    graph.setVisible(true);
                    graphMessage.setText("");
                    graph.show(figure, laid.graph());
                    graph.fitToView();
                }
                case LayoutOutcome.Failed failed -> {
                    graph.setVisible(false);
                    graphMessage.setText("The types graph could not be laid out: " + failed.message());
                }
                case LayoutOutcome.Superseded superseded -> {
                }
            }
        }));
    }
}
