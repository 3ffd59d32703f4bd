package dev.rxray.analysis.async.step;

import dev.rxray.analysis.async.Position;
import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.BinaryOp;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.FieldInit;
import dev.rxray.syntax.tree.Lifetime;
import dev.rxray.syntax.tree.MacroArgs;
import dev.rxray.syntax.tree.MacroCall;
import dev.rxray.syntax.tree.MatchArm;
import dev.rxray.syntax.tree.Stmt;
import dev.rxray.syntax.tree.UnaryOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks a coroutine body's syntax tree in evaluation order (operands left to right, a receiver before its
 * arguments, an assignment's value before its place, the operand of {@code .await} before the suspension) and
 * builds its {@link FlowGraph}. It numbers nothing: each {@code .await} takes the suspend index the async analysis
 * gave it (matched by the position of its keyword); one the analysis did not number (dead code) is plain code.
 * Nested closures and async blocks are opaque values here: their awaits, {@code ?} and {@code return} belong to
 * their own bodies.
 */
final class FlowGraphBuilder {
    /** The continuation of an expression that never completes ({@code return}, {@code break}, {@code panic!}). */
    private static final int DEAD = -1;
    private static final int AWAIT_KEYWORD_LENGTH = "await".length();
    private static final Set<String> DIVERGING_MACROS = Set.of("panic", "unreachable", "todo", "unimplemented");

    /** What the walk learned beside the graph. */
    record Result(FlowGraph graph, List<Integer> encounterOrder, Set<Integer> tryAfter) {
    }

    /** A loop or labelled block that {@code break} (and, for a loop, {@code continue}) can target. */
    private record Target(Optional<Lifetime> label, int loop, int head, int after, int end) {
        boolean isLoop() {
            return loop >= 0;
        }
    }

    private final Map<Position, Integer> numbering;
    private final List<List<FlowGraph.Edge>> edges = new ArrayList<>();
    private final List<Integer> awaits = new ArrayList<>();
    private final List<String> loopKeywords = new ArrayList<>();
    private final List<Span> loopSpans = new ArrayList<>();
    private final List<TreeSet<Integer>> loopAwaits = new ArrayList<>();
    private final List<Integer> incoming = new ArrayList<>();
    private final Deque<Target> targets = new ArrayDeque<>();
    private final List<Integer> encounterOrder = new ArrayList<>();
    private final Set<Integer> tryAfter = new TreeSet<>();

    private FlowGraphBuilder(Map<Position, Integer> numbering) {
        this.numbering = numbering;
    }

    /** @param numbering the analysis's suspend index of each {@code await} keyword, by its position */
    static Result build(Expr body, Map<Position, Integer> numbering) {
        FlowGraphBuilder builder = new FlowGraphBuilder(numbering);
        int end = builder.point();
        int entry = builder.point();
        int last = switch (body) {
            case Expr.BlockExpr b when b.kind() == BlockKind.ASYNC -> builder.block(b.block(), entry);
            default -> builder.expr(body, entry);
        };
        builder.edge(last, end);
        List<FlowGraph.Loop> loops = new ArrayList<>();
        for (int i = 0; i < builder.loopKeywords.size(); i++) {
            loops.add(new FlowGraph.Loop(builder.loopKeywords.get(i), builder.loopSpans.get(i),
                    List.copyOf(builder.loopAwaits.get(i))));
        }
        return new Result(new FlowGraph(builder.edges, builder.awaits, loops, entry),
                List.copyOf(builder.encounterOrder), builder.tryAfter);
    }

    // ---- points and edges ----

    private int point() {
        edges.add(new ArrayList<>());
        awaits.add(-1);
        incoming.add(0);
        return edges.size() - 1;
    }

    private void edge(int from, int to, FlowGraph.Marker... markers) {
        if (from == DEAD || to == DEAD) {
            return;
        }
        edges.get(from).add(new FlowGraph.Edge(to, List.of(markers)));
        incoming.set(to, incoming.get(to) + 1);
    }

