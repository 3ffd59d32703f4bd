package dev.rxray.analysis.async;

/**
 * An unnamed value that lives across an await: a borrowed temporary of the statement, an operand evaluated before
 * the await ({@code a} in {@code a + f().await}), or the autoref of a receiver ({@code &mut v} in
 * {@code v.push(x.await)}).
 *
 * @param text the source text it comes from
 */
public record Temporary(String text, Position at, TypeFact type) {
}
