package dev.rxray.ui;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.TokenClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns highlight runs and diagnostics into per-line CSS classes: {@code tok-keyword}, {@code tok-doc-comment}, ...
 * for tokens and {@code diag-error} / {@code diag-warning} for the wavy underline. Pure computation on plain data,
 * so it runs on the background thread; the editor only compares and applies the result.
 *
 * <p>Bad runs (out of range, reversed, overlapping) never throw: they are clipped, and a later run wins where runs
 * overlap. A diagnostic with an empty span is widened to one character so it can still be seen.
 */
public final class SyntaxColouring {
    private static final TokenClass[] TOKENS = TokenClass.values();
    /** Style lists indexed by [token class + 1][diagnostic level], shared so equal runs compare by identity. */
    private static final List<List<List<String>>> STYLES = buildStyles();
    private static final int NO_DIAGNOSTIC = 0;
    private static final int WARNING = 1;
    private static final int ERROR = 2;

    private SyntaxColouring() {
    }

    /** The CSS class of a token class, e.g. {@code tok-doc-comment}; other code views use it for the same palette. */
    public static String cssClass(TokenClass tokenClass) {
        return "tok-" + tokenClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ParagraphStyles compute(String text, List<Highlight> highlights, List<Diagnostic> diagnostics) {
        int length = text.length();
        byte[] token = new byte[length];
        byte[] level = new byte[length];
        for (Highlight h : highlights) {
            int start = Math.max(0, h.start());
            int end = Math.min(length, h.end());
            if (start < end) {
                java.util.Arrays.fill(token, start, end, (byte) (h.tokenClass().ordinal() + 1));
            }
        }
        for (Diagnostic d : diagnostics) {
            int[] range = visibleRange(text, d.span().startOffset(), d.span().endOffset());
            byte mark = (byte) (d.severity() == Severity.ERROR ? ERROR : d.severity() == Severity.WARNING ? WARNING : NO_DIAGNOSTIC);
            for (int i = range[0]; i < range[1]; i++) {
                level[i] = (byte) Math.max(level[i], mark);
            }
        }
        List<StyleSpans<Collection<String>>> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n') {
                paragraphs.add(line(token, level, lineStart, i));
                lineStart = i + 1;
            }
        }
        return new ParagraphStyles(paragraphs);
    }

    private static StyleSpans<Collection<String>> line(byte[] token, byte[] level, int start, int end) {
        if (start == end) {
            return StyleSpans.singleton(STYLES.getFirst().getFirst(), 0);
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || token[i] != token[runStart] || level[i] != level[runStart]) {
                builder.add(STYLES.get(token[runStart]).get(level[runStart]), i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    /** Clips a diagnostic's range to the text and widens an empty one to a neighbouring visible character. */
    private static int[] visibleRange(String text, int start, int end) {
        int length = text.length();
        int s = Math.clamp(start, 0, length);
        int e = Math.clamp(end, s, length);
        if (s < e) {
            return new int[] {s, e};
        }
        if (s < length && text.charAt(s) != '\n') {
            return new int[] {s, s + 1};
        }
        if (s > 0 && text.charAt(s - 1) != '\n') {
            return new int[] {s - 1, s};
        }
        return new int[] {s, s};
    }

    private static List<List<List<String>>> buildStyles() {
        List<List<List<String>>> styles = new ArrayList<>();
        for (int t = 0; t <= TOKENS.length; t++) {
            List<List<String>> byLevel = new ArrayList<>();
            for (int l = NO_DIAGNOSTIC; l <= ERROR; l++) {
                List<String> classes = new ArrayList<>(2);
                if (t > 0) {
                    classes.add(cssClass(TOKENS[t - 1]));
                }
                if (l == WARNING) {
                    classes.add("diag-warning");
                } else if (l == ERROR) {
                    classes.add("diag-error");
                }
                byLevel.add(List.copyOf(classes));
            }
            styles.add(List.copyOf(byLevel));
        }
        return List.copyOf(styles);
    }
}
