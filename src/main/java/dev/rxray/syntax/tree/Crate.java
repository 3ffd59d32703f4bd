package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/** PLACEHOLDER until the tree lands: the root of a file. */
public record Crate(List<Item> items, Span span) {
    public Crate {
        items = List.copyOf(items);
    }
}
