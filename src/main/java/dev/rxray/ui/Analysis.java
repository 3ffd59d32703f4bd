package dev.rxray.ui;

import dev.rxray.pipeline.PipelineResult;

/**
 * Everything the views need from one version of the buffer, computed off the FX thread.
 *
 * @param version  the buffer version it was computed for; the editor drops it if the text has moved on
 * @param result   the pipeline's answer
 * @param styles   the CSS classes per line
 * @param nanos    how long the background work took
 * @param problem  empty, or a one-line note when a stage failed internally (the rest is still shown)
 */
record Analysis(long version, PipelineResult result, ParagraphStyles styles, long nanos, String problem) {
}
