package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never throws: every sample, cut and spliced at seeded random places (so the parse has errors and the
 * tree has holes), still gives a report, and the same text gives the same report.
 */
class MutatedSamplesTest {
    private static final int MUTANTS_PER_SAMPLE = 15;

    static java.util.List<Path> samples() {
        return AsyncFidelityTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mutantsOfASampleAreAnalysedWithoutExceptions(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        Random random = new Random(sample.getFileName().toString().hashCode());
        for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
            String mutant = SourceMutants.mutate(text, random, List.of(".await"));
            assertThatCode(() -> {
                var parse = RustSyntax.parse(SourceFile.of("m.rs", mutant));
                assertThat(AsyncAnalysis.analyze(parse)).isEqualTo(AsyncAnalysis.analyze(parse));
            }).as("mutant %d of %s", i, sample.getFileName()).doesNotThrowAnyException();
        }
    }
}
