package dev.rxray.analysis.dropck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.oracle.DropckGolden;
import dev.rxray.oracle.GoldenCorpus;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drop check agrees exactly with rustc on every sample that has a {@code .dropck.golden}: drop glue (from
 * {@code std::mem::needs_drop}) and, per parameter, whether dropping a value needs its borrowed data alive (from the
 * borrow checker's E0597). Answers rustc could not give ({@code ill-formed}, {@code confounded}, {@code unknown})
 * are skipped and counted, never guessed.
 */
class DropCheckFidelityTest {

    static List<Path> samples() {
        return GoldenCorpus.samples(GoldenCorpus.VARIANCE_TOPICS);
    }

    private record Outcome(int compared, int skipped, List<String> mismatches) {
    }

    private static Outcome compare(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        List<DropFacts> facts = DropCheck.analyse(FileTypes.collect(
                RustSyntax.parse(SourceFile.of(sample.getFileName().toString(), text)).crate()));
        DropckGolden golden = DropckGolden.read(DropckGolden.besides(sample));
        int compared = 0;
        int skipped = 0;
        List<String> mismatches = new ArrayList<>();
        for (DropckGolden.Type expected : golden.types()) {
            DropFacts ours = facts.stream().filter(f -> f.declaration().name().equals(expected.name())).findFirst()
                    .orElse(null);
            if (ours == null) {
                mismatches.add(expected.name() + ": not analysed");
                continue;
            }
            if (expected.glue().equals("unknown")) {
                skipped++;
            } else {
                compared++;
                String glue = glueText(ours.glue());
                if (!glue.equals(expected.glue())) {
                    mismatches.add(expected.name() + ": glue " + glue + ", rustc " + expected.glue() + " ("
                            + ours.glue().reason() + ")");
                }
            }
            for (Map.Entry<String, String> e : expected.usedAtDrop().entrySet()) {
                if (!e.getValue().equals("yes") && !e.getValue().equals("no")) {
                    skipped++;
                    continue;
                }
                compared++;
                boolean used = ours.usedAtDrop().contains(e.getKey());
                if (used != e.getValue().equals("yes")) {
                    mismatches.add(expected.name() + ": " + e.getKey() + " used at drop: " + (used ? "yes" : "no")
                            + ", rustc " + e.getValue() + " (" + ours.reasons().get(e.getKey()) + "; glue "
                            + ours.glue().text() + ")");
                }
            }
        }
        return new Outcome(compared, skipped, mismatches);
    }

    private static String glueText(DropGlue glue) {
        return switch (glue) {
            case DropGlue.Always a -> "yes";
            case DropGlue.Never n -> "no";
            case DropGlue.IfParams p -> "if(" + String.join(",", p.params()) + ")";
        };
    }

    @ParameterizedTest
    @MethodSource("samples")
    void agreesWithRustc(Path sample) throws IOException {
        assertThat(DropckGolden.besides(sample)).as("run src/scripts/record-goldens.sh").exists();
        Outcome outcome = compare(sample);
        if (!DropckGolden.read(DropckGolden.besides(sample)).types().isEmpty()) {
            assertThat(outcome.compared()).isPositive();
        }
        assertThat(outcome.mismatches()).as(sample.getFileName().toString()).isEmpty();
    }

    @Test
    void almostEveryRecordedFactIsCompared() throws IOException {
        int compared = 0;
        int skipped = 0;
        for (Path sample : samples()) {
            Outcome outcome = compare(sample);
            compared += outcome.compared();
            skipped += outcome.skipped();
        }
        assertThat(compared).as("facts compared").isGreaterThan(100);
        assertThat(skipped).as("facts rustc could not give").isLessThan(compared / 10);
    }
}
