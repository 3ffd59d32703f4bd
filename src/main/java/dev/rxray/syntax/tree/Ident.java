package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/**
 * An identifier as written. A raw identifier {@code r#type} has the name {@code type} and {@code raw} set, so
 * that name comparisons see what the compiler sees while the source form can still be rebuilt.
 */
public record Ident(String name, boolean raw, Span span) implements Node {

    public Ident(String name, Span span) {
        this(name, false, span);
    }

    /** The identifier the way it appears in source. */
    public String text() {
        return raw ? "r#" + name : name;
    }
}
