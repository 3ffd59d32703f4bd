package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/** Anything in the syntax tree: every node knows the region of source text it was built from. */
public interface Node {
    Span span();
}
