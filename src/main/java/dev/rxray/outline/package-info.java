/**
 * The outline of a file: its items as a tree of {@link dev.rxray.outline.OutlineItem}s (kind words, names,
 * generics as Rust text, spans) for the CLI's {@code outline} command and the app's outline pane.
 * Invariant: built from the syntax tree alone, in source order; it never sees the parser.
 */
package dev.rxray.outline;
