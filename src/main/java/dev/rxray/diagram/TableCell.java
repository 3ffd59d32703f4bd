package dev.rxray.diagram;

import java.util.Objects;

/**
 * One cell: a short symbol ({@code +}, {@code o}), a word ({@code covariant}) drawn beside or under it, a tone that
 * the theme colours, and the reason shown on hover. Any text may be empty.
 */
public record TableCell(String text, String word, Tone tone, String tooltip) {
    public static final TableCell EMPTY = new TableCell("", "", Tone.MUTED, "");

    public TableCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(tooltip, "tooltip");
    }
}
