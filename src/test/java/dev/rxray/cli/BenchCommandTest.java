package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    void corpus() throws IOException {
        Files.createDirectories(dir.resolve("src/nested"));
        Files.writeString(dir.resolve("src/lib.rs"), "pub mod nested;\npub fn one() -> u32 {\n    1\n}\n");
        Files.writeString(dir.resolve("src/nested/mod.rs"), "pub struct S<T>(T);\n");
        Files.writeString(dir.resolve("src/notes.txt"), "not rust\n");
    }

    @Test
    void warmRunReportsThroughputAndSlowestFiles() throws IOException {
        corpus();

        CliRun run = CliRun.of("bench", "--warmup", "1", "--iterations", "3", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2 files, 5 lines").contains("lines/s").contains("per 2,000 lines")
                .contains("SLL->LL fallbacks").contains("files with errors").contains("slowest files")
                .contains("lib.rs").contains("mod.rs").doesNotContain("notes.txt");
    }

    @Test
    void coldRunReportsTheFirstParses() throws IOException {
        corpus();

        CliRun run = CliRun.of("bench", "--cold", dir.resolve("src/lib.rs").toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("first file: " + dir.resolve("src/lib.rs") + " (4 lines)")
                .contains("JVM start to first result").contains("reading 3 files").contains("first parse");
    }

    @Test
    void missingPathExitsTwo() {
        CliRun run = CliRun.of("bench", dir.resolve("nothing").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).endsWith("nothing: no such file\n");
    }

    @Test
    void directoryWithoutRustFilesExitsTwo() {
        CliRun run = CliRun.of("bench", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).endsWith("holds no .rs files\n");
    }

    @Test
    void zeroIterationsIsAUsageError() throws IOException {
        corpus();

        CliRun run = CliRun.of("bench", "--iterations", "0", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("--iterations");
    }

    @Test
    void linesAreCountedAsAReaderCountsThem() {
        assertThat(BenchInput.countLines("")).isZero();
        assertThat(BenchInput.countLines("a")).isEqualTo(1);
        assertThat(BenchInput.countLines("a\n")).isEqualTo(1);
        assertThat(BenchInput.countLines("a\nb")).isEqualTo(2);
        assertThat(BenchInput.countLines("\n\n")).isEqualTo(2);
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(Benchmark.median(new long[] {5, 1, 3})).isEqualTo(3);
        assertThat(Benchmark.median(new long[] {4, 1, 3, 2})).isEqualTo(2);
        assertThat(Benchmark.median(new long[0])).isZero();
    }
}
