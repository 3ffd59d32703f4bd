package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.oracle.VarianceGolden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis agrees exactly with rustc on every sample that has a {@code .variance.golden}: variance per type per
 * parameter, E0392, auto-trait summaries, and every answered probe instantiation.
 */
class VarianceFidelityTest {

    static List<Path> samples() {
        String property = System.getProperty("rxray.samples");
        Path root = (property == null || property.isBlank() ? Path.of("samples") : Path.of(property))
                .toAbsolutePath().normalize();
        return Stream.of("variance", "phantom").flatMap(topic -> {
            try (Stream<Path> files = Files.list(root.resolve(topic))) {
                return files.filter(p -> p.getFileName().toString().endsWith(".rs")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(p -> Files.exists(VarianceGolden.besides(p))).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void agreesWithRustc(Path sample) {
        GoldenComparison.Outcome outcome = GoldenComparison.compare(sample, VarianceGolden.besides(sample));
        assertThat(outcome.compared()).isPositive();
        assertThat(outcome.mismatches()).as(sample.getFileName().toString()).isEmpty();
    }
}
