package dev.rxray.pipeline;

import dev.rxray.outline.OutlineItem;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.SourceFile;
import java.util.List;

/** Everything computed from one version of a source text. Later analyses add their results here. */
public record PipelineResult(SourceFile source, ParseResult parse, List<OutlineItem> outline) {
    public PipelineResult {
        outline = List.copyOf(outline);
    }
}
