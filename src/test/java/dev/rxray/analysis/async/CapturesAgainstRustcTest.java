package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.oracle.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Edition 2021 precise captures on code written for them (in {@code src/test/resources/captures}), asked of rustc on
 * the spot: each file is recorded into a scratch samples folder and every coroutine's upvars, states and saved
 * locals must be rustc's. These are the corners that the samples do not all show: moves out of fields in blocks
 * that are not {@code move}, derefs of {@code &}, {@code &mut} and {@code Box}, a type with its own {@code Drop},
 * tuple fields, and what a partial move leaves for the enclosing async fn to drop. Skipped without rustc or python3.
 */
class CapturesAgainstRustcTest {

    @ParameterizedTest
    @ValueSource(strings = {"places_in_blocks.rs", "captures_in_async_fns.rs"})
    void capturesAreRustcs(String file, @org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException, InterruptedException {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH: the recorder cannot run");
        assumeTrue(ExternalTools.onPath("python3"), "python3 is not on PATH: the recorder cannot run");
        Path sample = temp.resolve("samples/async").resolve(file);
        Files.createDirectories(sample.getParent());
        Files.copy(Path.of("src/test/resources/captures").resolve(file), sample);
        Path log = temp.resolve("record.log");
        Process p = new ProcessBuilder("bash", Path.of("src/scripts/record-goldens.sh").toString(),
                "--samples", temp.resolve("samples").toString(), sample.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished && p.exitValue() == 0).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();

        assertThat(AsyncFidelityTest.differences(sample)).as(file).isEmpty();
        assertThat(AsyncFidelityTest.counterpartsFound(sample)).as("coroutines compared in " + file)
                .isGreaterThanOrEqualTo(18);
    }
}
