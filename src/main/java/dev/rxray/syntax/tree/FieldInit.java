package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * One field of a struct literal. In the shorthand {@code Point { x }} the value is the path expression {@code x}
 * and {@code shorthand} is set. A tuple struct's field is named by its index: {@code S { 0: a }}.
 */
public record FieldInit(List<Attribute> attributes, Ident field, Expr value, boolean shorthand, Span span)
        implements Node {
    public FieldInit {
        attributes = List.copyOf(attributes);
    }
}
