/**
 * Variance of the file's own structs, enums and unions, as rustc computes it, with the reason for every cell.
 *
 * <h2>Passes, in order</h2>
 * <ol>
 *   <li>{@link dev.rxray.analysis.variance.FileTypes#collect}: tree in; declarations (parameters in declaration
 *       order, every field of every variant) and impls out.</li>
 *   <li>{@link dev.rxray.analysis.variance.UseCollector}: one field's type in; every use of a parameter out, with
 *       the variance of its position and the constructors on the way, from the built-in rules (references,
 *       pointers, fn pointers, tuples, arrays, slices, trait objects, projections) and
 *       {@link dev.rxray.analysis.variance.StdVarianceTable}.</li>
 *   <li>{@link dev.rxray.analysis.variance.VarianceSolver}: all declarations in; the fixed point over the whole
 *       file (so recursive and mutually recursive types are right) and one
 *       {@link dev.rxray.analysis.variance.TypeVariance} per type out: variance per parameter with its reason, the
 *       field-by-parameter table, and E0392 errors with their {@code PhantomData} fixes
 *       ({@link dev.rxray.analysis.variance.UnusedParameters}).</li>
 * </ol>
 *
 * <h2>Rules (rustc's)</h2>
 * <ul>
 *   <li>Every lifetime and type parameter starts bivariant ({@code *}); each use lowers it with the greatest lower
 *       bound; a position's variance composes with {@link dev.rxray.analysis.variance.Variance#xform}: covariant
 *       keeps, contravariant flips, invariant absorbs.</li>
 *   <li>Const parameters are invariant. Projections ({@code <T as Trait>::Assoc}, {@code T::Assoc}) and the
 *       arguments of trait objects are invariant; a trait object's lifetime bound is covariant. Lifetimes bound by
 *       {@code for<'x>} are not the type's.</li>
 *   <li>A lifetime or type parameter left bivariant is rustc's E0392 ("never used"), or, when it appears only in
 *       the type's own recursive uses, "only used recursively".</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * Immutable records, no nulls, deterministic order (source order, then declaration order); no JavaFX, no graphviz;
 * total: bad or deeply nested input gives an answer (cut off at a fixed depth), never an exception. No name
 * resolution: a path is the file's type of that name, else the std type of that last segment, else unknown (its
 * arguments taken as invariant, and listed in {@link dev.rxray.analysis.variance.TypeVariance#unknownTypes}).
 */
package dev.rxray.analysis.variance;
