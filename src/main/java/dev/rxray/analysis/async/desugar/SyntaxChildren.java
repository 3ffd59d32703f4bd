package dev.rxray.analysis.async.desugar;

import dev.rxray.syntax.tree.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The child nodes of any syntax tree node. The tree is made of records, so their components list the children:
 * reading them generically keeps this package independent of the dozens of expression and statement forms, of
 * which it only needs a handful.
 */
final class SyntaxChildren {
    private SyntaxChildren() {
    }

    static List<Node> of(Node node) {
        List<Node> children = new ArrayList<>();
        if (!node.getClass().isRecord()) {
            return children;
        }
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            add(children, value);
        }
        return children;
    }

    private static void add(List<Node> children, Object value) {
        switch (value) {
            case Node n -> children.add(n);
            case Optional<?> o -> o.ifPresent(v -> add(children, v));
            case Collection<?> c -> c.forEach(v -> add(children, v));
            case null, default -> { }
        }
    }
}
