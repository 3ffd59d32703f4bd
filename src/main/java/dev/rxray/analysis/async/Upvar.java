package dev.rxray.analysis.async;

/**
 * A field kept in every state: a parameter of an async fn ({@code __argN} for a pattern, {@code _} stays {@code _}),
 * or a variable captured by a block or closure ({@code _ref__NAME} when captured by reference).
 */
public record Upvar(String name, TypeFact type) {
}
