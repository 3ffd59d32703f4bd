package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** An enum variant: {@code #[attr] Name}, {@code Name(A)}, {@code Name { a: A }}, {@code Name = 3}. */
public record Variant(List<Attribute> attributes, Visibility visibility, Ident name, StructFields fields,
        Optional<Expr> discriminant, Span span) implements Node {
    public Variant {
        attributes = List.copyOf(attributes);
    }
}
