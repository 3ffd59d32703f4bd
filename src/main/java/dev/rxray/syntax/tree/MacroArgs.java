package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** What the tree knows about a macro's arguments beyond its token tree. */
public sealed interface MacroArgs extends Node {

    /** The macro's input was not parsed: an unknown macro, or arguments that are not expressions. */
    record Opaque(Span span) implements MacroArgs {
    }

    /**
     * Comma-separated expressions. {@code captures} are the variables named inside the format string
     * ({@code "{x}"}, {@code "{x:?}"}, {@code "{:w$}"}), each with the span of its name inside the literal;
     * names given as {@code name = value} arguments are not captures.
     */
    record Exprs(List<Expr> exprs, List<Ident> captures, Span span) implements MacroArgs {
        public Exprs {
            exprs = List.copyOf(exprs);
            captures = List.copyOf(captures);
        }
    }

    /** {@code vec![element; count]}. */
    record Repeat(Expr element, Expr count, Span span) implements MacroArgs {
    }

    /** {@code matches!(scrutinee, pattern if guard)}. */
    record Matches(Expr scrutinee, Pattern pattern, Optional<Expr> guard, Span span) implements MacroArgs {
    }
}
