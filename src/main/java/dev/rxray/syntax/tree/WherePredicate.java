package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/** One predicate of a {@code where} clause. */
public sealed interface WherePredicate extends Node {

    /** {@code for<'a> T: Trait<'a> + 'a}. */
    record BoundPredicate(List<Lifetime> forLifetimes, Type type, List<TypeBound> bounds, Span span)
            implements WherePredicate {
        public BoundPredicate {
            forLifetimes = List.copyOf(forLifetimes);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code 'a: 'b + 'c}. */
    record LifetimePredicate(Lifetime lifetime, List<Lifetime> bounds, Span span) implements WherePredicate {
        public LifetimePredicate {
            bounds = List.copyOf(bounds);
        }
    }
}
