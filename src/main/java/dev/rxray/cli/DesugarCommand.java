package dev.rxray.cli;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.desugar.Desugarer;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rxray desugar}: the pseudo-Rust a coroutine stands for. */
@Command(
        name = "desugar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints, as readable pseudo-Rust, the state machine rustc generates for each async fn, block and closure.",
            "The state enum with the fields saved in each state, and its impl Future whose poll matches on the "
                + "state, each arm the code between two awaits. It is an explanation model, not rustc's literal "
                + "output.",
            "Syntax errors go to standard error; the output still covers what parsed (exit 1)."
        })
final class DesugarCommand extends OneFileCommand {
    @Option(names = "--coroutine", paramLabel = "NAME",
            description = "Only this coroutine: its name as 'rxray analyze' prints it, or a call such as 'run()'.")
    private String coroutine;

    @Override
    public Integer call() {
        return readThen(this::run);
    }

    private int run(PrintWriter out, PrintWriter err, SourceFile source) {
        PipelineResult result = Pipeline.run(source);
        List<CoroutineMachine> all = result.async().coroutines();
        List<CoroutineMachine> chosen = all;
        if (coroutine != null) {
            Optional<CoroutineMachine> found = TraitsCommand.find(result.async(), coroutine);
            if (found.isEmpty()) {
                err.println("rxray: " + source.name() + ": no coroutine named '" + coroutine
                        + "'; " + (all.isEmpty() ? "the file has no async fn, block or closure"
                        : "known: " + String.join(", ", all.stream().map(CoroutineMachine::name).toList())));
                err.flush();
                return ExitCodes.USAGE_OR_IO;
            }
            chosen = List.of(found.get());
        }
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.print(Desugarer.desugar(result.parse(), chosen.get(i)).text());
        }
        out.flush();
        TextFormat.diagnostics(err, new FileOutcome.Analysed(source.name(), result));
        err.flush();
        return result.parse().hasErrors() ? ExitCodes.ERRORS : ExitCodes.OK;
    }
}
