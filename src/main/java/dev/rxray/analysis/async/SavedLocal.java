package dev.rxray.analysis.async;

/** A named local that rustc keeps in the future while it is suspended in one state. */
public record SavedLocal(String name, Position declared, TypeFact type, SaveReason reason) {
}
