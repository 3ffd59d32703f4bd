package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * A method's receiver: {@code self}, {@code mut self}, {@code &self}, {@code &'a mut self} or typed,
 * {@code self: Pin<&mut Self>}. {@code mutableBinding} is the {@code mut} of {@code mut self}.
 */
public record SelfParam(List<Attribute> attributes, SelfKind kind, boolean mutableBinding, Optional<Lifetime> lifetime,
        Optional<Type> type, Span span) implements Node {
    public SelfParam {
        attributes = List.copyOf(attributes);
    }
}
