package dev.rxray.analysis.variance;

import java.util.List;

/**
 * One row of a type's variance table: what one field contributes to each parameter ({@link Variance#BIVARIANT}
 * where the field does not mention it), with the uses behind each cell.
 */
public record FieldRow(FieldSite field, List<Variance> cells, List<List<Use>> uses) {

    public FieldRow {
        cells = List.copyOf(cells);
        uses = uses.stream().map(List::copyOf).toList();
    }
}
