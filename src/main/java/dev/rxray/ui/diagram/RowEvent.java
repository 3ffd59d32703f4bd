package dev.rxray.ui.diagram;

import dev.rxray.diagram.Field;

/** The pointer entered or left a field row: the editor shows the field's declaration while it is inside. */
public record RowEvent(String nodeId, int row, Field field, boolean entered) {
}
