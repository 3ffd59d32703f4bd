package dev.rxray.syntax.tree;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Test helper: visits every (parent, child) pair of a tree, without recursion. */
final class TreeWalk {
    private TreeWalk() {
    }

    static void edges(Node root, BiConsumer<Node, Node> visit) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node parent = stack.pop();
            for (Node child : children(parent)) {
                visit.accept(parent, child);
                stack.push(child);
            }
        }
    }

    static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(root);
        edges(root, (parent, child) -> nodes.add(child));
        return nodes;
    }

    static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            collect(read(component, node), children);
        }
        return children;
    }

    private static void collect(Object value, List<Node> out) {
        switch (value) {
            case Node node -> out.add(node);
            case Optional<?> optional -> optional.ifPresent(v -> collect(v, out));
            case Collection<?> list -> list.forEach(v -> collect(v, out));
            default -> {
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
