package dev.rxray.analysis.async;

import dev.rxray.syntax.tree.BinaryOp;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.FieldInit;
import dev.rxray.syntax.tree.MacroArgs;
import dev.rxray.syntax.tree.MatchArm;
import dev.rxray.syntax.tree.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Questions about an expression's subtree that the recorder asks before evaluating it: does an {@code .await} of
 * the same coroutine occur inside (nested async blocks and closures have their own), and is a condition a
 * {@code let} test. Iterative, so deep expressions cannot overflow the stack.
 */
final class AwaitScan {
    private AwaitScan() {
    }

    static boolean contains(Expr root) {
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof Block b) {
                for (Stmt s : b.statements()) {
                    switch (s) {
                        case Stmt.Local l -> {
                            l.init().ifPresent(work::push);
                            l.elseBlock().ifPresent(work::push);
                        }
                        case Stmt.ExprStmt e -> work.push(e.expr());
                        case Stmt.MacroStmt m -> pushMacro(work, m.call().args());
                        default -> {
                        }
                    }
                }
                b.tail().ifPresent(work::push);
                continue;
            }
            Expr e = (Expr) next;
            switch (e) {
                case Expr.Await a -> {
                    return true;
                }
                case Expr.Closure c -> {
                }
                case Expr.BlockExpr b -> {
                    if (b.kind() != BlockKind.ASYNC) {
                        work.push(b.block());
                    }
                }
                case Expr.Paren p -> work.push(p.expr());
                case Expr.Unary u -> work.push(u.operand());
                case Expr.Borrow b -> work.push(b.operand());
                case Expr.Binary b -> {
                    work.push(b.left());
                    work.push(b.right());
                }
                case Expr.Assign a -> {
                    work.push(a.target());
                    work.push(a.value());
                }
                case Expr.CompoundAssign c -> {
                    work.push(c.target());
                    work.push(c.value());
                }
                case Expr.Range r -> {
                    r.start().ifPresent(work::push);
                    r.end().ifPresent(work::push);
                }
                case Expr.Cast c -> work.push(c.expr());
                case Expr.Try t -> work.push(t.expr());
                case Expr.MethodCall m -> {
                    work.push(m.receiver());
                    m.args().forEach(work::push);
                }
                case Expr.Field f -> work.push(f.expr());
                case Expr.TupleIndex t -> work.push(t.expr());
                case Expr.Index i -> {
                    work.push(i.expr());
                    work.push(i.index());
                }
                case Expr.Call c -> {
                    work.push(c.callee());
                    c.args().forEach(work::push);
                }
                case Expr.If i -> {
                    work.push(i.condition());
                    work.push(i.then());
                    i.orElse().ifPresent(work::push);
                }
                case Expr.Let l -> work.push(l.scrutinee());
                case Expr.Match m -> {
                    work.push(m.scrutinee());
                    for (MatchArm arm : m.arms()) {
                        arm.guard().ifPresent(work::push);
                        work.push(arm.body());
                    }
                }
                case Expr.While w -> {
                    work.push(w.condition());
                    work.push(w.body());
                }
                case Expr.For f -> {
                    work.push(f.iterable());
                    work.push(f.body());
                }
                case Expr.Loop l -> work.push(l.body());
                case Expr.Break b -> b.value().ifPresent(work::push);
                case Expr.Return r -> r.value().ifPresent(work::push);
                case Expr.StructLit s -> {
                    s.fields().stream().map(FieldInit::value).forEach(work::push);
                    s.base().ifPresent(work::push);
                }
                case Expr.Tuple t -> t.elements().forEach(work::push);
                case Expr.Array a -> a.elements().forEach(work::push);
                case Expr.ArrayRepeat r -> {
                    work.push(r.element());
                    work.push(r.count());
                }
                case Expr.Macro m -> pushMacro(work, m.call().args());
                default -> {
                }
            }
        }
        return false;
    }

    private static void pushMacro(Deque<Object> work, MacroArgs args) {
        switch (args) {
            case MacroArgs.Exprs e -> e.exprs().forEach(work::push);
            case MacroArgs.Repeat r -> {
                work.push(r.element());
                work.push(r.count());
            }
            case MacroArgs.Matches m -> {
                work.push(m.scrutinee());
                m.guard().ifPresent(work::push);
            }
            case MacroArgs.Opaque o -> {
            }
        }
    }

    /** Whether a condition is or contains (through {@code &&} chains) a {@code let} test. */
    static boolean hasLet(Expr condition) {
        return switch (condition) {
            case Expr.Let l -> true;
            case Expr.Paren p -> hasLet(p.expr());
            case Expr.Binary b when b.op() == BinaryOp.AND -> hasLet(b.left()) || hasLet(b.right());
            default -> false;
        };
    }
}
