package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.Block;
import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.Node;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds a coroutine's body in the syntax tree from the span the analysis gives it: an async fn's block, an
 * {@code async} block, or an async closure's body. The search descends only into nodes whose span holds the body
 * (every node lies inside its parent's), reading a node's children from its record components, so it needs no
 * case per node type and costs a walk down one branch of the tree.
 */
final class BodyLocator {
    private BodyLocator() {
    }

    /** The body as an expression (a fn's block is wrapped as a plain block expression). */
    static Optional<Expr> find(Node root, Span body) {
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof Optional<?> o) {
                o.ifPresent(work::push);
                continue;
            }
            if (next instanceof Collection<?> c) {
                c.forEach(work::push);
                continue;
            }
            if (!(next instanceof Node node) || !holds(node.span(), body)) {
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
            if (node instanceof Record record) {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    Class<?> type = component.getType();
                    if (Node.class.isAssignableFrom(type) || Optional.class.equals(type)
                            || Collection.class.isAssignableFrom(type)) {
                        try {
                            work.push(component.getAccessor().invoke(record));
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("cannot read " + component, e);
                        }
                    }
                }
            }
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
