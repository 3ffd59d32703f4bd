package dev.rxray.syntax.tree;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The child nodes of any syntax tree node. The tree is made of records, so their components list the children:
 * reading them generically lets a pass that needs only a handful of the dozens of expression and statement forms
 * walk the whole tree without a case for each. The accessors that can hold nodes are found once per record class.
 */
public final class SyntaxChildren {
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
                    found.add(MethodHandles.lookup().unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    // Every record of the tree lives in this package, so this is a bug, not bad input.
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return List.copyOf(found);
        }
    };

    private SyntaxChildren() {
    }

    /** The nodes held directly by {@code node}, in component order (inside optionals and lists too). */
    public static List<Node> of(Node node) {
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
