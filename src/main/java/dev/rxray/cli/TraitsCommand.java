package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rxray traits FILE TARGET}: Send, Sync and Unpin of a type written over the file's own types. */
@Command(
        name = "traits",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints Send, Sync and Unpin of TARGET, a type such as 'Wrapper<Rc<u8>>', as JSON with reasons.")
final class TraitsCommand implements Callable<Integer> {
    @ParentCommand
    private RxrayCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A Rust source file; '-' reads standard input.")
    private String file;

    @Parameters(index = "1", paramLabel = "TARGET", description = "A type, e.g. 'Foo<Rc<u8>>'.")
    private String target;

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
                Optional<Map<AutoTrait, TraitAnswer>> answers = TypeTraitsTarget.evaluate(result, target);
                if (answers.isEmpty()) {
                    err.println("rxray traits: '" + target + "' is not a type");
                    err.flush();
                    return ExitCodes.USAGE_OR_IO;
                }
                JsonGenerator g = TypesJson.generator(out);
                TypeTraitsTarget.write(g, answers.get());
                g.flush();
                out.println();
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
