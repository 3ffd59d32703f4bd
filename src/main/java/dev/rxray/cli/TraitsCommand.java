package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.autotraits.TargetError;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import java.io.IOException;
import dev.rxray.syntax.SourceFile;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rxray traits}: Send, Sync and Unpin of a future of the file, or of a type over the file's types. */
@Command(
        name = "traits",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints, as JSON (or text with --text), whether a future or a type is Send, Sync and Unpin, and why.",
            "TARGET is a call of an async fn of the file ('fetch()', 'Cache::get(..)'), an async block or closure "
                    + "by its name ('async block@12:5'), or a type ('Wrapper<Rc<u8>>', "
                    + "'Pin<Box<{async fn body of fetch()}>>'). A type rustc would reject (E0107, E0425) is an "
                    + "error, with exit code 2.",
            "A file with syntax errors gets no answer: the errors go to standard error (exit 1)."
        })
final class TraitsCommand extends OneFileCommand {
    @Parameters(index = "1", paramLabel = "TARGET",
            description = "A call of an async fn of the file ('fetch()'), or a type ('Foo<Rc<u8>>').")
    private String target;

    @Option(names = "--text", description = "Print the answers and reasons as text instead of JSON.")
    private boolean text;

    @Override
    public Integer call() {
        return readThen(this::run);
    }

    private int run(PrintWriter out, PrintWriter err, SourceFile source) {
        PipelineResult result = Pipeline.run(source);
        if (refusedForSyntaxErrors(err, source, result, "answered")) {
            return ExitCodes.ERRORS;
        }
        Optional<CoroutineMachine> machine = find(result.async(), target);
        TypeTraitsTarget.Outcome outcome = machine.isPresent()
                ? TypeTraitsTarget.ofFuture(machine.get(), result)
                : looksLikeCall(target) ? new TypeTraitsTarget.NotAType()
                : TypeTraitsTarget.ofType(result, target);
        return switch (outcome) {
            case TypeTraitsTarget.Answered a -> {
                print(out, json -> TypeTraitsTarget.write(json, target, a.answer()),
                        () -> TypeTraitsTarget.text(out, a.answer()));
                yield ExitCodes.OK;
            }
            case TypeTraitsTarget.Invalid invalid -> {
                TargetError e = invalid.error();
                err.println("rxray: " + source.name() + ": TARGET:" + e.column() + ": " + e.text());
                err.flush();
                if (!text) {
                    print(out, json -> TypeTraitsTarget.writeError(json, target, e), () -> { });
                }
                yield ExitCodes.USAGE_OR_IO;
            }
            case TypeTraitsTarget.NotAType n -> {
                err.println("rxray: " + source.name() + ": " + (looksLikeCall(target)
                        ? "no async fn, block or closure matches '" + target + "'"
                        : "'" + target + "' is not a type") + "; async fns of the file: "
                        + TypeTraitsTarget.coroutines(result));
                err.flush();
                yield ExitCodes.USAGE_OR_IO;
            }
        };
    }

    private interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    private void print(PrintWriter out, JsonBody json, Runnable asText) {
        if (text) {
            asText.run();
        } else {
            try {
                JsonGenerator g = TypesJson.generator(out);
                json.write(g);
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        }
        out.flush();
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
