package dev.rxray.diagram;

import java.util.Locale;

/** The meaning of a table cell or badge; the theme chooses its colour. */
public enum Tone {
    NEUTRAL, COVARIANT, CONTRAVARIANT, INVARIANT, BIVARIANT,
    /** A yes that is good news (the type is {@code Send}). */
    YES,
    /** A no that is a problem (the type is not {@code Send}). */
    NO,
    /** An answer that depends on a condition ({@code if T: Send}). */
    CONDITIONAL,
    MUTED;

    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }
}
