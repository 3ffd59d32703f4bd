package dev.rxray.syntax.tree;

import java.util.Comparator;

/** Orderings over nodes. */
final class Nodes {
    static final Comparator<Node> BY_POSITION = Comparator.comparingInt((Node n) -> n.span().startOffset())
            .thenComparingInt(n -> n.span().endOffset());

    private Nodes() {
    }
}
