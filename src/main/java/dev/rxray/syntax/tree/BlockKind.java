package dev.rxray.syntax.tree;

/** What a block expression's keyword makes of it. */
public enum BlockKind {
    PLAIN, ASYNC, UNSAFE, CONST
}
