/**
 * The Rust samples bundled with the app: found under the {@code samples/<topic>/<name>.rs} resources, whether the
 * classes run from a folder or from a jar, each described by the first two {@code //!} lines of its text.
 *
 * <p>Invariant: a catalog is read once and is immutable afterwards; it holds every sample's text, so nothing needs
 * the jar to stay open. No JavaFX here: the app and the tests share this code.
 */
package dev.rxray.samples;
