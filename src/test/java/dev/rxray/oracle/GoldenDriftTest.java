package dev.rxray.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-derives every golden with the real compiler, through the one recorder ({@code record-goldens.sh --check}),
 * so the goldens cannot drift from rustc. Skipped, with a message, where rustc or python3 is not on PATH.
 */
class GoldenDriftTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(180);

    @Test
    void goldensMatchWhatRustcSaysNow(@TempDir Path temp) throws IOException, InterruptedException {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH: goldens not re-derived");
        assumeTrue(ExternalTools.onPath("python3"), "python3 is not on PATH: goldens not re-derived");
        Path script = GoldenCorpus.projectRoot().resolve("src/scripts/record-goldens.sh");
        Path log = temp.resolve("check.log");
        Process process = new ProcessBuilder("bash", script.toString(), "--check",
                "--samples", GoldenCorpus.samplesRoot().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("record-goldens.sh --check within %s:%n%s", TIME_LIMIT, output).isTrue();
        assertThat(process.exitValue())
                .as("goldens differ from rustc; re-record with src/scripts/record-goldens.sh and review:%n%s", output)
                .isZero();
        assertThat(output).contains("0 drifted, 0 unreadable");
    }
}
