package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/** A bound after {@code :} or in {@code dyn}/{@code impl}: a trait ({@code ?Sized}, {@code for<'a> Fn(&'a T)}) or a lifetime. */
public sealed interface TypeBound extends Node {

    /** {@code maybe} is the {@code ?} of {@code ?Sized}; {@code forLifetimes} the {@code for<'a>} binder. */
    record TraitBound(boolean maybe, List<Lifetime> forLifetimes, Path path, boolean parenthesized, Span span)
            implements TypeBound {
        public TraitBound {
            forLifetimes = List.copyOf(forLifetimes);
        }
    }

    record LifetimeBound(Lifetime lifetime, Span span) implements TypeBound {
    }
}
