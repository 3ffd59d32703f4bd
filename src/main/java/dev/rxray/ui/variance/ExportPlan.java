package dev.rxray.ui.variance;

import dev.rxray.diagram.Theme;
import dev.rxray.render.ExportFormat;

/**
 * How to export from the Variance tab: which figure, in what format and theme, and for PNG at what scale (2 gives
 * twice the pixels, for slides).
 */
public record ExportPlan(Subject subject, ExportFormat format, Theme theme, double scale) {
    /** The two figures the tab draws. */
    public enum Subject {
        /** The table of the type chosen in the picker. */
        TABLE,
        /** The graph of all the file's types. */
        GRAPH
    }

    public ExportPlan {
        if (!(scale > 0 && scale <= 16)) {
            throw new IllegalArgumentException("scale must be in (0, 16], was " + scale);
        }
    }
}
