package dev.rxray.diagram;

import java.util.Objects;

/** A column heading ({@code 'a}, {@code T}); its id is derived from the label. */
public record TableColumn(String id, String label, String tooltip) {
    public TableColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tooltip, "tooltip");
    }

    public static TableColumn of(String label) {
        return new TableColumn(DiagramId.from(label), label, "");
    }
}
