package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * The generic parameters of an item together with its {@code where} clause. An item without either has an
 * empty {@code Generics} whose span is empty and sits where the list would start.
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
