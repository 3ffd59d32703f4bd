package dev.rxray.ui.diagram;

import dev.rxray.diagram.DiagramEdge;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Emphasis;
import dev.rxray.diagram.Field;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.render.Box;
import dev.rxray.render.LaidOutEdge;
import dev.rxray.render.LaidOutGraph;
import dev.rxray.render.LaidOutNode;
import dev.rxray.render.LaidOutRow;
import dev.rxray.render.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.rxray.render.DotOptions;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Draws a {@link GraphFigure} at the positions of its {@link LaidOutGraph} with JavaFX shapes: rounded node boxes
 * with a title band and field rows, Bézier edges with arrowheads and labels. Drag pans, the wheel or a pinch zooms
 * around the pointer, {@link #fitToView()} fits. A click on a node and the pointer entering or leaving a row are
 * reported through callbacks. {@link #applyHighlight} only toggles pseudo-classes: it never rebuilds the shapes.
 *
 * <p>Node groups have the node's id as their JavaFX id and style classes {@code diagram-node} plus the role's;
 * rows have {@code diagram-row} and the emphasis class; edges {@code diagram-edge} plus the kind's.
 */
public final class DiagramView extends Region {
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 8;
    private static final double FIT_MARGIN = 24;
    private static final double READABLE_ZOOM = 0.45;
    private static final double TEXT_PAD = 5;
    private static final double CORNER = 10;

    private final Group content = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private final Map<String, Node> nodeShapes = new HashMap<>();
    private final Map<String, Node> edgeShapes = new HashMap<>();
    private final Map<String, Node> rowShapes = new HashMap<>();
    private Consumer<String> onNodeClicked = id -> { };
    private Consumer<RowEvent> onRowHover = event -> { };
    private double dragX;
    private double dragY;
    private double graphWidth;
    private double graphHeight;

    public DiagramView() {
        getStyleClass().add("diagram-view");
        getStylesheets().add(ThemeCss.stylesheet());
        setTheme(Themes.LIGHT);
        content.getTransforms().setAll(translate, scale);
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::startDrag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
        addEventHandler(ZoomEvent.ZOOM, this::pinch);
    }

    public void setTheme(Theme theme) {
        setStyle(ThemeCss.variables(theme));
    }

    public void setOnNodeClicked(Consumer<String> handler) {
        onNodeClicked = handler;
    }

    public void setOnRowHover(Consumer<RowEvent> handler) {
        onRowHover = handler;
    }

    /** Replaces the drawing. Call on the FX thread with a figure and the layout made from it. */
    public void show(GraphFigure figure, LaidOutGraph layout) {
        nodeShapes.clear();
        edgeShapes.clear();
        rowShapes.clear();
        List<Node> shapes = new ArrayList<>();
        for (LaidOutEdge edge : layout.edges()) {
            figure.edge(edge.id()).ifPresent(e -> shapes.add(edge(e, edge)));
        }
        for (LaidOutNode node : layout.nodes()) {
            figure.node(node.id()).ifPresent(n -> shapes.add(node(n, node)));
        }
        content.getChildren().setAll(shapes);
        graphWidth = layout.width();
        graphHeight = layout.height();
        fitToView();
    }

    /**
     * Lays the figure out off the FX thread and shows it when the layout arrives. If another figure was submitted
     * to the same service meanwhile, this one is dropped; a failure is shown as a message in the view.
     */
    public CompletableFuture<LayoutOutcome> display(GraphFigure figure, LayoutService service) {
        return service.layout(figure, DotOptions.VIEW).thenApply(outcome -> {
            Platform.runLater(() -> {
                switch (outcome) {
                    case LayoutOutcome.Laid(LaidOutGraph graph, java.time.Duration took) -> show(figure, graph);
                    case LayoutOutcome.Failed(String message) -> showMessage(message);
                    case LayoutOutcome.Superseded superseded -> { }
                }
            });
            return outcome;
        });
    }

    /** Replaces the drawing with a one-line message (a failed layout, an empty selection). */
    public void showMessage(String message) {
        nodeShapes.clear();
        edgeShapes.clear();
        rowShapes.clear();
        Text text = new Text(message);
        text.setFont(DiagramFonts.LABEL);
        text.getStyleClass().add("diagram-message");
        text.setTextOrigin(VPos.TOP);
        content.getChildren().setAll(text);
        graphWidth = 0;
        graphHeight = 0;
        setZoom(1, FIT_MARGIN, FIT_MARGIN);
    }

    /** Restyles without relayout: everything named in the highlight gets {@code :highlighted}. */
    public void applyHighlight(Highlight highlight) {
        nodeShapes.forEach((id, shape) -> {
            shape.pseudoClassStateChanged(HIGHLIGHTED, highlight.nodes().contains(id));
            shape.pseudoClassStateChanged(CURRENT, highlight.current().equals(id));
        });
        edgeShapes.forEach((id, shape) -> shape.pseudoClassStateChanged(HIGHLIGHTED, highlight.hasEdge(id)));
        rowShapes.forEach((id, shape) -> shape.pseudoClassStateChanged(HIGHLIGHTED, highlight.hasRow(id)));
    }

    /**
     * Scales and centres the drawing to fill the control, never enlarging past 1.5x. A drawing that would need less
     * than {@link #READABLE_ZOOM} to fit (a machine with dozens of states) is shown at that zoom from its top, where
     * it starts: text stays legible, and the shapes out of sight cost nothing to paint.
     */
    public void fitToView() {
        double width = getWidth() > 0 ? getWidth() : prefWidth(-1);
        double height = getHeight() > 0 ? getHeight() : prefHeight(-1);
        if (graphWidth <= 0 || graphHeight <= 0 || width <= 0 || height <= 0) {
            return;
        }
        double zoom = Math.min((width - 2 * FIT_MARGIN) / graphWidth, (height - 2 * FIT_MARGIN) / graphHeight);
        zoom = clamp(Math.min(zoom, 1.5));
        if (zoom < READABLE_ZOOM) {
            setZoom(READABLE_ZOOM, (width - graphWidth * READABLE_ZOOM) / 2, FIT_MARGIN);
            return;
        }
        setZoom(zoom, (width - graphWidth * zoom) / 2, (height - graphHeight * zoom) / 2);
    }

    public double zoom() {
        return scale.getX();
    }

    /** Zooms by a factor keeping the point under (x, y), in this control's coordinates, where it is. */
    public void zoomAround(double factor, double x, double y) {
        double old = zoom();
        double zoom = clamp(old * factor);
        double localX = (x - translate.getX()) / old;
        double localY = (y - translate.getY()) / old;
        setZoom(zoom, x - localX * zoom, y - localY * zoom);
    }

    private void setZoom(double zoom, double x, double y) {
        scale.setX(zoom);
        scale.setY(zoom);
        translate.setX(x);
        translate.setY(y);
    }

    private static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    @Override
    protected double computePrefWidth(double height) {
        return graphWidth > 0 ? graphWidth + 2 * FIT_MARGIN : 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return graphHeight > 0 ? graphHeight + 2 * FIT_MARGIN : 300;
    }

    @Override
    protected void layoutChildren() {
        // The content group is positioned by its transforms only.
    }

    private void startDrag(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            dragX = event.getX() - translate.getX();
            dragY = event.getY() - translate.getY();
            requestFocus();
        }
    }

    private void drag(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            translate.setX(event.getX() - dragX);
            translate.setY(event.getY() - dragY);
        }
    }

    private void scroll(ScrollEvent event) {
        if (event.getDeltaY() != 0 && !event.isDirect()) {
            zoomAround(Math.exp(event.getDeltaY() * 0.0025), event.getX(), event.getY());
            event.consume();
        }
    }

    private void pinch(ZoomEvent event) {
        zoomAround(event.getZoomFactor(), event.getX(), event.getY());
        event.consume();
    }

    private Node node(DiagramNode node, LaidOutNode laid) {
        Group group = new Group();
        group.setId(node.id());
        group.getStyleClass().addAll("diagram-node", node.role().styleClass());
        Box box = laid.box();
        Rectangle fill = rounded(box, "node-box");
        Box titleBox = laid.title().width() > 0 ? laid.title()
                : new Box(box.x(), box.y(), box.width(), Math.min(box.height(), 30));
        Rectangle title = new Rectangle(box.x(), box.y(), box.width(), titleBox.y() + titleBox.height() - box.y());
        title.getStyleClass().add("node-title");
        // The title band and rows are square; clipping them to the rounded box keeps the corners round.
        Group inside = new Group(title);
        inside.setClip(rounded(box, "node-clip"));
        boolean subtitled = !node.subtitle().isEmpty();
        inside.getChildren().add(centred(node.title(), DiagramFonts.TITLE, "node-title-text", titleBox.centreX(),
                subtitled ? titleBox.y() + titleBox.height() * 0.38 : titleBox.centreY()));
        if (subtitled) {
            inside.getChildren().add(centred(node.subtitle(), DiagramFonts.SMALL, "node-subtitle-text",
                    titleBox.centreX(), titleBox.y() + titleBox.height() * 0.78));
        }
        List<LaidOutRow> rows = rows(node, laid, titleBox);
        for (int i = 0; i < node.fields().size(); i++) {
            inside.getChildren().add(row(node, i, rows.get(i)));
        }
        // Drawn last so bands never cover the border; transparent to the mouse so rows still get hover events.
        Rectangle outline = rounded(box, "node-outline");
        outline.setMouseTransparent(true);
        group.getChildren().addAll(fill, inside, outline);
        tooltipOnHover(group, node.tooltip());
        group.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                onNodeClicked.accept(node.id());
            }
        });
        nodeShapes.put(node.id(), group);
        return group;
    }

    /** Rows from the layout, or spaced evenly under the title if the layout could not say where they went. */
    private static List<LaidOutRow> rows(DiagramNode node, LaidOutNode laid, Box title) {
        if (laid.rows().size() == node.fields().size()) {
            return laid.rows();
        }
        Box box = laid.box();
        double top = title.y() + title.height();
        double height = node.fields().isEmpty() ? 0 : (box.y() + box.height() - top) / node.fields().size();
        List<LaidOutRow> rows = new ArrayList<>();
        for (int i = 0; i < node.fields().size(); i++) {
            Box row = new Box(box.x(), top + i * height, box.width(), height);
            double third = row.width() / 3;
            rows.add(new LaidOutRow(row, List.of(new Box(row.x(), row.y(), third, height),
                    new Box(row.x() + third, row.y(), third, height),
                    new Box(row.x() + 2 * third, row.y(), third, height))));
        }
        return rows;
    }

    private Node row(DiagramNode node, int index, LaidOutRow laid) {
        Field field = node.fields().get(index);
        Group group = new Group();
        String rowId = node.rowId(index);
        group.setId(rowId);
        group.getStyleClass().addAll("diagram-row", field.emphasis().styleClass());
        if (field.assumed()) {
            group.getStyleClass().add("row-assumed");
        }
        Box box = laid.box();
        Rectangle background = new Rectangle(box.x(), box.y(), box.width(), box.height());
        background.getStyleClass().add("node-row");
        group.getChildren().add(background);
        List<Box> cells = laid.cells();
        String note = field.assumed() ? (field.note().isEmpty() ? "assumed" : field.note() + " · assumed")
                : field.note();
        boolean bold = field.emphasis() == Emphasis.STRONG || field.emphasis() == Emphasis.WARNING;
        group.getChildren().add(inCell(field.label(), bold ? DiagramFonts.CODE_BOLD : DiagramFonts.CODE,
                "row-label", cells.get(0), TextAlignment.LEFT));
        group.getChildren().add(inCell(field.value(), field.assumed() ? DiagramFonts.CODE_ITALIC : DiagramFonts.CODE,
                "row-value", cells.get(1), TextAlignment.LEFT));
        group.getChildren().add(inCell(note, field.assumed() ? DiagramFonts.SMALL_ITALIC : DiagramFonts.SMALL,
                "row-note", cells.get(2), TextAlignment.RIGHT));
        tooltipOnHover(group, field.tooltip());
        group.setOnMouseEntered(event -> onRowHover.accept(new RowEvent(node.id(), index, field, true)));
        group.setOnMouseExited(event -> onRowHover.accept(new RowEvent(node.id(), index, field, false)));
        rowShapes.put(rowId, group);
        return group;
    }

    /**
     * Installs the tooltip when the pointer first enters the node: a tooltip is a popup control, costly to make, and
     * a machine with hundreds of states has thousands of rows, almost none of which are ever hovered.
     */
    private static void tooltipOnHover(Node node, String text) {
        if (text.isEmpty()) {
            return;
        }
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }

    private static Rectangle rounded(Box box, String styleClass) {
        Rectangle rectangle = new Rectangle(box.x(), box.y(), box.width(), box.height());
        rectangle.setArcWidth(CORNER);
        rectangle.setArcHeight(CORNER);
        rectangle.getStyleClass().add(styleClass);
        return rectangle;
    }

    /** Fonts are set in code, not CSS, because text is measured for placement before it is in a scene. */
    private static Text centred(String content, Font font, String styleClass, double x, double y) {
        Text text = new Text(content);
        text.setFont(font);
        text.getStyleClass().add(styleClass);
        text.setTextOrigin(VPos.CENTER);
        double width = text.getLayoutBounds().getWidth();
        text.setX(x - width / 2);
        text.setY(y);
        return text;
    }

    /** Text placed in a cell, squeezed horizontally if the local font is wider than the width Graphviz reserved. */
    private static Text inCell(String content, Font font, String styleClass, Box cell, TextAlignment align) {
        Text text = new Text(content);
        text.setFont(font);
        text.getStyleClass().add(styleClass);
        text.setTextOrigin(VPos.CENTER);
        double available = Math.max(1, cell.width() - 2 * TEXT_PAD);
        double width = text.getLayoutBounds().getWidth();
        double squeeze = width > available ? available / width : 1;
        double drawn = width * squeeze;
        double left = align == TextAlignment.RIGHT ? cell.x() + cell.width() - TEXT_PAD - drawn : cell.x() + TEXT_PAD;
        text.setX(left - (width - drawn) / 2);
        text.setScaleX(squeeze);
        text.setY(cell.centreY());
        return text;
    }

    private Node edge(DiagramEdge edge, LaidOutEdge laid) {
        Group group = new Group();
        group.setId(edge.id());
        group.getStyleClass().addAll("diagram-edge", edge.kind().styleClass());
        List<Point> spline = laid.spline();
        if (!spline.isEmpty()) {
            Path path = new Path();
            path.getElements().add(new MoveTo(spline.getFirst().x(), spline.getFirst().y()));
            for (int i = 1; i + 2 < spline.size(); i += 3) {
                Point a = spline.get(i);
                Point b = spline.get(i + 1);
                Point c = spline.get(i + 2);
                path.getElements().add(new CubicCurveTo(a.x(), a.y(), b.x(), b.y(), c.x(), c.y()));
            }
            path.getStyleClass().add("edge-line");
            group.getChildren().add(path);
        }
        if (!laid.arrowhead().isEmpty()) {
            Polygon head = new Polygon();
            for (Point p : laid.arrowhead()) {
                head.getPoints().addAll(p.x(), p.y());
            }
            head.getStyleClass().add("edge-head");
            group.getChildren().add(head);
        }
        if (laid.hasLabel() && !edge.label().isEmpty()) {
            group.getChildren().add(centred(edge.label(), DiagramFonts.LABEL, "edge-label", laid.label().centreX(),
                    laid.label().centreY()));
        }
        tooltipOnHover(group, edge.tooltip());
        edgeShapes.put(edge.id(), group);
        return group;
    }
}
