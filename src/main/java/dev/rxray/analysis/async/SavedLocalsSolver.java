package dev.rxray.analysis.async;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pass 2, input: a body's {@link Flow}; output: for each await, the named locals rustc saves in that state.
 *
 * <p>rustc saves a local at a suspension point when its storage is live there and it is either live (maybe used
 * later) or maybe borrowed before. Here: the local is declared (initializer done) before the await and its scope
 * has not ended; and either some borrow of it may happen before the await, some use may happen after, or its type
 * needs drop and it is not moved out on every path to the await (so its drop at scope end is a use).
 *
 * <p>"May happen before/after" reads the frames of the events: two events in different arms of the same branch
 * are never on one path; an event inside a loop that also holds the await, where the local was declared outside
 * that loop, may happen both before (an earlier iteration) and after (a later one). A move is definite only when its
 * frames are a prefix of the await's frames, that is when every path to the await passes through it.
 */
final class SavedLocalsSolver {
    private static final int MAX_NESTING = 64;
    private final Flow flow;
    private final Map<Integer, Flow.Declared> declared = new HashMap<>();
    private final Map<Integer, Flow.ScopeEnded> ended = new HashMap<>();
    private final Map<Integer, List<Flow.Used>> uses = new HashMap<>();

    SavedLocalsSolver(Flow flow) {
        this.flow = flow;
        for (Flow.Event e : flow.events()) {
            switch (e) {
                case Flow.Declared d -> declared.put(d.binding(), d);
                case Flow.ScopeEnded s -> ended.put(s.binding(), s);
                case Flow.Used u -> uses.computeIfAbsent(u.binding(), k -> new ArrayList<>()).add(u);
                case Flow.Suspended s -> {
                }
            }
        }
    }

    /** The saved locals at one await, sorted by name then declaration. */
    List<SavedLocal> savedAt(Flow.AwaitSite await) {
        List<SavedLocal> saved = new ArrayList<>();
        for (Flow.Binding b : flow.bindings()) {
            reason(b, await).ifPresent(r -> saved.add(new SavedLocal(b.name(), b.declared(), b.type(), r)));
        }
        saved.sort(Comparator.comparing(SavedLocal::name).thenComparing(SavedLocal::declared));
        return List.copyOf(saved);
    }

    private Optional<SaveReason> reason(Flow.Binding b, Flow.AwaitSite await) {
        Flow.Declared decl = declared.get(b.id());
        if (decl == null || decl.seq() > await.seq()) {
            return Optional.empty();
        }
        Flow.ScopeEnded end = ended.get(b.id());
        if (end != null && end.seq() < await.seq()) {
            return Optional.empty();
        }
        if (!within(decl.context(), await.context())) {
            return Optional.empty();
        }
        List<Flow.Used> used = uses.getOrDefault(b.id(), List.of());
        for (Flow.Used u : used) {
            if (u.kind() == Flow.UseKind.BORROW && mayPrecede(u, await, decl)) {
                return Optional.of(SaveReason.BORROWED);
            }
        }
        Optional<Flow.Used> kill = overwrittenAfter(used, await);
        for (Flow.Used u : used) {
            if (u.kind() != Flow.UseKind.WRITE && mayFollow(u, await, decl, kill)) {
                return Optional.of(SaveReason.USED_AFTER);
            }
        }
        if (b.type().needsDrop() && !definitelyMoved(used, await)) {
            return Optional.of(SaveReason.DROPPED_AFTER);
        }
        return Optional.empty();
    }

