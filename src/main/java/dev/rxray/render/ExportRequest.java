package dev.rxray.render;

import dev.rxray.diagram.Figure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import java.util.Objects;

/**
 * What to export: a figure in a format and theme, with an optional highlight (the stepper's state), and for PNG the
 * scale (2 gives 144 dpi: twice the pixels, text rendered at that size).
 */
public record ExportRequest(Figure figure, ExportFormat format, Theme theme, Highlight highlight, double scale) {
    public ExportRequest {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(highlight, "highlight");
        if (!(scale > 0 && scale <= 16)) {
            throw new IllegalArgumentException("scale must be in (0, 16], was " + scale);
        }
    }

    public static ExportRequest of(Figure figure, ExportFormat format) {
        return new ExportRequest(figure, format, Themes.LIGHT, Highlight.NONE, 1);
    }

    public ExportRequest withTheme(Theme newTheme) {
        return new ExportRequest(figure, format, newTheme, highlight, scale);
    }

    public ExportRequest withScale(double newScale) {
        return new ExportRequest(figure, format, theme, highlight, newScale);
    }

    public ExportRequest withFigure(Figure newFigure) {
        return new ExportRequest(newFigure, format, theme, highlight, scale);
    }

    public ExportRequest withHighlight(Highlight newHighlight) {
        return new ExportRequest(figure, format, theme, newHighlight, scale);
    }
}
