package dev.rxray.render;

import java.time.Duration;

/** What one Graphviz run gave: its text output, or why there is none. Never an exception. */
public sealed interface RenderOutcome {
    record Rendered(String text, Duration took) implements RenderOutcome {
    }

    /** Graphviz rejected the input or the engine could not start. */
    record Failed(String message) implements RenderOutcome {
    }

    /** The run was not started because its result was no longer wanted. */
    record Skipped() implements RenderOutcome {
    }

    /** The run took longer than its limit and was abandoned. */
    record TimedOut(Duration limit) implements RenderOutcome {
    }
}
