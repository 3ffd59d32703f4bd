package dev.rxray.pipeline;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.outline.OutlineItem;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.SourceFile;
import java.util.List;

/** Everything computed from one version of a source text. Later analyses add their results here. */
public record PipelineResult(SourceFile source, ParseResult parse, List<OutlineItem> outline, AsyncReport async,
        TypesReport types) {
    public PipelineResult {
        outline = List.copyOf(outline);
    }

    /** A result without the async analysis (its report is empty); the type facts are computed from the parse. */
    public PipelineResult(SourceFile source, ParseResult parse, List<OutlineItem> outline) {
        this(source, parse, outline, AsyncReport.empty(), TypesAnalysis.run(parse.crate()));
    }
}
