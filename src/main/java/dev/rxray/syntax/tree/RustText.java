package dev.rxray.syntax.tree;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Renders types, paths, generics, bounds and simple expressions back to normalised Rust text, for outlines and
 * labels: {@code impl<T: Display> Display for Wrapper<T>}. Spacing is canonical, not the source's. Expressions
 * other than literals, paths, operators and small blocks render as {@code ..}. Nesting deeper than
 * {@value #MAX_DEPTH} renders as {@code ..}, which keeps pathological inputs from exhausting the stack.
 */
public final class RustText {
    static final int MAX_DEPTH = 200;
    private static final String ELIDED = "..";

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private RustText() {
    }

    public static String of(Type type) {
        return render(type, RustText::type);
    }

    public static String of(Path path) {
        return render(path, RustText::path);
    }

    public static String of(Expr expr) {
        return render(expr, RustText::expr);
    }

    public static String of(TypeBound bound) {
        return render(bound, RustText::bound);
    }

    public static String of(UseTree tree) {
        return render(tree, RustText::useTree);
    }

    /** The parameter list {@code <'a, T: Clone = u8, const N: usize>}, or the empty string when there is none. */
    public static String params(Generics generics) {
        return generics.params().isEmpty() ? "" : render(generics, RustText::genericParams);
    }

    private static <T> String render(T node, BiConsumer<RustText, T> how) {
        RustText text = new RustText();
        how.accept(text, node);
        return text.out.toString();
    }

    private boolean enter() {
        if (depth >= MAX_DEPTH) {
            out.append(ELIDED);
            return false;
        }
        depth++;
        return true;
    }

    private void genericParams(Generics generics) {
        out.append('<');
        join(generics.params(), ", ", this::genericParam);
        out.append('>');
    }

    private void genericParam(GenericParam param) {
        switch (param) {
            case GenericParam.LifetimeParam p -> {
                out.append(p.lifetime().name());
                if (!p.bounds().isEmpty()) {
                    out.append(": ");
                    join(p.bounds(), " + ", l -> out.append(l.name()));
                }
            }
            case GenericParam.TypeParam p -> {
                out.append(p.name().text());
                bounds(": ", p.bounds());
                p.defaultType().ifPresent(t -> {
                    out.append(" = ");
                    type(t);
                });
            }
            case GenericParam.ConstParam p -> {
                out.append("const ").append(p.name().text()).append(": ");
                type(p.type());
                p.defaultValue().ifPresent(e -> {
                    out.append(" = ");
                    expr(e);
                });
            }
        }
    }

    private void bounds(String lead, List<TypeBound> bounds) {
        if (!bounds.isEmpty()) {
            out.append(lead);
            join(bounds, " + ", this::bound);
        }
    }

    private void bound(TypeBound bound) {
        switch (bound) {
            case TypeBound.LifetimeBound b -> out.append(b.lifetime().name());
            case TypeBound.PreciseCapture b -> {
                out.append("use<");
                join(b.args(), ", ", this::genericArg);
                out.append('>');
            }
            case TypeBound.TraitBound b -> {
                if (b.parenthesized()) {
                    out.append('(');
                }
                out.append(b.modifier().prefix());
                forLifetimes(b.forLifetimes());
                path(b.path());
                if (b.parenthesized()) {
                    out.append(')');
                }
            }
        }
    }

    private void forLifetimes(List<Lifetime> lifetimes) {
        if (!lifetimes.isEmpty()) {
            out.append("for<");
            join(lifetimes, ", ", l -> out.append(l.name()));
            out.append("> ");
        }
    }

    private void path(Path path) {
        if (!enter()) {
            return;
        }
        path.qualifiedSelf().ifPresent(q -> {
            out.append('<');
            type(q.type());
            q.trait().ifPresent(t -> {
                out.append(" as ");
                path(t);
            });
            out.append('>');
            if (!path.segments().isEmpty()) {
                out.append("::");
            }
        });
        if (path.global()) {
            out.append("::");
        }
        join(path.segments(), "::", segment -> {
            out.append(segment.name().text());
            segment.args().ifPresent(this::genericArgs);
        });
        depth--;
    }

    private void genericArgs(GenericArgs args) {
        switch (args) {
            case GenericArgs.Angle a -> {
                out.append('<');
                join(a.args(), ", ", this::genericArg);
                out.append('>');
            }
            case GenericArgs.Parenthesized p -> {
                out.append('(');
                join(p.inputs(), ", ", this::type);
                out.append(')');
                p.output().ifPresent(t -> {
                    out.append(" -> ");
                    type(t);
                });
            }
        }
    }

    private void genericArg(GenericArg arg) {
        switch (arg) {
            case GenericArg.LifetimeArg a -> out.append(a.lifetime().name());
            case GenericArg.TypeArg a -> type(a.type());
            case GenericArg.ConstArg a -> expr(a.value());
            case GenericArg.Binding a -> {
                out.append(a.name().text());
                a.args().ifPresent(this::genericArgs);
                out.append(" = ");
                type(a.type());
            }
            case GenericArg.Constraint a -> {
                out.append(a.name().text());
                a.args().ifPresent(this::genericArgs);
                bounds(": ", a.bounds());
            }
        }
    }

    private void type(Type type) {
        if (!enter()) {
            return;
        }
        switch (type) {
            case Type.PathType t -> path(t.path());
            case Type.Reference t -> {
                out.append('&');
                t.lifetime().ifPresent(l -> out.append(l.name()).append(' '));
                if (t.mutable()) {
                    out.append("mut ");
                }
                type(t.type());
            }
            case Type.RawPointer t -> {
                out.append(t.mutable() ? "*mut " : "*const ");
                type(t.type());
            }
            case Type.FnPointer t -> {
                forLifetimes(t.forLifetimes());
                if (t.unsafe()) {
                    out.append("unsafe ");
                }
                if (t.extern()) {
                    out.append(t.abi().isEmpty() ? "extern " : "extern \"" + t.abi() + "\" ");
                }
                out.append("fn(");
                join(t.params(), ", ", p -> {
                    p.name().ifPresent(n -> out.append(n.text()).append(": "));
                    type(p.type());
                });
                if (t.variadic()) {
                    out.append(t.params().isEmpty() ? "..." : ", ...");
                }
                out.append(')');
                t.returnType().ifPresent(r -> {
                    out.append(" -> ");
                    type(r);
                });
            }
            case Type.TraitObject t -> {
                if (t.dyn()) {
                    out.append("dyn ");
                }
                join(t.bounds(), " + ", this::bound);
            }
            case Type.ImplTrait t -> {
                out.append("impl ");
                join(t.bounds(), " + ", this::bound);
            }
            case Type.Tuple t -> {
                out.append('(');
                join(t.elements(), ", ", this::type);
                if (t.elements().size() == 1) {
                    out.append(',');
                }
                out.append(')');
            }
            case Type.Array t -> {
                out.append('[');
                type(t.element());
                out.append("; ");
                expr(t.length());
                out.append(']');
            }
            case Type.Slice t -> {
                out.append('[');
                type(t.element());
                out.append(']');
            }
            case Type.Never t -> out.append('!');
            case Type.Infer t -> out.append('_');
            case Type.Macro t -> macro(t.call());
            case Type.Paren t -> {
                out.append('(');
                type(t.type());
                out.append(')');
            }
            case Type.Error t -> out.append(ELIDED);
        }
        depth--;
    }

    private void macro(MacroCall call) {
        path(call.path());
        out.append('!').append(call.tokens().delimiter().open()).append(call.tokens().text())
                .append(call.tokens().delimiter().close());
    }

    private void expr(Expr expr) {
        if (!enter()) {
            return;
        }
        switch (expr) {
            case Expr.Literal e -> out.append(e.text());
            case Expr.PathExpr e -> path(e.path());
            case Expr.Unary e -> {
                out.append(e.op().symbol());
                expr(e.operand());
            }
            case Expr.Binary e -> {
                expr(e.left());
                out.append(' ').append(e.op().symbol()).append(' ');
                expr(e.right());
            }
            case Expr.Paren e -> {
                out.append('(');
                expr(e.expr());
                out.append(')');
            }
            case Expr.BlockExpr e when e.kind() == BlockKind.PLAIN && e.block().statements().isEmpty()
                    && e.block().tail().isPresent() -> {
                out.append("{ ");
                expr(e.block().tail().get());
                out.append(" }");
            }
            case Expr.Call e -> {
                expr(e.callee());
                out.append('(');
                join(e.args(), ", ", this::expr);
                out.append(')');
            }
            case Expr.Field e -> {
                expr(e.expr());
                out.append('.').append(e.field().text());
            }
            case Expr.Cast e -> {
                expr(e.expr());
                out.append(" as ");
                type(e.type());
            }
            case Expr.Macro e -> macro(e.call());
            case Expr.Underscore e -> out.append('_');
            default -> out.append(ELIDED);
        }
        depth--;
    }

    private void useTree(UseTree tree) {
        if (!enter()) {
            return;
        }
        switch (tree) {
            case UseTree.Simple t -> {
                path(t.path());
                t.rename().ifPresent(r -> out.append(" as ").append(r.text()));
            }
            case UseTree.Glob t -> {
                t.prefix().ifPresent(this::usePrefix);
                out.append('*');
            }
            case UseTree.Nested t -> {
                t.prefix().ifPresent(this::usePrefix);
                out.append('{');
                join(t.trees(), ", ", this::useTree);
                out.append('}');
            }
        }
        depth--;
    }

    private void usePrefix(Path prefix) {
        if (prefix.segments().isEmpty()) {
            out.append(prefix.global() ? "::" : "");
            return;
        }
        path(prefix);
        out.append("::");
    }

    private <T> void join(List<T> items, String separator, java.util.function.Consumer<T> each) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            each.accept(items.get(i));
        }
    }
}
