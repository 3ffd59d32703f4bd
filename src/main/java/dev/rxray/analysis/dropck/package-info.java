/**
 * Drop check's view of the file's types: which type parameters a type owns (so data they borrow must outlive it),
 * whether it has drop glue, and whether the file implements {@code Drop} for it.
 *
 * <p>{@link dev.rxray.analysis.dropck.DropCheck} takes {@link dev.rxray.analysis.variance.FileTypes} and gives one
 * {@link dev.rxray.analysis.dropck.DropFacts} per type. {@code PhantomData<T>}, {@code Box<T>}, {@code Vec<T>} own
 * a {@code T}; {@code PhantomData<fn() -> T>}, {@code PhantomData<*const T>}, {@code &T}, {@code NonNull<T>} and
 * {@code ManuallyDrop<T>} do not.
 *
 * <p>Invariants: immutable results, deterministic, total; no JavaFX, no graphviz.
 */
package dev.rxray.analysis.dropck;
