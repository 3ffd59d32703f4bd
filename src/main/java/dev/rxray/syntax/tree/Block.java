package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code { statements; tail }}. The tail is the final expression without a semicolon, the block's value;
 * {@code attributes} are its inner attributes ({@code #![allow(...)]}).
 */
public record Block(List<Attribute> attributes, List<Stmt> statements, Optional<Expr> tail, Span span) implements Node {
    public Block {
        attributes = List.copyOf(attributes);
        statements = List.copyOf(statements);
    }
}
