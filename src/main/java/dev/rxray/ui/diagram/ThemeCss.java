package dev.rxray.ui.diagram;

import dev.rxray.diagram.EdgeKind;
import dev.rxray.diagram.NodeRole;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Tone;
import java.util.Locale;

/**
 * A theme as CSS looked-up colours ({@code -dg-fg}, {@code -dg-edge-pending}, {@code -dg-tone-invariant-bg}...),
 * set inline on a control; {@code diagram.css} refers only to these names, so the view and the exports of one theme
 * use the same colours.
 */
public final class ThemeCss {
    private ThemeCss() {
    }

    public static String variables(Theme theme) {
        StringBuilder css = new StringBuilder(1024);
        put(css, "bg", theme.background());
        put(css, "fg", theme.foreground());
        put(css, "muted", theme.muted());
        put(css, "node-fill", theme.nodeFill());
        put(css, "node-border", theme.nodeBorder());
        put(css, "row-rule", theme.rowRule());
        put(css, "hl-stroke", theme.highlightStroke());
        put(css, "hl-fill", theme.highlightFill());
        put(css, "warning-fill", theme.warningFill());
        for (NodeRole role : NodeRole.values()) {
            put(css, "title-" + lower(role), theme.titleFill().get(role));
        }
        for (EdgeKind kind : EdgeKind.values()) {
            put(css, "edge-" + lower(kind), theme.edgeColour().get(kind));
        }
        for (Tone tone : Tone.values()) {
            put(css, "tone-" + lower(tone) + "-fg", theme.toneForeground().get(tone));
            put(css, "tone-" + lower(tone) + "-bg", theme.toneBackground().get(tone));
        }
        return css.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void put(StringBuilder css, String name, String colour) {
        css.append("-dg-").append(name).append(": ").append(colour).append("; ");
    }

    static String stylesheet() {
        return ThemeCss.class.getResource("diagram.css").toExternalForm();
    }
}
