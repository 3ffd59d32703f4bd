package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Tag;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The analysis of every sample stays under 5 ms (median, warm); the numbers are printed by {@link AnalysisBench}. */
@Tag("benchmark")
class AnalysisSpeedTest {
    private static final double BUDGET_MS = 5.0;

    @Test
    void everySampleAndTwoHundredAwaitsAnalyseWithinBudget() throws IOException {
        String property = System.getProperty("rxray.samples");
        Path folder = (property == null || property.isBlank() ? Path.of("samples") : Path.of(property))
                .resolve("async");
        assertThat(AnalysisBench.run(folder)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.medianMs()).as(t.name()).isLessThan(BUDGET_MS));
    }
}
