package dev.rxray.diagram;

/**
 * What a node stands for, independent of any analysis: themes map roles to colours and the view maps them to CSS
 * style classes ({@link #styleClass()}).
 */
public enum NodeRole {
    /** A plain box. */
    PLAIN,
    /** Where execution starts (a future's {@code Unresumed}). */
    START,
    /** An intermediate state (a {@code SuspendN}). */
    STATE,
    /** Normal completion ({@code Returned}). */
    DONE,
    /** Abnormal completion ({@code Panicked}). */
    FAILED,
    /** A type in a graph of types. */
    TYPE;

    public String styleClass() {
        return "node-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
