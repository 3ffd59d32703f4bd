package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.oracle.ExternalTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panic messages of the desugared {@code Returned} and {@code Panicked} arms, re-derived from rustc: a program
 * polls an async fn, an async block and an async closure after they finished and after they panicked.
 */
class DesugarPanicMessagesTest {
    @Test
    void theArmsPanicWithRustcsMessages(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH");
        Path program = Path.of("src", "test", "resources", "desugar", "panic_messages.rs").toAbsolutePath();
        Path binary = dir.resolve("panic_messages");
        Process compile = new ProcessBuilder("rustc", "--edition", "2021", "-o", binary.toString(),
                program.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("rustc.txt").toFile())
                .start();
        assertThat(compile.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as(Files.readString(dir.resolve("rustc.txt"))).isZero();
        Process run = new ProcessBuilder(binary.toString()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String completion = Desugarer.RESUMED_AFTER_COMPLETION;
        String panicking = Desugarer.RESUMED_AFTER_PANICKING;
        assertThat(output.lines().toList()).containsExactly(completion, panicking, completion, panicking,
                completion, panicking);
    }
}
