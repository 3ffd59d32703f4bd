package dev.rxray.analysis.async.desugar;

import dev.rxray.syntax.tree.Node;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The child nodes of any syntax tree node. The tree is made of records, so their components list the children:
 * reading them generically keeps this package independent of the dozens of expression and statement forms, of
 * which it only needs a handful. The accessors that can hold nodes are found once per record class.
 */
final class SyntaxChildren {
    private static final ClassValue<List<MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            List<MethodHandle> found = new ArrayList<>();
            if (!type.isRecord()) {
                return found;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> held = component.getType();
                if (held.isPrimitive() || held == String.class || held.isEnum()
                        || held == dev.rxray.syntax.Span.class) {
                    continue;
                }
                try {
                    found.add(MethodHandles.publicLookup().unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    // A component the tree does not expose holds no children this package needs.
                }
            }
            return List.copyOf(found);
        }
    };

    private SyntaxChildren() {
    }

    static List<Node> of(Node node) {
        List<Node> children = new ArrayList<>();
        for (MethodHandle accessor : ACCESSORS.get(node.getClass())) {
            Object value;
            try {
                value = accessor.invoke(node);
            } catch (Throwable e) {
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
