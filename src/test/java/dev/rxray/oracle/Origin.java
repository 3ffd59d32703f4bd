package dev.rxray.oracle;

/**
 * Where rustc says a saved local comes from. A temporary made inside a macro of the standard library (the
 * {@code String} of {@code format!}, say) is spanned inside that macro, not in the sample: rustc gives no position in
 * the sample for it, and the golden says so instead of inventing one.
 */
public sealed interface Origin {

    /** The local's binding, or the temporary's expression, in the sample. */
    record InSample(SourceSpan span) implements Origin {
    }

    /** A span outside the sample file (written {@code at=?} in the golden). */
    record Elsewhere() implements Origin {
    }
}
