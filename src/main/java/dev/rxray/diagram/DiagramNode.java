package dev.rxray.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A box with a title row and one row per field.
 *
 * @param subtitle a short line under the title ({@code poll #2}, {@code struct}); may be empty
 */
public record DiagramNode(String id, String title, String subtitle, NodeRole role, List<Field> fields,
                          String tooltip, SourceLink source) {

    public DiagramNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tooltip, "tooltip");
        Objects.requireNonNull(source, "source");
        fields = List.copyOf(fields);
    }

    /** A node whose id is derived from its title. */
    public static DiagramNode of(String title, NodeRole role, List<Field> fields) {
        return new DiagramNode(DiagramId.from(title), title, "", role, fields, "", SourceLink.NONE);
    }

    public DiagramNode withSubtitle(String newSubtitle) {
        return new DiagramNode(id, title, newSubtitle, role, fields, tooltip, source);
    }

    public DiagramNode withTooltip(String newTooltip) {
        return new DiagramNode(id, title, subtitle, role, fields, newTooltip, source);
    }

    public DiagramNode withSource(SourceLink newSource) {
        return new DiagramNode(id, title, subtitle, role, fields, tooltip, newSource);
    }

    /** The id of field row {@code index}, used by highlights and as the Graphviz port name. */
    public String rowId(int index) {
        return rowId(id, index);
    }

    public static String rowId(String nodeId, int index) {
        return nodeId + "-r" + index;
    }
}
