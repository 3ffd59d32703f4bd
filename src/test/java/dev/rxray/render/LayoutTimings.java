package dev.rxray.render;

import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.SampleFigures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints layout timings: cold start (engine start plus first layout, so run it in a fresh JVM), warm layouts of a
 * 20-state machine, and a 200-state machine. Each time covers DOT generation, Graphviz and JSON parsing.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/runtime-classpath.txt)
 * dev.rxray.render.LayoutTimings}
 */
public final class LayoutTimings {
    private LayoutTimings() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.setProperty(GraphvizRunner.ENGINE_PROPERTY, args[0]);
        }
        GraphFigure twenty = SampleFigures.longStateMachine(18);
        GraphFigure twoHundred = SampleFigures.longStateMachine(198, false);
        GraphFigure twoHundredHub = SampleFigures.longStateMachine(198, true);
        Duration limit = Duration.ofSeconds(60);
        long start = System.nanoTime();
        LayoutService.layoutNow(twenty, DotOptions.VIEW, limit);
        double cold = millis(System.nanoTime() - start);
        List<Double> warm = time(twenty, 30, limit);
        List<Double> large = time(twoHundred, 3, limit);
        long hubStart = System.nanoTime();
        LayoutOutcome hub = LayoutService.layoutNow(twoHundredHub, DotOptions.VIEW, GraphvizRunner.DEFAULT_LIMIT);
        double hubTime = millis(System.nanoTime() - hubStart);
        System.out.printf(Locale.ROOT, "engine %s%n", GraphvizRunner.shared().engineName());
        System.out.printf(Locale.ROOT, "cold start + first 20-node layout: %.0f ms%n", cold);
        System.out.printf(Locale.ROOT, "warm 20-node layout: median %.1f ms, p95 %.1f ms, min %.1f ms (n=%d)%n",
                percentile(warm, 50), percentile(warm, 95), percentile(warm, 0), warm.size());
        System.out.printf(Locale.ROOT, "200-node layout: median %.0f ms, min %.0f ms (n=%d)%n",
                percentile(large, 50), percentile(large, 0), large.size());
        System.out.printf(Locale.ROOT, "200-node layout with 40 panic edges into one node: %s after %.0f ms%n",
                hub.getClass().getSimpleName(), hubTime);
    }

    private static List<Double> time(GraphFigure figure, int runs, Duration limit) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            LayoutOutcome outcome = LayoutService.layoutNow(figure, DotOptions.VIEW, limit);
            times.add(millis(System.nanoTime() - start));
            if (!(outcome instanceof LayoutOutcome.Laid)) {
                throw new IllegalStateException(outcome.toString());
            }
        }
        times.sort(Double::compare);
        return times;
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100.0 * (sorted.size() - 1))));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
