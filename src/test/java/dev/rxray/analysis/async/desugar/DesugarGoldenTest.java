package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rxray.pipeline.PipelineResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desugared text of a few samples against goldens recorded from this tool and reviewed by reading them
 * ({@code src/test/resources/desugar}). A missing golden is written and the test fails until it is committed;
 * {@code -Dgolden.update=true} rewrites them on purpose; a mismatch leaves the new text in
 * {@code target/golden-changed/desugar}.
 */
class DesugarGoldenTest {
    private static final Path GOLDENS = Path.of("src", "test", "resources", "desugar");
    private static final Path CHANGED = Path.of("target", "golden-changed", "desugar");

    @ParameterizedTest
    @ValueSource(strings = {"sequential_awaits", "awaits_in_loops_and_branches", "operands_across_await",
        "async_blocks_and_closures", "question_mark_in_async"})
    void desugaredTextMatchesTheReviewedGolden(String sample) throws IOException {
        PipelineResult result = DesugarSamples.analyse(DesugarSamples.ASYNC.resolve(sample + ".rs"));
        String actual = Desugarer.desugarAll(result.parse(), result.async()).stream()
                .map(DesugaredCoroutine::text).collect(Collectors.joining("\n"));
        Path golden = GOLDENS.resolve(sample + ".desugared.rs.txt");
        boolean update = Boolean.getBoolean("golden.update");
        if (update || !Files.exists(golden)) {
            Files.createDirectories(GOLDENS);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!update) {
                fail("golden " + golden + " was missing and has been written: review and commit it");
            }
            return;
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Files.createDirectories(CHANGED);
            Files.writeString(CHANGED.resolve(golden.getFileName()), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden %s (new text in %s)", golden, CHANGED).isEqualTo(expected);
    }
}
