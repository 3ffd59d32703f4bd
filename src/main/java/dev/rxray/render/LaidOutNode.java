package dev.rxray.render;

import java.util.List;

/**
 * Where a node landed. {@code rows} has one entry per field of the figure's node, or is empty when Graphviz drew the
 * label differently than expected (the view then spaces rows evenly below the title).
 */
public record LaidOutNode(String id, Box box, Box title, List<LaidOutRow> rows) {
    public LaidOutNode {
        rows = List.copyOf(rows);
    }
}
