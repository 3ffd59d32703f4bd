package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.oracle.GoldenCorpus;
import dev.rxray.oracle.VarianceGolden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis agrees exactly with rustc on every sample that has a {@code .variance.golden}: variance per type per
 * parameter, E0392, auto-trait summaries, and every answered probe instantiation.
 */
class VarianceFidelityTest {

    static List<Path> samples() {
        return GoldenCorpus.samples(GoldenCorpus.VARIANCE_TOPICS);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void agreesWithRustc(Path sample) {
        GoldenComparison.Outcome outcome = GoldenComparison.compare(sample, VarianceGolden.besides(sample));
        assertThat(outcome.compared()).isPositive();
        assertThat(outcome.mismatches()).as(sample.getFileName().toString()).isEmpty();
    }
}
