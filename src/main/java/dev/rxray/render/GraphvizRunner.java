package dev.rxray.render;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizEngine;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs Graphviz, always on one dedicated thread: the embedded V8 engine is bound to the thread that created it and
 * graphviz-java's engine choice is global, so one thread owns both. The engine is {@code dot} when it is on the PATH
 * (cheapest cold start), else the embedded V8 engine (no install needed, fastest once warm).
 *
 * <p>A run that exceeds its limit yields {@link RenderOutcome.TimedOut}; its thread is abandoned (neither engine can
 * be interrupted mid-layout) and the next run starts on a fresh thread, so one pathological graph cannot block every
 * later layout.
 */
public final class GraphvizRunner {
    /**
     * Set to {@code v8} to use the embedded engine even when {@code dot} is installed (goldens are made with it);
     * any other value, or none, uses {@code dot} when it is on the PATH.
     */
    public static final String ENGINE_PROPERTY = "rxray.graphviz.engine";
    /** The time limit of a run with {@code dot}: a 200-state machine takes under a second even on a busy machine. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);
    /**
     * The time limit of a run with the embedded engine, about three times slower than {@code dot}: a 200-state
     * machine takes 0.5–1.5 s, and up to 4 s on a loaded two-core machine. Running over costs more than waiting
     * longer: the abandoned run keeps its thread busy to the end, and the next run pays for a new engine (1–2 s).
     * The view stays responsive either way, since layouts never run on the FX thread.
     */
    public static final Duration EMBEDDED_LIMIT = Duration.ofSeconds(10);
    private static final GraphvizRunner SHARED = new GraphvizRunner();
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final boolean DOT_ON_PATH = dotOnPath();

    private ExecutorService executor = newExecutor();
    private volatile String engineName = "none";

    private GraphvizRunner() {
    }

    public static GraphvizRunner shared() {
        return SHARED;
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rxray-graphviz-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Which engine runs the layouts: {@code dot}, {@code v8} or {@code none} before the first run. */
    public String engineName() {
        return engineName;
    }

    /** Starts the engine in the background so the first real layout does not pay for it. */
    public CompletableFuture<RenderOutcome> warmUp() {
        return submit("digraph warm { a -> b }", Format.XDOT, limit());
    }

    /** The time limit for the engine the next run will use. */
    public Duration limit() {
        return embedded() ? EMBEDDED_LIMIT : DEFAULT_LIMIT;
    }

    /** Whether the next run uses the embedded engine rather than {@code dot}. */
    public boolean embedded() {
        return wantedEngine().equals("v8");
    }

    /**
     * What to tell the user when a layout ran over its limit, naming the size of the graph and, with the embedded
     * engine, the remedy.
     */
    public String overLimit(Duration limit, int nodes, int edges) {
        String took = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
        String message = "laying out " + nodes + (nodes == 1 ? " node" : " nodes") + " and " + edges
                + (edges == 1 ? " edge" : " edges") + " took longer than " + took + ", so it was abandoned";
        return embedded()
                ? message + "; with Graphviz installed (the dot program on the PATH) layout is about three times faster"
                : message;
    }

    /** Renders on the Graphviz thread; the future completes with a value, never exceptionally. */
    public CompletableFuture<RenderOutcome> submit(String dot, Format format, Duration limit) {
        return submit(dot, format, limit, () -> false);
    }

    /**
     * Like {@link #submit(String, Format, Duration)}, but skips the run if {@code stale} says so when its turn
     * comes, so a burst of edits lays out only the last version.
     */
    public synchronized CompletableFuture<RenderOutcome> submit(String dot, Format format, Duration limit,
                                                               BooleanSupplier stale) {
        ExecutorService runOn = executor;
        CompletableFuture<RenderOutcome> run = CompletableFuture.supplyAsync(
                () -> stale.getAsBoolean() ? new RenderOutcome.Skipped() : render(dot, format), runOn);
        return run.completeOnTimeout(new RenderOutcome.TimedOut(limit), limit.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(outcome -> {
                    if (outcome instanceof RenderOutcome.TimedOut) {
                        abandon(runOn);
                    }
                    return outcome;
                });
    }

    /** Renders and waits, for the command line. */
    public RenderOutcome renderNow(String dot, Format format, Duration limit) {
        return submit(dot, format, limit).join();
    }

    private synchronized void abandon(ExecutorService stuck) {
        if (executor == stuck) {
            stuck.shutdownNow();
            executor = newExecutor();
        }
    }

    private static final int LARGE_MEMORY = 256 * 1024 * 1024;
    private final ThreadLocal<String> engineOfThread = ThreadLocal.withInitial(() -> "none");
    private final ThreadLocal<Boolean> largeMemory = ThreadLocal.withInitial(() -> false);

    private RenderOutcome render(String dot, Format format) {
        long start = System.nanoTime();
        try {
            String wanted = wantedEngine();
            if (!wanted.equals(engineOfThread.get())) {
                useEngine(wanted);
                engineOfThread.set(wanted);
            }
            String text;
            try {
                text = renderOnce(dot, format);
            } catch (RuntimeException e) {
                if (!outOfMemory(e) || largeMemory.get()) {
                    throw e;
                }
                // The embedded engine starts with a 16 MB heap, too small for a few hundred nodes; it rebuilds
                // itself after this failure, and from now on gets a larger heap.
                largeMemory.set(true);
                text = renderOnce(dot, format);
            }
            return new RenderOutcome.Rendered(text, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException | LinkageError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new RenderOutcome.Failed("Graphviz failed: " + message.strip());
        }
    }

    private String renderOnce(String dot, Format format) {
        if ((format == Format.XDOT || format == Format.JSON) && "dot".equals(engineName)) {
            return DotProcess.layout(dot, format == Format.XDOT ? "-Txdot" : "-Tjson");
        }
        Graphviz graphviz = Graphviz.fromString(dot);
        if (largeMemory.get()) {
            graphviz = graphviz.totalMemory(LARGE_MEMORY);
        }
        return graphviz.render(format).toString();
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Cannot enlarge memory")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Read on every run, so a program (or a test that compares with goldens made by the embedded engine) that sets
     * {@link #ENGINE_PROPERTY} gets that engine even after another engine has run.
     */
    private static String wantedEngine() {
        return DOT_ON_PATH && !"v8".equals(System.getProperty(ENGINE_PROPERTY)) ? "dot" : "v8";
    }

    private void useEngine(String name) {
        List<GraphvizEngine> engines = name.equals("dot")
                ? List.of(new GraphvizCmdLineEngine(), new GraphvizV8Engine())
                : List.of(new GraphvizV8Engine());
        Graphviz.useEngine(engines);
        largeMemory.set(false);
        engineName = name;
    }

    static boolean dotOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, "dot").canExecute()) {
                return true;
            }
        }
        return false;
    }
}
