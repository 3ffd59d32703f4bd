package dev.rxray.analysis.async.desugar;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.Lifetime;
import dev.rxray.syntax.tree.MatchArm;
import dev.rxray.syntax.tree.Node;
import dev.rxray.syntax.tree.Stmt;
import dev.rxray.syntax.tree.SyntaxChildren;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the body of one {@code poll} arm: the code that runs when a state is resumed, read from the syntax tree
 * and copied from the source (comments and layout kept), as well-formed pseudo-Rust.
 *
 * <p>Resumed at an await inside a branch or a loop, an arm runs the rest of that block and then the code after
 * it, re-nested: the rest of a match arm or {@code if} branch becomes a block in place of the whole
 * {@code match}/{@code if}; the rest of a loop's round becomes a block followed by the loop again for the next
 * rounds (a {@code for} loop goes on as {@code while let Some(..) = iter.next()}, the saved iterator). A
 * {@code break} or {@code continue} in that rest is relabelled to leave the block ({@code 'rest_of_round},
 * {@code 'whole_loop}) so that it still does what it did. Where the code reaches an await it sets up the next
 * state and goes round the poll loop ({@code continue 'poll}), so what follows on that path is not in this arm. A
 * statement that holds several awaits in a row is shown whole in the arm after the last of them, each
 * {@code x.await} replaced by {@code __outK}; the arms before stop at it.
 *
 * <p>Total: a tree with syntax errors gives some text and never throws for input reasons. Recursion follows the
 * tree, whose depth the parser caps.
 */
final class ArmWriter {
    static final int TAB_WIDTH = 4;
    private static final String INDENT = " ".repeat(TAB_WIDTH);

    /** Where a rendering goes: a statement of a block, a value that may be a multi-line block, or inside a line. */
    private enum Place { STATEMENT, VALUE, INLINE }

    /** A line of an arm's body before the arm's indentation is applied: its own indent in columns. */
    record Rendered(String text, int indent, Span origin) {
    }

    /** Lines, whether every path through them ends in a jump to another state or a return, and whether they
     * hold a jump to another state at all. */
    private record Out(List<Rendered> lines, boolean diverges, boolean transitions) {
        static Out of(List<Rendered> lines, boolean diverges, boolean transitions) {
            return new Out(List.copyOf(lines), diverges, transitions);
        }
    }

    /** Source {@code [start, end)} shown as {@code out} instead; {@code ownLines} keeps it off its neighbours'
     * lines. */
    private record Hole(int start, int end, Out out, boolean ownLines) {
    }

    /** A loop resumed inside its body: its jumps in the rest of the round are relabelled. */
    private static final class Round {
        final Node loop;
        final String restLabel;
        final String wholeLabel;
        boolean continues;
        boolean breaks;

        Round(Node loop, int depth) {
            this.loop = loop;
            String suffix = depth == 0 ? "" : String.valueOf(depth + 1);
            this.restLabel = "'rest_of_round" + suffix;
            this.wholeLabel = "'whole_loop" + suffix;
        }
    }

    /** Where a temporary's expression stands in the source, and the field that holds its value. */
    private record TempCut(int suspend, int start, int end, String field) {
    }

    private record Replacement(String text, int end) {
    }

    private final SourceFile source;
    private final String text;
    private final List<MachineState.Suspend> suspends;
    private final BodyCuts cuts;
    private final Node root;
    private final Map<Integer, Integer> awaitByEnd = new HashMap<>();
    private final List<Expr.Await> awaitNodes = new ArrayList<>();
    private final IdentityHashMap<Node, Node> parents = new IdentityHashMap<>();
    private final Map<Integer, Node> jumps = new HashMap<>();
    private final IdentityHashMap<Node, Node> jumpTargets = new IdentityHashMap<>();
    private final List<TempCut> temporaries = new ArrayList<>();
    private final Set<Integer> replaceable = new HashSet<>();
    private final Deque<Round> rounds = new ArrayDeque<>();
    /** The jumps written out so far: a loop whose body always leaves the arm still ends if one breaks out of it. */
    private final Set<Node> written = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The await the arm resumes at, or -1: awaits up to it in a statement are replaced by their values. */
    private int resumed;

    ArmWriter(SourceFile source, CoroutineMachine machine, BodyCuts cuts, Optional<Node> body) {
        this.source = source;
        this.text = source.text();
        this.suspends = machine.suspends();
        this.cuts = cuts;
        this.root = body.map(ArmWriter::unwrap).orElse(null);
        for (MachineState.Suspend suspend : suspends) {
            for (int t = 0; t < suspend.temporaries().size(); t++) {
                Temporary temporary = suspend.temporaries().get(t);
                int at = CoroutineShape.offsetOf(source, temporary.at());
                int end = at + temporary.text().length();
                if (end <= text.length() && text.substring(at, end).equals(temporary.text())) {
                    temporaries.add(new TempCut(suspend.index(), at, end, "__temp" + t));
                }
            }
        }
        Map<Position, Integer> byKeyword = new HashMap<>();
        suspends.forEach(s -> byKeyword.put(s.await(), s.index()));
        for (int k = 0; k < suspends.size(); k++) {
            awaitNodes.add(null);
        }
        if (root != null) {
            index(root, null, new ArrayDeque<>(), byKeyword);
        }
        cuts.awaits().forEach(a -> replaceable.add(a.expression().startOffset()));
        cuts.returns().forEach(r -> replaceable.add(r.span().startOffset()));
        temporaries.forEach(t -> replaceable.add(t.start()));
        replaceable.addAll(jumps.keySet());
    }

    /** An async block's or a fn's body as its block; a closure's expression body as it is. */
    private static Node unwrap(Node body) {
        return body instanceof Expr.BlockExpr b && b.kind() != BlockKind.CONST ? b.block() : body;
    }

    /** Parents, own awaits and the targets of own jumps; nested bodies are leaves. */
    private void index(Node node, Node parent, Deque<Node> targets, Map<Position, Integer> byKeyword) {
        if (parent != null) {
            parents.put(node, parent);
        }
        if (node != root && opaque(node)) {
            return;
        }
        switch (node) {
            case Expr.Await a -> {
                Integer index = byKeyword.get(new Position(a.span().endLine(),
                        Math.max(1, a.span().endColumn() - "await".length())));
                if (index != null && awaitNodes.get(index) == null) {
                    awaitNodes.set(index, a);
                    awaitByEnd.put(a.span().endOffset(), index);
                }
            }
            case Expr.Break b -> target(b.label(), targets).ifPresent(t -> {
                jumps.put(b.span().startOffset(), b);
                jumpTargets.put(b, t);
            });
            case Expr.Continue c -> target(c.label(), targets).ifPresent(t -> {
                jumps.put(c.span().startOffset(), c);
                jumpTargets.put(c, t);
            });
            default -> { }
        }
        boolean target = isLoop(node) || node instanceof Expr.BlockExpr b && b.label().isPresent();
        if (target) {
            targets.push(node);
        }
        for (Node child : SyntaxChildren.of(node)) {
            // A loop's own condition or iterable is outside the loop for break and continue.
            boolean head = node instanceof Expr.While w && child == w.condition()
                    || node instanceof Expr.For f && child == f.iterable();
            if (head && target) {
                targets.pop();
                index(child, node, targets, byKeyword);
                targets.push(node);
            } else {
                index(child, node, targets, byKeyword);
            }
        }
        if (target) {
            targets.pop();
        }
    }

    /** What a jump leaves: the labelled loop or block, or the innermost loop. */
    private static Optional<Node> target(Optional<Lifetime> label, Deque<Node> targets) {
        for (Node t : targets) {
            Optional<Lifetime> own = labelOf(t);
            if (label.isPresent()) {
                if (own.isPresent() && own.get().name().equals(label.get().name())) {
                    return Optional.of(t);
                }
            } else if (isLoop(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<Lifetime> labelOf(Node n) {
        return switch (n) {
            case Expr.Loop l -> l.label();
            case Expr.While w -> w.label();
            case Expr.For f -> f.label();
            case Expr.BlockExpr b -> b.label();
            default -> Optional.empty();
        };
    }

    private static boolean isLoop(Node n) {
        return n instanceof Expr.Loop || n instanceof Expr.While || n instanceof Expr.For;
    }

    private static boolean opaque(Node n) {
        return n instanceof Expr.Closure || n instanceof Item || n instanceof Stmt.ItemDecl
                || n instanceof Expr.BlockExpr b && b.kind() == BlockKind.ASYNC;
    }

    /** The nodes whose control flow the arms follow; everything else is copied as text. */
    private static boolean branches(Node n) {
        return n instanceof Expr.If || n instanceof Expr.Match || isLoop(n) || n instanceof Block
                || n instanceof Expr.BlockExpr b && b.kind() != BlockKind.ASYNC;
    }

    // ---------------------------------------------------------------- the arm

    /**
     * The body of the arm resumed after await {@code from} ({@code -1}: the body's start), from the poll of its
     * awaited future to every place it leaves the arm; indents are source columns.
     */
    List<Rendered> arm(int from) {
        resumed = from;
        rounds.clear();
        written.clear();
        boolean known = root != null && (from < 0 || awaitNodes.get(from) != null);
        List<Rendered> body = known ? body(from) : fallback(from);
        List<Rendered> lines = new ArrayList<>();
        if (from >= 0) {
            int indent = minIndent(body, 0);
            Span origin = cuts.awaits().get(from).expression();
            lines.add(new Rendered("let __out" + from + " = match unsafe { Pin::new_unchecked(&mut __awaitee) }"
                    + ".poll(cx) {", indent, origin));
            lines.add(new Rendered("Poll::Pending => return Poll::Pending,", indent + TAB_WIDTH, origin));
            lines.add(new Rendered("Poll::Ready(v) => v,", indent + TAB_WIDTH, origin));
            lines.add(new Rendered("};", indent, origin));
        }
        lines.addAll(body);
        return tidy(lines);
    }

    private List<Rendered> body(int from) {
        if (root instanceof Block b) {
            return (from < 0 ? blockUnits(b, 0, null, inner(b)[0], inner(b)[1], true)
                    : resumeBlock(path(awaitNodes.get(from)), 0, true)).lines();
        }
        Out value = from < 0 ? fresh(root, Place.VALUE) : resumeUnit(path(awaitNodes.get(from)), 0, Place.VALUE);
        return returning(value, root).lines();
    }

    /** Without a tree (a macro the parser keeps as tokens): the text from the resume point, as it stands. */
    private List<Rendered> fallback(int from) {
        int start = from < 0 ? cuts.content().startOffset()
                : Math.min(cuts.awaits().get(from).expression().endOffset(), cuts.content().endOffset());
        List<Rendered> lines = new ArrayList<>(segment(start, cuts.content().endOffset()));
        lines.add(new Rendered("// (the rest of this arm could not be read from the syntax tree)",
                minIndent(lines, 0), DesugaredLine.NO_SOURCE));
        return lines;
    }

    /** The nodes from the root down to {@code node}. */
    private List<Node> path(Node node) {
        List<Node> path = new ArrayList<>();
        for (Node n = node; n != null; n = parents.get(n)) {
            path.add(n);
        }
        return path.reversed();
    }

    /** The innermost unit holding a node: a statement, a block's tail, a match arm's body, a condition. */
    private Node unitOf(Node node) {
        Node below = node;
        for (Node n = parents.get(node); n != null; n = parents.get(n)) {
            if (isUnitIn(n, below)) {
                return below;
            }
            below = n;
        }
        return below;
    }

    private static boolean isUnitIn(Node parent, Node child) {
        return switch (parent) {
            case Block b -> child instanceof Stmt || b.tail().isPresent() && b.tail().get() == child;
            case MatchArm a -> a.body() == child || a.guard().isPresent() && a.guard().get() == child;
            case Expr.If i -> i.condition() == child;
            case Expr.While w -> w.condition() == child;
            case Expr.For f -> f.iterable() == child;
            case Expr.Match m -> m.scrutinee() == child;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- fresh code

    /** A node evaluated from its start. */
    private Out fresh(Node n, Place place) {
        if (!holdsAwait(n)) {
            return Out.of(segment(n.span().startOffset(), n.span().endOffset()), jumpsAway(n), false);
        }
        if (branches(n)) {
            return freshBranching(n, place);
        }
        Node inner = n instanceof Stmt.ExprStmt s ? s.expr() : n;
        if (inner != n && branches(inner)) {
            Out o = freshBranching(inner, place == Place.STATEMENT ? Place.STATEMENT : Place.VALUE);
            return splice(n.span().startOffset(), n.span().endOffset(),
                    List.of(new Hole(inner.span().startOffset(), inner.span().endOffset(), o, false)), o);
        }
        List<Integer> direct = new ArrayList<>();
        List<Node> holes = new ArrayList<>();
        scan(n, direct, holes);
        if (holes.isEmpty() && !direct.isEmpty()) {
            return transition(direct.stream().min(Integer::compare).orElseThrow(), place, n);
        }
        return withHoles(n, direct, holes, null, null, -1);
    }

    /** A unit whose awaits lie under branches (and maybe also straight in it): each shown in its place. */
    private Out withHoles(Node n, List<Integer> direct, List<Node> holes, Node resumedIn, Out resumedOut,
                          int resumeAt) {
        List<Hole> parts = new ArrayList<>();
        boolean diverges = false;
        boolean transitions = false;
        for (Node h : holes) {
            if (h != resumedIn && h.span().endOffset() <= resumeAt) {
                // Evaluated before the resume point: its awaits are values now, and it stays text.
                continue;
            }
            Out o = h == resumedIn ? resumedOut : freshBranching(h, Place.VALUE);
            parts.add(new Hole(h.span().startOffset(), h.span().endOffset(), o, false));
            diverges |= o.diverges();
            transitions |= o.transitions();
        }
        if (resumedIn != null && !holes.contains(resumedIn)) {
            parts.add(new Hole(resumedIn.span().startOffset(), resumedIn.span().endOffset(), resumedOut, false));
            diverges |= resumedOut.diverges();
            transitions |= resumedOut.transitions();
        }
        for (int k : direct) {
            Expr.Await a = awaitNodes.get(k);
            if (a.span().endOffset() <= resumeAt) {
                continue;
            }
            if (parts.stream().anyMatch(p -> p.start() <= a.span().startOffset() && a.span().endOffset() <= p.end())) {
                continue;
            }
            parts.removeIf(p -> a.span().startOffset() <= p.start() && p.end() <= a.span().endOffset());
            parts.add(new Hole(a.span().startOffset(), a.span().endOffset(), transition(k, Place.INLINE, a), false));
            diverges = true;
            transitions = true;
        }
        parts.sort(Comparator.comparingInt(Hole::start));
        Out spliced = splice(n.span().startOffset(), n.span().endOffset(), parts, null);
        return Out.of(spliced.lines(), diverges, transitions);
    }

    /** The own awaits straight in {@code n} (under no branch) and the outermost branches under it that hold one. */
    private void scan(Node n, List<Integer> direct, List<Node> holes) {
        ownIndex(n).ifPresent(direct::add);
        scanChildren(n, direct, holes);
    }

    private void scanChildren(Node n, List<Integer> direct, List<Node> holes) {
        for (Node child : SyntaxChildren.of(n)) {
            if (opaque(child) || !holdsAwait(child)) {
                continue;
            }
            if (branches(child)) {
                holes.add(child);
                continue;
            }
            ownIndex(child).ifPresent(direct::add);
            scanChildren(child, direct, holes);
        }
    }

    private Out freshBranching(Node n, Place place) {
        return switch (n) {
            case Block b -> freshBlock(b);
            case Expr.BlockExpr b -> {
                Out o = freshBlock(b.block());
                yield splice(b.span().startOffset(), b.span().endOffset(), List.of(hole(b.block(), o)),
                        Out.of(List.of(), o.diverges() && !brokenOutOf(b), o.transitions()));
            }
            case Expr.If i -> {
                if (straightAwait(i.condition())) {
                    yield transition(firstAwait(i.condition()), place, n);
                }
                List<Hole> parts = new ArrayList<>();
                Out cond = maybeFresh(i.condition(), parts, Place.INLINE);
                Out then = maybeFresh(i.then(), parts, Place.VALUE);
                Out otherwise = i.orElse().map(e -> maybeFresh(e, parts, Place.VALUE)).orElse(null);
                boolean diverges = cond.diverges() || then.diverges() && otherwise != null && otherwise.diverges();
                yield spliceAll(n, parts, diverges);
            }
            case Expr.Match m -> {
                if (straightAwait(m.scrutinee())) {
                    yield transition(firstAwait(m.scrutinee()), place, n);
                }
                List<Hole> parts = new ArrayList<>();
                Out scrutinee = maybeFresh(m.scrutinee(), parts, Place.INLINE);
                boolean all = !m.arms().isEmpty();
                for (MatchArm arm : m.arms()) {
                    arm.guard().ifPresent(g -> maybeFresh(g, parts, Place.INLINE));
                    all &= maybeFresh(arm.body(), parts, Place.VALUE).diverges();
                }
                yield spliceAll(n, parts, scrutinee.diverges() || all);
            }
            case Expr.Loop l -> {
                List<Hole> parts = new ArrayList<>();
                Out body = maybeFresh(l.body(), parts, Place.VALUE);
                yield spliceAll(n, parts, body.diverges() && !brokenOutOf(l));
            }
            case Expr.While w -> {
                if (straightAwait(w.condition())) {
                    yield transition(firstAwait(w.condition()), place, n);
                }
                List<Hole> parts = new ArrayList<>();
                Out cond = maybeFresh(w.condition(), parts, Place.INLINE);
                maybeFresh(w.body(), parts, Place.VALUE);
                yield spliceAll(n, parts, cond.diverges());
            }
            case Expr.For f -> {
                if (straightAwait(f.iterable())) {
                    yield transition(firstAwait(f.iterable()), place, n);
                }
                List<Hole> parts = new ArrayList<>();
                Out iterable = maybeFresh(f.iterable(), parts, Place.INLINE);
                maybeFresh(f.body(), parts, Place.VALUE);
                yield spliceAll(n, parts, iterable.diverges());
            }
            default -> fresh(n, place);
        };
    }

    private int firstAwait(Node unit) {
        List<Integer> direct = new ArrayList<>();
        scan(unit, direct, new ArrayList<>());
        return direct.stream().min(Integer::compare).orElseThrow();
    }

    /** Whether a unit's awaits are all straight in it (so it stops at its first). */
    private boolean straightAwait(Node unit) {
        if (!holdsAwait(unit)) {
            return false;
        }
        List<Integer> direct = new ArrayList<>();
        List<Node> holes = new ArrayList<>();
        scan(unit, direct, holes);
        return holes.isEmpty() && !direct.isEmpty() && !branches(unit);
    }

    /** A child with awaits becomes a hole; one without stays text. Returns what it does either way. */
    private Out maybeFresh(Node child, List<Hole> parts, Place place) {
        if (!holdsAwait(child)) {
            return Out.of(List.of(), false, false);
        }
        Out o = fresh(child, place);
        parts.add(hole(child, o));
        return o;
    }

    private Out spliceAll(Node n, List<Hole> parts, boolean diverges) {
        parts.sort(Comparator.comparingInt(Hole::start));
        boolean transitions = parts.stream().anyMatch(p -> p.out().transitions());
        Out spliced = splice(n.span().startOffset(), n.span().endOffset(), parts, null);
        return Out.of(spliced.lines(), diverges, transitions);
    }

    private static Hole hole(Node n, Out o) {
        return new Hole(n.span().startOffset(), n.span().endOffset(), o, false);
    }

    /** A block with its braces, fresh. */
    private Out freshBlock(Block b) {
        return blockUnits(b, 0, null, b.span().startOffset(), b.span().endOffset(), false);
    }

    /** The offsets just inside a block's braces. */
    private static int[] inner(Block b) {
        int open = Math.min(b.span().startOffset() + 1, b.span().endOffset());
        int close = Math.max(open, b.span().endOffset() - 1);
        return new int[] {open, close};
    }

    /**
     * A block's statements and tail from unit {@code first} on, as the source {@code [start, end)} with each unit
     * that holds an await (or is the resumed one, {@code firstOut}) in its place; it stops after a unit that
     * always leaves (its closing brace, when {@code end} is the block's end, stays). The body's own tail returns.
     */
    private Out blockUnits(Block b, int first, Out firstOut, int start, int end, boolean body) {
        List<Node> units = new ArrayList<>(b.statements());
        b.tail().ifPresent(units::add);
        List<Hole> parts = new ArrayList<>();
        boolean diverges = false;
        boolean transitions = false;
        int cut = end;
        for (int i = first; i < units.size(); i++) {
            Node unit = units.get(i);
            boolean tail = b.tail().isPresent() && b.tail().get() == unit;
            Out o;
            if (i == first && firstOut != null) {
                o = firstOut;
            } else if (holdsAwait(unit) || jumpsAway(unit)) {
                o = fresh(unit, Place.STATEMENT);
            } else {
                o = null;
            }
            if (body && tail) {
                o = returning(o != null ? o : Out.of(segment(unit.span().startOffset(), unit.span().endOffset()),
                        false, false), unit);
            }
            if (o != null) {
                // A unit keeps its own lines; one that shares a line with its block's brace goes one deeper.
                int at = indentOf(unit.span().startOffset());
                List<Rendered> own = shift(o.lines(), at - minIndent(o.lines(), at));
                o = Out.of(at == lineIndent(unit.span().startOffset()) ? o.lines() : own, o.diverges(),
                        o.transitions());
                parts.add(new Hole(unit.span().startOffset(), unit.span().endOffset(), o, true));
                transitions |= o.transitions();
                if (o.diverges()) {
                    diverges = true;
                    cut = lineEndAfterComment(unit.span().endOffset(), end);
                    break;
                }
            }
        }
        List<Rendered> lines = new ArrayList<>(splice(start, Math.max(start, Math.min(cut, end)), parts, null).lines());
        if (cut < end && end == b.span().endOffset()) {
            lines.addAll(segment(end - 1, end));
        }
        if (body && !diverges && b.tail().isEmpty()) {
            int indent = lines.stream().filter(r -> !r.text().isBlank()).mapToInt(Rendered::indent).min()
                    .orElse(indentOf(start));
            lines.add(new Rendered("state = Returned;", indent, DesugaredLine.NO_SOURCE));
            lines.add(new Rendered("return Poll::Ready(());", indent, DesugaredLine.NO_SOURCE));
            diverges = true;
        }
        return Out.of(lines, diverges, transitions);
    }

    /** The body's value, returned: straight, or through {@code __output} when reaching it may go to a state. */
    private Out returning(Out value, Node unit) {
        if (value.diverges()) {
            return value;
        }
        int indent = indentOf(unit.span().startOffset());
        Span origin = unit.span();
        List<Rendered> lines = new ArrayList<>();
        if (isLoop(unit) || unit instanceof Stmt) {
            lines.addAll(value.lines());
            lines.add(new Rendered("state = Returned;", indent, origin));
            lines.add(new Rendered("return Poll::Ready(());", indent, origin));
        } else if (value.transitions()) {
            lines.addAll(wrap("let __output = ", value.lines(), ";", indent, origin));
            lines.add(new Rendered("state = Returned;", indent, origin));
            lines.add(new Rendered("return Poll::Ready(__output);", indent, origin));
        } else {
            lines.add(new Rendered("state = Returned;", indent, origin));
            lines.addAll(wrap("return Poll::Ready(", value.lines(), ");", indent, origin));
        }
        return Out.of(lines, true, value.transitions());
    }

    /** Lines with text put before the first and after the last. */
    private static List<Rendered> wrap(String before, List<Rendered> lines, String after, int indent, Span origin) {
        List<Rendered> out = new ArrayList<>(lines.stream().filter(r -> !r.text().isBlank()).toList());
        if (out.isEmpty()) {
            out.add(new Rendered(before + "()" + after, indent, origin));
            return out;
        }
        Rendered first = out.getFirst();
        out.set(0, new Rendered(before + first.text(), indent, first.origin()));
        Rendered last = out.getLast();
        out.set(out.size() - 1, new Rendered(last.text() + after, last.indent(), last.origin()));
        return out;
    }

    // ---------------------------------------------------------------- resumed code

    /** A block resumed inside unit {@code path[depth + 1]}: the rest of that unit, then the units after it. */
    private Out resumeBlock(List<Node> path, int depth, boolean body) {
        Block b = (Block) path.get(depth);
        Node unit = path.get(depth + 1);
        List<Node> units = new ArrayList<>(b.statements());
        b.tail().ifPresent(units::add);
        int first = units.indexOf(unit);
        boolean tail = b.tail().isPresent() && b.tail().get() == unit;
        Out resumedUnit = resumeUnit(path, depth + 1, tail && body && !isLoop(unit) ? Place.VALUE : Place.STATEMENT);
        return blockUnits(b, Math.max(0, first), resumedUnit, unit.span().startOffset(), inner(b)[1], body);
    }

    /** A unit resumed at the await at the end of {@code path}. */
    private Out resumeUnit(List<Node> path, int depth, Place place) {
        Node unit = path.get(depth);
        int j = -1;
        for (int i = depth; i < path.size(); i++) {
            if (branches(path.get(i))) {
                j = i;
                break;
            }
        }
        List<Integer> direct = new ArrayList<>();
        List<Node> holes = new ArrayList<>();
        scan(unit, direct, holes);
        int resumeAt = path.getLast().span().endOffset();
        if (j < 0) {
            List<Integer> ahead = direct.stream().filter(k -> k > resumed).sorted().toList();
            boolean holesAhead = holes.stream().anyMatch(h -> h.span().endOffset() > resumeAt);
            if (!ahead.isEmpty() && !holesAhead) {
                return transition(ahead.getFirst(), place, unit);
            }
            if (holesAhead) {
                return withHoles(unit, direct, holes, null, null, resumeAt);
            }
            return Out.of(segment(unit.span().startOffset(), unit.span().endOffset()), jumpsAway(unit), false);
        }
        Node branch = path.get(j);
        boolean statement = place == Place.STATEMENT && (unit == branch
                || unit instanceof Stmt.ExprStmt s && s.expr() == branch);
        Out inner = resumeBranching(path, j, statement ? Place.STATEMENT : Place.VALUE);
        if (unit == branch) {
            return inner;
        }
        return withHoles(unit, direct, holes, branch, inner, resumeAt);
    }

    /** The branch or loop {@code path[depth]}, resumed inside. */
    private Out resumeBranching(List<Node> path, int depth, Place place) {
        Node n = path.get(depth);
        Node child = path.get(depth + 1);
        return switch (n) {
            case Block b -> braced("{", null, resumeBlock(path, depth, false), n, b.span());
            case Expr.BlockExpr b -> braced(text(b.span().startOffset(), b.block().span().startOffset()) + "{", null,
                    resumeBlock(path, depth + 1, false), n, b.block().span());
            case Expr.If i when child == i.condition() -> {
                List<Hole> parts = new ArrayList<>();
                parts.add(hole(i.condition(), resumeUnit(path, depth + 1, Place.INLINE)));
                maybeFresh(i.then(), parts, Place.VALUE);
                i.orElse().ifPresent(e -> maybeFresh(e, parts, Place.VALUE));
                yield spliceAll(n, parts, false);
            }
            case Expr.If i when child == i.then() -> braced("{", "the rest of the then branch of `"
                    + head(i.span(), i.then().span()) + "` (line " + i.span().startLine() + ")",
                    resumeBlock(path, depth + 1, false), n, i.then().span());
            case Expr.If i -> child instanceof Expr.BlockExpr e
                    ? braced("{", "the rest of the else branch of `" + head(i.span(), i.then().span()) + "` (line "
                            + i.span().startLine() + ")", resumeBlock(path, depth + 2, false), n, e.span())
                    : resumeBranching(path, depth + 1, place);
            case Expr.Match m when child == m.scrutinee() -> {
                List<Hole> parts = new ArrayList<>();
                parts.add(hole(m.scrutinee(), resumeUnit(path, depth + 1, Place.INLINE)));
                for (MatchArm arm : m.arms()) {
                    arm.guard().ifPresent(g -> maybeFresh(g, parts, Place.INLINE));
                    maybeFresh(arm.body(), parts, Place.VALUE);
                }
                yield spliceAll(n, parts, false);
            }
            case Expr.Match m when child instanceof MatchArm arm && arm.guard().isPresent()
                    && path.get(depth + 2) == arm.guard().get() -> resumeGuard(path, depth, m, arm);
            case Expr.Match m -> resumeUnit(path, depth + 2, place);
            case Expr.For f when child == f.iterable() -> {
                List<Hole> parts = new ArrayList<>();
                parts.add(hole(f.iterable(), resumeUnit(path, depth + 1, Place.INLINE)));
                maybeFresh(f.body(), parts, Place.VALUE);
                yield spliceAll(n, parts, false);
            }
            case Expr.While w when child == w.condition() -> resumeLoop(path, depth, place, true);
            case Expr.Loop l -> resumeLoop(path, depth, place, false);
            case Expr.While w -> resumeLoop(path, depth, place, false);
            case Expr.For f -> resumeLoop(path, depth, place, false);
            default -> resumeUnit(path, depth + 1, place);
        };
    }

    /** A guard resumed: if it holds, the arm's body; else the arms after it, on the same value. */
    private Out resumeGuard(List<Node> path, int depth, Expr.Match m, MatchArm arm) {
        int indent = indentOf(arm.span().startOffset());
        Out guard = resumeUnit(path, depth + 2, Place.INLINE);
        Out body = fresh(arm.body(), Place.VALUE);
        List<Rendered> lines = new ArrayList<>();
        lines.addAll(wrap("if ", guard.lines(), " {", indent, arm.guard().get().span()));
        lines.addAll(shift(body.lines(), indent + TAB_WIDTH - minIndent(body.lines(), indent + TAB_WIDTH)));
        lines.add(new Rendered("} else {", indent, DesugaredLine.NO_SOURCE));
        int next = m.arms().indexOf(arm) + 1;
        boolean transitions = guard.transitions() || body.transitions();
        if (next < m.arms().size()) {
            lines.add(new Rendered("// the arms after it, on the same value", indent + TAB_WIDTH,
                    DesugaredLine.NO_SOURCE));
            lines.add(new Rendered("match " + flat(m.scrutinee().span()) + " {", indent + TAB_WIDTH,
                    m.scrutinee().span()));
            List<Hole> parts = new ArrayList<>();
            for (MatchArm later : m.arms().subList(next, m.arms().size())) {
                later.guard().ifPresent(g -> maybeFresh(g, parts, Place.INLINE));
                maybeFresh(later.body(), parts, Place.VALUE);
            }
            parts.sort(Comparator.comparingInt(Hole::start));
            List<Rendered> rest = splice(m.arms().get(next).span().startOffset(), m.span().endOffset(), parts, null)
                    .lines();
            lines.addAll(shift(rest, indent + TAB_WIDTH - minIndent(rest, indent + TAB_WIDTH)));
            transitions |= parts.stream().anyMatch(p -> p.out().transitions());
        } else {
            lines.add(new Rendered("unreachable!()", indent + TAB_WIDTH, DesugaredLine.NO_SOURCE));
        }
        lines.add(new Rendered("}", indent, DesugaredLine.NO_SOURCE));
        return Out.of(lines, false, transitions);
    }

    /**
     * A loop resumed inside its body (or, for {@code while}, in its condition): the rest of this round as a block,
     * then the loop again for the next rounds; jumps in the rest are relabelled to keep their meaning.
     */
    private Out resumeLoop(List<Node> path, int depth, Place place, boolean inCondition) {
        Node loop = path.get(depth);
        Block body = switch (loop) {
            case Expr.Loop l -> l.body();
            case Expr.While w -> w.body();
            case Expr.For f -> f.body();
            default -> throw new IllegalStateException("not a loop: " + loop);
        };
        int indent = lineIndent(loop.span().startOffset());
        Round round = new Round(loop, rounds.size());
        rounds.push(round);
        Out condition = null;
        Out rest;
        try {
            if (inCondition) {
                condition = resumeUnit(path, depth + 1, Place.INLINE);
                rest = blockUnits(body, 0, null, inner(body)[0], inner(body)[1], false);
            } else {
                rest = resumeBlock(path, depth + 1, false);
            }
        } finally {
            rounds.pop();
        }
        String name = "`" + head(loop.span(), body.span()) + "` (line " + loop.span().startLine() + ")";
        List<Rendered> lines = new ArrayList<>();
        int level = indent;
        boolean outer = round.breaks || place != Place.STATEMENT;
        if (outer) {
            lines.add(new Rendered(round.breaks ? round.wholeLabel + ": {" : "{", level, DesugaredLine.NO_SOURCE));
            level += TAB_WIDTH;
        }
        if (condition != null) {
            lines.addAll(wrap("if ", condition.lines(), " {", level, loop.span()));
            level += TAB_WIDTH;
        }
        lines.add(new Rendered((round.continues ? round.restLabel + ": {" : "{") + "  // the rest of this round of "
                + name, level, DesugaredLine.NO_SOURCE));
        lines.addAll(shift(rest.lines(), level + TAB_WIDTH - minIndent(rest.lines(), level + TAB_WIDTH)));
        lines.add(new Rendered("}", level, DesugaredLine.NO_SOURCE));
        // A relabelled continue reaches the next rounds, a relabelled break the code after the loop.
        boolean diverges = rest.diverges() && !round.continues && condition == null;
        boolean transitions = rest.transitions() || condition != null && condition.transitions();
        if (!rest.diverges() || round.continues) {
            Out next = nextRounds(loop, body);
            lines.add(new Rendered("// then the next rounds", level, DesugaredLine.NO_SOURCE));
            lines.addAll(shift(next.lines(), level - minIndent(next.lines(), level)));
            diverges = next.diverges() && condition == null;
            transitions |= next.transitions();
        }
        diverges &= !round.breaks;
        if (condition != null) {
            level -= TAB_WIDTH;
            lines.add(new Rendered("}", level, DesugaredLine.NO_SOURCE));
        }
        if (outer) {
            lines.add(new Rendered("}", indent, DesugaredLine.NO_SOURCE));
        }
        return Out.of(lines, diverges, transitions);
    }

    /** The loop as written, from its head; a {@code for} goes on with the iterator it saved. */
    private Out nextRounds(Node loop, Block body) {
        if (loop instanceof Expr.For f) {
            String label = f.label().map(l -> l.name() + ": ").orElse("");
            String head = label + "while let Some(" + flat(f.pattern().span()) + ") = iter.next()";
            Out block = fresh(body, Place.VALUE);
            List<Rendered> headLine = List.of(new Rendered(head, indentOf(f.span().startOffset()), f.span()));
            Out headOut = Out.of(headLine, false, false);
            Out spliced = splice(f.span().startOffset(), f.span().endOffset(), List.of(
                    new Hole(f.span().startOffset(), body.span().startOffset(), headOut, false), hole(body, block)),
                    null);
            List<Rendered> lines = new ArrayList<>();
            lines.add(new Rendered("// `iter`: the iterator of `" + flat(f.iterable().span())
                    + "`, saved across awaits", indentOf(f.span().startOffset()), DesugaredLine.NO_SOURCE));
            lines.addAll(spliced.lines());
            return Out.of(lines, false, block.transitions());
        }
        return fresh(loop, Place.STATEMENT);
    }

    /** A rest of a block shown as its own block, with a comment saying what it is the rest of. */
    private Out braced(String open, String comment, Out inner, Node at, Span block) {
        int indent = lineIndent(at.span().startOffset());
        List<Rendered> lines = new ArrayList<>();
        lines.add(new Rendered(open + (comment == null ? "" : "  // " + comment), indent, DesugaredLine.NO_SOURCE));
        lines.addAll(shift(inner.lines(), indent + TAB_WIDTH - minIndent(inner.lines(), indent + TAB_WIDTH)));
        lines.add(new Rendered("}", indent, source.span(Math.max(block.startOffset(), block.endOffset() - 1),
                block.endOffset())));
        return Out.of(lines, inner.diverges(), inner.transitions());
    }

    // ---------------------------------------------------------------- transitions

    /** Going to the state of await {@code k}: its temporaries, its awaitee, the state, round the poll loop. */
    private Out transition(int k, Place place, Node at) {
        Expr.Await await = awaitNodes.get(k);
        Span origin = await.span();
        List<String> steps = new ArrayList<>();
        List<Span> origins = new ArrayList<>();
        List<Temporary> temps = suspends.get(k).temporaries();
        for (int t = 0; t < temps.size(); t++) {
            Temporary temporary = temps.get(t);
            int start = CoroutineShape.offsetOf(source, temporary.at());
            steps.add("__temp" + t + " = " + borrowed(temporary) + ";"
                    + (place == Place.INLINE ? "" : " // evaluated before the await, kept across it"));
            origins.add(source.span(start, Math.min(text.length(), start + temporary.text().length())));
        }
        int saved = resumed;
        resumed = k - 1;
        String awaitee = flat(await.expr().span());
        resumed = saved;
        steps.add("__awaitee = " + awaitee + ".into_future();");
        steps.add("state = " + suspends.get(k).name() + ";");
        steps.add("continue 'poll;");
        origins.add(origin);
        origins.add(origin);
        origins.add(origin);
        int indent = place == Place.VALUE ? lineIndent(at.span().startOffset()) : indentOf(at.span().startOffset());
        List<Rendered> lines = new ArrayList<>();
        switch (place) {
            case INLINE -> lines.add(new Rendered("{ " + String.join(" ", steps) + " }", indent, origin));
            case VALUE -> {
                lines.add(new Rendered("{", indent, origin));
                for (int i = 0; i < steps.size(); i++) {
                    lines.add(new Rendered(steps.get(i), indent + TAB_WIDTH, origins.get(i)));
                }
                lines.add(new Rendered("}", indent, origin));
            }
            case STATEMENT -> {
                for (int i = 0; i < steps.size(); i++) {
                    lines.add(new Rendered(steps.get(i), indent, origins.get(i)));
                }
            }
        }
        return Out.of(lines, true, true);
    }

    /** A temporary's expression, with the borrow its type shows when the source text does not. */
    private static String borrowed(Temporary temporary) {
        String type = temporary.type().text();
        String text = temporary.text();
        if (text.startsWith("&")) {
            return text;
        }
        return type.startsWith("&mut ") ? "&mut " + text : type.startsWith("&") ? "&" + text : text;
    }

    // ---------------------------------------------------------------- facts

    /** The suspend index of an own {@code .await}. */
    private Optional<Integer> ownIndex(Node n) {
        if (n instanceof Expr.Await a) {
            Integer k = awaitByEnd.get(a.span().endOffset());
            if (k != null && awaitNodes.get(k) == a) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private boolean holdsAwait(Node n) {
        for (Expr.Await a : awaitNodes) {
            if (a != null && n.span().startOffset() <= a.span().startOffset()
                    && a.span().endOffset() <= n.span().endOffset()) {
                return true;
            }
        }
        return false;
    }

    /** The end of the line {@code offset} is on when only white space or a comment follows it there. */
    private int lineEndAfterComment(int offset, int limit) {
        if (offset >= limit || offset >= text.length()) {
            return offset;
        }
        int lineEnd = text.indexOf('\n', offset);
        int stop = Math.min(lineEnd < 0 ? text.length() : lineEnd, limit);
        String rest = text(offset, stop).strip();
        return rest.isEmpty() || rest.startsWith("//") ? Math.max(offset, stop) : offset;
    }

    /** Whether a {@code break} that leaves this loop or labelled block has been written out. */
    private boolean brokenOutOf(Node target) {
        return written.stream().anyMatch(j -> j instanceof Expr.Break && jumpTargets.get(j) == target);
    }

    /** Whether a unit always leaves the code after it: a {@code return}, {@code break} or {@code continue}. */
    private static boolean jumpsAway(Node n) {
        Node e = n instanceof Stmt.ExprStmt s ? s.expr() : n;
        return e instanceof Expr.Return || e instanceof Expr.Break || e instanceof Expr.Continue;
    }

    // ---------------------------------------------------------------- source text

    /**
     * The source {@code [start, end)} with holes filled: a hole's first and last lines join the source text on
     * their lines, unless it keeps its own lines.
     */
    private Out splice(int start, int end, List<Hole> holes, Out whole) {
        List<Rendered> out = new ArrayList<>();
        boolean open = false;
        int cursor = start;
        boolean diverges = false;
        boolean transitions = false;
        for (Hole h : holes) {
            if (h.start() < cursor || h.end() > end) {
                continue;
            }
            List<Rendered> before = new ArrayList<>(rawSegment(cursor, h.start()));
            if (!open && cursor > start && !out.isEmpty() && before.size() > 1
                    && before.getFirst().text().startsWith("//")) {
                // A comment on the line a unit ended on stays on that unit's last line.
                out.add(join(out.removeLast(), before.removeFirst(), true));
            }
            open = append(out, before, open);
            List<Rendered> lines = h.out().lines().stream().filter(r -> !r.text().isBlank()).toList();
            if (h.ownLines()) {
                if (open && !out.isEmpty() && out.getLast().text().isBlank()) {
                    out.removeLast();
                }
                out.addAll(lines);
                open = false;
            } else if (!lines.isEmpty()) {
                if (open && !out.isEmpty()) {
                    Rendered last = out.removeLast();
                    boolean space = h.start() > 0 && Character.isWhitespace(text.charAt(h.start() - 1));
                    out.add(join(last, lines.getFirst(), space));
                    out.addAll(lines.subList(1, lines.size()));
                } else {
                    out.addAll(lines);
                }
                open = true;
            }
            diverges |= h.out().diverges();
            transitions |= h.out().transitions();
            cursor = h.end();
        }
        List<Rendered> after = new ArrayList<>(rawSegment(cursor, end));
        if (!open && cursor > start && !out.isEmpty() && !after.isEmpty()
                && after.getFirst().text().startsWith("//")) {
            out.add(join(out.removeLast(), after.removeFirst(), true));
        }
        append(out, after, open);
        return whole != null ? Out.of(out, whole.diverges(), whole.transitions())
                : Out.of(out, diverges, transitions);
    }

    /** Appends source lines; the first continues the last line when that is still open. Returns whether the
     * last line is open (a hole may join it). */
    private static boolean append(List<Rendered> out, List<Rendered> piece, boolean open) {
        for (int i = 0; i < piece.size(); i++) {
            Rendered r = piece.get(i);
            if (i == 0 && open && !out.isEmpty()) {
                Rendered last = out.removeLast();
                out.add(join(last, r, true));
            } else {
                out.add(r);
            }
        }
        return true;
    }

    private static Rendered join(Rendered a, Rendered b, boolean space) {
        if (b.text().isBlank()) {
            return a;
        }
        if (a.text().isBlank()) {
            return b;
        }
        String glue = space && !startsTight(b.text()) && !endsTight(a.text()) ? " " : "";
        Span origin = a.origin().equals(DesugaredLine.NO_SOURCE) ? b.origin()
                : b.origin().equals(DesugaredLine.NO_SOURCE) ? a.origin() : a.origin().to(b.origin());
        return new Rendered(a.text() + glue + b.text(), a.indent(), origin);
    }

    private static boolean startsTight(String s) {
        return s.startsWith(";") || s.startsWith(",") || s.startsWith(")") || s.startsWith(".") || s.startsWith("?");
    }

    private static boolean endsTight(String s) {
        return s.endsWith("(") || s.endsWith("[");
    }

    /** Source lines, text cut into lines as it stands, with replacements; blank lines kept. */
    private List<Rendered> rawSegment(int start, int end) {
        start = Math.min(Math.max(start, 0), text.length());
        end = Math.min(Math.max(start, end), text.length());
        List<Rendered> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lineFrom = Integer.MAX_VALUE;
        int lineTo = -1;
        int indent = lineIndent(start);
        // Mid-line, the white space before the text is not indentation.
        boolean midLine = indentOf(start) != indent;
        int i = start;
        while (i <= end) {
            if (i == end || text.charAt(i) == '\n') {
                String content = current.toString().stripTrailing();
                Span origin = lineTo < 0 ? DesugaredLine.NO_SOURCE : source.span(lineFrom, lineTo);
                lines.add(new Rendered(content.strip(), indent + (midLine ? 0 : leadingWidth(content)), origin));
                midLine = false;
                current.setLength(0);
                lineFrom = Integer.MAX_VALUE;
                lineTo = -1;
                indent = 0;
                i++;
                continue;
            }
            Replacement replacement = replacementAt(i, end);
            if (replacement != null) {
                current.append(replacement.text());
                lineFrom = Math.min(lineFrom, i);
                lineTo = Math.max(lineTo, replacement.end());
                i = replacement.end();
                continue;
            }
            char c = text.charAt(i);
            current.append(c == '\t' ? INDENT : String.valueOf(c));
            if (!Character.isWhitespace(c)) {
                lineFrom = Math.min(lineFrom, i);
                lineTo = Math.max(lineTo, i + 1);
            }
            i++;
        }
        return lines;
    }

    /** Source lines without blank lines at either end and with runs of blank lines made one. */
    List<Rendered> segment(int start, int end) {
        return tidy(rawSegment(start, end));
    }

    private static List<Rendered> tidy(List<Rendered> lines) {
        List<Rendered> kept = new ArrayList<>();
        for (Rendered r : lines) {
            boolean blank = r.text().isBlank();
            if (blank && (kept.isEmpty() || kept.getLast().text().isEmpty())) {
                continue;
            }
            kept.add(blank ? new Rendered("", 0, DesugaredLine.NO_SOURCE) : r);
        }
        while (!kept.isEmpty() && kept.getLast().text().isEmpty()) {
            kept.removeLast();
        }
        return kept;
    }

    /** What replaces the source at {@code offset}: a resolved await, a temporary, a return or a relabelled jump. */
    private Replacement replacementAt(int offset, int limit) {
        if (!replaceable.contains(offset)) {
            return null;
        }
        Replacement best = null;
        for (BodyCuts.AwaitCut a : cuts.awaits()) {
            Span e = a.expression();
            if (a.index() <= resumed && e.startOffset() == offset && e.endOffset() <= limit && e.length() > 0
                    && (best == null || e.endOffset() > best.end())) {
                best = new Replacement("__out" + a.index(), e.endOffset());
            }
        }
        for (TempCut t : temporaries) {
            // A temporary of await K is evaluated where K's awaitee is made, and read from its field from then on.
            if (t.suspend() <= resumed + 1 && t.start() == offset && t.end() <= limit
                    && (best == null || t.end() > best.end())) {
                best = new Replacement(t.field(), t.end());
            }
        }
        for (BodyCuts.ReturnCut r : cuts.returns()) {
            if (r.span().startOffset() == offset && r.span().endOffset() <= limit
                    && (best == null || r.span().endOffset() > best.end())) {
                String value = r.value().length() > 0 ? flat(r.value()) : "()";
                best = new Replacement("{ state = Returned; return Poll::Ready(" + value + ") }", r.span().endOffset());
            }
        }
        Node jump = jumps.get(offset);
        if (jump != null) {
            written.add(jump);
        }
        if (best == null && jump != null) {
            Node target = jumpTargets.get(jump);
            for (Round round : rounds) {
                if (round.loop != target) {
                    continue;
                }
                int end = offset + (jump instanceof Expr.Break ? "break" : "continue").length();
                Optional<Lifetime> label = jump instanceof Expr.Break b ? b.label() : ((Expr.Continue) jump).label();
                if (label.isPresent()) {
                    end = label.get().span().endOffset();
                }
                if (jump instanceof Expr.Break) {
                    round.breaks = true;
                    best = new Replacement("break " + round.wholeLabel, end);
                } else {
                    round.continues = true;
                    best = new Replacement("break " + round.restLabel, end);
                }
                break;
            }
        }
        return best;
    }

    /** A span's text on one line, with replacements. */
    String flat(Span span) {
        StringBuilder line = new StringBuilder();
        for (Rendered r : segment(span.startOffset(), span.endOffset())) {
            String code = withoutComment(r.text());
            if (!code.isEmpty()) {
                line.append(line.isEmpty() ? "" : " ").append(code);
            }
        }
        return line.toString();
    }

    /** A line without its {@code //} comment, which would swallow what follows once lines are joined. */
    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i).strip();
            }
        }
        return line;
    }

    private String text(int start, int end) {
        return text.substring(Math.min(start, text.length()), Math.min(Math.max(start, end), text.length()));
    }

    /** A construct's head: its text from its start up to and including the opening brace of its block. */
    private String head(Span whole, Span block) {
        return BodyCuts.text(source, source.span(whole.startOffset(),
                Math.min(block.startOffset() + 1, text.length())));
    }

    /** The indent of the line {@code offset} is on when only white space precedes it there; else one deeper. */
    private int indentOf(int offset) {
        offset = Math.min(Math.max(offset, 0), text.length());
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String before = text.substring(lineStart, offset).replace("\t", INDENT);
        if (before.isBlank()) {
            return before.length();
        }
        return leadingWidth(before) + TAB_WIDTH;
    }

    /** The indent of the line {@code offset} is on. */
    private int lineIndent(int offset) {
        offset = Math.min(Math.max(offset, 0), text.length());
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return leadingWidth(text.substring(lineStart, offset).replace("\t", INDENT));
    }

    private static int leadingWidth(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static int minIndent(List<Rendered> lines, int otherwise) {
        return lines.stream().filter(r -> !r.text().isBlank()).mapToInt(Rendered::indent).min().orElse(otherwise);
    }

    private static List<Rendered> shift(List<Rendered> lines, int by) {
        return lines.stream().map(r -> r.text().isBlank() ? r : new Rendered(r.text(), Math.max(0, r.indent() + by),
                r.origin())).toList();
    }
}
