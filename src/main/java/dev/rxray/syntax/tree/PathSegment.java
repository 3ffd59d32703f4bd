package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.Optional;

/**
 * One segment of a path: a name ({@code self}, {@code super}, {@code crate} and {@code Self} included) and its
 * generic arguments when written, {@code Vec<T>}, turbofish {@code ::<T>} or parenthesized {@code Fn(A) -> B}.
 */
public record PathSegment(Ident name, Optional<GenericArgs> args, Span span) implements Node {

    public PathSegment(Ident name) {
        this(name, Optional.empty(), name.span());
    }
}