    private void edge(int from, int to, List<FlowGraph.Marker> markers) {
        edge(from, to, markers.toArray(FlowGraph.Marker[]::new));
    }

    /** A new point where two continuations meet; DEAD when neither continues. */
    private int join(int a, int b) {
        if (a == DEAD) {
            return b;
        }
        if (b == DEAD) {
            return a;
        }
        int joined = point();
        edge(a, joined);
        edge(b, joined);
        return joined;
    }

    /** A new point reached from {@code at} over an edge with these markers; DEAD from DEAD. */
    private int via(int at, FlowGraph.Marker... markers) {
        if (at == DEAD) {
            return DEAD;
        }
        int next = point();
        edge(at, next, markers);
        return next;
    }

    private static FlowGraph.Skip skip(Span span) {
        return new FlowGraph.Skip(span.startOffset(), span.endOffset(), -1);
    }

    /** A split of one point into two ways, each a new point; the first is preferred. */
    private int[] split(int at) {
        if (at == DEAD) {
            return new int[] {DEAD, DEAD};
        }
        int yes = point();
        int no = point();
        edge(at, yes);
        edge(at, no);
        return new int[] {yes, no};
    }

    // ---- expressions ----

    private int exprs(List<Expr> list, int at) {
        for (Expr e : list) {
            at = expr(e, at);
        }
        return at;
    }

    private int expr(Expr e, int at) {
        if (at == DEAD) {
            return DEAD;
        }
        return switch (e) {
            case Expr.Literal l -> at;
            case Expr.PathExpr p -> at;
            case Expr.Underscore u -> at;
            case Expr.Error err -> at;
            case Expr.Closure c -> at;
            case Expr.Paren p -> expr(p.expr(), at);
            case Expr.Unary u -> expr(u.operand(), at);
            case Expr.Borrow b -> expr(b.operand(), at);
            case Expr.Binary b when b.op() == BinaryOp.AND || b.op() == BinaryOp.OR -> {
                int[] ways = condition(b, at);
                yield join(ways[0], ways[1]);
            }
            case Expr.Binary b -> expr(b.right(), expr(b.left(), at));
            case Expr.Assign a -> expr(a.target(), expr(a.value(), at));
            case Expr.CompoundAssign c -> expr(c.value(), expr(c.target(), at));
            case Expr.Range r -> {
                int next = r.start().map(s -> expr(s, at)).orElse(at);
                yield r.end().map(s -> expr(s, next)).orElse(next);
            }
            case Expr.Cast c -> expr(c.expr(), at);
            case Expr.Try t -> tryExpr(t, at);
            case Expr.Await a -> await(a, at);
            case Expr.MethodCall m -> exprs(m.args(), expr(m.receiver(), at));
            case Expr.Field f -> expr(f.expr(), at);
            case Expr.TupleIndex t -> expr(t.expr(), at);
            case Expr.Index i -> expr(i.index(), expr(i.expr(), at));
            case Expr.Call c -> exprs(c.args(), expr(c.callee(), at));
            case Expr.BlockExpr b -> blockExpr(b, at);
            case Expr.If i -> ifExpr(i, at);
            case Expr.Let l -> {
                int[] ways = condition(l, at);
                yield join(ways[0], ways[1]);
            }
            case Expr.Match m -> match(m, at);
            case Expr.While w -> whileLoop(w, at);
            case Expr.For f -> forLoop(f, at);
            case Expr.Loop l -> loop(l, at);
            case Expr.Break b -> breakExpr(b, b.value().map(v -> expr(v, at)).orElse(at));
            case Expr.Continue c -> continueExpr(c, at);
            case Expr.Return r -> {
                int value = r.value().map(v -> expr(v, at)).orElse(at);
                exit(value, WayKind.RETURN, r.span());
                yield DEAD;
            }
            case Expr.StructLit s -> {
                int next = exprs(s.fields().stream().map(FieldInit::value).toList(), at);
                yield s.base().map(b -> expr(b, next)).orElse(next);
            }
            case Expr.Tuple t -> exprs(t.elements(), at);
            case Expr.Array a -> exprs(a.elements(), at);
            case Expr.ArrayRepeat r -> expr(r.count(), expr(r.element(), at));
            case Expr.Macro m -> macro(m.call(), at);
        };
    }

