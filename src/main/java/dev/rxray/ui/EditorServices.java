package dev.rxray.ui;

import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.Highlighter;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import java.util.function.Function;

/**
 * What the editor asks of the rest of the program: the pipeline for diagnostics and the outline, the highlighter
 * for colours. The app uses the real façade; tests may pass doubles to exercise the UI on chosen results.
 */
public record EditorServices(Function<SourceFile, PipelineResult> pipeline, Function<String, List<Highlight>> highlighter) {

    public static EditorServices standard() {
        return new EditorServices(Pipeline::run, Highlighter::highlight);
    }
}
