package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of a corpus of real crates parses without a diagnostic, and without the second (full LL) stage.
 * The corpus is not part of the repository: pass its folder as {@code -Drxray.corpus=DIR} (for instance the
 * {@code usr/share/cargo/registry} folder of extracted Debian {@code librust-*-dev} packages). Without it the test is
 * skipped and says so. Files that rustc itself rejects should not be in the folder.
 */
class RealCratesTest {

    @Test
    void everyFileParsesCleanlyInTheFirstStage() throws IOException {
        String dir = System.getProperty("rxray.corpus", "");
        assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "skipped: no corpus given (run with -Drxray.corpus=DIR to parse a folder of real crates)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            files = walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        long fallbacksBefore = RustSyntax.llFallbackCount();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            ParseResult result = RustSyntax.parse(SourceFile.decode(file.toString(), Files.readAllBytes(file)));
            result.diagnostics().stream().findFirst().ifPresent(d -> failures.add(d.format(file.toString())));
        }
        assertThat(files).isNotEmpty();
        assertThat(failures).isEmpty();
        assertThat(RustSyntax.llFallbackCount() - fallbacksBefore).isZero();
    }
}
