/**
 * The façade that runs the whole pipeline for one version of a source text: parse, then every analysis.
 *
 * <p>Invariant: stateless and total. {@link dev.rxray.pipeline.Pipeline#run} never throws for any input text; it
 * returns results plus diagnostics. The CLI and the UI call only this package (and the highlighter for colouring),
 * so both always show the same answers.
 */
package dev.rxray.pipeline;
