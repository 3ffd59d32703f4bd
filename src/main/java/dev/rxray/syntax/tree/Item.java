package dev.rxray.syntax.tree;

/** PLACEHOLDER until the tree lands. */
public interface Item {
}
