package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/** Who may name an item. {@link Private} has an empty span at the item's start, since nothing was written. */
public sealed interface Visibility extends Node {

    record Private(Span span) implements Visibility {
    }

    record Public(Span span) implements Visibility {
    }

    /** {@code pub(crate)}. */
    record PubCrate(Span span) implements Visibility {
    }

    /** {@code pub(super)}. */
    record PubSuper(Span span) implements Visibility {
    }

    /** {@code pub(self)}. */
    record PubSelf(Span span) implements Visibility {
    }

    /** {@code pub(in path)}. */
    record PubIn(Path path, Span span) implements Visibility {
    }
}
