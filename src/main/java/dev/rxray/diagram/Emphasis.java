package dev.rxray.diagram;

import java.util.Locale;

/** How a field row stands out from its neighbours. */
public enum Emphasis {
    NORMAL,
    /** Kept in the figure for completeness but less important (a drop flag, an upvar repeated in every state). */
    MUTED,
    /** The row the reader should look at. */
    STRONG,
    /** The row explains a problem (the {@code Rc} that makes a future not {@code Send}). */
    WARNING;

    public String styleClass() {
        return "row-" + name().toLowerCase(Locale.ROOT);
    }
}
