package dev.rxray.outline;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * One entry of a file's outline: {@code kind} is the Rust keyword phrase ("fn", "async fn", "struct", "impl",
 * "trait", "mod", ...), {@code name} the item's name ("Foo", "impl<T> Display for Foo<T>"), {@code generics}
 * the generic parameter list as written (empty when none).
 */
public record OutlineItem(String kind, String name, String generics, Span span, List<OutlineItem> children) {
    public OutlineItem {
        children = List.copyOf(children);
    }
}
