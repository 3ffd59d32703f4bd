package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/** A function parameter {@code pattern: Type}. */
public record Param(List<Attribute> attributes, Pattern pattern, Type type, Span span) implements Node {
    public Param {
        attributes = List.copyOf(attributes);
    }
}
