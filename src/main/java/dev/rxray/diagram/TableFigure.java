package dev.rxray.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A grid: a corner heading, one column per parameter, body rows (one per field), footer rows (the result), and badges
 * drawn under the grid. Every row has exactly one cell per column; ids are unique.
 */
public record TableFigure(String id, String title, String corner, List<TableColumn> columns, List<TableRow> rows,
                          List<TableRow> footer, List<Badge> badges) implements Figure {

    public TableFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(corner, "corner");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        footer = List.copyOf(footer);
        badges = List.copyOf(badges);
        Set<String> ids = new HashSet<>();
        for (TableColumn column : columns) {
            requireUnique(ids, "column", column.id());
        }
        for (List<TableRow> part : List.of(rows, footer)) {
            for (TableRow row : part) {
                requireUnique(ids, "row", row.id());
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("row " + row.id() + " has " + row.cells().size()
                            + " cells for " + columns.size() + " columns");
                }
            }
        }
        for (Badge badge : badges) {
            requireUnique(ids, "badge", badge.id());
        }
    }

    private static void requireUnique(Set<String> ids, String what, String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("duplicate " + what + " id " + id);
        }
    }

    /** The id of the cell at a row and column, used by highlights and the view. */
    public static String cellId(TableRow row, TableColumn column) {
        return row.id() + "-" + column.id();
    }
}
