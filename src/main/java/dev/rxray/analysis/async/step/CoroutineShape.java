package dev.rxray.analysis.async.step;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The control-flow facts a state graph and the stepper need beyond the analysis, read from the body's syntax tree
 * ({@link FlowGraphBuilder}, {@link WayFinder}): the ways the body can go from its start and from each resumed
 * {@code .await} to the next place it stops, the code each state resumes into, and the loops around the awaits.
 * Early exits are real ways: {@code x.await?} can go to {@code Returned} by its {@code Err} path, a {@code break}
 * can leave a loop for an await after it. The suspend indices are the analysis's (rustc's MIR order), never
 * renumbered here.
 *
 * @param regions  one per state of the machine that runs code: index 0 is {@code Unresumed}, index k+1 is
 *                 {@code Suspend k}; its code is every piece any of its ways runs (from the state's resume point,
 *                 the body's start or just after its {@code .await}, to where the way stops), and its
 *                 {@code await} is the {@code .await} of suspend k+1 (none for the last)
 * @param loops    the loops of the body that hold at least one await, outermost first
 * @param tryAfter for each suspend index, whether its {@code .await} is followed by {@code ?}
 * @param first    the awaits the first poll may stop at
 * @param last     the awaits after which the body may end (falling off its end, {@code return}, or {@code ?})
 * @param mayEndWithoutAwait whether the first poll may run the body to its end without stopping
 * @param follow   for each suspend index, the awaits the body may stop at next
 * @param ways     the ways on from each point: index 0 from the start, index k+1 from suspend k, in source order
 */
public record CoroutineShape(List<SourceRegion> regions, List<LoopSpan> loops, List<Boolean> tryAfter,
                             Set<Integer> first, Set<Integer> last, boolean mayEndWithoutAwait,
                             List<Set<Integer>> follow, List<List<Way>> ways) {
    public CoroutineShape {
        regions = List.copyOf(regions);
        loops = List.copyOf(loops);
        tryAfter = List.copyOf(tryAfter);
        first = Collections.unmodifiableSortedSet(new TreeSet<>(first));
        last = Collections.unmodifiableSortedSet(new TreeSet<>(last));
        follow = follow.stream().map(f -> (Set<Integer>) Collections.unmodifiableSortedSet(new TreeSet<>(f)))
                .toList();
        ways = ways.stream().map(List::copyOf).toList();
    }

    /** A loop holding awaits {@code first..last} (suspend indices, inclusive). */
    public record LoopSpan(String keyword, Span span, int first, int last) {
    }

    /** The ways on from suspend {@code from}, or from the start for {@link Schedule#START}. */
    public List<Way> waysFrom(int from) {
        return ways.get(from + 1);
    }

    /**
     * The code that runs from the await of suspend {@code from} ({@code -1}: the body's start) on to the await of
     * suspend {@code to} ({@code -1}: the body's end), by the first way that goes there; a way round a loop runs
     * to the loop's end and stops at {@code to}'s await.
     */
    public SourceRegion between(int from, int to) {
        for (Way way : waysFrom(from)) {
            if (way.to() == to) {
                return way.region();
            }
        }
        Span start = regions.get(from + 1).code();
        Span stop = to < 0 ? SourceRegion.NO_SPAN : regions.get(to).await();
        return new SourceRegion(spanTo(start, to < 0 ? regions.getLast().code() : stop), stop);
    }

    /** The loops whose last await is {@code suspend}. */
    public List<LoopSpan> loopsEndingAt(int suspend) {
        return loops.stream().filter(l -> l.last() == suspend).toList();
    }

    /** Whether every way from suspend {@code k} to the end is the {@code Err} path of a {@code ?}. */
    public boolean endsOnlyByTry(int k) {
        List<Way> ends = waysFrom(k).stream().filter(Way::returns).toList();
        return !ends.isEmpty() && ends.stream().allMatch(w -> w.kind() == WayKind.TRY);
    }

    /** Reads the shape from the source, parsing it again; prefer {@link #of(CoroutineMachine, ParseResult)}. */
    public static CoroutineShape of(CoroutineMachine machine, SourceFile source) {
        return of(machine, RustSyntax.parse(source));
    }

    public static CoroutineShape of(CoroutineMachine machine, ParseResult parse) {
        SourceFile source = parse.source();
        String text = source.text();
        Span body = source.span(machine.body().startOffset(), machine.body().endOffset());
        List<MachineState.Suspend> suspends = machine.suspends();
        List<Span> awaits = new ArrayList<>();
        Map<Position, Integer> numbering = new HashMap<>();
        for (MachineState.Suspend suspend : suspends) {
            int keyword = offsetOf(source, suspend.await());
            awaits.add(source.span(keyword, Math.min(text.length(), keyword + "await".length())));
            numbering.put(suspend.await(), suspend.index());
        }
        Optional<Expr> tree = BodyLocator.find(parse.crate(), machine.body());
        FlowGraphBuilder.Result walked = tree.map(e -> FlowGraphBuilder.build(e, numbering)).orElse(null);
        return new Assembly(source, body, awaits, walked).shape();
    }

    /** The offset of a line and column (columns in code points) in the source, clamped to its line. */
    public static int offsetOf(SourceFile source, Position position) {
        String text = source.text();
        int start = source.lineStart(position.line());
        int offset = start;
        for (int c = 1; c < position.column() && offset < text.length() && text.charAt(offset) != '\n'; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** The span from {@code start}'s start to {@code end}'s end (empty when the end lies before the start). */
    private static Span spanTo(Span start, Span end) {
        int endOffset = Math.max(start.startOffset(), end.endOffset());
        boolean same = endOffset == end.endOffset();
        return new Span(start.startOffset(), endOffset, start.startLine(), start.startColumn(),
                same ? end.endLine() : start.startLine(), same ? end.endColumn() : start.startColumn());
    }

    /** Turns the walked graph into ways with their regions, and the ways into the sets the figure draws. */
    private record Assembly(SourceFile source, Span body, List<Span> awaits, FlowGraphBuilder.Result walked) {

        CoroutineShape shape() {
            int n = awaits.size();
            List<LoopSpan> loops = new ArrayList<>();
            Map<Integer, Integer> loopIndex = new HashMap<>();
            List<List<Way>> ways = new ArrayList<>();
            List<Boolean> tryAfter = new ArrayList<>();
            if (walked == null) {
                for (int k = -1; k < n; k++) {
                    int to = k + 1 < n ? k + 1 : Schedule.END;
                    ways.add(List.of(way(k, to, to < 0 ? WayKind.END : WayKind.ON, Optional.empty(), to,
                            List.of(), List.of(), List.of(), loops, List.of(), null, Set.of())));
                }
                for (int k = 0; k < n; k++) {
                    tryAfter.add(false);
                }
            } else {
                FlowGraph graph = walked.graph();
                List<Integer> tracked = new ArrayList<>();
                for (int id = 0; id < graph.loops().size(); id++) {
                    if (!graph.loops().get(id).awaits().isEmpty()) {
                        tracked.add(id);
                    }
                }
                tracked.sort(Comparator.comparingInt((Integer id) -> graph.loops().get(id).span().startOffset())
                        .thenComparing(id -> -graph.loops().get(id).span().endOffset()));
                for (int id : tracked) {
                    FlowGraph.Loop loop = graph.loops().get(id);
                    loopIndex.put(id, loops.size());
                    loops.add(new LoopSpan(loop.keyword(), loop.span(), loop.awaits().getFirst(),
                            loop.awaits().getLast()));
                }
                WayFinder finder = new WayFinder(graph, Set.copyOf(tracked));
                Map<Integer, Integer> pointOf = new HashMap<>();
                for (int p = 0; p < graph.awaits().size(); p++) {
                    if (graph.awaits().get(p) >= 0) {
                        pointOf.put(graph.awaits().get(p), p);
                    }
                }
                for (int k = -1; k < n; k++) {
                    Integer point = k < 0 ? Integer.valueOf(graph.entry()) : pointOf.get(k);
                    if (point == null) {
                        // The walk did not reach this await: go on in suspend order rather than stop.
                        int to = k + 1 < n ? k + 1 : Schedule.END;
                        ways.add(List.of(way(k, to, to < 0 ? WayKind.END : WayKind.ON, Optional.empty(), to,
                                List.of(), List.of(), List.of(), loops, List.of(), null, Set.of())));
                        continue;
                    }
                    List<Way> from = new ArrayList<>();
                    Set<Integer> seen = new TreeSet<>();
                    for (WayFinder.Found f : finder.from(point)) {
                        int choice = seen.add(f.to()) ? f.to() : Schedule.END - 1 - from.size();
                        from.add(way(k, f.to(), f.kind(), f.jump(), choice, map(f.entered(), loopIndex),
                                map(f.rounds(), loopIndex), map(f.left(), loopIndex), loops, f.path(), graph,
                                Set.copyOf(tracked)));
                    }
                    ways.add(from);
                }
                for (int k = 0; k < n; k++) {
                    tryAfter.add(walked.tryAfter().contains(k));
                }
            }
            Set<Integer> first = new TreeSet<>();
            Set<Integer> last = new TreeSet<>();
            List<Set<Integer>> follow = new ArrayList<>();
            boolean mayEnd = false;
            for (int k = -1; k < n; k++) {
                Set<Integer> next = new TreeSet<>();
                for (Way w : ways.get(k + 1)) {
                    if (w.returns()) {
                        if (k < 0) {
                            mayEnd = true;
                        } else {
                            last.add(k);
                        }
                    } else {
                        next.add(w.to());
                    }
                }
                if (k < 0) {
                    first.addAll(next);
                } else {
                    follow.add(next);
                }
            }
            return new CoroutineShape(regions(ways), loops, tryAfter, first, last, mayEnd, follow, ways);
        }

        private static List<Integer> map(List<Integer> ids, Map<Integer, Integer> loopIndex) {
            return ids.stream().map(loopIndex::get).sorted().toList();
        }

        private int resume(int from) {
            return from < 0 ? body.startOffset() : awaits.get(from).endOffset();
        }

        private Way way(int from, int to, WayKind kind, Optional<Span> jump, int choice, List<Integer> entered,
                        List<Integer> rounds, List<Integer> left, List<LoopSpan> loops, List<FlowGraph.Edge> path,
                        FlowGraph graph, Set<Integer> tracked) {
            int start = resume(from);
            int end;
            Span stop;
            if (to == Schedule.END) {
                stop = SourceRegion.NO_SPAN;
                end = jump.isPresent() && (kind == WayKind.TRY || kind == WayKind.RETURN)
                        ? jump.get().endOffset() : body.endOffset();
            } else {
                stop = awaits.get(to);
                end = stop.endOffset();
            }
            List<int[]> pieces = graph == null ? fallbackPieces(start, end, rounds, loops)
                    : pieces(start, end, path, graph, tracked);
            return new Way(to, kind, new SourceRegion(spans(pieces, start), stop), choice, entered, rounds, left);
        }

        /** Without a walked graph: one piece to the stop, or to the loop's end when the way goes round it. */
        private static List<int[]> fallbackPieces(int start, int end, List<Integer> rounds, List<LoopSpan> loops) {
            int last = end;
            if (!rounds.isEmpty() || end <= start) {
                for (int loop : rounds) {
                    last = Math.max(last, loops.get(loop).span().endOffset());
                }
            }
            return List.<int[]>of(new int[] {start, Math.max(start, last)});
        }

        /**
         * The pieces a way runs, read from its edges: one pass from {@code start}, a new pass from a loop's start
         * each time it goes round a loop with awaits, the last pass ending at {@code end}; each pass less what
         * its edges skip. Skips inside a loop without awaits do not count: such a loop runs as written.
         */
        private static List<int[]> pieces(int start, int end, List<FlowGraph.Edge> path, FlowGraph graph,
                                          Set<Integer> tracked) {
            List<int[]> pieces = new ArrayList<>();
            List<int[]> skips = new ArrayList<>();
            Set<Integer> insidePlainLoops = new TreeSet<>();
            int passStart = start;
            for (FlowGraph.Edge edge : path) {
                boolean plainBefore = !insidePlainLoops.isEmpty();
                for (FlowGraph.Marker marker : edge.markers()) {
                    switch (marker) {
                        case FlowGraph.Enter e when !tracked.contains(e.loop()) -> insidePlainLoops.add(e.loop());
                        case FlowGraph.Leave l when !tracked.contains(l.loop()) -> insidePlainLoops.remove(l.loop());
                        case FlowGraph.Again a when tracked.contains(a.loop()) -> {
                            Span loop = graph.loops().get(a.loop()).span();
                            pieces.addAll(subtract(passStart, loop.endOffset(), skips));
                            skips.clear();
                            passStart = loop.startOffset();
                        }
                        case FlowGraph.Skip k when !plainBefore && insidePlainLoops.isEmpty()
                                && (k.loop() < 0 || tracked.contains(k.loop())) ->
                                skips.add(new int[] {k.start(), k.end()});
                        default -> { }
                    }
                }
            }
            pieces.addAll(subtract(passStart, Math.max(passStart, end), skips));
            return pieces;
        }

        /** {@code [from, to)} less the skipped ranges. */
        private static List<int[]> subtract(int from, int to, List<int[]> skips) {
            List<int[]> sorted = new ArrayList<>(skips);
            sorted.sort(Comparator.comparingInt(r -> r[0]));
            List<int[]> pieces = new ArrayList<>();
            int at = from;
            for (int[] skip : sorted) {
                if (skip[1] <= at || skip[0] >= to) {
                    continue;
                }
                if (skip[0] > at) {
                    pieces.add(new int[] {at, skip[0]});
                }
                at = Math.max(at, skip[1]);
            }
            if (at < to) {
                pieces.add(new int[] {at, to});
            }
            return pieces;
        }

        /**
         * Pieces as spans: trimmed of white space, sorted, and joined where they overlap or only white space lies
         * between them; one empty span at {@code resume} when nothing is left.
         */
        private List<Span> spans(List<int[]> pieces, int resume) {
            String text = source.text();
            List<int[]> trimmed = new ArrayList<>();
            for (int[] p : pieces) {
                int a = Math.min(p[0], text.length());
                int b = Math.min(Math.max(a, p[1]), text.length());
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    trimmed.add(new int[] {a, b});
                }
            }
            trimmed.sort(Comparator.comparingInt(r -> r[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] p : trimmed) {
                if (!merged.isEmpty() && (p[0] <= merged.getLast()[1]
                        || text.substring(merged.getLast()[1], p[0]).isBlank())) {
                    merged.getLast()[1] = Math.max(merged.getLast()[1], p[1]);
                } else {
                    merged.add(new int[] {p[0], p[1]});
                }
            }
            if (merged.isEmpty()) {
                int at = Math.min(resume, text.length());
                return List.of(source.span(at, at));
            }
            return merged.stream().map(p -> source.span(p[0], p[1])).toList();
        }

        /** Each state's region: every piece of its ways. */
        private List<SourceRegion> regions(List<List<Way>> ways) {
            List<SourceRegion> regions = new ArrayList<>();
            for (int k = -1; k < awaits.size(); k++) {
                int start = resume(k);
                List<int[]> pieces = new ArrayList<>();
                if (ways.get(k + 1).isEmpty()) {
                    pieces.add(new int[] {start, Math.max(start, body.endOffset())});
                }
                for (Way w : ways.get(k + 1)) {
                    for (Span piece : w.region().spans()) {
                        pieces.add(new int[] {piece.startOffset(), piece.endOffset()});
                    }
                }
                Span stop = k + 1 < awaits.size() ? awaits.get(k + 1) : SourceRegion.NO_SPAN;
                regions.add(new SourceRegion(spans(pieces, start), stop));
            }
            return regions;
        }
    }
}