    private int await(Expr.Await a, int at) {
        int operand = expr(a.expr(), at);
        Span span = a.span();
        Integer index = numbering.get(new Position(span.endLine(),
                Math.max(1, span.endColumn() - AWAIT_KEYWORD_LENGTH)));
        if (index == null || operand == DEAD) {
            return operand;
        }
        int suspend = point();
        awaits.set(suspend, index);
        encounterOrder.add(index);
        for (Target t : targets) {
            if (t.isLoop()) {
                loopAwaits.get(t.loop()).add(index);
            }
        }
        edge(operand, suspend);
        return suspend;
    }

    /** {@code e?}: the {@code Ok} path goes on; the {@code Err} path returns from the body. */
    private int tryExpr(Expr.Try t, int at) {
        int value = expr(t.expr(), at);
        Expr inner = t.expr();
        while (inner instanceof Expr.Paren p) {
            inner = p.expr();
        }
        if (inner instanceof Expr.Await a && value != DEAD && awaits.get(value) >= 0
                && a.span().endOffset() <= t.span().endOffset()) {
            tryAfter.add(awaits.get(value));
        }
        int[] ways = split(value);
        exit(ways[1], WayKind.TRY, t.span());
        return ways[0];
    }

    /** An edge to the end of the body that leaves every enclosing loop. */
    private void exit(int at, WayKind kind, Span span) {
        List<FlowGraph.Marker> markers = new ArrayList<>();
        for (Target t : targets) {
            if (t.isLoop()) {
                markers.add(new FlowGraph.Leave(t.loop()));
            }
        }
        markers.add(new FlowGraph.Jump(kind, span));
        edge(at, FlowGraph.END, markers);
    }

    private int breakExpr(Expr.Break b, int at) {
        List<FlowGraph.Marker> markers = new ArrayList<>();
        for (Target t : targets) {
            boolean match = b.label().isPresent()
                    ? t.label().isPresent() && t.label().get().name().equals(b.label().get().name())
                    : t.isLoop();
            if (t.isLoop()) {
                markers.add(new FlowGraph.Leave(t.loop()));
            }
            if (match) {
                markers.add(new FlowGraph.Jump(WayKind.BREAK, b.span()));
                markers.add(new FlowGraph.Skip(b.span().endOffset(), Math.max(b.span().endOffset(), t.end()), -1));
                edge(at, t.after(), markers);
                return DEAD;
            }
        }
        return DEAD;
    }

    private int continueExpr(Expr.Continue c, int at) {
        List<FlowGraph.Marker> markers = new ArrayList<>();
        for (Target t : targets) {
            if (!t.isLoop()) {
                continue;
            }
            boolean match = c.label().isEmpty()
                    || t.label().isPresent() && t.label().get().name().equals(c.label().get().name());
            if (match) {
                // The skipped rest of the body comes before the back edge: it belongs to the round that ends here.
                markers.addFirst(new FlowGraph.Skip(c.span().endOffset(), Math.max(c.span().endOffset(), t.end()), -1));
                markers.add(new FlowGraph.Again(t.loop()));
                markers.add(new FlowGraph.Jump(WayKind.CONTINUE, c.span()));
                edge(at, t.head(), markers);
                return DEAD;
            }
            markers.add(new FlowGraph.Leave(t.loop()));
        }
        return DEAD;
    }

