package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/**
 * A macro invocation {@code path!(...)} in any position. The token tree is always kept; for the standard macros
 * whose arguments are expressions ({@code println!}, {@code vec!}, {@code assert_eq!}, {@code matches!} ...)
 * {@code args} also holds them parsed, with the variables captured by the format string.
 */
public record MacroCall(Path path, TokenTree tokens, MacroArgs args, Span span) implements Node {

    /** The macro's name without the {@code !}: {@code println}. */
    public String name() {
        return path.lastName();
    }
}
