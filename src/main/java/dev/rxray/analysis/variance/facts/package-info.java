/**
 * The façade over the type passes: {@link dev.rxray.analysis.variance.facts.TypesAnalysis#run} gives, for every
 * struct, enum and union of a file, its variance, auto traits and drop-check facts in one
 * {@link dev.rxray.analysis.variance.facts.TypesReport}, which can also evaluate a concrete type.
 *
 * <p>Invariant: the passes are independent and run in a fixed order over immutable inputs, so one text always gives
 * the same report; nothing here throws for any tree.
 */
package dev.rxray.analysis.variance.facts;
