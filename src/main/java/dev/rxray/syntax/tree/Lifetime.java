package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/** A lifetime or a loop label, with its leading quote: {@code 'a}, {@code 'static}, {@code '_}, {@code 'outer}. */
public record Lifetime(String name, Span span) implements Node {
}
