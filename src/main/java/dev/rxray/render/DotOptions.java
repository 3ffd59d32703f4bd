package dev.rxray.render;

import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import java.util.Objects;

/**
 * How to turn a figure into DOT.
 *
 * @param withTitle draw the figure's title above it: exports want it, the interactive view has its own heading
 */
public record DotOptions(Theme theme, Highlight highlight, boolean withTitle) {
    public static final DotOptions VIEW = new DotOptions(Themes.LIGHT, Highlight.NONE, false);

    public DotOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(highlight, "highlight");
    }

    public static DotOptions export(Theme theme, Highlight highlight) {
        return new DotOptions(theme, highlight, true);
    }
}
