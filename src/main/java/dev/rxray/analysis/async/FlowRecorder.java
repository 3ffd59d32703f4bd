package dev.rxray.analysis.async;

import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.BinaryOp;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.RangeLimits;
import dev.rxray.syntax.tree.ClosureParam;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.FieldInit;
import dev.rxray.syntax.tree.FieldPattern;
import dev.rxray.syntax.tree.Ident;
import dev.rxray.syntax.tree.LitKind;
import dev.rxray.syntax.tree.MacroArgs;
import dev.rxray.syntax.tree.MacroCall;
import dev.rxray.syntax.tree.MatchArm;
import dev.rxray.syntax.tree.Pattern;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.StandardMacros;
import dev.rxray.syntax.tree.Stmt;
import dev.rxray.syntax.tree.UnaryOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Pass 1 for one body, input: a fn body, async block or closure body, with the variables of the enclosing bodies;
 * output: its {@link Flow}, plus a {@link CoroutineSite} (sent to the shared sink) for every async block and async
 * closure nested in it, each recorded by a child recorder.
 *
 * <p>The walk follows rustc's evaluation order: operands left to right, a method's receiver before its arguments,
 * a {@code let}'s initializer before its bindings, the operand of {@code .await} before the suspension. It models
 * the MIR facts that decide what a coroutine saves: a by-value use of a non-Copy local is a move; {@code &x},
 * {@code &mut x}, an autoref'd method receiver, an overloaded index, a comparison of non-scalars and every argument
 * of a formatting macro borrow {@code x}, except through a deref (a field of a reference, a method on a reference),
 * which rustc does not count as borrowing the local; a non-move closure or async block borrows what it uses.
 * An {@code .await} after an unconditional {@code return}, {@code break}, {@code continue} or {@code panic!} is dead
 * and gets no number.
 */
final class FlowRecorder {

    /** What a child recorder asks its parent: the type of a variable visible where the child starts. */
    interface Outer {
        Optional<TypeFact> lookup(String name);
    }

    /** What every recorder of one file shares. */
    record Shared(FileIndex index, TypeInference types, SourceFile source, List<CoroutineSite> sink) {
    }

    private enum Mode { VALUE, READ, BORROW, BORROW_MUT, WRITE }

    private record PendingTemp(String text, Position at, TypeFact type, int seq) {
    }

    /** Methods that take {@code self} by value: calling them moves the receiver rather than borrowing it. */
    private static final Set<String> BY_VALUE_METHODS = Set.of("into_iter", "unwrap", "expect", "unwrap_or",
            "unwrap_or_else", "unwrap_or_default", "map", "map_err", "and_then", "ok", "err", "ok_or", "ok_or_else",
            "into", "collect", "sum", "product", "count", "filter", "filter_map", "enumerate", "zip", "chain", "rev",
            "take", "skip", "fold", "for_each", "max", "min", "last", "into_boxed_slice", "into_bytes", "into_inner",
            "into_future", "flatten", "flat_map", "step_by", "cloned", "copied", "peekable", "into_keys",
            "into_values");
    /** Methods of Copy scalars that still take {@code &self}. */
    private static final Set<String> REF_METHODS_OF_SCALARS = Set.of("to_string", "cmp", "partial_cmp", "eq", "ne",
            "fmt", "hash", "clone", "to_owned");
    private static final Set<String> MUTATING_METHODS = Set.of("push", "push_str", "insert", "extend", "append",
            "entry", "retain", "truncate", "clear", "set", "remove", "pop", "sort", "dedup", "reverse", "drain");
    private static final Set<String> DIVERGING_MACROS = Set.of("panic", "unreachable", "todo", "unimplemented");
    private static final Set<String> BORROWING_MACROS = Set.of("assert_eq", "assert_ne", "debug_assert_eq",
            "debug_assert_ne");
    private static final int AWAIT_KEYWORD_LENGTH = "await".length();

    private final Shared shared;
    private final Outer outer;
    private final boolean coroutine;
    private final boolean moveCaptures;
    private final String selfOwner;
    private final Set<String> typeParams;

    private final List<Flow.Binding> bindings = new ArrayList<>();
    private final List<Integer> bindingClosureDepth = new ArrayList<>();
    private final List<Flow.Event> events = new ArrayList<>();
    private final List<Flow.AwaitSite> awaits = new ArrayList<>();
    private final List<Flow.Capture> captures = new ArrayList<>();
    private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
    private final Deque<List<Integer>> scopeOrder = new ArrayDeque<>();
    private final List<Flow.Frame> frames = new ArrayList<>();
    private final Deque<List<PendingTemp>> temps = new ArrayDeque<>();
    private final Deque<Boolean> closures = new ArrayDeque<>();
    private final Map<Integer, Integer> branchArms = new HashMap<>();
    /** Locals declared with an unsuffixed number literal, whose type their first assignment may still settle. */
    private final Set<Integer> unsettledNumbers = new java.util.HashSet<>();
    private int seq;
    private int constructs;
    private int breaks;
    private boolean dead;

    FlowRecorder(Shared shared, Outer outer, boolean coroutine, boolean moveCaptures, String selfOwner,
                 Set<String> typeParams) {
        this.shared = shared;
        this.outer = outer;
        this.coroutine = coroutine;
        this.moveCaptures = moveCaptures;
        this.selfOwner = selfOwner;
        this.typeParams = typeParams;
    }

    /** A parameter as the body sees it: its local bindings come from its pattern. */
    record ParamBinding(Pattern pattern, TypeFact type) {
    }

    /** Records a fn or closure body whose parameters become locals at its start. */
    Flow record(List<ParamBinding> params, Expr body) {
        pushScope();
        temps.push(new ArrayList<>());
        for (ParamBinding p : params) {
            declarePattern(p.pattern(), p.type(), false, true);
        }
        expr(body, Mode.VALUE);
        temps.pop();
        popScope();
        return new Flow(bindings, events, awaits, List.copyOf(captures), branchArms);
    }

    Flow record(List<ParamBinding> params, Block body) {
        return record(params, new Expr.BlockExpr(Optional.empty(), BlockKind.PLAIN, false, body, body.span()));
    }

    // ---- expressions ----

