package dev.rxray.analysis.async.step;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the user decides for a run of the stepper: how many times the future awaited at each suspend point answers
 * {@code Pending} before it is {@code Ready} (on every visit), and how many times each loop body runs.
 * Counts are clamped to small bounds so that every run is finite.
 *
 * @param pendings   suspend index -> number of {@code Pending} answers; missing means {@link #defaultPendings}
 * @param iterations loop index (in {@link CoroutineShape#loops()}) -> number of runs of its body; missing means
 *                   {@link #defaultIterations}
 */
public record Schedule(Map<Integer, Integer> pendings, Map<Integer, Integer> iterations, int defaultPendings,
                       int defaultIterations, Map<Integer, Integer> choices) {
    /** In {@link #choices()}: the position before the first await ({@code Unresumed}). */
    public static final int START = -1;
    /** In {@link #choices()}: the end of the body ({@code Returned}). */
    public static final int END = -1;
    public static final int MAX_PENDINGS = 5;
    public static final int MAX_ITERATIONS = 5;

    /** Every awaited future is Pending once then Ready; every loop body runs twice, so its back edge is taken. */
    public static final Schedule DEFAULT = new Schedule(Map.of(), Map.of(), 1, 2);

    /**
     * A schedule without branch choices: where control flow branches, the first alternative in source order is
     * taken, and a loop goes round while its count allows.
     */
    public Schedule(Map<Integer, Integer> pendings, Map<Integer, Integer> iterations, int defaultPendings,
                    int defaultIterations) {
        this(pendings, iterations, defaultPendings, defaultIterations, Map.of());
    }

    /**
     * @param choices where the user picked the branch: suspend index (or {@link #START}) -> the suspend index the
     *                body goes on to (or {@link #END}), or a {@link Way#choice()} code below {@link #END} for one
     *                particular way (the {@code Err} path of {@code ?} when the body may also end normally);
     *                applied every time that point is left, if that way exists
     */
    public Schedule {
        choices = Map.copyOf(new TreeMap<>(choices));
        pendings = Map.copyOf(new TreeMap<>(pendings));
        iterations = Map.copyOf(new TreeMap<>(iterations));
        defaultPendings = clamp(defaultPendings, 0, MAX_PENDINGS);
        defaultIterations = clamp(defaultIterations, 1, MAX_ITERATIONS);
    }

    public int pendingsAt(int suspend) {
        return clamp(pendings.getOrDefault(suspend, defaultPendings), 0, MAX_PENDINGS);
    }

    public int iterationsOf(int loop) {
        return clamp(iterations.getOrDefault(loop, defaultIterations), 1, MAX_ITERATIONS);
    }

    public Schedule withPendings(int suspend, int count) {
        Map<Integer, Integer> next = new TreeMap<>(pendings);
        next.put(suspend, count);
        return new Schedule(next, iterations, defaultPendings, defaultIterations, choices);
    }

    public Schedule withIterations(int loop, int count) {
        Map<Integer, Integer> next = new TreeMap<>(iterations);
        next.put(loop, count);
        return new Schedule(pendings, next, defaultPendings, defaultIterations, choices);
    }

    public Schedule withChoice(int from, int to) {
        Map<Integer, Integer> next = new TreeMap<>(choices);
        next.put(from, to);
        return new Schedule(pendings, iterations, defaultPendings, defaultIterations, next);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
