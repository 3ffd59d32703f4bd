package dev.rxray.cli;

import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rxray analyze}: the async state machines of a file. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints what rustc builds from a Rust file's async code and its types.",
            "For every async fn, async block and async closure: states, await positions, saved locals and "
                + "temporaries per state, upvars, Send and Unpin. For every struct, enum and union: variance per "
                + "parameter, E0392, Send/Sync/Unpin and drop check, each with its reason.",
            "Syntax errors go to standard error; the analysis still covers what parsed (exit 1)."
        })
final class AnalyzeCommand extends OneFileCommand {
    @Option(names = "--json", description = "Print JSON (schema 1, see README) instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        return readThen(this::run);
    }

    private int run(PrintWriter out, PrintWriter err, SourceFile source) {
        PipelineResult result = Pipeline.run(source);
        FileOutcome.Analysed analysed = new FileOutcome.Analysed(source.name(), result);
        // Syntax errors first: they explain an analysis that covers only part of the file.
        TextFormat.diagnostics(err, analysed);
        err.flush();
        if (json) {
            AsyncJson.analysis(out, source.name(), result);
        } else {
            AsyncText.analysis(out, result.async().coroutines(), result.parse().hasErrors());
            TypesText.analysis(out, result.types());
        }
        out.flush();
        return result.parse().hasErrors() ? ExitCodes.ERRORS : ExitCodes.OK;
    }
}
