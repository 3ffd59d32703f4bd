package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.Optional;

/** The {@code <T as Trait>} (or plain {@code <T>}) head of a qualified path. */
public record QualifiedSelf(Type type, Optional<Path> trait, Span span) implements Node {
}
