package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Span;

/** The code that runs when a state is resumed, up to and including the {@code .await} it suspends at (if any). */
public record SourceRegion(Span code, Span await) {
    public static final Span NO_SPAN = new Span(0, 0, 1, 1, 1, 1);

    public boolean hasAwait() {
        return await.length() > 0;
    }
}
