package dev.rxray.pipeline;

import dev.rxray.analysis.async.AsyncAnalysis;
import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.outline.OutlineBuilder;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;

/**
 * The one façade the CLI and the UI call: source text in, every analysis out. It holds no state, so an edit
 * simply makes a new run and nothing downstream is ever mutated.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Only what the syntax gives (the parse and the outline), for commands that show nothing more; the analysis
     * reports are empty. Saves the analyses' work on every file of a large {@code check}.
     */
    public static PipelineResult syntax(SourceFile source) {
        ParseResult parse = RustSyntax.parse(source);
        return new PipelineResult(source, parse, OutlineBuilder.build(parse.crate()), AsyncReport.empty(),
                TypesReport.empty());
    }

    /**
     * Every analysis. The type passes run first, because the async analysis judges the Send and Sync of the values
     * a future holds over the file's own types, as they solved them.
     */
    public static PipelineResult run(SourceFile source) {
        ParseResult parse = RustSyntax.parse(source);
        TypesReport types = TypesAnalysis.run(parse.crate());
        AsyncReport async = AsyncAnalysis.analyze(parse, types.file(),
                types.types().stream().map(TypeReport::autoTraits).toList());
        return new PipelineResult(source, parse, OutlineBuilder.build(parse.crate()), async, types);
    }
}
