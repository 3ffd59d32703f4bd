package dev.rxray.ui;

import java.util.Collection;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Puts computed styles into the editor without freezing it. Only lines whose painting differs are restyled, so
 * after a keystroke usually one line is touched; the visible lines go first; and the work is cut into slices of a
 * few milliseconds, each its own FX event, so typing is handled between slices even when a whole file must be
 * restyled (the first colouring of a large file). A slice checks that its version is still current: once the text
 * has changed, the rest of the job is abandoned and the next analysis covers it.
 */
final class StyleApplier {
    /** Well under a 16 ms frame, leaving room for the keystroke and the layout in the same frame. */
    static final long SLICE_NANOS = 4_000_000L;

    private final CodeArea area;
    private final LongSupplier currentVersion;
    private long job;
    private long lastSliceNanos;
    private long longestSliceNanos;
    private int restyledLines;
    private boolean idle = true;
    private FxWorkMeter meter = FxWorkMeter.NONE;

    StyleApplier(CodeArea area, LongSupplier currentVersion) {
        this.area = area;
        this.currentVersion = currentVersion;
    }

    void apply(long version, ParagraphStyles styles) {
        if (styles.size() != area.getParagraphs().size()) {
            return;
        }
        long thisJob = ++job;
        restyledLines = 0;
        longestSliceNanos = 0;
        int[] order = visibleFirst(styles.size());
        slice(thisJob, version, styles, order, 0);
    }

    /** Measures every slice (for the benchmark). */
    void setMeter(FxWorkMeter meter) {
        this.meter = meter;
    }

    /** True when no job has slices left to run. */
    boolean idle() {
        return idle;
    }

    /** Duration of the longest FX-thread slice of the last job (for measurement and the status bar). */
    long longestSliceNanos() {
        return longestSliceNanos;
    }

    long lastSliceNanos() {
        return lastSliceNanos;
    }

    int restyledLines() {
        return restyledLines;
    }

    private void slice(long thisJob, long version, ParagraphStyles styles, int[] order, int from) {
        if (thisJob != job || version != currentVersion.getAsLong() || styles.size() != area.getParagraphs().size()) {
            idle = thisJob != job ? idle : true;
            return;
        }
        idle = false;
        // The first slice runs inside the event that delivered the analysis and is measured with it.
        FxWorkMeter sliceMeter = from > 0 ? meter : FxWorkMeter.NONE;
        long metered = sliceMeter.start();
        long start = System.nanoTime();
        int i = from;
        while (i < order.length) {
            int paragraph = order[i++];
            StyleSpans<Collection<String>> wanted = styles.get(paragraph);
            if (wanted.length() != area.getParagraphLength(paragraph)) {
                idle = true;
                return;
            }
            if (wanted.length() > 0
                    && !ParagraphStyles.samePainting(area.getParagraph(paragraph).getStyleSpans(), wanted)) {
                area.setStyleSpans(paragraph, 0, wanted);
                restyledLines++;
            }
            if (i < order.length && System.nanoTime() - start > SLICE_NANOS) {
                int next = i;
                Platform.runLater(() -> slice(thisJob, version, styles, order, next));
                finishSlice(start, sliceMeter, metered);
                return;
            }
        }
        idle = true;
        finishSlice(start, sliceMeter, metered);
    }

    private void finishSlice(long start, FxWorkMeter sliceMeter, long metered) {
        lastSliceNanos = System.nanoTime() - start;
        longestSliceNanos = Math.max(longestSliceNanos, lastSliceNanos);
        sliceMeter.stop(metered);
    }

    private int[] visibleFirst(int count) {
        if (count == 0) {
            return new int[0];
        }
        int first = 0;
        int last = -1;
        if (!area.getVisibleParagraphs().isEmpty()) {
            first = Math.clamp(area.firstVisibleParToAllParIndex(), 0, count - 1);
            last = Math.clamp(area.lastVisibleParToAllParIndex(), first, count - 1);
        }
        int[] order = new int[count];
        int k = 0;
        for (int p = first; p <= last; p++) {
            order[k++] = p;
        }
        for (int p = 0; p < count; p++) {
            if (p < first || p > last) {
                order[k++] = p;
            }
        }
        return order;
    }
}
