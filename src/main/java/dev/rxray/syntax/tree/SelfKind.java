package dev.rxray.syntax.tree;

/** How a method takes its receiver. */
public enum SelfKind {
    /** {@code self} or {@code mut self}. */
    VALUE,
    /** {@code &self}, {@code &'a self}. */
    REF,
    /** {@code &mut self}, {@code &'a mut self}. */
    REF_MUT,
    /** {@code self: Type}. */
    TYPED
}
