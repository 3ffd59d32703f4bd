package dev.rxray.ui.variance;

import dev.rxray.diagram.Direction;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.diagram.TableColumn;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.TableRow;
import dev.rxray.diagram.variance.TypesGraph;
import dev.rxray.diagram.variance.VarianceFigures;
import dev.rxray.outline.OutlineItem;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import dev.rxray.ui.SidePanel;
import dev.rxray.ui.diagram.DiagramClipboard;
import dev.rxray.ui.diagram.DiagramView;
import dev.rxray.ui.diagram.ExportDialog;
import dev.rxray.ui.diagram.ExportPlan;
import dev.rxray.ui.diagram.TableFigureView;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Variance side tab: a type picker with Copy and Export…, and four pages (the chosen type's table, the graph of
 * the file's types, the PhantomData chooser, the subtyping playground). Re-analysing the same file keeps the chosen
 * type; another file, or a type that disappeared, starts at the first type with a parameter. The graph is laid out
 * off the FX thread and a stale layout is dropped by the layout service. Figures follow the app's theme; exports
 * and copies render off the FX thread and report in a line under the picker.
 */
public final class VariancePane implements SidePanel {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final java.util.Set<String> TYPE_KINDS = java.util.Set.of("struct", "enum", "union");
    private static final String HOVER_HINT = "Hover a cell or a badge for its reason.";
    /** Four lines of reason; longer ones scroll. */
    private static final double REASON_HEIGHT = 72;

    private final ComboBox<String> picker = new ComboBox<>();
    private final TableFigureView table = new TableFigureView();
    private final CodeText reason = new CodeText();
    private final Label empty = new Label("No struct, enum or union in this file");
    private final DiagramView graph = new DiagramView();
    private final Label graphMessage = new Label();
    private final LayoutService layouts = new LayoutService();
    private final Map<String, String> reasons = new HashMap<>();
    private final VBox view;
    private final TabPane pages = new TabPane();
    private final Tab graphTab = new Tab("Graph");
    private PipelineResult current;
    private String shownType = "";
    private String caretType = "";
    private boolean filling;

    private final ChooserPane chooser;
    private final PlaygroundPane playground = new PlaygroundPane();
    private final Button copy = new Button("Copy");
    private final Tooltip copyTip = new Tooltip();
    private final Button export = new Button("Export\u2026");
    private final Label message = new Label();
    private final ExportDialog exportDialog = new ExportDialog();
    private Theme theme = Themes.LIGHT;

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
        pick.setMinWidth(Region.USE_PREF_SIZE);
        table.getStyleClass().add("compact");
        copy.setTooltip(copyTip);
        export.setTooltip(new Tooltip("Save the table or the types graph as SVG, PNG, PDF or DOT"));
        copy.setOnAction(event -> copy(visibleSubject()));
        export.setOnAction(event -> askExport(visibleSubject()));
        copy.setDisable(true);
        export.setDisable(true);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, pick, picker, copy, export);
        HBox.setHgrow(picker, Priority.ALWAYS);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        reason.setText(HOVER_HINT);
        reason.getStyleClass().add("rx-variance-reason");
        // A fixed height: a reason that grew the area would shrink the table and move the cell under the pointer.
        ScrollPane reasonArea = new ScrollPane(reason);
        reasonArea.setFitToWidth(true);
        reasonArea.setPrefViewportHeight(REASON_HEIGHT);
        reasonArea.setMinViewportHeight(REASON_HEIGHT);
        reasonArea.setMaxHeight(Region.USE_PREF_SIZE);
        reasonArea.getStyleClass().addAll("rx-variance-reason-area", "edge-to-edge");
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
        VBox tablePage = new VBox(6, tableArea, reasonArea);
        graphMessage.getStyleClass().add("rx-placeholder");
        graphMessage.setMouseTransparent(true);
        MenuItem copyGraph = new MenuItem("Copy Graph");
        copyGraph.setOnAction(event -> copy(VarianceSubject.GRAPH));
        MenuItem exportGraph = new MenuItem("Export Graph\u2026");
        exportGraph.setOnAction(event -> askExport(VarianceSubject.GRAPH));
        ContextMenu graphMenu = new ContextMenu(copyGraph, exportGraph);
        graph.setOnContextMenuRequested(event -> {
            if (hasDiagram()) {
                graphMenu.show(graph, event.getScreenX(), event.getScreenY());
            }
        });
        StackPane graphPage = new StackPane(graph, graphMessage);
        // The graph has a page of its own: under the table it left the table too little height for its badges.
        pages.getTabs().setAll(new Tab("Table", tablePage), graphTab, new Tab("PhantomData", chooserScroll(chooser)),
                new Tab("Subtyping", playground));
        graphTab.setContent(graphPage);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.getStyleClass().add("rx-variance-pages");
        pages.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == graphTab) {
                // After the layout pass that gives the graph its size.
                Platform.runLater(graph::fitToView);
            }
            describeButtons();
        });
        VBox.setVgrow(pages, Priority.ALWAYS);
        message.getStyleClass().add("rx-variance-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        view = new VBox(8, top, message, pages);
        view.setPadding(new Insets(8));
        view.getStyleClass().add("rx-variance");
        describeButtons();
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

    /** The reason shown under the table, as the analysis worded it (backticks included). */
    public String reasonText() {
        return reason.getText();
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

    /** The line under the picker that reports exports and copies (and why one failed). */
    public Label message() {
        return message;
    }

    @Override
    public void useTheme(Theme newTheme) {
        theme = newTheme;
        table.setTheme(newTheme);
        graph.setTheme(newTheme);
    }

    /**
     * Putting the caret inside a struct, enum or union shows its table. Only a move into another type switches, so a
     * type picked by hand stays while the caret rests (re-analyses report the caret again).
     */
    @Override
    public void caretMoved(int offset) {
        if (current == null) {
            return;
        }
        Optional<String> enclosing = enclosingType(current.outline(), offset);
        if (enclosing.isPresent() && !enclosing.get().equals(caretType) && picker.getItems().contains(enclosing.get())) {
            picker.setValue(enclosing.get());
        }
        caretType = enclosing.orElse("");
    }

    private static Optional<String> enclosingType(List<OutlineItem> items, int offset) {
        for (OutlineItem item : items) {
            if (offset < item.span().startOffset() || offset > item.span().endOffset()) {
                continue;
            }
            if (TYPE_KINDS.contains(item.kind())) {
                return Optional.of(item.name());
            }
            Optional<String> inner = enclosingType(item.children(), offset);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** The diagram palette the tab draws in now (the app's look). */
    public Theme theme() {
        return theme;
    }

    @Override
    public boolean hasDiagram() {
        return current != null && !current.types().types().isEmpty();
    }

    /** File > Export Diagram…: the figure on show (the graph on the Graph page, else the table; the dialog offers both). */
    @Override
    public void exportDiagram() {
        askExport(visibleSubject());
    }

    /** Edit > Copy Diagram: the figure on show, in the app's theme at twice the size. */
    @Override
    public void copyDiagram() {
        copy(visibleSubject());
    }

    /** The graph while its page is selected, the chosen type's table otherwise. */
    VarianceSubject visibleSubject() {
        return pages.getSelectionModel().getSelectedItem() == graphTab ? VarianceSubject.GRAPH
                : VarianceSubject.TABLE;
    }

    /** Selects the Graph page (true) or the Table page. */
    void showGraphPage(boolean graphPage) {
        pages.getSelectionModel().select(graphPage ? 1 : 0);
    }

    private void describeButtons() {
        copyTip.setText(visibleSubject() == VarianceSubject.GRAPH
                ? "Copy the types graph to the clipboard as an image"
                : "Copy the table to the clipboard as an image");
    }

    private void askExport(VarianceSubject preferred) {
        if (!hasDiagram() || picker.getValue() == null) {
            return;
        }
        exportDialog.ask(view.getScene().getWindow(), VarianceSubject.offered(picker.getValue(), fileStem(), preferred),
                theme).ifPresent(chosen -> exportTo(chosen.plan(), chosen.path()));
    }

    private String fileStem() {
        String name = current.source().name();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() || stem.startsWith("<") ? "types" : stem;
    }

    /** The figure a plan names, from the analysis shown now; empty when the file has no types. */
    Optional<Figure> figure(VarianceSubject subject) {
        if (!hasDiagram()) {
            return Optional.empty();
        }
        return switch (subject) {
            case TABLE -> Optional.ofNullable(picker.getValue()).flatMap(name -> VarianceFigures.table(current, name))
                    .map(Figure.class::cast);
            case GRAPH -> Optional.of(TypesGraph.graph(current.types()));
        };
    }

    /**
     * Writes the figure a plan names to {@code target} (called on the FX thread, with the path the save dialog
     * gave). The rendering and the atomic write run off the FX thread; the result is reported in {@link #message()}
     * and completes the future after that. A failure leaves {@code target} as it was.
     */
    public CompletableFuture<ExportResult> exportTo(ExportPlan<VarianceSubject> plan, Path target) {
        Optional<Figure> figure = figure(plan.subject());
        if (figure.isEmpty()) {
            ExportResult none = new ExportResult.Failed("this file declares no struct, enum or union to draw");
            report(none, "Export failed: ");
            return CompletableFuture.completedFuture(none);
        }
        ExportRequest request = new ExportRequest(figure.get(), plan.format(), plan.theme(), Highlight.NONE,
                plan.scale());
        message.pseudoClassStateChanged(ERROR, false);
        message.setText("Exporting to " + target.getFileName() + "\u2026");
        return CompletableFuture.supplyAsync(() -> Exporter.export(request, target))
                .exceptionally(e -> new ExportResult.Failed("unexpected error: " + e))
                .thenCompose(result -> onFx(() -> report(result, "Export failed: ")));
    }

    /**
     * Puts the figure on the clipboard as a PNG at twice the size, in the app's theme; reported like an export.
     */
    public CompletableFuture<ExportResult> copy(VarianceSubject subject) {
        Optional<Figure> figure = figure(subject);
        if (figure.isEmpty()) {
            return CompletableFuture.completedFuture(new ExportResult.Failed("nothing to copy"));
        }
        ExportRequest request = new ExportRequest(figure.get(), ExportFormat.PNG, theme, Highlight.NONE, 2);
        String what = subject == VarianceSubject.TABLE ? "The table of " + picker.getValue() : "The types graph";
        return DiagramClipboard.copy(request)
                .exceptionally(e -> new ExportResult.Failed("unexpected error: " + e))
                .thenCompose(result -> onFx(() -> {
                    if (result instanceof ExportResult.Rendered) {
                        message.pseudoClassStateChanged(ERROR, false);
                        message.setText(what + " was copied to the clipboard as an image.");
                        return result;
                    }
                    return report(result, "Could not copy: ");
                }));
    }

    private ExportResult report(ExportResult result, String failurePrefix) {
        message.pseudoClassStateChanged(ERROR, result instanceof ExportResult.Failed);
        message.setText(switch (result) {
            case ExportResult.Written written -> "Exported to " + written.path() + ".";
            case ExportResult.Failed failed -> failurePrefix + failed.message();
            case ExportResult.Rendered rendered -> "";
        });
        return result;
    }

    private static CompletableFuture<ExportResult> onFx(Supplier<ExportResult> action) {
        CompletableFuture<ExportResult> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public void show(PipelineResult result) {
        // Another file starts afresh: a type of the same name there is a different type.
        boolean sameFile = current != null && current.source().name().equals(result.source().name());
        current = result;
        List<String> names = VarianceFigures.typeNames(result);
        String chosen = picker.getValue();
        filling = true;
        try {
            picker.getItems().setAll(names);
            boolean known = sameFile && chosen != null && names.contains(chosen);
            String keep = known ? chosen : firstWithParameters(result, names);
            picker.setValue(keep);
        } finally {
            filling = false;
        }
        empty.setVisible(names.isEmpty());
        copy.setDisable(names.isEmpty());
        export.setDisable(names.isEmpty());
        table.setVisible(!names.isEmpty());
        if (names.isEmpty()) {
            reasons.clear();
            table.getChildren().clear();
            reason.setText("");
            shownType = "";
            chooser.show(Optional.empty());
        } else {
            showType(picker.getValue());
        }
        askPlayground(result);
        showGraph(result);
    }

    /**
     * The type shown first in a newly opened file: the first with a parameter, since a type without one has no
     * variance to show (a file often starts with the plain types its generic ones are used with).
     */
    private static String firstWithParameters(PipelineResult result, List<String> names) {
        return result.types().types().stream().map(t -> t.declaration())
                .filter(d -> !d.params().isEmpty()).map(d -> d.name()).findFirst()
                .orElse(names.isEmpty() ? null : names.getFirst());
    }

    private void showType(String name) {
        if (current == null) {
            return;
        }
        Optional<TableFigure> figure = VarianceFigures.table(current, name);
        if (!name.equals(shownType)) {
            // A reason about the previous type would be read as one about this one.
            boolean plain = figure.map(t -> t.columns().isEmpty()).orElse(false);
            reason.setText(plain ? "`" + name + "` has no lifetime, type or const parameter, so it has no variance;"
                    + " hover a badge for its auto traits and drop check." : HOVER_HINT);
            shownType = name;
        }
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
        flow.setPrefWrapLength(280);
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
        // Top-down in the view, which is taller than wide; exports keep the figure's left-to-right flow.
        GraphFigure flow = TypesGraph.graph(result.types());
        GraphFigure figure = new GraphFigure(flow.id(), flow.title(), Direction.TOP_DOWN, flow.nodes(), flow.edges());
        layouts.layout(figure, DotOptions.VIEW).thenAccept(outcome -> Platform.runLater(() -> {
            if (current != result) {
                return;
            }
            switch (outcome) {
                case LayoutOutcome.Laid laid -> {
                    graph.setVisible(true);
                    graphMessage.setText("");
                    graph.show(figure, laid.graph());
                    if (graphTab.isSelected()) {
                        graph.fitToView();
                    }
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