    private void expr(Expr e, Mode mode) {
        switch (e) {
            case Expr.Literal lit -> {
            }
            case Expr.PathExpr p -> {
                if (p.path().segments().size() == 1 && p.path().qualifiedSelf().isEmpty()) {
                    useName(p.path().segments().getFirst().name().name(), mode);
                }
            }
            case Expr.Paren p -> expr(p.expr(), mode);
            case Expr.Field f -> place(e, mode);
            case Expr.TupleIndex t -> place(e, mode);
            case Expr.Index i -> place(e, mode);
            case Expr.Unary u when u.op() == UnaryOp.DEREF -> place(e, mode);
            case Expr.Unary u -> valueThenMaybeTemp(u, mode, () -> expr(u.operand(), Mode.VALUE));
            case Expr.Borrow b -> expr(b.operand(), b.mutable() ? Mode.BORROW_MUT : Mode.BORROW);
            case Expr.Binary b -> valueThenMaybeTemp(b, mode, () -> binary(b));
            case Expr.Assign a -> assign(a);
            case Expr.CompoundAssign c -> compoundAssign(c);
            case Expr.Range r -> {
                r.start().ifPresent(s -> expr(s, Mode.VALUE));
                r.end().ifPresent(s -> expr(s, Mode.VALUE));
            }
            case Expr.Cast c -> valueThenMaybeTemp(c, mode, () -> expr(c.expr(), Mode.VALUE));
            case Expr.Try t -> valueThenMaybeTemp(t, mode, () -> expr(t.expr(), Mode.VALUE));
            case Expr.Await a -> valueThenMaybeTemp(a, mode, () -> await(a));
            case Expr.MethodCall m -> valueThenMaybeTemp(m, mode, () -> methodCall(m));
            case Expr.Call c -> valueThenMaybeTemp(c, mode, () -> call(c));
            case Expr.Closure c -> closure(c);
            case Expr.BlockExpr b -> blockExpr(b, mode);
            case Expr.If i -> valueThenMaybeTemp(i, mode, () -> ifExpr(i));
            case Expr.Let l -> condition(l);
            case Expr.Match m -> valueThenMaybeTemp(m, mode, () -> match(m));
            case Expr.While w -> whileLoop(w);
            case Expr.For f -> forLoop(f);
            case Expr.Loop l -> loop(l);
            case Expr.Break b -> {
                b.value().ifPresent(v -> expr(v, Mode.VALUE));
                breaks++;
                dead = true;
            }
            case Expr.Continue c -> dead = true;
            case Expr.Return r -> {
                r.value().ifPresent(v -> expr(v, Mode.VALUE));
                dead = true;
            }
            case Expr.StructLit s -> valueThenMaybeTemp(s, mode, () -> {
                List<Expr> values = s.fields().stream().map(FieldInit::value).toList();
                List<PendingTemp> held = operands(values);
                s.base().ifPresent(base -> expr(base, Mode.VALUE));
                consumed(held);
            });
            case Expr.Tuple t -> valueThenMaybeTemp(t, mode, () -> consumed(operands(t.elements())));
            case Expr.Array a -> valueThenMaybeTemp(a, mode, () -> consumed(operands(a.elements())));
            case Expr.ArrayRepeat r -> valueThenMaybeTemp(r, mode, () -> {
                expr(r.element(), Mode.VALUE);
                expr(r.count(), Mode.VALUE);
            });
            case Expr.Macro m -> valueThenMaybeTemp(m, mode, () -> macro(m.call()));
            case Expr.Underscore u -> {
            }
            case Expr.Error err -> {
            }
        }
    }

    /** Evaluates a value expression; when it is borrowed, the value is a temporary of the enclosing statement. */
    private void valueThenMaybeTemp(Expr e, Mode mode, Runnable evaluate) {
        evaluate.run();
        if (mode == Mode.BORROW || mode == Mode.BORROW_MUT) {
            registerTemp(e, factOf(e));
        }
    }

    /** A place expression used in some mode: the use lands on its root local unless a deref lies on the way. */
    private void place(Expr e, Mode mode) {
        if (!(e instanceof Expr.PathExpr)) {
            Optional<OuterPlace> outerPlace = outerPlace(e);
            if (outerPlace.isPresent()) {
                OuterPlace op = outerPlace.get();
                boolean writes = mode == Mode.WRITE || mode == Mode.BORROW_MUT;
                capture(op.place(), op.overloaded() ? (writes ? Mode.BORROW_MUT : Mode.BORROW) : mode);
                return;
            }
        }
        switch (e) {
            case Expr.PathExpr p -> expr(p, mode);
            case Expr.Paren p -> place(p.expr(), mode);
            case Expr.Field f -> projection(f.expr(), mode);
            case Expr.TupleIndex t -> projection(t.expr(), mode);
            case Expr.Index i -> {
                TypeFact base = factOf(i.expr());
                if (base.text().startsWith("[") && !base.reference()) {
                    projection(i.expr(), mode);
                } else if (base.reference() && isPlace(i.expr())) {
                    expr(i.expr(), Mode.READ);
                } else {
                    // An overloaded index (Vec, String, HashMap) calls Index::index(&base, i): a borrow.
                    place(i.expr(), Mode.BORROW);
                }
                expr(i.index(), Mode.VALUE);
            }
            case Expr.Unary u when u.op() == UnaryOp.DEREF -> {
                TypeFact inner = factOf(u.operand());
                if (inner.text().startsWith("Box<")) {
                    place(u.operand(), mode == Mode.VALUE ? Mode.READ : mode);
                } else if (inner.reference() || inner.copy() || inner.assumed() || !isPlace(u.operand())) {
                    expr(u.operand(), Mode.READ);
                } else {
                    place(u.operand(), Mode.BORROW);
                }
            }
            default -> expr(e, mode);
        }
    }

    private void projection(Expr base, Mode mode) {
        if (!isPlace(base)) {
            expr(base, Mode.VALUE);
            return;
        }
        TypeFact baseType = factOf(base);
        if (baseType.reference()) {
            expr(base, Mode.READ);
            return;
        }
        Mode onBase = switch (mode) {
            case VALUE, READ, WRITE -> Mode.READ;
            case BORROW, BORROW_MUT -> mode;
        };
        place(base, onBase);
    }

    private static boolean isPlace(Expr e) {
        return switch (e) {
            case Expr.PathExpr p -> p.path().segments().size() == 1;
            case Expr.Paren p -> isPlace(p.expr());
            case Expr.Field f -> isPlace(f.expr());
            case Expr.TupleIndex t -> isPlace(t.expr());
            case Expr.Index i -> isPlace(i.expr());
            case Expr.Unary u -> u.op() == UnaryOp.DEREF;
            default -> false;
        };
    }

