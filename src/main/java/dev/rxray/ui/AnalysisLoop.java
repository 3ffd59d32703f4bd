package dev.rxray.ui;

import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs the pipeline and the highlighter on one background thread and hands results back to the FX thread.
 * Every edit bumps the version; a request whose version is no longer current is skipped before it starts and its
 * result is dropped if it finishes late, so the views never show analysis of text that is not on screen.
 */
final class AnalysisLoop implements AutoCloseable {
    private final EditorServices services;
    private final Consumer<Analysis> onResult;
    private final AtomicLong version = new AtomicLong();
    private long lastRequested = -1;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rxray-analysis");
        thread.setDaemon(true);
        return thread;
    });

    AnalysisLoop(EditorServices services, Consumer<Analysis> onResult) {
        this.services = services;
        this.onResult = onResult;
    }

    /** Called on the FX thread for every change of the buffer. */
    long bump() {
        return version.incrementAndGet();
    }

    long version() {
        return version.get();
    }

    /** Queues an analysis of the text as it is now (FX thread). */
    void request(String name, String text) {
        long requested = version.get();
        if (requested == lastRequested) {
            return;
        }
        lastRequested = requested;
        worker.execute(() -> {
            if (requested != version.get()) {
                return;
            }
            Analysis analysis;
            try {
                analysis = analyse(requested, name, text);
            } catch (RuntimeException | StackOverflowError e) {
                System.err.println("rxray: analysis failed: " + e);
                return;
            }
            Platform.runLater(() -> {
                if (analysis.version() == version.get()) {
                    onResult.accept(analysis);
                }
            });
        });
    }

    private Analysis analyse(long requested, String name, String text) {
        long start = System.nanoTime();
        SourceFile source = SourceFile.of(name, text);
        StringBuilder problem = new StringBuilder();
        List<Highlight> highlights;
        try {
            highlights = services.highlighter().apply(source.text());
        } catch (RuntimeException | StackOverflowError e) {
            highlights = List.of();
            problem.append("highlighting failed (").append(e.getClass().getSimpleName()).append(")");
        }
        PipelineResult result;
        try {
            result = services.pipeline().apply(source);
        } catch (RuntimeException | StackOverflowError e) {
            // The façade promises never to throw; if it does anyway, show the colours and no tree rather than
            // freezing the views on an older version. Its answer for an empty text is the neutral result.
            result = services.pipeline().apply(SourceFile.of(name, ""));
            problem.append(problem.isEmpty() ? "" : "; ").append("analysis failed (").append(e.getClass().getSimpleName()).append(")");
        }
        ParagraphStyles styles = SyntaxColouring.compute(source.text(), highlights, result.parse().diagnostics());
        return new Analysis(requested, result, styles, System.nanoTime() - start, problem.toString());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
