package dev.rxray.cli;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.AutoTraits;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rxray traits}: Send, Sync and Unpin of the future that a call of an async fn of the file returns. */
@Command(
        name = "traits",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints, as JSON, whether a future or a type is Send, Sync and Unpin.",
            "TARGET is a call of an async fn of the file ('holds_rc_across()', 'Cache::get(..)'), an async block or",
            "closure by its name ('async block@12:5'), or a type ('Wrapper<Rc<u8>>'). Each 'false' comes with its reason."
        })
final class TraitsCommand implements Callable<Integer> {
    @ParentCommand
    private RxrayCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A Rust source file; '-' reads standard input.")
    private String file;

    @Parameters(index = "1", paramLabel = "TARGET", description = "A call of an async fn of the file ('fetch()'), or a type ('Foo<Rc<u8>>').")
    private String target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return switch (SourceReader.read(file, root.stdin())) {
            case Unreadable unreadable -> {
                TextFormat.unreadable(err, unreadable);
                err.flush();
                yield ExitCodes.USAGE_OR_IO;
            }
            case SourceReader.Loaded loaded -> {
                PipelineResult result = Pipeline.run(loaded.source());
                Optional<CoroutineMachine> machine = find(result.async(), target);
                if (machine.isEmpty()) {
                    // Not a coroutine of the file: a call names a missing one, anything else is read as a type.
                    String known = String.join(", ",
                            result.async().coroutines().stream().map(CoroutineMachine::name).toList());
                    Optional<Map<AutoTrait, TraitAnswer>> answers = looksLikeCall(target)
                            ? Optional.empty() : TypeTraitsTarget.evaluate(result, target);
                    if (answers.isEmpty()) {
                        err.println("rxray: " + loaded.source().name() + ": " + (looksLikeCall(target)
                                ? "no async fn, block or closure matches '" + target + "'"
                                : "'" + target + "' is not a type") + "; async fns of the file: "
                                + (known.isEmpty() ? "none" : known));
                        err.flush();
                        yield ExitCodes.USAGE_OR_IO;
                    }
                    try {
                        JsonGenerator g = TypesJson.generator(out);
                        TypeTraitsTarget.write(g, answers.get());
                        g.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.println();
                    out.flush();
                    yield ExitCodes.OK;
                }
                AsyncJson.traits(out, target, machine.get(), AutoTraits.of(machine.get(), result.async()));
                out.flush();
                yield ExitCodes.OK;
            }
        };
    }

    /** `fetch()` or `cache.get(k)`, but not a fn-pointer type such as `fn(u8) -> u8`. */
    private static boolean looksLikeCall(String target) {
        String t = target.strip();
        return t.endsWith(")") && !t.startsWith("fn") && !t.startsWith("unsafe") && !t.startsWith("extern")
                && !t.startsWith("(") && !t.contains("<");
    }

    /** The coroutine a target names: the callee path of a call, or a coroutine's name as written. */
    static Optional<CoroutineMachine> find(AsyncReport report, String target) {
        String name = target.strip();
        List<CoroutineMachine> all = report.coroutines();
        Optional<CoroutineMachine> exact = all.stream().filter(m -> m.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        int paren = name.indexOf('(');
        String callee = (paren >= 0 ? name.substring(0, paren) : name).strip();
        if (callee.contains(".")) {
            callee = callee.substring(callee.lastIndexOf('.') + 1);
        }
        String path = callee;
        return all.stream().filter(m -> m.name().equals(path)).findFirst()
                .or(() -> all.stream().filter(m -> m.name().endsWith("::" + path)).findFirst());
    }
}
