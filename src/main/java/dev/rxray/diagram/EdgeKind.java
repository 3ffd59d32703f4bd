package dev.rxray.diagram;

import java.util.Locale;

/** What an edge means; themes colour and dash edges by kind, analyses never do. */
public enum EdgeKind {
    PLAIN,
    /** The first poll that starts a future. */
    POLL,
    /** A poll that returned {@code Pending}: a self-loop on a suspended state. */
    PENDING,
    /** The awaited future was {@code Ready}: on to the next state. */
    READY,
    /** The body returned. */
    RETURN,
    /** The body panicked. */
    PANIC,
    /** A loop's way back to an earlier state. */
    BACK,
    COVARIANT, CONTRAVARIANT, INVARIANT, BIVARIANT;

    public String styleClass() {
        return "edge-" + name().toLowerCase(Locale.ROOT);
    }
}