    /** The binding's declaring context encloses the await (it is not in a sibling arm). */
    private static boolean within(List<Flow.Frame> outer, List<Flow.Frame> inner) {
        if (outer.size() > inner.size()) {
            return false;
        }
        for (int i = 0; i < outer.size(); i++) {
            if (!outer.get(i).equals(inner.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean exclusive(List<Flow.Frame> a, List<Flow.Frame> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Flow.Frame x = a.get(i);
            Flow.Frame y = b.get(i);
            if (!x.equals(y)) {
                return x.construct() == y.construct() && x.arm() != y.arm();
            }
        }
        return false;
    }

    /** Some loop holds both the event and the await but not the declaration: another iteration runs the event. */
    private static boolean sharedLoop(Flow.Event e, Flow.AwaitSite await, Flow.Declared decl) {
        for (Flow.Frame f : e.context()) {
            if (f.loop() && await.context().contains(f) && !decl.context().contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayPrecede(Flow.Event e, Flow.AwaitSite await, Flow.Declared decl) {
        return (e.seq() < await.seq() && !exclusive(e.context(), await.context())) || sharedLoop(e, await, decl);
    }

    /**
     * A use may follow the await unless a write that every path from the await passes through (same or outer
     * frames) overwrites the value first: rustc's liveness is killed by a full assignment.
     */
    private static boolean mayFollow(Flow.Event e, Flow.AwaitSite await, Flow.Declared decl,
                                     Optional<Flow.Used> kill) {
        if (e.seq() > await.seq() && !exclusive(e.context(), await.context())) {
            return kill.isEmpty() || e.seq() < kill.get().seq();
        }
        if (!sharedLoop(e, await, decl)) {
            return false;
        }
        return kill.isEmpty() || kill.get().context().stream().noneMatch(Flow.Frame::loop)
                || !sharedLoop(kill.get(), await, decl);
    }

    private static Optional<Flow.Used> overwrittenAfter(List<Flow.Used> used, Flow.AwaitSite await) {
        for (Flow.Used u : used) {
            if (u.kind() == Flow.UseKind.WRITE && u.seq() > await.seq() && within(u.context(), await.context())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /**
     * Moved out on every path to the await: a move in the await's own frames, or moves in every arm of a branch
     * that ends before the await. A write after the last such move gives the local a value again.
     */
    private boolean definitelyMoved(List<Flow.Used> used, Flow.AwaitSite await) {
        List<Flow.Used> moves = used.stream()
                .filter(u -> u.kind() == Flow.UseKind.MOVE && u.seq() < await.seq()
                        && !exclusive(u.context(), await.context()))
                .toList();
        if (moves.isEmpty() || !covered(List.of(), moves, await, 0)) {
            return false;
        }
        int lastMove = moves.stream().mapToInt(Flow.Used::seq).max().orElse(0);
        return used.stream().noneMatch(u -> u.kind() == Flow.UseKind.WRITE && u.seq() > lastMove
                && u.seq() < await.seq());
    }

    private boolean covered(List<Flow.Frame> prefix, List<Flow.Used> moves, Flow.AwaitSite await, int depth) {
        if (depth > MAX_NESTING) {
            return false;
        }
        for (Flow.Used m : moves) {
            if (m.context().equals(prefix)) {
                return true;
            }
        }
        int next = prefix.size();
        if (next < await.context().size() && within(prefix, await.context())) {
            List<Flow.Frame> deeper = new java.util.ArrayList<>(prefix);
            deeper.add(await.context().get(next));
            if (covered(deeper, moves, await, depth + 1)) {
                return true;
            }
        }
        java.util.Set<Integer> candidates = new java.util.TreeSet<>();
        for (Flow.Used m : moves) {
            if (m.context().size() > next && within(prefix, m.context()) && !m.context().get(next).loop()) {
                int construct = m.context().get(next).construct();
                boolean onAwaitPath = next < await.context().size()
                        && await.context().get(next).construct() == construct;
                if (!onAwaitPath) {
                    candidates.add(construct);
                }
            }
        }
        for (int construct : candidates) {
            int arms = flow.branchArms().getOrDefault(construct, Integer.MAX_VALUE);
            boolean all = arms < Integer.MAX_VALUE;
            for (int arm = 0; arm < arms && all; arm++) {
                List<Flow.Frame> armPrefix = new java.util.ArrayList<>(prefix);
                armPrefix.add(new Flow.Frame(construct, arm, false));
                all = covered(armPrefix, moves, await, depth + 1);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
