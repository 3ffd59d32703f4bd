package dev.rxray.render;

import dev.rxray.diagram.Figure;
import guru.nidi.graphviz.engine.Format;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lays out figures for one interactive view, off the caller's thread. Only the latest request counts: a request that
 * has not started when a newer one arrives is skipped, and one that finishes after a newer one arrived reports
 * {@link LayoutOutcome.Superseded}. Each view owns one service; they share the single Graphviz thread.
 */
public final class LayoutService {
    private final GraphvizRunner runner;
    private final Duration limit;
    private final AtomicLong latest = new AtomicLong();

    public LayoutService() {
        this(GraphvizRunner.shared(), GraphvizRunner.DEFAULT_LIMIT);
    }

    public LayoutService(GraphvizRunner runner, Duration limit) {
        this.runner = runner;
        this.limit = limit;
    }

    /** The future completes with a value, never exceptionally, on the Graphviz thread or a timer thread. */
    public CompletableFuture<LayoutOutcome> layout(Figure figure, DotOptions options) {
        long ticket = latest.incrementAndGet();
        String dot = DotWriter.dot(figure, options);
        return runner.submit(dot, Format.JSON, limit, () -> latest.get() != ticket).thenApply(outcome -> {
            if (latest.get() != ticket) {
                return new LayoutOutcome.Superseded();
            }
            return switch (outcome) {
                case RenderOutcome.Rendered(String json, Duration took) -> parse(json, figure, took);
                case RenderOutcome.Failed(String message) -> new LayoutOutcome.Failed(message);
                case RenderOutcome.TimedOut(Duration limit) -> new LayoutOutcome.Failed(
                        "layout took longer than " + limit.toMillis() + " ms and was abandoned");
                case RenderOutcome.Skipped skipped -> new LayoutOutcome.Superseded();
            };
        });
    }

    /** Lays out and waits: for exports and the command line, where there is nothing to supersede. */
    public static LayoutOutcome layoutNow(Figure figure, DotOptions options, Duration limit) {
        RenderOutcome outcome = GraphvizRunner.shared().renderNow(DotWriter.dot(figure, options), Format.JSON, limit);
        return switch (outcome) {
            case RenderOutcome.Rendered(String json, Duration took) -> parse(json, figure, took);
            case RenderOutcome.Failed(String message) -> new LayoutOutcome.Failed(message);
            case RenderOutcome.TimedOut(Duration l) -> new LayoutOutcome.Failed(
                    "layout took longer than " + l.toMillis() + " ms and was abandoned");
            case RenderOutcome.Skipped skipped -> new LayoutOutcome.Superseded();
        };
    }

    private static LayoutOutcome parse(String json, Figure figure, Duration took) {
        try {
            return new LayoutOutcome.Laid(LayoutParser.parse(json, figure), took);
        } catch (LayoutParser.MalformedLayout e) {
            return new LayoutOutcome.Failed(e.getMessage());
        }
    }
}
