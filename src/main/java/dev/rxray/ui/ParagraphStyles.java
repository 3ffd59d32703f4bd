package dev.rxray.ui;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The CSS classes for every character of one text version, split by paragraph (line) so that the editor can
 * compare and restyle only the lines that changed. Built off the FX thread; applied on it.
 *
 * @param paragraphs one entry per line of the text, each exactly as long as its line
 */
record ParagraphStyles(List<StyleSpans<Collection<String>>> paragraphs) {
    ParagraphStyles {
        paragraphs = List.copyOf(paragraphs);
    }

    int size() {
        return paragraphs.size();
    }

    StyleSpans<Collection<String>> get(int paragraph) {
        return paragraphs.get(paragraph);
    }

    /**
     * Whether two stylings paint the same, comparing runs after merging neighbours of equal style, because the
     * editor may store a line as more (or fewer) spans than were given to it.
     */
    static boolean samePainting(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        int length = a.length();
        if (length != b.length()) {
            return false;
        }
        int nextA = 0;
        int nextB = 0;
        int leftA = 0;
        int leftB = 0;
        Collection<String> styleA = List.of();
        Collection<String> styleB = List.of();
        int pos = 0;
        while (pos < length) {
            if (leftA == 0) {
                styleA = a.getStyleSpan(nextA).getStyle();
                leftA = a.getStyleSpan(nextA++).getLength();
            } else if (leftB == 0) {
                styleB = b.getStyleSpan(nextB).getStyle();
                leftB = b.getStyleSpan(nextB++).getLength();
            } else {
                if (!sameClasses(styleA, styleB)) {
                    return false;
                }
                int step = Math.min(leftA, leftB);
                leftA -= step;
                leftB -= step;
                pos += step;
            }
        }
        return true;
    }

    private static boolean sameClasses(Collection<String> a, Collection<String> b) {
        if (a == b) {
            return true;
        }
        return a.size() == b.size() && a.containsAll(b);
    }
}
