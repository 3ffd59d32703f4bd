package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * The generic parameters of an item together with its {@code where} clause. The span runs from the parameter list
 * to the last where predicate, so that it holds both (and, between them, text that is not generics: render the
 * parameters with {@link RustText#params} rather than by slicing the source). An item without either has an empty
 * {@code Generics} whose span is empty and sits where the list would start.
 */
public record Generics(List<GenericParam> params, List<WherePredicate> where, Span span) implements Node {

    public Generics {
        params = List.copyOf(params);
        where = List.copyOf(where);
    }

    public static Generics none(Span at) {
        return new Generics(List.of(), List.of(), at);
    }

    public boolean isEmpty() {
        return params.isEmpty() && where.isEmpty();
    }
}
