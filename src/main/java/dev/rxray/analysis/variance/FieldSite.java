package dev.rxray.analysis.variance;

import dev.rxray.syntax.tree.Type;

/**
 * One field of a declared type: {@code label} names it as a reader would ({@code cache}, {@code 0},
 * {@code Slot.0} for a variant's field), {@code text} is its type rendered back to Rust.
 */
public record FieldSite(String label, Type type, String text, int line) {

    /** {@code label: text}, the way a reason quotes a field. */
    public String quoted() {
        return label + ": " + text;
    }
}
