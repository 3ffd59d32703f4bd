package dev.rxray.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.samples.SampleCorpus.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape the sample browser relies on: samples live in the five topic folders, and each file opens with exactly
 * two {@code //!} lines, the title and a one-line description. Needs no Rust toolchain.
 */
class SamplesLayoutTest {

    private static final int MIN_SAMPLES = 30;
    private static final int MIN_LINES = 20;
    private static final int MAX_LINES = 120;
    private static final String DOC = "//!";

    private final List<Sample> samples = SampleCorpus.locate().samples();

    @Test
    void atLeastThirtySamplesCoverAllFiveTopics() {
        Map<String, Long> perTopic = samples.stream()
                .collect(Collectors.groupingBy(Sample::topic, Collectors.counting()));
        assertThat(samples).as("samples found under %s", SampleCorpus.locate().root()).hasSizeGreaterThanOrEqualTo(
                MIN_SAMPLES);
        assertThat(perTopic.keySet())
                .as("every sample sits in one of the topic folders; found %s", perTopic)
                .containsExactlyInAnyOrderElementsOf(SampleCorpus.TOPICS);
        perTopic.forEach((topic, count) -> assertThat(count).as("samples in %s", topic).isGreaterThanOrEqualTo(5));
    }

    @Test
    void sampleNamesAreSnakeCaseAndUniqueAcrossTopics() {
        assertThat(samples).allSatisfy(sample -> assertThat(sample.name())
                .as("file name of %s", sample.id())
                .matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
        Map<String, Long> byName = samples.stream()
                .collect(Collectors.groupingBy(Sample::name, Collectors.counting()));
        assertThat(byName).as("a sample name used in two topics").allSatisfy((name, count) -> assertThat(count)
                .as(name).isEqualTo(1L));
    }

    @TestFactory
    Stream<DynamicTest> everySampleOpensWithTitleAndDescription() {
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.id(), sample.path().toUri(), () -> {
            List<String> lines = read(sample);
            assertThat(lines).as("%s is too short to hold a header", sample.id()).hasSizeGreaterThanOrEqualTo(3);
            assertDocLine(sample, "title", lines.get(0));
            assertDocLine(sample, "description", lines.get(1));
            assertThat(lines.get(2))
                    .as("%s: only two //! lines (title, description) are allowed at the top", sample.id())
                    .doesNotStartWith(DOC);
            assertThat(lines.size())
                    .as("%s should stay readable: %d to %d lines", sample.id(), MIN_LINES, MAX_LINES)
                    .isBetween(MIN_LINES, MAX_LINES);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAsyncSampleCarriesTheSameExecutor() {
        String executor = executorOf(samples.stream().filter(s -> s.topic().equals("async")).findFirst()
                .orElseThrow(() -> new AssertionError("no async samples")));
        return samples.stream().filter(s -> s.topic().equals("async"))
                .map(sample -> DynamicTest.dynamicTest(sample.id(), sample.path().toUri(), () -> {
                    assertThat(executorOf(sample))
                            .as("%s ends with the shared `// --- executor ---` block_on", sample.id())
                            .isEqualTo(executor)
                            .contains("fn block_on", "Waker::noop()");
                    assertThat(String.join("\n", read(sample))).as(sample.id()).contains("block_on(");
                }));
    }

    /** The text from the {@code // --- executor ---} marker to the end of the file, with trailing blanks removed. */
    private static String executorOf(Sample sample) {
        String text = String.join("\n", read(sample)).stripTrailing();
        int marker = text.indexOf("// --- executor ---");
        assertThat(marker).as("%s has a `// --- executor ---` section", sample.id()).isNotNegative();
        return text.substring(marker);
    }

    private static void assertDocLine(Sample sample, String what, String line) {
        assertThat(line).as("%s: the %s line must be a `//! ` doc comment", sample.id(), what).startsWith(DOC + " ");
        assertThat(line.substring(DOC.length()).strip()).as("%s: empty %s", sample.id(), what).isNotEmpty();
    }

    private static List<String> read(Sample sample) {
        try {
            return Files.readAllLines(sample.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + sample.id(), e);
        }
    }
}
