package dev.rxray.render;

import static dev.rxray.render.HtmlLabel.attrs;

import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Emphasis;
import dev.rxray.diagram.Field;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;

/**
 * The HTML-like table for one node: a title cell, an optional subtitle cell, then one row per field with three cells
 * (name, type, note). Every cell has a background colour: besides looking right, that makes Graphviz emit one filled
 * polygon per cell, in this order, which is how {@link LayoutParser} recovers the box of every row.
 */
final class NodeLabels {
    static final int FIELD_CELLS = 3;
    private static final String CELL_PADDING = "5";

    private NodeLabels() {
    }

    /** The number of cell polygons Graphviz draws for a node, the table's own background first. */
    static int cellPolygons(DiagramNode node) {
        return 1 + 1 + (node.subtitle().isEmpty() ? 0 : 1) + FIELD_CELLS * node.fields().size();
    }

    /**
     * Edges leave a row from its right end (this port, on the last cell) and enter it at its left end (the row id,
     * on the first cell), so they never cross their own row.
     */
    static String outPort(String rowId) {
        return rowId + "-out";
    }

    static String node(DiagramNode node, DotOptions options) {
        Theme theme = options.theme();
        Highlight highlight = options.highlight();
        boolean lit = highlight.hasNode(node.id());
        boolean current = highlight.current().equals(node.id());
        String border = lit ? theme.highlightStroke() : theme.nodeBorder();
        String titleFill = current ? theme.highlightFill() : theme.titleFill().get(node.role());
        HtmlLabel html = new HtmlLabel();
        html.open("TABLE", attrs("BORDER", lit ? "2" : "1", "CELLBORDER", "0", "CELLSPACING", "0",
                "CELLPADDING", CELL_PADDING, "COLOR", border, "BGCOLOR", theme.nodeFill()));
        html.open("TR").open("TD", attrs("COLSPAN", "3", "BGCOLOR", titleFill, "CELLPADDING", "7",
                        "ALIGN", "CENTER", "WIDTH", Dot.number(titleWidth(node.title(), theme.fontSize() + 1))))
                .text(node.title(), Dot.SANS, theme.fontSize() + 1, theme.foreground(), true, false)
                .close("TD").close("TR");
        if (!node.subtitle().isEmpty()) {
            html.open("TR").open("TD", attrs("COLSPAN", "3", "BGCOLOR", titleFill, "CELLPADDING", "2",
                            "ALIGN", "CENTER"))
                    .text(node.subtitle(), Dot.SANS, theme.fontSize() - 2, theme.muted(), false, false)
                    .close("TD").close("TR");
        }
        for (int i = 0; i < node.fields().size(); i++) {
            field(html, node.fields().get(i), node.rowId(i), highlight.hasRow(node.rowId(i)), theme);
        }
        return html.close("TABLE").toString();
    }

    /**
     * Room for the bold title in a font wider than the Helvetica metrics Graphviz measures with: an SVG viewer
     * without Helvetica draws it in its own sans serif (DejaVu Sans on Linux, about 15% wider), which would otherwise
     * spill out of a small node such as {@code Returned}. The title cell's padding is included.
     */
    static double titleWidth(String title, double size) {
        return Math.ceil(title.codePointCount(0, title.length()) * size * 0.72) + 14;
    }

    private static void field(HtmlLabel html, Field field, String rowId, boolean lit, Theme theme) {
        String fill = lit ? theme.highlightFill()
                : field.emphasis() == Emphasis.WARNING ? theme.warningFill() : theme.nodeFill();
        String ink = switch (field.emphasis()) {
            case MUTED -> theme.muted();
            case WARNING, STRONG, NORMAL -> theme.foreground();
        };
        boolean bold = field.emphasis() == Emphasis.STRONG || field.emphasis() == Emphasis.WARNING || lit;
        String note = field.assumed() ? (field.note().isEmpty() ? "assumed" : field.note() + " · assumed")
                : field.note();
        double size = theme.fontSize();
        html.open("TR");
        html.open("TD", attrs("PORT", rowId, "ALIGN", "LEFT", "BGCOLOR", fill))
                .text(field.label(), Dot.MONO, size, ink, bold, false).close("TD");
        html.open("TD", attrs("ALIGN", "LEFT", "BGCOLOR", fill))
                .text(field.value(), Dot.MONO, size, field.emphasis() == Emphasis.MUTED ? theme.muted()
                        : theme.foreground(), false, field.assumed()).close("TD");
        // A warning's note says what is wrong ("not Send"), so it is written in full ink rather than muted.
        String noteInk = field.emphasis() == Emphasis.WARNING ? theme.foreground() : theme.muted();
        html.open("TD", attrs("PORT", outPort(rowId), "ALIGN", "RIGHT", "BGCOLOR", fill))
                .text(note, Dot.SANS, size - 2, noteInk, false, field.assumed()).close("TD");
        html.close("TR");
    }
}
