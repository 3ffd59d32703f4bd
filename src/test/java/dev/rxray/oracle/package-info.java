/**
 * The Rust compiler's own answers, recorded as golden files beside the samples, and the records that model them.
 *
 * <p>{@code src/scripts/record-goldens.sh} writes {@code samples/async/NAME.async.golden} (from
 * {@code -Zprint-type-sizes} joined with the {@code StateTransform} MIR dumps) and
 * {@code samples/{variance,phantom}/NAME.variance.golden} (from {@code #[rustc_variance]} and E0277 on auto-trait
 * probes). {@link dev.rxray.oracle.AsyncGolden#read} and {@link dev.rxray.oracle.VarianceGolden#read} turn them into
 * plain records that the analyses' tests compare against.
 *
 * <p>Invariant: nothing here runs in the product. Main code never depends on rustc; only
 * {@link dev.rxray.oracle.GoldenDriftTest} calls the compiler, through the one recorder script, and only when rustc
 * is on PATH. The readers reject a malformed golden with the file and line instead of guessing.
 */
package dev.rxray.oracle;
