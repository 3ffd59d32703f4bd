package dev.rxray.analysis.variance.chooser;

/** What a marker should do to one auto trait of the type. */
public enum TraitDemand {
    /** Do not care. */
    ANY,
    /** The marker never takes the trait away. */
    ALWAYS,
    /** The marker takes the trait away whatever the parameter is (like {@code *const T} does for Send). */
    NEVER,
    /** The type has the trait when the parameter has it, as if it held a {@code T}. */
    FOLLOWS
}
