package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Tag;

import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.tree.Crate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The type analyses (variance, auto traits, drop check) of every variance and phantom sample take under 5 ms in a
 * warm JVM. The parse is done once beforehand: this measures the analyses alone. Prints the median per sample.
 */
@Tag("benchmark")
class TypesBenchmarkTest {

    private static final int WARMUP = 200;
    private static final int RUNS = 31;
    private static final double LIMIT_MS = 5.0;

    @Test
    void everySampleIsAnalysedInUnderFiveMillisecondsWarm() throws IOException {
        List<Path> samples = VarianceFidelityTest.samples();
        assertThat(samples).isNotEmpty();
        StringBuilder report = new StringBuilder();
        double worst = 0;
        for (Path sample : samples) {
            Crate crate = RustSyntax.parse(SourceFile.of(sample.toString(),
                    Files.readString(sample, StandardCharsets.UTF_8))).crate();
            for (int i = 0; i < WARMUP; i++) {
                TypesAnalysis.run(crate);
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                TypesAnalysis.run(crate);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[RUNS / 2];
            worst = Math.max(worst, median);
            report.append(String.format("%-40s %.3f ms%n", sample.getFileName(), median));
        }
        System.out.print(report);
        assertThat(worst).as(report.toString()).isLessThan(LIMIT_MS);
    }
}
