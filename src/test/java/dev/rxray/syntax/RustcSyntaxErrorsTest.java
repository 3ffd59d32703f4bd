package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.oracle.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken snippets (a missing comma, semicolon or brace) against rustc's parser, run live: after one mistake rustc
 * says one thing, and so must we, at the line it names. Error recovery must never invent more errors than rustc
 * reports; the first error must be on rustc's line.
 */
class RustcSyntaxErrorsTest {
    private static final Path DIR = Path.of("src/test/resources/syntax-errors");
    private static final Pattern LOCATION = Pattern.compile("^ *--> [^:]+:(\\d+):(\\d+)$", Pattern.MULTILINE);

    @BeforeAll
    static void needsRustc() {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH");
    }

    static Stream<Path> snippets() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void reportsNoMoreErrorsThanRustcAndTheFirstOnItsLine(Path file) throws Exception {
        List<int[]> rustc = rustcErrors(file);
        assertThat(rustc).as("rustc rejects %s", file).isNotEmpty();

        String text = Files.readString(file);
        List<Diagnostic> ours = RustSyntax.parse(SourceFile.of(file.getFileName().toString(), text)).diagnostics()
                .stream().filter(d -> d.severity() == Severity.ERROR).toList();

        assertThat(ours).as("errors for %s (rustc: %d)", file, rustc.size()).isNotEmpty().hasSizeLessThanOrEqualTo(rustc.size());
        assertThat(ours.getFirst().span().startLine()).as("line of the first error in %s", file)
                .isEqualTo(rustc.getFirst()[0]);
    }

    /** The line and column of each error rustc's parser reports, in its order. */
    private static List<int[]> rustcErrors(Path file) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("rustc", "--edition", "2021", "-Zparse-crate-root-only",
                "--error-format", "human", file.toString()).redirectErrorStream(true);
        builder.environment().put("RUSTC_BOOTSTRAP", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<int[]> errors = new ArrayList<>();
        String[] blocks = output.split("\n(?=error)");
        for (String block : blocks) {
            if (!block.startsWith("error") || block.startsWith("error: aborting")) {
                continue;
            }
            Matcher at = LOCATION.matcher(block);
            if (at.find()) {
                errors.add(new int[] {Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2))});
            }
        }
        return errors;
    }
}
