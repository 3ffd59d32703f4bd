package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/**
 * A delimited token tree kept as source text: {@code text} is what lies between the delimiters, {@code span}
 * covers the delimiters too. Macro bodies stay token trees because their meaning is up to the macro.
 */
public record TokenTree(Delimiter delimiter, String text, Span span) implements Node {
}
