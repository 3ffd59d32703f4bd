package dev.rxray.ui.diagram;

import dev.rxray.diagram.Theme;
import dev.rxray.render.ExportFormat;
import java.util.Objects;

/**
 * How to export from a side tab: which of its figures (the tab's own kind of subject), in what format and theme, and
 * for PNG at what scale (2 gives twice the pixels, for slides).
 *
 * @param <S> what the tab can export, as {@link ExportSubjects} offered it
 */
public record ExportPlan<S>(S subject, ExportFormat format, Theme theme, double scale) {
    public ExportPlan {
        Objects.requireNonNull(subject, "subject");
        if (!(scale > 0 && scale <= 16)) {
            throw new IllegalArgumentException("scale must be in (0, 16], was " + scale);
        }
    }
}
