package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/**
 * An expression. Precedence is already resolved: {@code a + b * c} is a {@link Binary} whose right operand is the
 * product. Parentheses stay visible as {@link Paren} so that spans and printing follow the source.
 */
public sealed interface Expr extends Node {

    /** {@code text} is the literal as written, suffix included: {@code 1_000u64}, {@code r#"x"#}, {@code 'a'}. */
    record Literal(LitKind kind, String text, Span span) implements Expr {
    }

    /** A variable, constant, function or unit struct named by a path: {@code x}, {@code Vec::<u8>::new}. */
    record PathExpr(Path path, Span span) implements Expr {
    }

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {
    }

    /** {@code &x}, {@code &mut x}, {@code &raw const x}, {@code &raw mut x}. */
    record Borrow(boolean mutable, boolean raw, Expr operand, Span span) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
    }

    record Assign(Expr target, Expr value, Span span) implements Expr {
    }

    /** {@code x += 1} has the operator {@link BinaryOp#ADD}. */
    record CompoundAssign(BinaryOp op, Expr target, Expr value, Span span) implements Expr {
    }

    /** All six forms: {@code ..}, {@code a..}, {@code ..b}, {@code a..b}, {@code ..=b}, {@code a..=b}. */
    record Range(Optional<Expr> start, Optional<Expr> end, RangeLimits limits, Span span) implements Expr {
    }

    record Cast(Expr expr, Type type, Span span) implements Expr {
    }

    /** {@code expr?}. */
    record Try(Expr expr, Span span) implements Expr {
    }

    /** {@code expr.await}: a suspension point of the enclosing async body. */
    record Await(Expr expr, Span span) implements Expr {
    }

    /** {@code receiver.method::<T>(args)}; {@code turbofish} is empty when not written. */
    record MethodCall(Expr receiver, Ident method, List<GenericArg> turbofish, List<Expr> args, Span span)
            implements Expr {
        public MethodCall {
            turbofish = List.copyOf(turbofish);
            args = List.copyOf(args);
        }
    }

    record Field(Expr expr, Ident field, Span span) implements Expr {
    }

    /** {@code x.0}; {@code x.0.1} is two of them. */
    record TupleIndex(Expr expr, int index, Span span) implements Expr {
    }

    record Index(Expr expr, Expr index, Span span) implements Expr {
    }

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code async move |x: u8| -> u8 { x }}. */
    record Closure(boolean isAsync, boolean isMove, List<ClosureParam> params, Optional<Type> returnType, Expr body,
            Span span) implements Expr {
        public Closure {
            params = List.copyOf(params);
        }
    }

    /** A block in expression position: plain, labeled {@code 'a: {}}, {@code async move {}}, {@code unsafe {}}, {@code const {}}. */
    record BlockExpr(Optional<Lifetime> label, BlockKind kind, boolean isMove, Block block, Span span) implements Expr {
    }

    /** {@code if cond {} else ...}; the else branch is a {@link BlockExpr} or another {@link If}. */
    record If(Expr condition, Block then, Optional<Expr> orElse, Span span) implements Expr {
    }

    /** {@code let pattern = expr} as a condition of {@code if} or {@code while}, possibly inside an {@code &&} chain. */
    record Let(Pattern pattern, Expr scrutinee, Span span) implements Expr {
    }

    record Match(Expr scrutinee, List<MatchArm> arms, Span span) implements Expr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    /** {@code while cond {}} and {@code while let p = e {}} (the condition is then a {@link Let}). */
    record While(Optional<Lifetime> label, Expr condition, Block body, Span span) implements Expr {
    }

    record For(Optional<Lifetime> label, Pattern pattern, Expr iterable, Block body, Span span) implements Expr {
    }

    record Loop(Optional<Lifetime> label, Block body, Span span) implements Expr {
    }

    record Break(Optional<Lifetime> label, Optional<Expr> value, Span span) implements Expr {
    }

    record Continue(Optional<Lifetime> label, Span span) implements Expr {
    }

    record Return(Optional<Expr> value, Span span) implements Expr {
    }

    /** {@code Path { a, b: 1, ..base }}. */
    record StructLit(Path path, List<FieldInit> fields, Optional<Expr> base, Span span) implements Expr {
        public StructLit {
            fields = List.copyOf(fields);
        }
    }

    /** {@code (a, b)}, {@code (a,)} and the unit value {@code ()}. */
    record Tuple(List<Expr> elements, Span span) implements Expr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    record Array(List<Expr> elements, Span span) implements Expr {
        public Array {
            elements = List.copyOf(elements);
        }
    }

    /** {@code [element; count]}. */
    record ArrayRepeat(Expr element, Expr count, Span span) implements Expr {
    }

    record Macro(MacroCall call, Span span) implements Expr {
    }

    record Paren(Expr expr, Span span) implements Expr {
    }

    /** {@code _} on the left of a destructuring assignment. */
    record Underscore(Span span) implements Expr {
    }

    /** Stands where an expression did not parse. */
    record Error(Span span) implements Expr {
    }
}
