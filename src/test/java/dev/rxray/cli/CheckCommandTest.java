package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final String CLEAN = "fn main() {\n    let x = 1 + 2;\n    println!(\"{x}\");\n}\n";
    static final String BROKEN = "fn main() {\n    let x = ;\n}\n";

    @TempDir
    Path dir;

    /** The error-path tests need the real parser; until it reports errors they are skipped, not passed. */
    static void assumeParserReportsErrors() {
        assumeTrue(!RustSyntax.parse(SourceFile.of("probe.rs", "fn (")).diagnostics().isEmpty(),
                "the parser does not report syntax errors yet (placeholder)");
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void cleanFileExitsZeroAndPrintsNothing() throws IOException {
        CliRun run = CliRun.of("check", write("ok.rs", CLEAN).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void syntaxErrorExitsOneWithRustcStyleLines() throws IOException {
        assumeParserReportsErrors();
        Path broken = write("broken.rs", BROKEN);

        CliRun run = CliRun.of("check", broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).matches("\\Q" + broken + "\\E:2:\\d+: error: .+"));
        assertThat(run.err()).contains("error: could not parse " + broken + ": ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void oneBrokenFileAmongCleanOnesStillExitsOne() throws IOException {
        assumeParserReportsErrors();
        CliRun run = CliRun.of("check", write("a.rs", CLEAN).toString(), write("b.rs", BROKEN).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains("b.rs:2:").doesNotContain("a.rs:");
        assertThat(run.err()).contains("error: 1 of 2 files could not be parsed or read");
    }

    @Test
    void standardInputIsReadForDashAndNamedStdin() {
        CliRun run = CliRun.withStdin(CLEAN, "check", "--json", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"file\": \"<stdin>\"");
    }

    @Test
    void standardInputWithAnErrorIsReportedUnderStdinName() {
        assumeParserReportsErrors();
        CliRun run = CliRun.withStdin(BROKEN, "check", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).startsWith("<stdin>:2:");
    }

    @Test
    void missingFileExitsTwoWithOneLine() {
        String missing = dir.resolve("missing.rs").toString();

        CliRun run = CliRun.of("check", missing);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).isEqualTo("rxray: cannot read " + missing + ": no such file\n");
    }

    @Test
    void directoryArgumentExitsTwoWithOneLine() {
        CliRun run = CliRun.of("check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).isEqualTo("rxray: cannot read " + dir + ": is a directory\n");
    }

    @Test
    void unreadableFileWinsOverCleanFilesAndTheOthersAreStillChecked() throws IOException {
        assumeParserReportsErrors();
        Path broken = write("broken.rs", BROKEN);

        CliRun run = CliRun.of("check", dir.resolve("missing.rs").toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("no such file").contains(broken + ":2:");
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("no FILE given");
    }

    @Test
    void unknownOptionIsAOneLineUsageError() {
        CliRun run = CliRun.of("check", "--frobnicate", "x.rs");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .contains("--frobnicate").contains("rxray check --help");
    }

    @Test
    void filesFromReadsOneNamePerLine() throws IOException {
        Path a = write("a.rs", CLEAN);
        Path b = write("b.rs", "struct S;\n");
        Path list = write("list.txt", a + "\n\n" + b + "\n");

        CliRun run = CliRun.of("check", "--json", "--files-from", list.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(a.toString()).contains(b.toString()).contains("\"files\": 2");
    }

    @Test
    void missingListFileExitsTwo() {
        CliRun run = CliRun.of("check", "--files-from", dir.resolve("nope.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("nope.txt");
    }

    @Test
    void badInputNeverEndsInAStackTrace() throws IOException {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '{', '(', '"', (byte) 0xc3};
        Path binary = Files.write(dir.resolve("garbage.rs"), garbage);

        CliRun run = CliRun.of("check", binary.toString(), write("empty.rs", "").toString());

        assertThat(run.exitCode()).isIn(ExitCodes.OK, ExitCodes.ERRORS);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
