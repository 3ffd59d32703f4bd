package dev.rxray.syntax.tree;

import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * After a parse with syntax errors, recovery may leave a node's span reaching past its parent's (a missing token
 * is placed where it was expected, a context stops early). This pass rebuilds such a tree so that every span lies
 * inside its parent's, which is what the views rely on when they map a position to a node. Error-free trees never
 * need it and are not touched.
 */
final class SpanRepair {
    private final SourceFile source;

    SpanRepair(SourceFile source) {
        this.source = source;
    }

    Crate repair(Crate crate) {
        return (Crate) repair(crate, crate.span());
    }

    private Node repair(Node node, Span bound) {
        Span span = clamp(node.span(), bound);
        RecordComponent[] components = node.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = !span.equals(node.span());
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], node);
            Object repaired = components[i].getName().equals("span") && value instanceof Span ? span
                    : repairValue(value, span);
            changed |= repaired != value;
            values[i] = repaired;
        }
        return changed ? construct(node, components, values) : node;
    }

    private Object repairValue(Object value, Span bound) {
        return switch (value) {
            case Node child -> repair(child, bound);
            case Optional<?> optional when optional.isPresent() && optional.get() instanceof Node child -> {
                Node repaired = repair(child, bound);
                yield repaired == child ? optional : Optional.of(repaired);
            }
            case Collection<?> list when !list.isEmpty() && list.iterator().next() instanceof Node -> {
                List<Object> repaired = new ArrayList<>(list.size());
                boolean changed = false;
                for (Object element : list) {
                    Object r = element instanceof Node child ? repair(child, bound) : element;
                    changed |= r != element;
                    repaired.add(r);
                }
                yield changed ? repaired : list;
            }
            case null, default -> value;
        };
    }

    private Span clamp(Span span, Span bound) {
        int start = Math.min(Math.max(span.startOffset(), bound.startOffset()), bound.endOffset());
        int end = Math.min(Math.max(span.endOffset(), start), bound.endOffset());
        return start == span.startOffset() && end == span.endOffset() ? span : source.span(start, end);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Node construct(Node node, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = node.getClass().getDeclaredConstructor(types);
            return (Node) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + node.getClass().getName(), e);
        }
    }
}
