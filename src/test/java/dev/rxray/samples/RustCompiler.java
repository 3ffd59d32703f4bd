package dev.rxray.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code rustc} (and the programs it builds) as an oracle for the samples. Every process gets a time
 * limit and its combined output goes to a file, so a hung compiler or sample fails one test instead of the build.
 */
final class RustCompiler {

    /** What a finished (or killed) process left behind. */
    record Outcome(int exitCode, String output, boolean timedOut) {
        /** Stands for a step that was not attempted because an earlier one failed. */
        static Outcome notRun(String reason) {
            return new Outcome(-1, reason, false);
        }

        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** Output lines that rustc prints for warnings, e.g. {@code warning: unused variable: `x`}. */
        List<String> warnings() {
            return output.lines().filter(line -> line.startsWith("warning")).toList();
        }
    }

    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(20);

    private RustCompiler() {
    }

    /** The {@code rustc --version} line, or empty when rustc is not on PATH or does not answer. */
    static Optional<String> version() {
        try {
            Process process = new ProcessBuilder("rustc", "--version").redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(VERSION_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty(); // no rustc executable on PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Compiles {@code source} as a 2021-edition binary into {@code outputDir/out}. */
    static Outcome compile(Path source, Path outputDir, Duration timeout) {
        List<String> command = List.of("rustc", "--edition", "2021", "--crate-type", "bin",
                "-o", outputDir.resolve("out").toString(), source.toString());
        return run(command, outputDir, outputDir.resolve("rustc.log"), timeout);
    }

    /** Runs a program that {@link #compile} built into {@code outputDir}. */
    static Outcome runBuilt(Path outputDir, Duration timeout) {
        return run(List.of(outputDir.resolve("out").toString()), outputDir, outputDir.resolve("run.log"), timeout);
    }

    private static Outcome run(List<String> command, Path workDir, Path log, Duration timeout) {
        try {
            Files.createDirectories(workDir);
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Outcome(finished ? process.exitValue() : -1, output, !finished);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted", true);
        }
    }
}
