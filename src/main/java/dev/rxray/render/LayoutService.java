package dev.rxray.render;

import dev.rxray.diagram.Figure;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.TableFigure;
import guru.nidi.graphviz.engine.Format;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Lays out figures for one interactive view, off the caller's thread. Only the latest request counts: a request that
 * has not started when a newer one arrives is skipped, and one that finishes after a newer one arrived reports
 * {@link LayoutOutcome.Superseded}. Each view owns one service; they share the single Graphviz thread.
 */
public final class LayoutService {
    private final GraphvizRunner runner;
    private final Supplier<Duration> limit;
    private final AtomicLong latest = new AtomicLong();

    /** A service with the limit of whichever engine runs each layout. */
    public LayoutService() {
        this.runner = GraphvizRunner.shared();
        this.limit = runner::limit;
    }

    public LayoutService(GraphvizRunner runner, Duration limit) {
        this.runner = runner;
        this.limit = () -> limit;
    }

    /** The future completes with a value, never exceptionally, on the Graphviz thread or a timer thread. */
    public CompletableFuture<LayoutOutcome> layout(Figure figure, DotOptions options) {
        long ticket = latest.incrementAndGet();
        String dot = DotWriter.dot(figure, options);
        return runner.submit(dot, Format.XDOT, limit.get(), () -> latest.get() != ticket).thenApply(outcome ->
                latest.get() != ticket ? new LayoutOutcome.Superseded() : outcome(outcome, figure, runner));
    }

    /** Lays out and waits: for exports and the command line, where there is nothing to supersede. */
    public static LayoutOutcome layoutNow(Figure figure, DotOptions options, Duration limit) {
        GraphvizRunner runner = GraphvizRunner.shared();
        return outcome(runner.renderNow(DotWriter.dot(figure, options), Format.XDOT, limit), figure, runner);
    }

    private static LayoutOutcome outcome(RenderOutcome outcome, Figure figure, GraphvizRunner runner) {
        return switch (outcome) {
            case RenderOutcome.Rendered(String xdot, Duration took) -> parse(xdot, figure, took);
            case RenderOutcome.Failed(String message) -> new LayoutOutcome.Failed(message);
            case RenderOutcome.TimedOut(Duration over) -> new LayoutOutcome.Failed(overLimit(runner, over, figure));
            case RenderOutcome.Skipped skipped -> new LayoutOutcome.Superseded();
        };
    }

    static String overLimit(GraphvizRunner runner, Duration limit, Figure figure) {
        return switch (figure) {
            case GraphFigure graph -> runner.overLimit(limit, graph.nodes().size(), graph.edges().size());
            case TableFigure table -> runner.overLimit(limit, 1, 0);
        };
    }

    private static LayoutOutcome parse(String xdot, Figure figure, Duration took) {
        try {
            return new LayoutOutcome.Laid(LayoutParser.parse(xdot, figure), took);
        } catch (LayoutParser.MalformedLayout e) {
            return new LayoutOutcome.Failed(e.getMessage());
        }
    }
}
