package dev.rxray.render;

import java.util.List;

/** Where one field row of a node landed: its box and the boxes of its cells (name, type, note). */
public record LaidOutRow(Box box, List<Box> cells) {
    public LaidOutRow {
        cells = List.copyOf(cells);
    }
}
