package dev.rxray.analysis.async.desugar;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.analysis.async.step.BodyLocator;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.MatchArm;
import dev.rxray.syntax.tree.Node;
import dev.rxray.syntax.tree.Stmt;
import dev.rxray.syntax.tree.SyntaxChildren;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pass 1, input: the syntax tree and one machine; output: where the desugared text is cut. The body's inside (between
 * its braces), its tail expression, its own {@code return}s, and for each suspend point the {@code .await}
 * expression, the awaited expression, the statement it sits in and the loops and branches around that statement.
 * Awaits and returns of nested closures, async blocks and items belong to other bodies and are left out.
 *
 * @param content    the text inside the body's braces (the whole expression for a closure without braces)
 * @param tail       the body block's tail expression, or {@link DesugaredLine#NO_SOURCE}
 * @param endsInReturn whether the body ends with a {@code return} statement (so nothing follows it)
 * @param returnType the async fn's declared return type as written, or empty
 */
record BodyCuts(Span content, Span tail, boolean endsInReturn, String returnType, List<AwaitCut> awaits,
                List<ReturnCut> returns) {
    BodyCuts {
        awaits = List.copyOf(awaits);
        returns = List.copyOf(returns);
    }

    /**
     * One suspend point in the source.
     *
     * @param expression the whole {@code awaitee.await} expression
     * @param awaitee    the awaited expression
     * @param statement  the innermost statement, block tail or match-arm body holding the await
     * @param around     the loops and branches between the body and that statement, outermost first
     */
    record AwaitCut(int index, Span expression, Span awaitee, Span statement, List<String> around) {
        AwaitCut {
            around = List.copyOf(around);
        }
    }

    /** A {@code return} of the body itself: its whole span and that of its value (or NO_SOURCE). */
    record ReturnCut(Span span, Span value) {
    }

    static BodyCuts of(Crate crate, SourceFile source, CoroutineMachine machine) {
        Span body = machine.body();
        Node found = BodyLocator.find(crate, body).orElse(null);
        Span content = body;
        Span tail = DesugaredLine.NO_SOURCE;
        boolean endsInReturn = false;
        Node walkFrom = found;
        Block block = switch (found) {
            case Block b -> b;
            case Expr.BlockExpr b -> b.block();
            case null, default -> null;
        };
        if (block != null) {
            int open = Math.min(block.span().startOffset() + 1, block.span().endOffset());
            int close = Math.max(open, block.span().endOffset() - 1);
            content = source.span(open, close);
            tail = block.tail().map(Node::span).orElse(DesugaredLine.NO_SOURCE);
            endsInReturn = block.tail().isEmpty() && !block.statements().isEmpty()
                    && block.statements().getLast() instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Return;
            walkFrom = block;
        } else if (found != null) {
            tail = found.span();
        }
        String returnType = returnType(crate, source, body);
        Map<Position, Integer> byKeyword = new TreeMap<>();
        for (MachineState.Suspend s : machine.suspends()) {
            byKeyword.put(s.await(), s.index());
        }
        Walk walk = new Walk(source, byKeyword);
        if (walkFrom != null) {
            walk.visit(walkFrom, new ArrayDeque<>());
        }
        List<AwaitCut> awaits = new ArrayList<>();
        for (MachineState.Suspend s : machine.suspends()) {
            AwaitCut cut = walk.awaits.get(s.index());
            awaits.add(cut != null ? cut : fallback(source, s));
        }
        return new BodyCuts(content, tail, endsInReturn, returnType, awaits, walk.returns);
    }

    /** A suspend point the tree does not show (a macro the parser keeps as tokens): cut at its keyword. */
    private static AwaitCut fallback(SourceFile source, MachineState.Suspend s) {
        int at = CoroutineShape.offsetOf(source, s.await());
        Span keyword = source.span(at, Math.min(source.text().length(), at + "await".length()));
        return new AwaitCut(s.index(), keyword, source.span(at, at), keyword, List.of());
    }

    private static String returnType(Crate crate, SourceFile source, Span body) {
        Deque<Node> work = new ArrayDeque<>();
        work.push(crate);
        while (!work.isEmpty()) {
            Node next = work.pop();
            if (next instanceof Item.Function f && f.body().isPresent() && f.body().get().span().equals(body)) {
                return f.returnType().map(t -> text(source, t.span())).orElse("");
            }
            for (Node child : SyntaxChildren.of(next)) {
                if (child.span().startOffset() <= body.startOffset() && body.endOffset() <= child.span().endOffset()) {
                    work.push(child);
                }
            }
        }
        return "";
    }

    static String text(SourceFile source, Span span) {
        String text = source.text();
        int start = Math.min(span.startOffset(), text.length());
        int end = Math.min(Math.max(start, span.endOffset()), text.length());
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }

    /** A walk of the body that records its own awaits and returns with the statements and control flow around. */
    private static final class Walk {
        private final SourceFile source;
        private final Map<Position, Integer> byKeyword;
        private final Map<Integer, AwaitCut> awaits = new TreeMap<>();
        private final List<ReturnCut> returns = new ArrayList<>();

        Walk(SourceFile source, Map<Position, Integer> byKeyword) {
            this.source = source;
            this.byKeyword = byKeyword;
        }

        /** Depth is capped by the parser's nesting limit, so recursion is bounded. */
        void visit(Node node, Deque<Node> ancestors) {
            switch (node) {
                case Expr.Await a -> {
                    Position keyword = new Position(a.span().endLine(),
                            Math.max(1, a.span().endColumn() - "await".length()));
                    Integer index = byKeyword.get(keyword);
                    if (index != null && !awaits.containsKey(index)) {
                        awaits.put(index, cut(index, a, ancestors));
                    }
                }
                case Expr.Return r -> returns.add(new ReturnCut(r.span(),
                        r.value().map(Node::span).orElse(DesugaredLine.NO_SOURCE)));
                default -> { }
            }
            ancestors.push(node);
            for (Node child : SyntaxChildren.of(node)) {
                if (!ownsOtherBody(child)) {
                    visit(child, ancestors);
                }
            }
            ancestors.pop();
        }

        private static boolean ownsOtherBody(Node node) {
            return node instanceof Expr.Closure || node instanceof Item || node instanceof Stmt.ItemDecl
                    || node instanceof Expr.BlockExpr b && b.kind() == BlockKind.ASYNC;
        }

        private AwaitCut cut(int index, Expr.Await await, Deque<Node> ancestors) {
            List<Node> path = new ArrayList<>(ancestors);
            // path: innermost first. The statement is the innermost node that stands on its own in a block or arm.
            Node statement = await;
            int statementAt = -1;
            Node below = await;
            for (int i = 0; i < path.size(); i++) {
                Node parent = path.get(i);
                boolean stands = below instanceof Stmt
                        || parent instanceof Block b && b.tail().isPresent() && b.tail().get() == below
                        || parent instanceof MatchArm arm && arm.body() == below;
                if (stands) {
                    statement = below;
                    statementAt = i;
                    break;
                }
                below = parent;
            }
            List<String> around = new ArrayList<>();
            for (int i = path.size() - 1; i >= Math.max(statementAt, 0); i--) {
                Node child = i == 0 ? await : path.get(i - 1);
                describe(path.get(i), child).ifPresent(around::add);
            }
            return new AwaitCut(index, await.span(), await.expr().span(), statement.span(), around);
        }

        /** The loop or branch {@code node}, as seen from its child on the way to an await. */
        private Optional<String> describe(Node node, Node child) {
            return switch (node) {
                case Expr.If i when i.orElse().isPresent() && i.orElse().get() == child && !(child instanceof Expr.If) ->
                        Optional.of("the else branch of `" + head(i.span(), i.then().span()) + "` (line "
                                + i.span().startLine() + ")");
                case Expr.If i when i.then() == child -> Optional.of("`" + head(i.span(), i.then().span())
                        + "` (line " + i.span().startLine() + ")");
                case Expr.While w -> Optional.of("`" + head(w.span(), w.body().span()) + "` (line "
                        + w.span().startLine() + ")");
                case Expr.For f -> Optional.of("`" + head(f.span(), f.body().span()) + "` (line "
                        + f.span().startLine() + ")");
                case Expr.Loop l -> Optional.of("`" + head(l.span(), l.body().span()) + "` (line "
                        + l.span().startLine() + ")");
                case MatchArm arm -> Optional.of("the match arm `" + text(source, source.span(
                        arm.pattern().span().startOffset(), arm.body().span().startOffset())) + "` (line "
                        + arm.span().startLine() + ")");
                default -> Optional.empty();
            };
        }

        /** A construct's head: its text from its start up to and including the opening brace of its block. */
        private String head(Span whole, Span block) {
            return text(source, source.span(whole.startOffset(),
                    Math.min(block.startOffset() + 1, source.text().length()))) ;
        }
    }
}
