package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.Node;
import dev.rxray.syntax.tree.SyntaxChildren;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds a coroutine's body in the syntax tree from the span the analysis gives it: an async fn's block, an
 * {@code async} block, or an async closure's body. The search descends only into nodes whose span holds the body
 * (every node lies inside its parent's), reading a node's children with {@link SyntaxChildren}, so it needs no
 * case per node type and costs a walk down one branch of the tree.
 */
public final class BodyLocator {
    private BodyLocator() {
    }

    /** The body as an expression (a fn's block is wrapped as a plain block expression). */
    public static Optional<Expr> find(Node root, Span body) {
        Deque<Node> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (!holds(node.span(), body)) {
                continue;
            }
            if (node instanceof Expr.Closure c && c.isAsync() && sameRegion(c.body().span(), body)) {
                return Optional.of(c.body());
            }
            if (sameRegion(node.span(), body)) {
                switch (node) {
                    case Expr.BlockExpr b when b.kind() == BlockKind.ASYNC -> {
                        return Optional.of(b);
                    }
                    case Block b -> {
                        return Optional.of(new Expr.BlockExpr(Optional.empty(), BlockKind.PLAIN, false, b, b.span()));
                    }
                    default -> { }
                }
            }
            SyntaxChildren.of(node).forEach(work::push);
        }
        return Optional.empty();
    }

    private static boolean holds(Span outer, Span inner) {
        return outer.startOffset() <= inner.startOffset() && inner.endOffset() <= outer.endOffset();
    }

    private static boolean sameRegion(Span a, Span b) {
        return a.startOffset() == b.startOffset() && a.endOffset() == b.endOffset();
    }
}
