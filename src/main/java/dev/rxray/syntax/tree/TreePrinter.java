package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints any node as stable indented text, one node per line: the field it sits in, its kind
 * ({@code Expr.Binary}), its scalar attributes and {@code @line:col-line:col}. Attributes and children follow the
 * record's component order, so the text changes only when the tree does. Nothing that merely restates an absence
 * is printed (false flags, empty lists, private visibility, empty generics, unparsed macro arguments), and a path
 * without generic arguments prints inline as {@code path=a::b}.
 *
 * <p>The walk uses an explicit stack: a tree thousands of levels deep prints without deep recursion.
 */
public final class TreePrinter {
    private static final String INDENT = "  ";

    private TreePrinter() {
    }

    public static String print(Node root) {
        StringBuilder out = new StringBuilder();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(0, "", root));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            List<Frame> children = new ArrayList<>();
            out.append(INDENT.repeat(frame.depth()));
            if (!frame.label().isEmpty()) {
                out.append(frame.label()).append(": ");
            }
            out.append(kind(frame.node()));
            describe(frame.node(), frame.depth() + 1, out, children);
            out.append(" @").append(position(frame.node().span())).append('\n');
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return out.toString();
    }

    /** {@code line:col-line:col}, as the golden files show spans. */
    public static String position(Span span) {
        return span.startLine() + ":" + span.startColumn() + "-" + span.endLine() + ":" + span.endColumn();
    }

    private static String kind(Node node) {
        Class<?> type = node.getClass();
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
    }

    private static void describe(Node node, int childDepth, StringBuilder out, List<Frame> children) {
        if (node instanceof Path path) {
            out.append(" names=").append(path.names());
            path.qualifiedSelf().ifPresent(q -> children.add(new Frame(childDepth, "qualifiedSelf", q)));
            for (PathSegment segment : path.segments()) {
                if (segment.args().isPresent()) {
                    children.add(new Frame(childDepth, "segments", segment));
                }
            }
            return;
        }
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            if (component.getType() == Span.class) {
                continue;
            }
            addValue(component.getName(), read(component, node), childDepth, out, children);
        }
    }

    private static void addValue(String name, Object value, int childDepth, StringBuilder out, List<Frame> children) {
        switch (value) {
            case Optional<?> optional -> optional.ifPresent(v -> addValue(name, v, childDepth, out, children));
            case Collection<?> list -> list.forEach(v -> addValue(name, v, childDepth, out, children));
            case Boolean flag -> {
                if (flag) {
                    out.append(' ').append(name);
                }
            }
            case String text -> {
                if (!text.isEmpty()) {
                    out.append(' ').append(name).append('=').append(quote(text));
                }
            }
            case Enum<?> constant -> {
                if (!constant.name().equals("NONE")) {
                    out.append(' ').append(name).append('=').append(constant.name().toLowerCase(Locale.ROOT));
                }
            }
            case Number number -> out.append(' ').append(name).append('=').append(number);
            case Ident ident -> out.append(' ').append(name).append('=').append(ident.text());
            case Lifetime lifetime -> out.append(' ').append(name).append('=').append(lifetime.name());
            case Path path when isPlain(path) -> out.append(' ').append(name).append('=').append(path.names());
            case Node node -> {
                if (!isAbsence(node)) {
                    children.add(new Frame(childDepth, name, node));
                }
            }
            default -> out.append(' ').append(name).append('=').append(value);
        }
    }

    private static boolean isPlain(Path path) {
        return path.qualifiedSelf().isEmpty() && path.segments().stream().allMatch(s -> s.args().isEmpty());
    }

    private static boolean isAbsence(Node node) {
        return switch (node) {
            case Visibility.Private ignored -> true;
            case Generics generics -> generics.isEmpty();
            case MacroArgs.Opaque ignored -> true;
            case FnQualifiers q -> !(q.isDefault() || q.isConst() || q.isAsync() || q.unsafe() || q.extern());
            default -> false;
        };
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private record Frame(int depth, String label, Node node) {
    }
}
