package dev.rxray.pipeline;

import dev.rxray.analysis.async.AsyncAnalysis;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
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

    public static PipelineResult run(SourceFile source) {
        ParseResult parse = RustSyntax.parse(source);
        return new PipelineResult(source, parse, OutlineBuilder.build(parse.crate()), AsyncAnalysis.analyze(parse),
                TypesAnalysis.run(parse.crate()));
    }
}
