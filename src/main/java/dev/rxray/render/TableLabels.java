package dev.rxray.render;

import static dev.rxray.render.HtmlLabel.attrs;

import dev.rxray.diagram.Badge;
import dev.rxray.diagram.NodeRole;
import dev.rxray.diagram.TableCell;
import dev.rxray.diagram.TableColumn;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.TableRow;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Tone;

/**
 * A whole {@link TableFigure} as one HTML-like table: a heading row (corner, then one column per parameter), body
 * rows with the field's name and type and one coloured cell per parameter (symbol over word), the result rows in
 * bold, and the badges in a row of their own underneath.
 */
final class TableLabels {
    private TableLabels() {
    }

    static String table(TableFigure table, DotOptions options) {
        Theme theme = options.theme();
        int span = table.columns().size() + 1;
        double size = theme.fontSize();
        HtmlLabel html = new HtmlLabel();
        html.open("TABLE", attrs("BORDER", "1", "CELLBORDER", "1", "CELLSPACING", "0", "CELLPADDING", "7",
                "COLOR", theme.nodeBorder(), "BGCOLOR", theme.nodeFill()));
        String headFill = theme.titleFill().get(NodeRole.STATE);
        html.open("TR").open("TD", attrs("ALIGN", "LEFT", "BGCOLOR", headFill, "COLOR", theme.rowRule()))
                .text(table.corner(), Dot.SANS, size, theme.muted(), true, false).close("TD");
        for (TableColumn column : table.columns()) {
            html.open("TD", attrs("BGCOLOR", headFill, "COLOR", theme.rowRule()))
                    .text(column.label(), Dot.MONO, size + 1, theme.foreground(), true, false).close("TD");
        }
        html.close("TR");
        for (TableRow row : table.rows()) {
            row(html, row, theme, false, options);
        }
        for (TableRow row : table.footer()) {
            row(html, row, theme, true, options);
        }
        if (!table.badges().isEmpty()) {
            html.open("TR").open("TD", attrs("COLSPAN", Integer.toString(span), "ALIGN", "LEFT",
                    "COLOR", theme.rowRule(), "CELLPADDING", "6"));
            html.open("TABLE", attrs("BORDER", "0", "CELLBORDER", "0", "CELLSPACING", "6", "CELLPADDING", "4"))
                    .open("TR");
            for (Badge badge : table.badges()) {
                html.open("TD", attrs("BGCOLOR", theme.toneBackground().get(badge.tone()), "STYLE", "ROUNDED"))
                        .text(badge.label() + " ", Dot.SANS, size - 1, theme.muted(), false, false)
                        .text(badge.value(), Dot.SANS, size - 1, theme.toneForeground().get(badge.tone()), true,
                                false)
                        .close("TD");
            }
            html.close("TR").close("TABLE").close("TD").close("TR");
        }
        return html.close("TABLE").toString();
    }

    private static void row(HtmlLabel html, TableRow row, Theme theme, boolean result, DotOptions options) {
        double size = theme.fontSize();
        String fill = result ? theme.titleFill().get(NodeRole.PLAIN) : theme.nodeFill();
        html.open("TR").open("TD", attrs("ALIGN", "LEFT", "BALIGN", "LEFT", "BGCOLOR", fill,
                "COLOR", theme.rowRule()));
        html.text(row.label(), result ? Dot.SANS : Dot.MONO, size, theme.foreground(), true, false);
        if (!row.detail().isEmpty()) {
            html.text(": " + row.detail(), Dot.MONO, size, theme.muted(), false, false);
        }
        html.close("TD");
        for (TableCell cell : row.cells()) {
            Tone tone = cell.tone();
            boolean lit = options.highlight().hasRow(row.id());
            html.open("TD", attrs("BGCOLOR", lit ? theme.highlightFill() : theme.toneBackground().get(tone),
                    "COLOR", theme.rowRule()));
            html.text(cell.text(), Dot.MONO, size + 3, theme.toneForeground().get(tone), true, false);
            if (!cell.word().isEmpty()) {
                html.lineBreak();
                html.text(cell.word(), Dot.SANS, size - 2, theme.toneForeground().get(tone), false, false);
            }
            html.close("TD");
        }
        html.close("TR");
    }
}
