package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** One generic parameter: {@code 'a: 'b}, {@code T: ?Sized + Clone = u8}, {@code const N: usize = 4}. */
public sealed interface GenericParam extends Node {

    List<Attribute> attributes();

    record LifetimeParam(List<Attribute> attributes, Lifetime lifetime, List<Lifetime> bounds, Span span)
            implements GenericParam {
        public LifetimeParam {
            attributes = List.copyOf(attributes);
            bounds = List.copyOf(bounds);
        }
    }

    record TypeParam(List<Attribute> attributes, Ident name, List<TypeBound> bounds, Optional<Type> defaultType,
            Span span) implements GenericParam {
        public TypeParam {
            attributes = List.copyOf(attributes);
            bounds = List.copyOf(bounds);
        }
    }

    record ConstParam(List<Attribute> attributes, Ident name, Type type, Optional<Expr> defaultValue, Span span)
            implements GenericParam {
        public ConstParam {
            attributes = List.copyOf(attributes);
        }
    }
}