    /**
     * A condition of {@code if}/{@code while}, or an operand of {@code &&}/{@code ||}: the points where it holds
     * and where it fails. A {@code let} test may fail; {@code &&} and {@code ||} short-circuit.
     */
    private int[] condition(Expr c, int at) {
        return switch (c) {
            case Expr.Paren p -> condition(p.expr(), at);
            case Expr.Unary u when u.op() == UnaryOp.NOT -> {
                int[] ways = condition(u.operand(), at);
                yield new int[] {ways[1], ways[0]};
            }
            case Expr.Let l -> split(expr(l.scrutinee(), at));
            case Expr.Binary b when b.op() == BinaryOp.AND -> {
                int[] left = condition(b.left(), at);
                int[] right = condition(b.right(), left[0]);
                yield new int[] {right[0], join(via(left[1], skip(b.right().span())), right[1])};
            }
            case Expr.Binary b when b.op() == BinaryOp.OR -> {
                int[] left = condition(b.left(), at);
                int[] right = condition(b.right(), left[1]);
                yield new int[] {join(via(left[0], skip(b.right().span())), right[0]), right[1]};
            }
            default -> split(expr(c, at));
        };
    }

    private int ifExpr(Expr.If i, int at) {
        int[] ways = condition(i.condition(), at);
        Span then = i.then().span();
        // The else way passes over the then block; the then block's end, over `else ...` (also when the way
        // resumes inside the then block).
        int elseEntry = via(ways[1], skip(then));
        int thenEnd = block(i.then(), ways[0]);
        if (i.orElse().isPresent()) {
            thenEnd = via(thenEnd, new FlowGraph.Skip(then.endOffset(), i.span().endOffset(), -1));
        }
        int otherwise = i.orElse().map(e -> expr(e, elseEntry)).orElse(elseEntry);
        return join(thenEnd, otherwise);
    }

    private int match(Expr.Match m, int at) {
        int test = expr(m.scrutinee(), at);
        int joined = DEAD;
        List<MatchArm> arms = m.arms();
        for (int i = 0; i < arms.size(); i++) {
            MatchArm arm = arms.get(i);
            boolean last = i == arms.size() - 1;
            int[] ways = last ? new int[] {test, DEAD} : split(test);
            // A pattern that does not match passes over its arm; the end of an arm's body, over the arms after
            // it (also when the way resumes inside the arm).
            int body = ways[0];
            ways[1] = last ? DEAD : via(ways[1], new FlowGraph.Skip(arm.span().startOffset(),
                    arms.get(i + 1).span().startOffset(), -1));
            if (arm.guard().isPresent()) {
                int[] guard = condition(arm.guard().get(), body);
                body = guard[0];
                ways[1] = join(ways[1], via(guard[1], skip(arm.body().span())));
            }
            int end = expr(arm.body(), body);
            if (!last) {
                end = via(end, new FlowGraph.Skip(arm.body().span().endOffset(), arms.getLast().span().endOffset(),
                        -1));
            }
            joined = join(joined, end);
            test = ways[1];
        }
        return m.arms().isEmpty() ? DEAD : joined;
    }

    // ---- loops ----

    private int newLoop(String keyword, Span span) {
        loopKeywords.add(keyword);
        loopSpans.add(span);
        loopAwaits.add(new TreeSet<>());
        return loopKeywords.size() - 1;
    }

    /** Walks a loop body entered from {@code head}; its end goes back to the head. */
    private void loopBody(Optional<Lifetime> label, int loop, int head, int bodyEntry, int after, Block body) {
        targets.push(new Target(label, loop, head, after, loopSpans.get(loop).endOffset()));
        int end = block(body, bodyEntry);
        targets.pop();
        edge(end, head, new FlowGraph.Again(loop));
    }

    private static FlowGraph.Skip bodySkip(Block body, int loop) {
        return new FlowGraph.Skip(body.span().startOffset(), body.span().endOffset(), loop);
    }

