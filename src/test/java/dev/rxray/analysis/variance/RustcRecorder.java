package dev.rxray.analysis.variance;

import dev.rxray.oracle.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's golden recorder ({@code src/scripts/record-goldens.sh}) on Rust text written to a scratch
 * samples folder, so tests compare with rustc's own answers rather than with answers typed by hand.
 */
final class RustcRecorder {

    private RustcRecorder() {
    }

    static boolean available() {
        return ExternalTools.onPath("rustc") && ExternalTools.onPath("python3");
    }

    /** Writes {@code variance/NAME.rs}, records it, and returns the sample's path (the golden lies beside it). */
    static Path record(Path scratch, String name, String source) throws IOException, InterruptedException {
        Path samples = scratch.resolve("samples");
        Files.createDirectories(samples.resolve("variance"));
        Path sample = samples.resolve("variance").resolve(name + ".rs");
        Files.writeString(sample, source, StandardCharsets.UTF_8);
        Path log = scratch.resolve(name + ".log");
        Process p = new ProcessBuilder("bash", projectRoot().resolve("src/scripts/record-goldens.sh").toString(),
                "--samples", samples.toString(), sample.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
            throw new AssertionError("the recorder did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("the recorder failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return sample;
    }

    private static Path projectRoot() {
        String property = System.getProperty("rxray.samples");
        Path samples = property == null || property.isBlank() ? Path.of("samples") : Path.of(property);
        return samples.toAbsolutePath().normalize().getParent();
    }
}
