package dev.rxray.analysis.async.desugar;

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
import org.junit.jupiter.api.Test;

/**
 * Bad input never throws: every async sample, cut and spliced at seeded random places (so the tree has holes and
 * awaits land in odd places), still desugars every coroutine, with every line's source inside the text.
 */
class MutatedDesugarTest {
    private static final int MUTANTS_PER_SAMPLE = 30;

    @Test
    void mutantsOfEverySampleDesugarWithoutExceptions() throws IOException {
        int coroutines = 0;
        for (Path sample : DesugarSamples.all()) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            Random random = new Random(sample.getFileName().toString().hashCode());
            for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
                String mutant = SourceMutants.mutate(text, random, List.of(".await", "?", " break; ", " continue 'x; "));
                PipelineResult result = Pipeline.run(SourceFile.of("m.rs", mutant));
                for (CoroutineMachine machine : result.async().coroutines()) {
                    coroutines++;
                    assertThatCode(() -> {
                        DesugaredCoroutine d = Desugarer.desugar(result.parse(), machine);
                        assertThat(d.armStart(0)).isPositive();
                        assertThat(d.lines()).allMatch(l -> l.source().endOffset() <= mutant.length());
                    }).as("mutant %d of %s, %s", i, sample.getFileName(), machine.name())
                            .doesNotThrowAnyException();
                }
            }
        }
        assertThat(coroutines).isGreaterThan(500);
    }
}
