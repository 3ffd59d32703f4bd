package dev.rxray.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A row: a heading in the code font ({@code cache}) with an optional detail ({@code RefCell<Vec<T>>}), then one cell
 * per column.
 */
public record TableRow(String id, String label, String detail, List<TableCell> cells, SourceLink source) {
    public TableRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
        cells = List.copyOf(cells);
    }

    public static TableRow of(String label, String detail, List<TableCell> cells) {
        return new TableRow(DiagramId.from(label), label, detail, cells, SourceLink.NONE);
    }
}
