package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * One field of a struct pattern. In the shorthand {@code Point { x, ref mut y }} the pattern is the binding
 * itself and {@code shorthand} is set.
 */
public record FieldPattern(List<Attribute> attributes, Ident field, Pattern pattern, boolean shorthand, Span span)
        implements Node {
    public FieldPattern {
        attributes = List.copyOf(attributes);
    }
}
