package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * A bound after {@code :} or in {@code dyn}/{@code impl}: a trait ({@code ?Sized}, {@code for<'a> Fn(&'a T)}), a
 * lifetime, or the precise-capturing list {@code use<'a, T>}.
 */
public sealed interface TypeBound extends Node {

    /** {@code forLifetimes} is the {@code for<'a>} binder; {@code parenthesized} is set for {@code (Trait)}. */
    record TraitBound(BoundModifier modifier, List<Lifetime> forLifetimes, Path path, boolean parenthesized, Span span)
            implements TypeBound {
        public TraitBound {
            forLifetimes = List.copyOf(forLifetimes);
        }

        /** {@code ?Trait}, which relaxes a default bound ({@code ?Sized}). */
        public boolean isMaybe() {
            return modifier == BoundModifier.MAYBE;
        }
    }

    record LifetimeBound(Lifetime lifetime, Span span) implements TypeBound {
    }

    /** {@code use<'a, T>} in an {@code impl Trait} type. */
    record PreciseCapture(List<GenericArg> args, Span span) implements TypeBound {
        public PreciseCapture {
            args = List.copyOf(args);
        }
    }
}
