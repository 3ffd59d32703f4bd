package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.SourceMutants;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input never throws: every async sample, cut and spliced at seeded random places (so the tree has holes and
 * awaits land in odd places), still gives a shape and a finite run for every coroutine, the same each time.
 */
class MutatedStepperTest {
    private static final int MUTANTS_PER_SAMPLE = 20;

    @Test
    void mutantsOfEverySampleStepWithoutExceptions() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("rxray.samples", "samples"), "async"))) {
            samples = files.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        int coroutines = 0;
        for (Path sample : samples) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            Random random = new Random(sample.getFileName().toString().hashCode());
            for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
                String mutant = SourceMutants.mutate(text, random, List.of(".await", "?"));
                PipelineResult result = Pipeline.run(SourceFile.of("m.rs", mutant));
                for (CoroutineMachine machine : result.async().coroutines()) {
                    coroutines++;
                    assertThatCode(() -> {
                        List<Step> steps = Stepper.run(machine, CoroutineShape.of(machine, result.parse()),
                                Schedule.DEFAULT);
                        assertThat(steps).isNotEmpty().hasSizeLessThan(Stepper.MAX_STEPS);
                        assertThat(Stepper.run(machine, CoroutineShape.of(machine, result.parse()),
                                Schedule.DEFAULT)).isEqualTo(steps);
                    }).as("mutant %d of %s, %s", i, sample.getFileName(), machine.name())
                            .doesNotThrowAnyException();
                }
            }
        }
        assertThat(coroutines).isGreaterThan(500);
    }
}