    private void binary(Expr.Binary b) {
        switch (b.op()) {
            case AND, OR -> {
                expr(b.left(), Mode.VALUE);
                int construct = branch(2);
                inFrame(new Flow.Frame(construct, 1, false), () -> expr(b.right(), Mode.VALUE));
            }
            case EQ, NE, LT, LE, GT, GE -> {
                TypeFact left = factOf(b.left());
                TypeFact right = factOf(b.right());
                boolean scalar = isScalar(left) || isScalar(right);
                Mode mode = scalar ? Mode.VALUE : Mode.BORROW;
                List<PendingTemp> held = new ArrayList<>();
                operand(b.left(), mode, AwaitScan.contains(b.right()), held);
                expr(b.right(), mode);
                consumed(held);
            }
            default -> {
                List<PendingTemp> held = new ArrayList<>();
                operand(b.left(), Mode.VALUE, AwaitScan.contains(b.right()), held);
                expr(b.right(), Mode.VALUE);
                consumed(held);
            }
        }
    }

    private static boolean isScalar(TypeFact t) {
        return t.known() && t.copy() && !t.reference();
    }

    /**
     * An operand evaluated before an await of the same expression is held across it in a temporary, until the
     * operation consumes it; the caller passes the list that collects such temporaries.
     */
    private void operand(Expr e, Mode mode, boolean awaitFollows, List<PendingTemp> held) {
        expr(e, mode);
        if (awaitFollows && !(e instanceof Expr.Literal) && mode == Mode.VALUE) {
            registerTemp(e, factOf(e)).ifPresent(held::add);
        }
    }

