package dev.rxray.diagram;

import java.util.Objects;

/** Where an edge starts or ends: a whole node, or one field row of it (a Graphviz port). */
public sealed interface Endpoint {
    String nodeId();

    static Endpoint node(String nodeId) {
        return new WholeNode(nodeId);
    }

    static Endpoint row(String nodeId, int row) {
        return new Row(nodeId, row);
    }

    record WholeNode(String nodeId) implements Endpoint {
        public WholeNode {
            Objects.requireNonNull(nodeId, "nodeId");
        }
    }

    record Row(String nodeId, int row) implements Endpoint {
        public Row {
            Objects.requireNonNull(nodeId, "nodeId");
            if (row < 0) {
                throw new IllegalArgumentException("row " + row);
            }
        }
    }
}
