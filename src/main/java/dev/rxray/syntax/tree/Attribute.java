package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/**
 * An attribute or a doc comment. {@code inner} is set for {@code #![...]} and {@code //!} and inner block doc comments, which
 * apply to the enclosing item. A doc comment is kept apart from {@code #[doc = "..."]} because the views show it
 * as text, not as an attribute.
 */
public sealed interface Attribute extends Node {

    boolean inner();

    /** {@code #[path input]}: {@code input} is the source text after the path, {@code (Debug, Clone)} or {@code = "x"}. */
    record Meta(boolean inner, Path path, String input, Span span) implements Attribute {
    }

    /** {@code text} is the comment without its comment markers. */
    record DocComment(boolean inner, String text, Span span) implements Attribute {
    }
}
