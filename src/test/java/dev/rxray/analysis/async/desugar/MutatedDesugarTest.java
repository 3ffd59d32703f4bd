package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                String mutant = mutate(text, random);
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

    private static String mutate(String text, Random random) {
        int a = random.nextInt(text.length());
        int b = Math.min(text.length(), a + 1 + random.nextInt(40));
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, a) + text.substring(b);
            case 1 -> text.substring(0, a) + ".await" + text.substring(a);
            case 2 -> text.substring(0, a) + "?" + text.substring(a);
            case 3 -> text.substring(0, a) + (random.nextBoolean() ? " break; " : " continue 'x; ") + text.substring(a);
            default -> {
                int c = random.nextInt(text.length());
                yield text.substring(0, a) + text.substring(c, Math.min(text.length(), c + 30)) + text.substring(a);
            }
        };
    }
}
