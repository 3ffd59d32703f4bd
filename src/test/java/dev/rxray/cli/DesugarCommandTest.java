package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.desugar.Desugarer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rxray desugar}: every coroutine or one, unknown names, syntax errors, unreadable files. */
class DesugarCommandTest {
    private static final String SOURCE = """
            async fn leaf(n: u32) -> u32 {
                n + 1
            }

            async fn run(a: u32) -> u32 {
                let x = leaf(a).await;
                x * 2
            }
            """;

    @TempDir
    Path dir;

    @Test
    void printsEveryCoroutineWhenNoneIsNamed() throws IOException {
        Path file = write("run.rs", SOURCE);
        CliRun run = CliRun.of("desugar", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("enum LeafFuture {", "enum RunFuture {", "explanation model",
                "__awaitee = leaf(a).into_future();", "let x = __out0;", "return Poll::Ready(x * 2);",
                "Returned => panic!(\"" + Desugarer.RESUMED_AFTER_COMPLETION + "\"),");
        assertThat(run.out().indexOf("enum LeafFuture")).isLessThan(run.out().indexOf("enum RunFuture"));
    }

    @Test
    void printsOnlyTheNamedCoroutine() throws IOException {
        Path file = write("run.rs", SOURCE);
        CliRun run = CliRun.of("desugar", file.toString(), "--coroutine", "run");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("enum RunFuture {").doesNotContain("enum LeafFuture");
        assertThat(CliRun.of("desugar", file.toString(), "--coroutine", "run(3)").out()).isEqualTo(run.out());
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheNames() throws IOException {
        Path file = write("run.rs", SOURCE);
        CliRun run = CliRun.of("desugar", file.toString(), "--coroutine", "nothing");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no coroutine named 'nothing'", "known: leaf, run");
    }

    @Test
    void aSyntaxErrorIsReportedAndWhatParsedIsStillDesugared() throws IOException {
        Path file = write("broken.rs", SOURCE + "\nfn broken( {\n");
        CliRun run = CliRun.of("desugar", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).containsPattern("broken\\.rs:\\d+:\\d+: error: ");
        assertThat(run.out()).contains("enum RunFuture {");
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("desugar", dir.resolve("gone.rs").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("gone.rs");
    }

    @Test
    void readsStandardInput() {
        CliRun run = CliRun.withStdin(SOURCE, "desugar", "-", "--coroutine", "leaf");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("// async fn leaf (line 1)", "return Poll::Ready(n + 1);");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
