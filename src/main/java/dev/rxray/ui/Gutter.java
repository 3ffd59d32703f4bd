package dev.rxray.ui;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.fxmisc.richtext.CodeArea;

/**
 * Line numbers and diagnostic markers, drawn on a canvas beside the editor after each layout pass.
 *
 * <p>Why not the editor's paragraph graphics ({@code LineNumberFactory})? Measured on a 2,000-line file, having any
 * paragraph graphic at all costs about 5 ms of FX-thread time per keystroke, because every edit re-creates the
 * line's graphic and re-aligns all visible lines to the widest one. Drawing the visible numbers once per pulse
 * costs a small fraction of that and keeps a keystroke well inside a frame.
 */
final class Gutter extends Region {
    private static final double PAD_LEFT = 10;
    private static final double PAD_RIGHT = 4;
    private static final double MARKER_SPACE = 14;

    private final CodeArea area;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private Font font = Font.font("Monospaced", 12);
    private Font currentFont = Font.font("Monospaced", FontWeight.BOLD, 12);
    private double digitWidth = 7;
    private int digits = 0;
    private Theme theme = Theme.LIGHT;
    private Map<Integer, String> messages = Map.of();
    private boolean dirty = true;
    /** Rows drawn last time: paragraph index and vertical extent, for finding the line under the mouse. */
    private int[] rowParagraph = new int[0];
    private double[] rowTop = new double[0];
    private double[] rowBottom = new double[0];
    private final Runnable afterLayout = this::redrawIfDirty;
    private FxWorkMeter meter = FxWorkMeter.NONE;
    private javafx.scene.Node horizontalScrollBar;
    private javafx.scene.shape.Rectangle currentLineBand;

