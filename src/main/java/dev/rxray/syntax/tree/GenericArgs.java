package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** The arguments of a path segment: angle-bracketed {@code <'a, T, N, Item = U>} or {@code Fn(A, B) -> C} sugar. */
public sealed interface GenericArgs extends Node {

    record Angle(List<GenericArg> args, Span span) implements GenericArgs {
        public Angle {
            args = List.copyOf(args);
        }
    }

    record Parenthesized(List<Type> inputs, Optional<Type> output, Span span) implements GenericArgs {
        public Parenthesized {
            inputs = List.copyOf(inputs);
        }
    }
}