    private int afterLoop(int after) {
        return incoming.get(after) == 0 ? DEAD : after;
    }

    private int loop(Expr.Loop l, int at) {
        if (at == DEAD) {
            return DEAD;
        }
        int loop = newLoop("loop", l.span());
        int head = point();
        int bodyEntry = point();
        int after = point();
        edge(at, head);
        edge(head, bodyEntry, new FlowGraph.Enter(loop));
        loopBody(l.label(), loop, head, bodyEntry, after, l.body());
        return afterLoop(after);
    }

    private int whileLoop(Expr.While w, int at) {
        if (at == DEAD) {
            return DEAD;
        }
        int loop = newLoop("while", w.span());
        int head = point();
        int after = point();
        edge(at, head);
        targets.push(new Target(w.label(), loop, head, after, w.span().endOffset()));
        int[] ways = condition(w.condition(), head);
        targets.pop();
        int bodyEntry = point();
        edge(ways[0], bodyEntry, new FlowGraph.Enter(loop));
        edge(ways[1], after, new FlowGraph.Leave(loop), bodySkip(w.body(), loop));
        loopBody(w.label(), loop, head, bodyEntry, after, w.body());
        return afterLoop(after);
    }

    private int forLoop(Expr.For f, int at) {
        int start = expr(f.iterable(), at);
        if (start == DEAD) {
            return DEAD;
        }
        int loop = newLoop("for", f.span());
        int head = point();
        int bodyEntry = point();
        int after = point();
        edge(start, head);
        edge(head, bodyEntry, new FlowGraph.Enter(loop));
        edge(head, after, new FlowGraph.Leave(loop), bodySkip(f.body(), loop));
        loopBody(f.label(), loop, head, bodyEntry, after, f.body());
        return afterLoop(after);
    }

    // ---- blocks and statements ----

    private int blockExpr(Expr.BlockExpr b, int at) {
        if (b.kind() == BlockKind.ASYNC) {
            return at;
        }
        if (b.label().isEmpty() || at == DEAD) {
            return block(b.block(), at);
        }
        int after = point();
        targets.push(new Target(b.label(), -1, -1, after, b.span().endOffset()));
        int end = block(b.block(), at);
        targets.pop();
        edge(end, after);
        return afterLoop(after);
    }

    private int block(Block b, int at) {
        int here = at;
        for (Stmt s : b.statements()) {
            here = statement(s, here);
        }
        return b.tail().isEmpty() ? here : expr(b.tail().get(), here);
    }

    private int statement(Stmt s, int at) {
        return switch (s) {
            case Stmt.Local local -> {
                int value = local.init().map(init -> expr(init, at)).orElse(at);
                if (local.elseBlock().isEmpty()) {
                    yield value;
                }
                // `let pattern = value else { diverge };`: the else block runs when the pattern does not match.
                int[] ways = split(value);
                yield join(via(ways[0], skip(local.elseBlock().get().span())),
                        block(local.elseBlock().get(), ways[1]));
            }
            case Stmt.ExprStmt e -> expr(e.expr(), at);
            case Stmt.MacroStmt m -> macro(m.call(), at);
            case Stmt.ItemDecl item -> at;
            case Stmt.Empty empty -> at;
        };
    }

    private int macro(MacroCall call, int at) {
        int next = switch (call.args()) {
            case MacroArgs.Exprs args -> exprs(args.exprs(), at);
            case MacroArgs.Repeat r -> expr(r.count(), expr(r.element(), at));
            case MacroArgs.Matches m -> {
                int value = expr(m.scrutinee(), at);
                yield m.guard().map(g -> {
                    int[] ways = condition(g, value);
                    return join(ways[0], ways[1]);
                }).orElse(value);
            }
            case MacroArgs.Opaque o -> at;
        };
        return DIVERGING_MACROS.contains(call.name()) ? DEAD : next;
    }
}
