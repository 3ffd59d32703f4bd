package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.UnusedParameter;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rxray analyze FILE}: what the analyses say about one file (its types' variance, auto traits, drop check). */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints what the compiler computes behind a Rust file: for every struct, enum and union its variance,",
            "Send/Sync/Unpin and drop-check facts, each with its reason (in --json)."
        })
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    private RxrayCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A Rust source file; '-' reads standard input.")
    private String file;

    @Option(names = "--json", description = "Print a JSON report on standard output instead.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        switch (SourceReader.read(file, root.stdin())) {
            case Unreadable unreadable -> {
                TextFormat.unreadable(err, unreadable);
                err.flush();
                return ExitCodes.USAGE_OR_IO;
            }
            case SourceReader.Loaded(var source) -> {
                PipelineResult result = Pipeline.run(source);
                if (json) {
                    JsonGenerator g = TypesJson.generator(out);
                    g.writeStartObject();
                    g.writeNumberField("schema", JsonFormat.SCHEMA);
                    g.writeStringField("command", "analyze");
                    g.writeStringField("file", source.name());
                    TypesJson.writeField(g, result.types());
                    g.writeEndObject();
                    g.flush();
                    out.println();
                } else {
                    text(out, result);
                }
                out.flush();
                TextFormat.diagnostics(err, new FileOutcome.Analysed(source.name(), result));
                err.flush();
                boolean errors = result.parse().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
                return errors ? ExitCodes.ERRORS : ExitCodes.OK;
            }
        }
    }

    private static void text(PrintWriter out, PipelineResult result) {
        for (TypeReport t : result.types().types()) {
            out.printf("%d: %s %s %s%n", t.declaration().line(), t.declaration().kind().keyword(),
                    t.declaration().name(), t.variance().rustcNotation());
            for (UnusedParameter e : t.variance().errors()) {
                out.printf("    error%s: %s%n", e.code().isEmpty() ? "" : "[" + e.code() + "]", e.message());
            }
            StringBuilder traits = new StringBuilder("   ");
            for (AutoTrait a : AutoTrait.values()) {
                traits.append(' ').append(a.rustName()).append(": ").append(t.autoTraits().answer(a).text())
                        .append(';');
            }
            out.println(traits.substring(0, traits.length() - 1));
            out.printf("    drop glue: %s; owns for drop check: %s%n", t.drop().glue().text(),
                    t.drop().owns().isEmpty() ? "nothing" : String.join(", ", t.drop().owns()));
        }
    }
}
