package dev.rxray.diagram;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

/**
 * What to emphasise on top of a figure: node ids, edge ids, row ids ({@link DiagramNode#rowId}) and table cell ids.
 * Kept apart from the figure so stepping and hovering restyle an existing layout instead of laying out again.
 * The sets are sorted so exports with a highlight stay deterministic.
 *
 * @param current the node the stepper is at (drawn strongest); empty string for none
 */
public record Highlight(SortedSet<String> nodes, SortedSet<String> edges, SortedSet<String> rows, String current) {
    public static final Highlight NONE = new Highlight(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), "");

    public Highlight {
        nodes = Collections.unmodifiableSortedSet(new TreeSet<>(nodes));
        edges = Collections.unmodifiableSortedSet(new TreeSet<>(edges));
        rows = Collections.unmodifiableSortedSet(new TreeSet<>(rows));
        java.util.Objects.requireNonNull(current, "current");
    }

    public static Highlight of(Collection<String> nodes, Collection<String> edges, Collection<String> rows) {
        return new Highlight(new TreeSet<>(nodes), new TreeSet<>(edges), new TreeSet<>(rows), "");
    }

    public Highlight withCurrent(String nodeId) {
        return new Highlight(nodes, edges, rows, nodeId);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty() && rows.isEmpty() && current.isEmpty();
    }

    public boolean hasNode(String id) {
        return nodes.contains(id) || current.equals(id);
    }

    public boolean hasEdge(String id) {
        return edges.contains(id);
    }

    public boolean hasRow(String id) {
        return rows.contains(id);
    }
}
