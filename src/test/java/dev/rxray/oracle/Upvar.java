package dev.rxray.oracle;

/**
 * A field present in every state: an async fn's parameter (patterns become {@code __arg0}...), or what an async
 * block or closure captured (rustc names a by-reference capture {@code _ref__NAME}).
 */
public record Upvar(String name, int size) {
}
