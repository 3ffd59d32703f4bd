package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * The code that runs when a state is resumed, up to and including the {@code .await} it suspends at (if any).
 *
 * @param spans the pieces of source that run, in source order, without overlaps: where the body branches, only the
 *              way taken (the {@code else} block without the {@code then} block it passed over, one match arm, a
 *              loop body up to its {@code break}); round a loop, the rest of the body and then its head up to the
 *              next await. Never empty: code that runs nothing is one empty span at the place it resumes.
 * @param await the {@code .await} keyword it stops at, or {@link #NO_SPAN}
 */
public record SourceRegion(List<Span> spans, Span await) {
    public static final Span NO_SPAN = new Span(0, 0, 1, 1, 1, 1);

    public SourceRegion {
        spans = spans.isEmpty() ? List.of(NO_SPAN) : List.copyOf(spans);
    }

    /** One contiguous piece of code. */
    public SourceRegion(Span code, Span await) {
        this(List.of(code), await);
    }

    /** The smallest span that holds every piece: what ran and what it passed over in between. */
    public Span code() {
        return spans.getFirst().to(spans.getLast());
    }

    public boolean hasAwait() {
        return await.length() > 0;
    }
}
