package dev.rxray.ui.async;

import dev.rxray.analysis.async.desugar.DesugaredCoroutine;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.Highlighter;
import dev.rxray.ui.SyntaxColouring;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The desugared pseudo-Rust of one coroutine, read-only, coloured by the project's {@link Highlighter} with the
 * editor's token classes (so both themes apply), with some lines marked: those from the source under the caret,
 * the arm of the selected state, or the line last clicked.
 */
final class DesugaredView {
    static final String MARKED = "rx-desugar-marked";
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private DesugaredCoroutine shown;
    private TreeSet<Integer> marked = new TreeSet<>();
    private IntConsumer onLineClicked = line -> { };

    DesugaredView() {
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().addAll("rx-editor", "rx-desugar");
        scroll.getStyleClass().add("rx-desugar-pane");
        scroll.getStylesheets().add(Objects.requireNonNull(
                DesugaredView.class.getResource("desugared.css")).toExternalForm());
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                int paragraph = area.hit(event.getX(), event.getY()).getInsertionIndex();
                onLineClicked.accept(area.offsetToPosition(paragraph,
                        org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
            }
        });
    }

    Node node() {
        return scroll;
    }

    CodeArea area() {
        return area;
    }

    void setOnLineClicked(IntConsumer handler) {
        onLineClicked = handler;
    }

    /** Shows a new model; the same model again changes nothing, so the reader keeps their place. */
    void show(DesugaredCoroutine model) {
        if (model.equals(shown)) {
            return;
        }
        shown = model;
        marked = new TreeSet<>();
        String text = model.text();
        area.replaceText(text);
        area.setStyleSpans(0, colours(text));
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    void clear() {
        shown = null;
        marked = new TreeSet<>();
        area.clear();
    }

    /** Marks exactly these lines; the first of them is scrolled into view when {@code reveal} is set. */
    void mark(Collection<Integer> lines, boolean reveal) {
        TreeSet<Integer> next = new TreeSet<>();
        for (int line : lines) {
            if (line >= 0 && line < area.getParagraphs().size()) {
                next.add(line);
            }
        }
        for (int line : marked) {
            if (!next.contains(line) && line < area.getParagraphs().size()) {
                area.setParagraphStyle(line, List.of());
            }
        }
        for (int line : next) {
            area.setParagraphStyle(line, List.of(MARKED));
        }
        marked = next;
        if (reveal && !next.isEmpty()) {
            area.showParagraphAtTop(Math.max(0, next.first() - 2));
        }
    }

    /** The lines marked now, in order. */
    List<Integer> marked() {
        return List.copyOf(marked);
    }

    private static StyleSpans<Collection<String>> colours(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Highlight h : Highlighter.highlight(text)) {
            int start = Math.max(at, h.start());
            int end = Math.min(text.length(), h.end());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                spans.add(List.of(), start - at);
            }
            spans.add(List.of(SyntaxColouring.cssClass(h.tokenClass())), end - start);
            at = end;
        }
        spans.add(List.of(), Math.max(0, text.length() - at));
        return spans.create();
    }
}
