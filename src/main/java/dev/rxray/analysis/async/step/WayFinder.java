package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * From one point of a {@link FlowGraph}, every distinct way to the next points where the body stops (an
 * {@code .await} or the end), found depth first in the graph's edge order so that ways come in source order.
 * Two paths are the same way when they reach the same point, do the same to each loop that holds an await
 * (enter its body, go round, leave it) and take the same kind of jump; a path that would enter a loop's body twice
 * or go round it twice without stopping is left out, as it reaches nothing a shorter path does not.
 */
final class WayFinder {
    private static final int LEFT = 1;
    private static final int ENTERED = 2;
    private static final int ROUND = 4;
    /** A bound on the states one search visits, far above what a real body needs. */
    private static final int MAX_STATES = 100_000;

    /** A way in graph terms: loops are the graph's loop ids; {@code path} is the edges it takes, in order. */
    record Found(int to, WayKind kind, Optional<Span> jump, List<Integer> entered, List<Integer> rounds,
                 List<Integer> left, List<FlowGraph.Edge> path) {
        Found {
            path = List.copyOf(path);
        }
    }

    /** The edges taken so far, newest first, shared between the states that branch from one another. */
    private record Trail(FlowGraph.Edge edge, Trail before) {
        List<FlowGraph.Edge> edges() {
            List<FlowGraph.Edge> edges = new ArrayList<>();
            for (Trail t = this; t != null; t = t.before()) {
                edges.add(t.edge());
            }
            return edges.reversed();
        }
    }

    private record State(int point, Map<Integer, Integer> loops, WayKind jumpKind, Optional<Span> jump,
                         boolean leftLoop, Trail trail) {
    }

    private final FlowGraph graph;
    private final Set<Integer> tracked;
    /** The loops around the point a search starts from: leaving one of them ends its run count. */
    private Set<Integer> around = Set.of();

    /** @param tracked the loops that hold an await: only those are counted; the others are plain code */
    WayFinder(FlowGraph graph, Set<Integer> tracked) {
        this.graph = graph;
        this.tracked = tracked;
    }

    List<Found> from(int start) {
        int suspend = graph.awaits().get(start);
        around = new HashSet<>();
        for (int id = 0; id < graph.loops().size(); id++) {
            if (graph.loops().get(id).awaits().contains(suspend)) {
                around.add(id);
            }
        }
        List<Found> found = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<State> work = new ArrayDeque<>();
        pushEdges(work, new State(start, Map.of(), null, Optional.empty(), false, null));
        while (!work.isEmpty() && visited.size() < MAX_STATES) {
            State state = work.pop();
            if (!visited.add(state.point() + "|" + state.loops() + "|" + state.jumpKind() + "|" + state.leftLoop())) {
                continue;
            }
            int await = graph.awaits().get(state.point());
            if (state.point() == FlowGraph.END || await >= 0) {
                found.add(found(state, state.point() == FlowGraph.END ? Schedule.END : await));
                continue;
            }
            pushEdges(work, state);
        }
        return found;
    }

    /** Pushes the states after each edge, last edge first, so that the first edge is explored first. */
    private void pushEdges(Deque<State> work, State state) {
        List<FlowGraph.Edge> out = graph.edges().get(state.point());
        for (int i = out.size() - 1; i >= 0; i--) {
            cross(state, out.get(i)).ifPresent(work::push);
        }
    }

    private Optional<State> cross(State state, FlowGraph.Edge edge) {
        Map<Integer, Integer> loops = state.loops();
        WayKind jumpKind = state.jumpKind();
        Optional<Span> jump = state.jump();
        boolean leftLoop = state.leftLoop();
        for (FlowGraph.Marker marker : edge.markers()) {
            switch (marker) {
                case FlowGraph.Jump j -> {
                    if (jumpKind == null) {
                        jumpKind = j.kind();
                        jump = Optional.of(j.span());
                    }
                }
                case FlowGraph.Leave l when tracked.contains(l.loop()) -> {
                    // Leaving a loop the search started outside undoes entering it: no count changes.
                    loops = around.contains(l.loop()) ? with(loops, l.loop(), LEFT) : without(loops, l.loop());
                    leftLoop = true;
                }
                case FlowGraph.Enter e when tracked.contains(e.loop()) -> {
                    int bits = loops.getOrDefault(e.loop(), 0);
                    if ((bits & ENTERED) != 0) {
                        return Optional.empty();
                    }
                    loops = with(loops, e.loop(), bits | ENTERED);
                }
                case FlowGraph.Again a when tracked.contains(a.loop()) -> {
                    int bits = loops.getOrDefault(a.loop(), 0);
                    if ((bits & ROUND) != 0) {
                        return Optional.empty();
                    }
                    loops = with(loops, a.loop(), bits | ROUND);
                }
                default -> { }
            }
        }
        return Optional.of(new State(edge.to(), loops, jumpKind, jump, leftLoop, new Trail(edge, state.trail())));
    }

    private static Map<Integer, Integer> with(Map<Integer, Integer> loops, int loop, int bits) {
        Map<Integer, Integer> next = new TreeMap<>(loops);
        next.put(loop, bits);
        return next;
    }

    private static Map<Integer, Integer> without(Map<Integer, Integer> loops, int loop) {
        if (!loops.containsKey(loop)) {
            return loops;
        }
        Map<Integer, Integer> next = new TreeMap<>(loops);
        next.remove(loop);
        return next;
    }

    private static Found found(State state, int to) {
        List<Integer> entered = new ArrayList<>();
        List<Integer> rounds = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(state.loops()).entrySet()) {
            if ((e.getValue() & LEFT) != 0) {
                left.add(e.getKey());
            }
            if ((e.getValue() & ENTERED) != 0) {
                entered.add(e.getKey());
            }
            if ((e.getValue() & ROUND) != 0) {
                rounds.add(e.getKey());
            }
        }
        WayKind kind;
        if (state.jumpKind() != null) {
            kind = state.jumpKind();
        } else if (to == Schedule.END) {
            kind = WayKind.END;
        } else if (!rounds.isEmpty()) {
            kind = WayKind.AGAIN;
        } else if (state.leftLoop()) {
            kind = WayKind.LOOP_ENDS;
        } else {
            kind = WayKind.ON;
        }
        return new Found(to, kind, state.jump(), entered, rounds, left,
                state.trail() == null ? List.of() : state.trail().edges());
    }
}