    Gutter(CodeArea area) {
        this.area = area;
        getChildren().add(canvas);
        getStyleClass().add("rx-gutter");
        tip.getStyleClass().add("rx-diagnostic-tip");
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        area.estimatedScrollYProperty().addListener((obs, old, now) -> markDirty());
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) change -> markDirty());
        area.currentParagraphProperty().addListener((obs, old, now) -> markDirty());
        area.heightProperty().addListener((obs, old, now) -> markDirty());
        sceneProperty().addListener((obs, old, now) -> moveToScene(old, now));
        addEventHandler(MouseEvent.MOUSE_MOVED, this::showMessageUnder);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        setFocusTraversable(false);
    }

    void setFontFamily(String family, double size) {
        font = Font.font(family, size);
        currentFont = Font.font(family, FontWeight.BOLD, size);
        Text probe = new Text("0");
        probe.setFont(font);
        digitWidth = probe.getLayoutBounds().getWidth();
        digits = 0;
        markDirty();
    }

    void setTheme(Theme theme) {
        this.theme = theme;
        markDirty();
    }

    /** Messages by 0-based paragraph; a line with a message gets a marker and a tooltip. */
    void setMessages(Map<Integer, String> messages) {
        this.messages = Map.copyOf(messages);
        markDirty();
    }

    /** The 0-based paragraphs currently drawn (for tests). */
    int[] drawnParagraphs() {
        return rowParagraph.clone();
    }

    boolean hasMarker(int paragraph) {
        return messages.containsKey(paragraph);
    }

    @Override
    protected double computePrefWidth(double height) {
        return PAD_LEFT + Math.max(3, digits) * digitWidth + PAD_RIGHT + MARKER_SPACE;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        markDirty();
    }

    private void markDirty() {
        dirty = true;
        // Make sure a pulse (and so the post-layout redraw) happens even if nothing else changed.
        javafx.application.Platform.requestNextPulse();
    }

    private void moveToScene(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    /**
     * The band behind the caret's line, placed from the same paragraph bounds the numbers use. The editor's own
     * line highlighter re-measures the caret's line on every caret and style change, which cost about a tenth of
     * the FX thread's time while typing; placing a rectangle once per pulse costs next to nothing.
     */
    void setCurrentLineBand(javafx.scene.shape.Rectangle band) {
        currentLineBand = band;
        markDirty();
    }

    /** The editor's horizontal scroll bar lies over its last line; rows are not drawn beside it. */
    void setHorizontalScrollBar(javafx.scene.Node bar) {
        horizontalScrollBar = bar;
        markDirty();
    }

    void setMeter(FxWorkMeter meter) {
        this.meter = meter;
    }

    /** Runs after every layout pass of the scene; also callable directly by the benchmark. */
    void redrawIfDirty() {
        int needed = Math.max(3, String.valueOf(area.getParagraphs().size()).length());
        if (needed != digits) {
            digits = needed;
            requestLayout();
        }
        if (!dirty) {
            return;
        }
        dirty = false;
        long start = meter.start();
        redraw();
        meter.stop(start);
    }

    private void redraw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(theme.gutterBackground());
        g.fillRect(0, 0, width, height);
        g.setFill(theme.gutterBorder());
        g.fillRect(width - 1, 0, 1, height);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);

        // Rows stop where the editor's viewport does (above its horizontal scroll bar).
        Bounds viewport = canvas.screenToLocal(area.localToScreen(area.getLayoutBounds()));
        double bottom = viewport == null ? height : Math.min(height, viewport.getMaxY());
        if (horizontalScrollBar != null && horizontalScrollBar.isVisible()) {
            Bounds bar = canvas.screenToLocal(horizontalScrollBar.localToScreen(horizontalScrollBar.getLayoutBounds()));
            if (bar != null) {
                bottom = Math.min(bottom, bar.getMinY());
            }
        }
        g.save();
        g.beginPath();
        g.rect(0, 0, width, bottom);
        g.clip();
        int visible = area.getVisibleParagraphs().size();
        int[] paragraphs = new int[visible];
        double[] tops = new double[visible];
        double[] bottoms = new double[visible];
        int current = area.getCurrentParagraph();
        boolean bandPlaced = false;
        double numberRight = width - PAD_RIGHT - MARKER_SPACE;
        int rows = 0;
        for (int i = 0; i < visible; i++) {
            Bounds onScreen;
            int paragraph;
            try {
                paragraph = area.visibleParToAllParIndex(i);
                onScreen = area.getVisibleParagraphBoundsOnScreen(i);
            } catch (RuntimeException e) {
                // The visible list can be a step behind the flow during a layout; the next pulse redraws.
                dirty = true;
                continue;
            }
            Bounds local = canvas.screenToLocal(onScreen);
            if (local == null || local.getMinY() >= bottom) {
                continue;
            }
            double middle = (local.getMinY() + local.getMaxY()) / 2;
            boolean isCurrent = paragraph == current;
            if (isCurrent && currentLineBand != null && currentLineBand.getParent() != null) {
                Bounds inLayer = currentLineBand.getParent().screenToLocal(onScreen);
                if (inLayer != null) {
                    currentLineBand.setY(inLayer.getMinY());
                    currentLineBand.setHeight(inLayer.getHeight());
                    bandPlaced = true;
                }
            }
            g.setFont(isCurrent ? currentFont : font);
            g.setFill(isCurrent ? theme.gutterCurrentText() : theme.gutterText());
            g.fillText(Integer.toString(paragraph + 1), numberRight, middle);
            if (messages.containsKey(paragraph)) {
                g.setFill(theme.marker());
                g.fillOval(width - PAD_RIGHT - MARKER_SPACE / 2 - 3.5, middle - 3.5, 7, 7);
            }
            paragraphs[rows] = paragraph;
            tops[rows] = local.getMinY();
            bottoms[rows] = local.getMaxY();
            rows++;
        }
        g.restore();
        if (currentLineBand != null) {
            currentLineBand.setVisible(bandPlaced);
        }
        rowParagraph = java.util.Arrays.copyOf(paragraphs, rows);
        rowTop = java.util.Arrays.copyOf(tops, rows);
        rowBottom = java.util.Arrays.copyOf(bottoms, rows);
    }

    private void showMessageUnder(MouseEvent event) {
        for (int i = 0; i < rowParagraph.length; i++) {
            if (event.getY() >= rowTop[i] && event.getY() < rowBottom[i]) {
                String message = messages.get(rowParagraph[i]);
                if (message != null) {
                    tip.setText(message);
                    if (!tip.isShowing()) {
                        tip.show(this, event.getScreenX() + 12, event.getScreenY() + 12);
                    }
                    return;
                }
                break;
            }
        }
        tip.hide();
    }
}
