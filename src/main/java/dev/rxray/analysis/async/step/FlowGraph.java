package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * The control flow of one coroutine body at the grain the stepper needs: program points joined by edges, where a
 * point is the body's entry, a numbered {@code .await}, its end ({@link #END}), or a place where paths split or
 * join. Code without awaits, branches or jumps adds no point. Edges out of a point are in source order (the
 * {@code then} arm before the {@code else} arm, the {@code Ok} path of {@code ?} before the {@code Err} path, a
 * loop's body before its exit), which is the order the stepper prefers by default.
 *
 * @param edges  for each point, its outgoing edges
 * @param awaits for each point, the suspend index of the {@code .await} it stands for, or -1
 * @param loops  every loop of the body, in the order the walk entered them
 * @param entry  the point where the body starts
 */
record FlowGraph(List<List<Edge>> edges, List<Integer> awaits, List<Loop> loops, int entry) {
    /** The end of the body: the future returns. */
    static final int END = 0;

    FlowGraph {
        edges = edges.stream().map(List::copyOf).toList();
        awaits = List.copyOf(awaits);
        loops = List.copyOf(loops);
    }

    /** A move from one point to another, with what it crosses on the way, in order. */
    record Edge(int to, List<Marker> markers) {
        Edge {
            markers = List.copyOf(markers);
        }
    }

    /** What an edge crosses that the stepper counts or names. */
    sealed interface Marker {
    }

    /** Into the body of a loop for one more run (a {@code loop}, a {@code while} whose condition held, a {@code for}
     * whose iterator gave an item). */
    record Enter(int loop) implements Marker {
    }

    /** Back to the head of a loop: the end of its body or a {@code continue}. */
    record Again(int loop) implements Marker {
    }

    /** Out of a loop: its condition failed, its iterator ended, or a jump left it. */
    record Leave(int loop) implements Marker {
    }

    /** A jump written in the code: {@code return}, {@code break}, {@code continue} or the {@code Err} path of
     * {@code ?}; {@code span} is the jump's expression. */
    record Jump(WayKind kind, Span span) implements Marker {
    }

    /**
     * Source this edge passes over without running it: the arm of an {@code if} or {@code match} not taken, the
     * right operand of a short-circuited {@code &&}/{@code ||}, the rest of a loop body after {@code break} or
     * {@code continue}, the body of a loop whose condition failed. Offsets are {@code [start, end)}.
     *
     * @param loop the loop whose exit skips its body, or -1; such a skip counts only for a loop with awaits,
     *             since a loop without them is plain code that runs as written
     */
    record Skip(int start, int end, int loop) implements Marker {
    }

    /**
     * A loop of the body.
     *
     * @param keyword {@code loop}, {@code while} or {@code for}
     * @param awaits  the suspend indices of the numbered awaits it holds (its condition's included), ascending
     */
    record Loop(String keyword, Span span, List<Integer> awaits) {
        Loop {
            awaits = List.copyOf(awaits);
        }
    }
}
