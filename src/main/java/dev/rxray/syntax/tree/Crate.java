package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/** The root of one source file: its inner attributes ({@code #![...]}, {@code //!}) and its items. */
public record Crate(List<Attribute> attributes, List<Item> items, Span span) implements Node {

    public Crate {
        attributes = List.copyOf(attributes);
        items = List.copyOf(items);
    }

    public Crate(List<Item> items, Span span) {
        this(List.of(), items, span);
    }
}
