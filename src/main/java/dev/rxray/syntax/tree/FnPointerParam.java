package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A parameter of a function pointer type, optionally named: {@code fn(len: usize)}. */
public record FnPointerParam(List<Attribute> attributes, Optional<Ident> name, Type type, Span span) implements Node {
    public FnPointerParam {
        attributes = List.copyOf(attributes);
    }
}
