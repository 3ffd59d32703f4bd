package dev.rxray.diagram;

import java.util.Objects;

/**
 * One row of a node: a saved local, an awaited future, a temporary, an upvar, a field of a type.
 *
 * @param label    the name ({@code x}, {@code __awaitee}); drawn in the code font
 * @param value    the type or value ({@code Vec<u8>}); may be empty; drawn in the code font
 * @param note     a short right-aligned note ({@code 24 B}, {@code upvar}); may be empty
 * @param tooltip  the longer explanation shown on hover and in SVG titles; may be empty
 * @param assumed  the fact behind this row is a conservative assumption, not derived from the snippet
 */
public record Field(String label, String value, String note, String tooltip, Emphasis emphasis, boolean assumed,
                    SourceLink source) {

    public Field {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(tooltip, "tooltip");
        Objects.requireNonNull(emphasis, "emphasis");
        Objects.requireNonNull(source, "source");
    }

    public static Field of(String label, String value) {
        return new Field(label, value, "", "", Emphasis.NORMAL, false, SourceLink.NONE);
    }

    public Field withNote(String newNote) {
        return new Field(label, value, newNote, tooltip, emphasis, assumed, source);
    }

    public Field withTooltip(String newTooltip) {
        return new Field(label, value, note, newTooltip, emphasis, assumed, source);
    }

    public Field withEmphasis(Emphasis newEmphasis) {
        return new Field(label, value, note, tooltip, newEmphasis, assumed, source);
    }

    public Field asAssumed() {
        return new Field(label, value, note, tooltip, emphasis, true, source);
    }

    public Field withSource(SourceLink newSource) {
        return new Field(label, value, note, tooltip, emphasis, assumed, newSource);
    }
}
