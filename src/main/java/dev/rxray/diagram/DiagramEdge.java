package dev.rxray.diagram;

import java.util.Objects;

/**
 * A directed edge. The label is drawn beside the edge ({@code Pending}, {@code Ready}, {@code +}); may be empty.
 */
public record DiagramEdge(String id, Endpoint from, Endpoint to, String label, EdgeKind kind, String tooltip) {

    public DiagramEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tooltip, "tooltip");
    }

    public boolean isSelfLoop() {
        return from.nodeId().equals(to.nodeId());
    }
}
