/**
 * Tools built on the type analyses: {@link dev.rxray.analysis.variance.chooser.PhantomChooser} says which
 * {@code PhantomData<...>} marker gives a parameter a wanted variance, auto traits and drop-check behaviour, and
 * {@link dev.rxray.analysis.variance.chooser.MarkerEdits} writes the edit that adds it to a struct;
 * {@link dev.rxray.analysis.variance.chooser.Subtyping} answers "can a {@code Foo<'static>} be used where a
 * {@code Foo<'a>} is expected?".
 *
 * <p>Invariant: no fact is written here by hand. The marker shapes are a list of candidates, but what each one gives
 * is found by running the real passes on a one-field struct holding it; the playground's variances come from the
 * file's report and from the same passes run on each argument. Nothing here throws for any input.
 */
package dev.rxray.analysis.variance.chooser;
