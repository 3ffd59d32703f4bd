/**
 * Send, Sync and Unpin of the file's own types, and of any concrete type written over them.
 *
 * <p>{@link dev.rxray.analysis.autotraits.AutoTraitSolver} takes the declarations and impls of
 * {@link dev.rxray.analysis.variance.FileTypes} and answers each trait for each type as yes, no, a condition on
 * its parameters ({@code if T: Send}) or unknown, each with the reason (the field and constructors that decide).
 * Rules: auto traits are structural; std types follow {@link dev.rxray.analysis.autotraits.StdAutoTraitTable};
 * {@code &T} is Send iff {@code T: Sync}; raw pointers are neither Send nor Sync; a trait object has only the auto
 * traits its bounds list; an explicit ({@code unsafe impl<T: Send> Send for X<T>}) or negative
 * ({@code impl !Sync for X}) impl in the file decides for its type; recursion is solved coinductively (starting
 * from yes), as rustc does. {@link dev.rxray.analysis.autotraits.AutoTraitSolver#evaluate} instantiates.
 *
 * <p>Invariants: immutable results, deterministic, total (unknown rather than an exception); depends on the
 * variance package's declarations only, never on JavaFX or graphviz.
 */
package dev.rxray.analysis.autotraits;
