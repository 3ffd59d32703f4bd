package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.oracle.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stepper's test program keeps rustc's numbering: its golden is re-derived with the compiler through the one
 * recorder ({@code record-goldens.sh --check}) whenever rustc and python3 are on PATH.
 */
class FlowGoldenDriftTest {

    @Test
    void theTestProgramsGoldenMatchesWhatRustcSaysNow(@TempDir Path temp) throws IOException, InterruptedException {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH: golden not re-derived");
        assumeTrue(ExternalTools.onPath("python3"), "python3 is not on PATH: golden not re-derived");
        Path log = temp.resolve("check.log");
        Process process = new ProcessBuilder("bash", "src/scripts/record-goldens.sh", "--check", "--samples",
                "src/test/resources/dev/rxray/analysis/async/step/flow")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("1 samples, 0 drifted, 0 unreadable");
    }
}
