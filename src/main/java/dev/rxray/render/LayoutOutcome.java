package dev.rxray.render;

import java.time.Duration;

/** The answer to a layout request. The view draws {@link Laid}, shows the message of the others, or ignores them. */
public sealed interface LayoutOutcome {
    record Laid(LaidOutGraph graph, Duration took) implements LayoutOutcome {
    }

    /** A newer request came in before this one finished; its result would be stale, so it was dropped. */
    record Superseded() implements LayoutOutcome {
    }

    record Failed(String message) implements LayoutOutcome {
    }
}
