package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A type as written. {@code Self} and {@code <T as Trait>::Assoc} are {@link PathType}s. */
public sealed interface Type extends Node {

    record PathType(Path path, Span span) implements Type {
    }

    /** {@code &'a mut T}. */
    record Reference(Optional<Lifetime> lifetime, boolean mutable, Type type, Span span) implements Type {
    }

    /** {@code *const T} or {@code *mut T}. */
    record RawPointer(boolean mutable, Type type, Span span) implements Type {
    }

    /** {@code for<'a> unsafe extern "C" fn(x: &'a u8, ...) -> i32}; {@code abi} is empty when not written. */
    record FnPointer(List<Lifetime> forLifetimes, boolean unsafe, boolean extern, String abi, List<FnPointerParam> params,
            boolean variadic, Optional<Type> returnType, Span span) implements Type {
        public FnPointer {
            forLifetimes = List.copyOf(forLifetimes);
            params = List.copyOf(params);
        }
    }

    /** {@code dyn Trait + Send + 'a}; {@code dyn} is false for a bare 2015-style trait object. */
    record TraitObject(boolean dyn, List<TypeBound> bounds, Span span) implements Type {
        public TraitObject {
            bounds = List.copyOf(bounds);
        }
    }

    record ImplTrait(List<TypeBound> bounds, Span span) implements Type {
        public ImplTrait {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code ()} is the empty tuple. */
    record Tuple(List<Type> elements, Span span) implements Type {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    record Array(Type element, Expr length, Span span) implements Type {
    }

    record Slice(Type element, Span span) implements Type {
    }

    record Never(Span span) implements Type {
    }

    /** {@code _}. */
    record Infer(Span span) implements Type {
    }

    record Macro(MacroCall call, Span span) implements Type {
    }

    record Paren(Type type, Span span) implements Type {
    }

    /** Stands where a type did not parse. */
    record Error(Span span) implements Type {
    }
}
