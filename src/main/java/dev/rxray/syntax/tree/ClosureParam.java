package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** {@code pattern} or {@code pattern: Type} between a closure's bars. */
public record ClosureParam(List<Attribute> attributes, Pattern pattern, Optional<Type> type, Span span) implements Node {
    public ClosureParam {
        attributes = List.copyOf(attributes);
    }
}
