package dev.rxray.analysis.variance.chooser;

/** Whether the type should own the parameter for drop check (so a {@code T} must outlive the value). */
public enum DropDemand {
    ANY,
    OWNS,
    DOES_NOT_OWN
}
