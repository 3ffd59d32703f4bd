package dev.rxray.ui;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The code editor: a RichTextFX {@link CodeArea} beside a {@link Gutter} (line numbers, a marker on lines with
 * diagnostics), the current line highlighted, and the diagnostic message shown when the mouse rests on underlined
 * text. It shows analyses it is given; it never computes one.
 */
final class EditorPane {
    private static final List<String> MONOSPACE_FAMILIES =
            List.of("JetBrains Mono", "Cascadia Mono", "Fira Mono", "DejaVu Sans Mono", "Consolas", "Menlo", "Monospaced");

    private final CodeArea area = new CodeArea();
    private final String fontFamily = monospaceFamily();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final Gutter gutter = new Gutter(area);
    private final Rectangle currentLine = new Rectangle();
    private final Pane bandLayer = new Pane(currentLine);
    private final StackPane surface = new StackPane(bandLayer, scroll);
    private final HBox view = new HBox(gutter, surface);
    private final Tooltip hoverTip = new Tooltip();
    private final BooleanBinding modified;
    private final StyleApplier styles;
    private List<Diagnostic> diagnostics = List.of();
    private Runnable onLoaded = () -> { };
    private final List<Selection<Collection<String>, String, Collection<String>>> pieces = new ArrayList<>();
    private int piecesCaret = -1;

    EditorPane(java.util.function.LongSupplier currentVersion) {
        area.getStyleClass().add("rx-editor");
        area.setStyle("-fx-font-family: '" + fontFamily + "';");
        gutter.setFontFamily(fontFamily, 12.5);
        HBox.setHgrow(surface, Priority.ALWAYS);
        surface.getStyleClass().add("rx-editor-surface");
        findHorizontalScrollBar();
        // The current line is a band behind the (transparent) editor, placed by the gutter after each layout.
        bandLayer.setMouseTransparent(true);
        currentLine.setManaged(false);
        currentLine.widthProperty().bind(bandLayer.widthProperty());
        currentLine.setFill(Theme.LIGHT.currentLine());
        gutter.setCurrentLineBand(currentLine);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::showMessageAt);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverTip.hide());
        hoverTip.getStyleClass().add("rx-diagnostic-tip");
        hoverTip.setWrapText(true);
        hoverTip.setMaxWidth(560);
        modified = Bindings.createBooleanBinding(
                () -> !area.getUndoManager().isAtMarkedPosition(), area.getUndoManager().atMarkedPositionProperty());
        styles = new StyleApplier(area, currentVersion);
        area.caretPositionProperty().addListener((obs, was, now) -> {
            if (!pieces.isEmpty() && now != piecesCaret) {
                clearPieces();
            }
        });
        area.plainTextChanges().subscribe(change -> clearPieces());
    }

    CodeArea area() {
        return area;
    }

    Node view() {
        return view;
    }

    /** True when the text differs from what was last loaded or saved (by the undo history's mark). */
    BooleanBinding modifiedProperty() {
        return modified;
    }

    /** Called after a whole new text was put in, so that it is analysed at once rather than after a pause. */
    void setOnLoaded(Runnable action) {
        onLoaded = action;
    }

    /** Replaces the whole text as a new baseline: not undoable, and not modified. */
    void load(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        markSaved();
        area.moveTo(0);
        area.requestFollowCaret();
        onLoaded.run();
    }

    /** Replaces the text as an edit on top of the current baseline (a restored recovery copy). */
    void replaceAsEdit(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
        onLoaded.run();
    }

    void markSaved() {
        area.getUndoManager().preventMerge();
        area.getUndoManager().mark();
    }

    String text() {
        return area.getText();
    }

    void setTheme(Theme theme) {
        currentLine.setFill(theme.currentLine());
        gutter.setTheme(theme);
    }

    private void findHorizontalScrollBar() {
        scroll.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .findFirst()
                .ifPresent(gutter::setHorizontalScrollBar);
    }

    /** The current-line band (for tests). */
    Rectangle currentLineBand() {
        return currentLine;
    }

    /** The tooltip shown over underlined text (for tests). */
    Tooltip hoverTip() {
        return hoverTip;
    }

    Gutter gutter() {
        return gutter;
    }

    StyleApplier styles() {
        return styles;
    }

    /** Shows an analysis of the current text (FX thread; the caller has checked the version). */
    void show(Analysis analysis) {
        styles.apply(analysis.version(), analysis.styles());
        List<Diagnostic> fresh = analysis.result().parse().diagnostics();
        Map<Integer, String> byLine = fresh.stream().collect(Collectors.groupingBy(
                d -> Math.max(0, d.span().startLine() - 1), TreeMap::new,
                Collectors.mapping(Diagnostic::message, Collectors.joining("\n"))));
        diagnostics = fresh;
        gutter.setMessages(byLine);
    }

    /** Puts the caret at an offset of the current text, scrolls to it and gives the editor the focus. */
    void jumpTo(int offset) {
        area.moveTo(Math.clamp(offset, 0, area.getLength()));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Selects a span (clipped to the current text) and scrolls it into view. */
    void select(Span span) {
        select(List.of(span));
    }

    /**
     * Selects several pieces of code at once, as one highlight: the first is the editor's own selection (the caret
     * goes to its start and it is scrolled into view), the others are drawn the same way. The extra pieces go as
     * soon as the caret moves elsewhere or the text changes.
     */
    void select(List<Span> spans) {
        clearPieces();
        if (spans.isEmpty()) {
            return;
        }
        Span first = spans.getFirst();
        int start = Math.clamp(first.startOffset(), 0, area.getLength());
        int end = Math.clamp(first.endOffset(), start, area.getLength());
        area.selectRange(end, start);
        area.requestFollowCaret();
        for (Span piece : spans.subList(1, spans.size())) {
            int from = Math.clamp(piece.startOffset(), 0, area.getLength());
            int to = Math.clamp(piece.endOffset(), from, area.getLength());
            Selection<Collection<String>, String, Collection<String>> extra = new SelectionImpl<>(
                    "piece " + pieces.size(), area, path -> path.getStyleClass().add("selection"));
            area.addSelection(extra);
            extra.selectRange(from, to);
            pieces.add(extra);
        }
        piecesCaret = area.getCaretPosition();
    }

    /** The extra pieces of the last multi-piece selection, while they still mark what was selected. */
    List<Span> extraPieces() {
        return pieces.stream().map(p -> new Span(p.getStartPosition(), p.getEndPosition(), 0, 0, 0, 0)).toList();
    }

    private void clearPieces() {
        for (Selection<Collection<String>, String, Collection<String>> piece : pieces) {
            area.removeSelection(piece);
            piece.dispose();
        }
        pieces.clear();
    }

    private void showMessageAt(MouseOverTextEvent event) {
        int offset = event.getCharacterIndex();
        String text = diagnostics.stream()
                .filter(d -> covers(d.span(), offset))
                .map(d -> (d.severity() == Severity.ERROR ? "error: " : d.severity().label() + ": ") + d.message())
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            hoverTip.setText(text);
            hoverTip.show(area, event.getScreenPosition().getX(), event.getScreenPosition().getY() + 14);
        }
    }

    /** Like the underline: an empty span covers the character it points at. */
    private static boolean covers(Span span, int offset) {
        return span.length() == 0 ? offset == span.startOffset() || offset == span.startOffset() - 1 : span.contains(offset);
    }

    private static String monospaceFamily() {
        List<String> installed = Font.getFamilies();
        return MONOSPACE_FAMILIES.stream().filter(installed::contains).findFirst().orElse("Monospaced");
    }
}
