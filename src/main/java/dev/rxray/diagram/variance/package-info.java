/**
 * Figures of the type analyses: {@link dev.rxray.diagram.variance.VarianceTables} draws one type's variance table
 * (a row per field, a column per parameter, the result row, auto-trait, drop-check and E0392 badges),
 * {@link dev.rxray.diagram.variance.TypesGraph} the file's types with variance-labelled edges, and
 * {@link dev.rxray.diagram.variance.VarianceFigures} picks the figures to export from a pipeline result.
 *
 * <p>Invariant: pure functions of the analysis reports; every cell, badge and edge carries the analysis's own reason
 * as its tooltip, nothing is worded here that the analysis did not decide.
 */
package dev.rxray.diagram.variance;
