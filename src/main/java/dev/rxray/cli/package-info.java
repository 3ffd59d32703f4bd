/**
 * The {@code rxray} command line: small picocli command classes over the {@link dev.rxray.pipeline.Pipeline}
 * façade ({@code check}, {@code outline}, {@code app}, {@code bench}, {@code completion}).
 *
 * <p>Invariants: the CLI never touches parser internals (only {@code Pipeline}, and {@code RustSyntax.parse} for
 * timing in {@code bench}); every byte of output goes through one formatting class per format ({@link
 * dev.rxray.cli.TextFormat}, {@link dev.rxray.cli.JsonFormat}, {@link dev.rxray.cli.BenchFormat}); exit codes are
 * the ones in {@link dev.rxray.cli.ExitCodes}; no command lets an exception or a stack trace reach the user for bad
 * input, an unreadable file or a missing display.
 */
package dev.rxray.cli;