    /** Evaluates operands left to right; returns the temporaries that hold them until the operation runs. */
    private List<PendingTemp> operands(List<Expr> values) {
        List<PendingTemp> held = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            boolean awaitFollows = false;
            for (int j = i + 1; j < values.size() && !awaitFollows; j++) {
                awaitFollows = AwaitScan.contains(values.get(j));
            }
            operand(values.get(i), Mode.VALUE, awaitFollows, held);
        }
        return held;
    }

    /** The operation ran: its operand temporaries are moved into it and no longer live. */
    private void consumed(List<PendingTemp> held) {
        if (held.isEmpty()) {
            return;
        }
        for (List<PendingTemp> scope : temps) {
            scope.removeAll(held);
        }
    }

    private void assign(Expr.Assign a) {
        expr(a.value(), Mode.VALUE);
        settleNumber(a.target(), a.value());
        if (a.target() instanceof Expr.PathExpr p && p.path().segments().size() == 1) {
            String name = p.path().segments().getFirst().name().name();
            resolve(name).ifPresent(id -> {
                if (bindings.get(id).type().needsDrop()) {
                    emitUse(id, Flow.UseKind.READ);
                }
            });
            useName(name, Mode.WRITE);
        } else if (!(a.target() instanceof Expr.Underscore)) {
            place(a.target(), Mode.WRITE);
        }
    }

    private void compoundAssign(Expr.CompoundAssign c) {
        settleNumber(c.target(), c.value());
        TypeFact target = factOf(c.target());
        if (isScalar(target) || target.copy()) {
            // The value is evaluated first, but rustc's capture analysis meets the target first, and mutably.
            outerPlace(c.target()).ifPresent(op -> capture(op.place(), Mode.BORROW_MUT));
            expr(c.value(), Mode.VALUE);
            place(c.target(), Mode.READ);
        } else {
            place(c.target(), Mode.BORROW_MUT);
            expr(c.value(), Mode.VALUE);
        }
    }

    /**
     * {@code let mut total = 0; .. total += cost;} makes {@code total} a {@code u32} when {@code cost} is one: a local
     * declared with an unsuffixed number takes the type of the first value assigned to it, when that type is known
     * (else it keeps rustc's fallback, {@code i32} or {@code f64}).
     */
    private void settleNumber(Expr target, Expr value) {
        if (!(target instanceof Expr.PathExpr p) || p.path().segments().size() != 1) {
            return;
        }
        resolve(p.path().segments().getFirst().name().name()).ifPresent(id -> {
            Flow.Binding b = bindings.get(id);
            TypeFact assigned = factOf(value);
            if (unsettledNumbers.remove(id) && assigned.known() && assigned.copy() && !assigned.reference()
                    && !assigned.text().equals("bool") && !assigned.text().equals(b.type().text())) {
                bindings.set(id, new Flow.Binding(b.id(), b.name(), b.declared(), assigned, b.parameter()));
            }
        });
    }

    private void await(Expr.Await a) {
        expr(a.expr(), Mode.VALUE);
        if (!coroutine || dead || !closures.isEmpty()) {
            return;
        }
        int now = ++seq;
        List<Temporary> live = new ArrayList<>();
        for (List<PendingTemp> scope : temps) {
            for (PendingTemp t : scope) {
                if (t.seq() < now) {
                    live.add(new Temporary(t.text(), t.at(), t.type()));
                }
            }
        }
        live.sort(java.util.Comparator.comparing(Temporary::at));
        int index = awaits.size();
        Position keyword = new Position(a.span().endLine(),
                Math.max(1, a.span().endColumn() - AWAIT_KEYWORD_LENGTH));
        String awaiteeType = shared.types().futureOf(a.expr(), selfOwner)
                .or(() -> Optional.of(factOf(a.expr()).text()).filter(t -> t.startsWith("{async ")))
                .orElse("");
        awaits.add(new Flow.AwaitSite(index, keyword, text(a.expr().span()), awaiteeType, now, context(), live));
        events.add(new Flow.Suspended(index, now, context()));
    }

    private void methodCall(Expr.MethodCall m) {
        String name = m.method().name();
        boolean argsAwait = m.args().stream().anyMatch(AwaitScan::contains);
        Expr receiver = m.receiver();
        TypeFact receiverType = factOf(receiver);
        boolean borrowed = false;
        if (BY_VALUE_METHODS.contains(name)) {
            expr(receiver, Mode.VALUE);
        } else if (isPlace(receiver)) {
            if (receiverType.reference() && receiver instanceof Expr.PathExpr) {
                expr(receiver, Mode.READ);
            } else if (isScalar(receiverType) && !REF_METHODS_OF_SCALARS.contains(name)) {
                expr(receiver, Mode.READ);
            } else {
                place(receiver, MUTATING_METHODS.contains(name) ? Mode.BORROW_MUT : Mode.BORROW);
                borrowed = !receiverType.reference();
            }
        } else {
            expr(receiver, Mode.VALUE);
            if (!receiverType.reference() && !isScalar(receiverType)) {
                registerTemp(receiver, receiverType);
                borrowed = true;
            }
        }
        List<PendingTemp> held = new ArrayList<>();
        if (argsAwait && (borrowed || receiverType.reference())) {
            String inner = receiverType.text().startsWith("&") ? receiverType.text().replaceFirst("^&(mut )?", "")
                    : receiverType.text();
            String ref = MUTATING_METHODS.contains(name) ? "&mut " : "&";
            registerTemp(receiver, new TypeFact(ref + inner, ref.equals("&"), false, receiverType.send(), true,
                    receiverType.assumed(), receiverType.whyNotSend())).ifPresent(held::add);
        }
        held.addAll(operands(m.args()));
        consumed(held);
    }

    private void call(Expr.Call c) {
        if (c.callee() instanceof Expr.PathExpr p && p.path().segments().size() == 1) {
            String name = p.path().segments().getFirst().name().name();
            if (resolve(name).isPresent() || outer.lookup(name).isPresent()) {
                useName(name, Mode.BORROW);
            }
        } else if (!(c.callee() instanceof Expr.PathExpr)) {
            expr(c.callee(), Mode.VALUE);
        }
        consumed(operands(c.args()));
    }

    private void macro(MacroCall call) {
        String name = call.path().segments().isEmpty() ? "" : call.path().segments().getLast().name().name();
        switch (call.args()) {
            case MacroArgs.Exprs args -> {
                OptionalInt format = StandardMacros.formatArgument(name);
                List<Expr> exprs = args.exprs();
                for (int i = 0; i < exprs.size(); i++) {
                    Expr arg = exprs.get(i);
                    if (format.isPresent() && i == format.getAsInt()) {
                        continue;
                    }
                    boolean borrowed = (format.isPresent() && i > format.getAsInt())
                            || (BORROWING_MACROS.contains(name) && i < 2)
                            || ((name.equals("write") || name.equals("writeln")) && i == 0);
                    if (borrowed && !(name.equals("assert") || name.equals("debug_assert")) || i > 0
                            && (name.equals("assert") || name.equals("debug_assert"))) {
                        place(arg, Mode.BORROW);
                    } else {
                        expr(arg, Mode.VALUE);
                    }
                }
                for (Ident capture : args.captures()) {
                    useName(capture.name(), Mode.BORROW);
                }
            }
            case MacroArgs.Repeat r -> {
                expr(r.element(), Mode.VALUE);
                expr(r.count(), Mode.VALUE);
            }
            case MacroArgs.Matches m -> {
                place(m.scrutinee(), Mode.READ);
                int construct = branch(2);
                inFrame(new Flow.Frame(construct, 0, false), () -> {
                    pushScope();
                    declarePattern(m.pattern(), TypeFact.unknown(), factOf(m.scrutinee()).reference(), false);
                    m.guard().ifPresent(g -> expr(g, Mode.VALUE));
                    popScope();
                });
            }
            case MacroArgs.Opaque o -> {
            }
        }
        if (DIVERGING_MACROS.contains(name)) {
            dead = true;
        }
    }

    private void closure(Expr.Closure c) {
        if (c.isAsync()) {
            asyncClosure(c);
            return;
        }
        boolean wasDead = dead;
        closures.push(c.isMove());
        pushScope();
        temps.push(new ArrayList<>());
        for (ClosureParam p : c.params()) {
            TypeFact type = p.type().map(t -> shared.types().ofType(t, typeParams)).orElse(TypeFact.unknown());
            declarePattern(p.pattern(), type, false, false);
        }
        expr(c.body(), Mode.VALUE);
        temps.pop();
        popScope();
        closures.pop();
        dead = wasDead;
    }

    private void blockExpr(Expr.BlockExpr b, Mode mode) {
        if (b.kind() == BlockKind.ASYNC) {
            asyncBlock(b);
            if (mode == Mode.BORROW || mode == Mode.BORROW_MUT) {
                registerTemp(b, TypeFact.unknown("async block"));
            }
            return;
        }
        boolean wasDead = dead;
        block(b.block());
        if (b.label().isPresent()) {
            dead = wasDead;
        }
    }

    private void block(Block b) {
        pushScope();
        temps.push(new ArrayList<>());
        for (Stmt s : b.statements()) {
            statement(s);
        }
        b.tail().ifPresent(t -> expr(t, Mode.VALUE));
        temps.pop();
        popScope();
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Local local -> {
                temps.push(new ArrayList<>());
                TypeFact type = local.type().map(t -> shared.types().ofType(t, typeParams))
                        .orElseGet(() -> local.init().map(this::factOf).orElse(TypeFact.unknown()));
                local.init().ifPresent(init -> {
                    if (local.pattern() instanceof Pattern.Binding || !isPlace(init)) {
                        expr(init, Mode.VALUE);
                    } else if (!(local.pattern() instanceof Pattern.Wildcard)) {
                        // Destructuring a place moves parts out of it: a partial move, as in a match.
                        place(init, Mode.READ);
                    }
                });
                local.elseBlock().ifPresent(elseBlock -> {
                    boolean wasDead = dead;
                    inFrame(new Flow.Frame(branch(2), 1, false), () -> block(elseBlock));
                    dead = wasDead;
                });
                List<PendingTemp> statementTemps = temps.pop();
                if (local.init().orElse(null) instanceof Expr.Borrow && !temps.isEmpty()) {
                    // `let x = &temp();` extends the temporary to the end of the block.
                    temps.peek().addAll(statementTemps);
                }
                declarePattern(local.pattern(), type, false, false);
                if (local.type().isEmpty() && local.pattern() instanceof Pattern.Binding
                        && local.init().orElse(null) instanceof Expr.Literal lit && lit.text().matches("[0-9_.]+")) {
                    unsettledNumbers.add(bindings.size() - 1);
                }
            }
            case Stmt.ExprStmt e -> {
                temps.push(new ArrayList<>());
                expr(e.expr(), Mode.VALUE);
                temps.pop();
            }
            case Stmt.MacroStmt m -> {
                temps.push(new ArrayList<>());
                macro(m.call());
                temps.pop();
            }
            case Stmt.ItemDecl item -> {
            }
            case Stmt.Empty empty -> {
            }
        }
    }

    private void ifExpr(Expr.If i) {
        boolean before = dead;
        int construct = branch(2);
        pushScope();
        boolean hasLet = AwaitScan.hasLet(i.condition());
        if (!hasLet) {
            temps.push(new ArrayList<>());
        }
        condition(i.condition());
        if (!hasLet) {
            temps.pop();
        }
        inFrame(new Flow.Frame(construct, 0, false), () -> block(i.then()));
        popScope();
        boolean thenDead = dead;
        dead = before;
        if (i.orElse().isPresent()) {
            inFrame(new Flow.Frame(construct, 1, false), () -> expr(i.orElse().get(), Mode.VALUE));
            dead = before || (thenDead && dead);
        } else {
            dead = before;
        }
    }

    /** A condition of {@code if}/{@code while}: a boolean, a {@code let} pattern test, or a chain of them. */
    private void condition(Expr c) {
        switch (c) {
            case Expr.Let l -> {
                scrutinee(l.scrutinee());
                TypeFact type = factOf(l.scrutinee());
                declarePattern(l.pattern(), type, type.reference(), false);
            }
            case Expr.Binary b when b.op() == BinaryOp.AND && AwaitScan.hasLet(c) -> {
                condition(b.left());
                condition(b.right());
            }
            case Expr.Paren p -> condition(p.expr());
            default -> expr(c, Mode.VALUE);
        }
    }

    private void scrutinee(Expr s) {
        if (isPlace(s)) {
            place(s, Mode.READ);
        } else {
            expr(s, Mode.VALUE);
        }
    }

    private void match(Expr.Match m) {
        boolean before = dead;
        scrutinee(m.scrutinee());
        TypeFact type = factOf(m.scrutinee());
        int construct = branch(m.arms().size());
        boolean allDead = !m.arms().isEmpty();
        for (int i = 0; i < m.arms().size(); i++) {
            MatchArm arm = m.arms().get(i);
            dead = before;
            inFrame(new Flow.Frame(construct, i, false), () -> {
                pushScope();
                declarePattern(arm.pattern(), type, type.reference(), false);
                arm.guard().ifPresent(g -> {
                    temps.push(new ArrayList<>());
                    expr(g, Mode.VALUE);
                    temps.pop();
                });
                expr(arm.body(), Mode.VALUE);
                popScope();
            });
            allDead &= dead;
        }
        dead = before || allDead;
    }

    private void whileLoop(Expr.While w) {
        boolean before = dead;
        inFrame(new Flow.Frame(constructs++, 0, true), () -> {
            pushScope();
            temps.push(new ArrayList<>());
            condition(w.condition());
            temps.pop();
            // The body runs only when the condition holds: the other arm leaves the loop.
            inFrame(new Flow.Frame(branch(2), 0, false), () -> block(w.body()));
            popScope();
        });
        dead = before;
    }

    private void forLoop(Expr.For f) {
        boolean before = dead;
        expr(f.iterable(), Mode.VALUE);
        TypeFact element = elementOf(f.iterable());
        pushScope();
        int iter = declare("iter", Position.startOf(f.iterable().span()), loopIterator(f.iterable()), false);
        inFrame(new Flow.Frame(constructs++, 0, true), () -> {
            emitUse(iter, Flow.UseKind.BORROW);
            // `next()` returns an Option of the item; when the item needs drop, that Option is dropped only at the
            // end of the body, so it lives across the body's awaits.
            temps.push(new ArrayList<>());
            boolean generic = typeParams.contains(factOf(f.iterable()).text());
            if ((element.known() && element.needsDrop()) || generic) {
                registerTemp(f.iterable(), TypeFact.unknown("Option<" + (generic ? "<"
                        + factOf(f.iterable()).text() + " as IntoIterator>::Item" : element.text()) + ">"));
            }
            inFrame(new Flow.Frame(branch(2), 0, false), () -> {
                pushScope();
                if (enumerated(f.iterable()).isPresent() && f.pattern() instanceof Pattern.Tuple pair
                        && pair.elements().size() == 2) {
                    // `for (i, x) in xs.iter().enumerate()`: the count is a usize, the item is the inner one's.
                    declarePattern(pair.elements().get(0), TypeFact.scalar("usize"), false, false);
                    declarePattern(pair.elements().get(1), elementOf(enumerated(f.iterable()).get()), false, false);
                } else {
                    declarePattern(f.pattern(), element, false, false);
                }
                block(f.body());
                popScope();
            });
            temps.pop();
        });
        popScope();
        dead = before;
    }

    private void loop(Expr.Loop l) {
        boolean before = dead;
        int breaksBefore = breaks;
        inFrame(new Flow.Frame(constructs++, 0, true), () -> block(l.body()));
        dead = before || breaks == breaksBefore;
        breaks = breaksBefore;
    }

    // ---- nested coroutines ----

    private void asyncBlock(Expr.BlockExpr b) {
        FlowRecorder child = new FlowRecorder(shared, this::lookupForChild, true, b.isMove(), selfOwner,
                typeParams);
        Flow flow = child.record(List.of(), b.block());
        Position start = Position.startOf(b.span());
        String rustcName = asyncBlockName(b);
        shared.sink().add(new CoroutineSite(CoroutineKind.ASYNC_BLOCK, "async block@" + start, rustcName, start,
                b.span(), upvarsOf(flow, List.of()), flow, selfOwner));
        useCaptures(flow);
    }

    private void asyncClosure(Expr.Closure c) {
        FlowRecorder child = new FlowRecorder(shared, this::lookupForChild, true, c.isMove(), selfOwner,
                typeParams);
        List<ParamBinding> params = new ArrayList<>();
        List<Upvar> paramUpvars = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            ClosureParam p = c.params().get(i);
            TypeFact type = p.type().map(t -> shared.types().ofType(t, typeParams)).orElse(TypeFact.unknown());
            params.add(new ParamBinding(p.pattern(), type));
            paramUpvars.add(new Upvar(CoroutineFinder.paramUpvarName(p.pattern(), i), type));
        }
        Flow flow = child.record(params, c.body());
        Position start = Position.startOf(c.span());
        Span body = c.body().span();
        String rustcName = "{async closure body@" + fileName() + ":" + body.startLine() + ":" + body.startColumn()
                + ": " + body.endLine() + ":" + body.endColumn() + "}";
        shared.sink().add(new CoroutineSite(CoroutineKind.ASYNC_CLOSURE, "async closure@" + start, rustcName,
                start, body, upvarsOf(flow, paramUpvars), flow, selfOwner));
        useCaptures(flow);
    }

    private static List<Upvar> upvarsOf(Flow flow, List<Upvar> first) {
        List<Upvar> upvars = new ArrayList<>(first);
        for (Flow.Capture c : flow.captures()) {
            upvars.add(new Upvar(c.name(), c.type(), c.origin()));
        }
        return upvars;
    }

    /**
     * What creating a block or closure does to this body: each captured place is moved or borrowed here, and a
     * place rooted outside this body is captured by this body in turn.
     */
    private void useCaptures(Flow flow) {
        for (Flow.Capture c : flow.captures()) {
            Mode mode = c.byValue() ? Mode.VALUE : c.mutable() ? Mode.BORROW_MUT : Mode.BORROW;
            String root = c.place().root();
            if (resolve(root).isEmpty()) {
                capture(c.place(), mode);
            } else if (c.place().steps().stream().anyMatch(s -> s instanceof CapturedPlace.DerefStep)) {
                // A place behind a reference is reborrowed or copied: the reference is read, the local not borrowed.
                useName(root, Mode.READ);
            } else if (c.byValue() && !c.place().steps().isEmpty()) {
                useName(root, remainderNeedsDrop(c.place().rootType(), movedPaths(flow, root)) ? Mode.READ
                        : Mode.VALUE);
            } else {
                useName(root, mode);
            }
        }
    }

    /** The field paths of a local that a block or closure moves out (copied fields are not moved). */
    private static List<List<String>> movedPaths(Flow flow, String root) {
        List<List<String>> paths = new ArrayList<>();
        for (Flow.Capture c : flow.captures()) {
            if (c.place().root().equals(root) && c.byValue() && !c.place().type().copy()) {
                paths.add(c.place().steps().stream().map(s -> ((CapturedPlace.FieldStep) s).field()).toList());
            }
        }
        return paths;
    }

    /**
     * Whether a value with these field paths moved out still has something to drop at its scope end: then the
     * local stays alive for that drop, as after any partial move.
     */
    private boolean remainderNeedsDrop(TypeFact type, List<List<String>> moved) {
        if (moved.isEmpty()) {
            return type.needsDrop();
        }
        if (moved.stream().anyMatch(List::isEmpty)) {
            return false;
        }
        Optional<java.util.LinkedHashMap<String, TypeFact>> fields = shared.types().fieldsOfValue(type, selfOwner);
        if (fields.isEmpty()) {
            return type.needsDrop();
        }
        for (Map.Entry<String, TypeFact> f : fields.get().entrySet()) {
            List<List<String>> below = moved.stream().filter(p -> p.getFirst().equals(f.getKey()))
                    .map(p -> p.subList(1, p.size())).toList();
            if (remainderNeedsDrop(f.getValue(), below)) {
                return true;
            }
        }
        return false;
    }

    // ---- captures: edition 2021 captures places, not variables ----

    /**
     * A place rooted at a variable of an enclosing body. {@code open} while its projections can still be
     * followed; {@code overloaded} when a deref on the way is a {@code Deref} impl's method, which borrows the
     * place before it.
     */
    private record OuterPlace(CapturedPlace place, boolean open, boolean overloaded) {
    }

    private Optional<OuterPlace> outerPlace(Expr e) {
        return switch (e) {
            case Expr.PathExpr p when p.path().segments().size() == 1 && p.path().qualifiedSelf().isEmpty() -> {
                String name = p.path().segments().getFirst().name().name();
                yield resolve(name).isPresent() ? Optional.empty()
                        : outer.lookup(name).map(t -> new OuterPlace(CapturedPlace.of(name, t), true, false));
            }
            case Expr.Paren p -> outerPlace(p.expr());
            case Expr.Field f -> outerPlace(f.expr()).map(base -> field(base, f.field().name()));
            case Expr.TupleIndex t -> outerPlace(t.expr()).map(base -> field(base, Integer.toString(t.index())));
            case Expr.Unary u when u.op() == UnaryOp.DEREF -> outerPlace(u.operand()).map(this::deref);
            default -> Optional.empty();
        };
    }

    /** A field access: references and boxes are dereferenced automatically until the value with the field. */
    private OuterPlace field(OuterPlace base, String field) {
        OuterPlace at = base;
        while (at.open() && (at.place().type().reference() || TypeInference.isBox(at.place().type()))) {
            at = deref(at);
        }
        if (!at.open()) {
            return at;
        }
        TypeFact owner = at.place().type();
        Optional<java.util.LinkedHashMap<String, TypeFact>> fields = shared.types().fieldsOfValue(owner, selfOwner);
        if ((fields.isEmpty() || !fields.get().containsKey(field)) && owner.known()) {
            return new OuterPlace(at.place(), false, true);
        }
        int index = fields.map(f -> List.copyOf(f.keySet()).indexOf(field)).orElse(-1);
        TypeFact reached = fields.map(f -> f.get(field)).orElse(TypeFact.unknown());
        return new OuterPlace(at.place().then(new CapturedPlace.FieldStep(field, index, reached)), true, false);
    }

    private OuterPlace deref(OuterPlace base) {
        if (!base.open()) {
            return base;
        }
        TypeFact pointer = base.place().type();
        if (!pointer.reference() && !TypeInference.isBox(pointer)) {
            return new OuterPlace(base.place(), false, true);
        }
        Optional<TypeFact> pointee = shared.types().pointeeOf(pointer);
        return new OuterPlace(base.place().then(new CapturedPlace.DerefStep(pointee.orElse(TypeFact.unknown()))),
                pointee.isPresent(), false);
    }

    /** Records one use of a place of an enclosing body, made as coarse as rustc makes it. */
    private void capture(CapturedPlace place, Mode mode) {
        boolean byValue = mode == Mode.VALUE && !place.type().copy();
        boolean mutable = mode == Mode.WRITE || mode == Mode.BORROW_MUT;
        CapturedPlace.Captured c = place.captured(byValue, moveCaptures,
                t -> shared.types().implementsDrop(t, selfOwner));
        addCapture(new Flow.Capture(c.place(), c.byValue(), mutable && !c.byValue()));
    }

    /** A place that another captured place covers is served by it; the wider one takes the stronger mode. */
    private void addCapture(Flow.Capture added) {
        for (int i = 0; i < captures.size(); i++) {
            Flow.Capture existing = captures.get(i);
            if (existing.place().covers(added.place())) {
                captures.set(i, existing.absorbing(added));
                return;
            }
        }
        Flow.Capture merged = added;
        int at = -1;
        for (int i = captures.size() - 1; i >= 0; i--) {
            if (added.place().covers(captures.get(i).place())) {
                merged = merged.absorbing(captures.remove(i));
                at = i;
            }
        }
        if (at < 0) {
            at = captures.size();
            for (int i = 0; i < captures.size(); i++) {
                if (captures.get(i).place().root().equals(added.place().root())) {
                    at = i + 1;
                }
            }
        }
        captures.add(at, merged);
        sortWithinRoot(merged.place().root());
    }

    private void sortWithinRoot(String root) {
        List<Integer> slots = new ArrayList<>();
        List<Flow.Capture> same = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) {
            if (captures.get(i).place().root().equals(root)) {
                slots.add(i);
                same.add(captures.get(i));
            }
        }
        same.sort((a, b) -> CapturedPlace.compareFieldOrder(a.place(), b.place()));
        for (int i = 0; i < slots.size(); i++) {
            captures.set(slots.get(i), same.get(i));
        }
    }


    private Optional<TypeFact> lookupForChild(String name) {
        Optional<Integer> id = resolve(name);
        if (id.isPresent()) {
            return Optional.of(bindings.get(id.get()).type());
        }
        return outer.lookup(name);
    }

    private Span asyncKeywords(Span block, boolean isMove) {
        String text = shared.source().text();
        int end = Math.min(text.length(), block.startOffset() + "async".length());
        if (isMove) {
            int i = end;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("move", i)) {
                end = i + "move".length();
            }
        }
        return shared.source().span(block.startOffset(), end);
    }

    private String fileName() {
        String name = shared.source().name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    // ---- bindings ----

    private void declarePattern(Pattern p, TypeFact type, boolean byReference, boolean parameter) {
        switch (p) {
            case Pattern.Binding b -> {
                String name = b.name().name();
                if (b.subpattern().isEmpty() && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    return;
                }
                TypeFact own = b.byRef() || byReference
                        ? TypeFact.reference("&" + type.text(), type.send(), type.whyNotSend())
                        : type;
                declare(name, Position.startOf(b.name().span()), own, parameter);
                b.subpattern().ifPresent(sub -> declarePattern(sub, type, byReference, parameter));
            }
            case Pattern.Tuple t -> {
                TypeFact part = partOf(type);
                for (Pattern e : t.elements()) {
                    declarePattern(e, part, byReference, parameter);
                }
            }
            case Pattern.TupleStruct ts -> {
                List<PathSegment> segments = ts.path().segments();
                for (int i = 0; i < ts.elements().size(); i++) {
                    TypeFact field = fieldType(segments, i, "", type);
                    declarePattern(ts.elements().get(i), field, byReference, parameter);
                }
            }
            case Pattern.Struct s -> {
                for (FieldPattern f : s.fields()) {
                    TypeFact field = fieldType(s.path().segments(), -1, f.field().name(), type);
                    declarePattern(f.pattern(), field, byReference, parameter);
                }
            }
            case Pattern.Reference r -> declarePattern(r.pattern(), partOf(type), false, parameter);
            case Pattern.Or o -> {
                if (!o.alternatives().isEmpty()) {
                    declarePattern(o.alternatives().getFirst(), type, byReference, parameter);
                }
            }
            case Pattern.Paren paren -> declarePattern(paren.pattern(), type, byReference, parameter);
            case Pattern.Slice s -> {
                for (Pattern e : s.elements()) {
                    declarePattern(e, TypeFact.unknown(), byReference, parameter);
                }
            }
            default -> {
            }
        }
    }

    private static TypeFact partOf(TypeFact whole) {
        if (whole.known() && whole.copy()) {
            return new TypeFact("_", true, false, whole.send(), false, false, whole.whyNotSend());
        }
        return TypeFact.unknown();
    }

    private TypeFact fieldType(List<PathSegment> segments, int position, String field, TypeFact scrutinee) {
        if (segments.isEmpty()) {
            return TypeFact.unknown();
        }
        String last = segments.getLast().name().name();
        if (segments.size() == 1 && (last.equals("Some") || last.equals("Ok") || last.equals("Err"))) {
            return partOf(scrutinee);
        }
        Optional<TypeFact> fact = segments.size() >= 2
                ? shared.types().fieldOf(adtName(segments.get(segments.size() - 2).name().name()), last, position,
                field)
                : shared.types().fieldOf(adtName(last), "", position, field);
        return fact.orElse(TypeFact.unknown());
    }

    private String adtName(String name) {
        return name.equals("Self") ? selfOwner : name;
    }

    /**
     * The type of a {@code for} loop's hidden iterator, {@code IntoIterator::into_iter} of the iterable, for the
     * iterables whose iterator the file tells: a range, a {@code Vec} or array by value, {@code .iter()} and
     * {@code .iter_mut()} of one. Others stay assumed, as rustc's conservative answer.
     */
    private TypeFact loopIterator(Expr iterable) {
        Expr bare = withoutParens(iterable);
        if (bare instanceof Expr.Range r && r.start().isPresent() && r.end().isPresent()) {
            TypeFact end = factOf(r.end().get());
            TypeFact bound = end.known() && end.copy() && !end.reference() ? end : factOf(r.start().get());
            String range = r.limits() == RangeLimits.CLOSED ? "std::ops::RangeInclusive<" : "std::ops::Range<";
            return new TypeFact(range + bound.text() + ">", false, false, true, false, !bound.known(), "");
        }
        if (bare instanceof Expr.MethodCall m && m.args().isEmpty()
                && (m.method().name().equals("iter") || m.method().name().equals("iter_mut"))) {
            Optional<String> element = elementText(factOf(m.receiver()));
            if (element.isPresent()) {
                boolean mutable = m.method().name().equals("iter_mut");
                return new TypeFact("std::slice::" + (mutable ? "IterMut" : "Iter") + "<'_, " + element.get() + ">",
                        false, false, true, false, false, "");
            }
        }
        Optional<Expr> inner = enumerated(bare);
        if (inner.isPresent()) {
            TypeFact wrapped = loopIterator(inner.get());
            if (wrapped.known()) {
                return new TypeFact("std::iter::Enumerate<" + wrapped.text() + ">", false, wrapped.needsDrop(),
                        wrapped.send(), false, false, wrapped.whyNotSend());
            }
        }
        TypeFact source = factOf(bare);
        if (!source.reference() && source.known() && elementText(source).isPresent()
                && (source.text().startsWith("Vec<") || source.text().contains(";"))) {
            String element = elementText(source).get();
            if (source.text().startsWith("Vec<")) {
                return new TypeFact("std::vec::IntoIter<" + element + ">", false, true, source.send(), false, false,
                        source.whyNotSend());
            }
            String length = source.text().substring(source.text().lastIndexOf(';') + 1, source.text().length() - 1)
                    .strip();
            return new TypeFact("std::array::IntoIter<" + element + ", " + length + ">", false, source.needsDrop(),
                    source.send(), false, false, source.whyNotSend());
        }
        return TypeFact.unknown("iterator over " + text(iterable.span()));
    }

    private static Expr withoutParens(Expr e) {
        Expr bare = e;
        while (bare instanceof Expr.Paren p) {
            bare = p.expr();
        }
        return bare;
    }

    /** The iterator that {@code .enumerate()} wraps, when the expression is such a call. */
    private static Optional<Expr> enumerated(Expr iterable) {
        Expr bare = withoutParens(iterable);
        return bare instanceof Expr.MethodCall m && m.method().name().equals("enumerate") && m.args().isEmpty()
                ? Optional.of(m.receiver()) : Optional.empty();
    }

    /** The element type of a {@code Vec<T>}, {@code [T; N]} or {@code [T]}, seen through references. */
    private static Optional<String> elementText(TypeFact collection) {
        String text = collection.text().replaceFirst("^&(mut )?", "");
        if (text.startsWith("Vec<") && text.endsWith(">") && !text.contains("_")) {
            return Optional.of(text.substring(4, text.length() - 1));
        }
        if (text.startsWith("[") && text.endsWith("]") && !text.contains("_") && !text.contains("?")) {
            int semicolon = text.lastIndexOf(';');
            return Optional.of(text.substring(1, semicolon < 0 ? text.length() - 1 : semicolon).strip());
        }
        return Optional.empty();
    }

    private TypeFact elementOf(Expr iterable) {
        return switch (iterable) {
            case Expr.Range r -> TypeFact.scalar("integer");
            case Expr.Paren p -> elementOf(p.expr());
            case Expr.Array a when !a.elements().isEmpty() -> factOf(a.elements().getFirst());
            case Expr.MethodCall m when (m.method().name().equals("iter") || m.method().name().equals("iter_mut"))
                    && elementText(factOf(m.receiver())).isPresent() -> {
                boolean mutable = m.method().name().equals("iter_mut");
                String item = (mutable ? "&mut " : "&") + elementText(factOf(m.receiver())).get();
                yield new TypeFact(item, !mutable, false, true, true, false, "");
            }
            case Expr.MethodCall m -> switch (m.method().name()) {
                case "iter", "iter_mut", "keys", "values", "chars", "bytes", "lines", "split", "split_whitespace",
                     "windows", "chunks", "char_indices" ->
                        new TypeFact("&_", !m.method().name().equals("iter_mut"), false, true, true, false, "");
                case "enumerate", "rev", "skip", "take", "step_by", "zip", "chain" -> {
                    TypeFact inner = elementOf(m.receiver());
                    yield inner.known() && inner.copy() ? new TypeFact("_", true, false, true, false, false, "")
                            : TypeFact.unknown();
                }
                case "into_iter" -> elementOf(m.receiver());
                default -> TypeFact.unknown();
            };
            case Expr.Borrow b -> new TypeFact("&_", !b.mutable(), false, true, true, false, "");
            case Expr.PathExpr p -> {
                TypeFact t = factOf(p);
                if (t.reference()) {
                    yield new TypeFact("&_", true, false, true, true, false, "");
                }
                String text = t.text();
                String element = text.startsWith("Vec<") && text.endsWith(">")
                        ? text.substring(4, text.length() - 1)
                        : text.startsWith("[") && text.contains(";") ? text.substring(1, text.lastIndexOf(';'))
                        : "";
                yield element.matches("[iu](8|16|32|64|128|size)|f32|f64|bool|char|&.*")
                        ? new TypeFact(element, true, false, true, element.startsWith("&"), false, "")
                        : TypeFact.unknown();
            }
            default -> TypeFact.unknown();
        };
    }

    private int declare(String name, Position at, TypeFact type, boolean parameter) {
        int id = bindings.size();
        bindings.add(new Flow.Binding(id, name, at, type, parameter));
        bindingClosureDepth.add(closures.size());
        scopes.peek().put(name, id);
        scopeOrder.peek().add(id);
        events.add(new Flow.Declared(id, ++seq, context()));
        return id;
    }

    private Optional<Integer> resolve(String name) {
        for (Map<String, Integer> scope : scopes) {
            Integer id = scope.get(name);
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private void useName(String name, Mode mode) {
        Optional<Integer> id = resolve(name);
        if (id.isPresent()) {
            Flow.Binding b = bindings.get(id.get());
            Flow.UseKind kind = switch (mode) {
                case VALUE -> b.type().copy() ? Flow.UseKind.READ : Flow.UseKind.MOVE;
                case READ -> Flow.UseKind.READ;
                case BORROW, BORROW_MUT -> Flow.UseKind.BORROW;
                case WRITE -> Flow.UseKind.WRITE;
            };
            if (bindingClosureDepth.get(id.get()) < closures.size()) {
                boolean move = Boolean.TRUE.equals(closures.peek());
                kind = move ? (b.type().copy() ? Flow.UseKind.READ : Flow.UseKind.MOVE)
                        : (kind == Flow.UseKind.MOVE ? Flow.UseKind.MOVE : Flow.UseKind.BORROW);
            }
            emitUse(id.get(), kind);
            return;
        }
        outer.lookup(name).ifPresent(type -> capture(CapturedPlace.of(name, type), mode));
    }

    private void emitUse(int binding, Flow.UseKind kind) {
        events.add(new Flow.Used(binding, kind, ++seq, context()));
    }

    private void pushScope() {
        scopes.push(new HashMap<>());
        scopeOrder.push(new ArrayList<>());
    }

    private void popScope() {
        List<Integer> order = scopeOrder.pop();
        scopes.pop();
        for (int i = order.size() - 1; i >= 0; i--) {
            events.add(new Flow.ScopeEnded(order.get(i), ++seq, context()));
        }
    }

    private int branch(int arms) {
        int construct = constructs++;
        branchArms.put(construct, arms);
        return construct;
    }

    private void inFrame(Flow.Frame frame, Runnable body) {
        frames.add(frame);
        body.run();
        frames.removeLast();
    }

    private List<Flow.Frame> context() {
        return List.copyOf(frames);
    }

    private Optional<PendingTemp> registerTemp(Expr e, TypeFact type) {
        if (temps.isEmpty() || e instanceof Expr.Literal) {
            return Optional.empty();
        }
        PendingTemp temp = new PendingTemp(text(e.span()), Position.startOf(e.span()), type, ++seq);
        temps.peek().add(temp);
        return Optional.of(temp);
    }

    /** rustc's name of an async block's type, which names the block's keywords: {@code {async block@a.rs:3:5: 3:15}}. */
    private String asyncBlockName(Expr.BlockExpr b) {
        Span keywords = asyncKeywords(b.span(), b.isMove());
        return "{async block@" + fileName() + ":" + Position.startOf(b.span()) + ": " + keywords.endLine() + ":"
                + keywords.endColumn() + "}";
    }

    private TypeFact factOf(Expr e) {
        Expr bare = withoutParens(e);
        if (bare instanceof Expr.BlockExpr b && b.kind() == BlockKind.ASYNC) {
            return TypeFact.future(asyncBlockName(b));
        }
        return shared.types().ofExpr(e, this::lookupFact, selfOwner);
    }

    private Optional<TypeFact> lookupFact(String name) {
        Optional<Integer> id = resolve(name);
        return id.isPresent() ? Optional.of(bindings.get(id.get()).type()) : outer.lookup(name);
    }

    private String text(Span span) {
        String source = shared.source().text();
        int start = Math.min(span.startOffset(), source.length());
        int end = Math.min(span.endOffset(), source.length());
        return source.substring(start, end).replaceAll("\\s+", " ").trim();
    }
}
