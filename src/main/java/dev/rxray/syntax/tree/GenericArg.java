package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * One generic argument. A bare name such as {@code N} in {@code Foo<N>} is a {@link TypeArg}: telling a const from
 * a type needs name resolution, which the tree does not do.
 */
public sealed interface GenericArg extends Node {

    record LifetimeArg(Lifetime lifetime, Span span) implements GenericArg {
    }

    record TypeArg(Type type, Span span) implements GenericArg {
    }

    /** A literal, {@code -1}, or a block {@code { N + 1 }}. */
    record ConstArg(Expr value, Span span) implements GenericArg {
    }

    /** An associated type binding {@code Item = T}, or {@code Item<'a> = &'a T} for a generic associated type. */
    record Binding(Ident name, Optional<GenericArgs> args, Type type, Span span) implements GenericArg {
    }

    /** An associated type constraint {@code Item: Display}. */
    record Constraint(Ident name, Optional<GenericArgs> args, List<TypeBound> bounds, Span span) implements GenericArg {
        public Constraint {
            bounds = List.copyOf(bounds);
        }
    }
}
