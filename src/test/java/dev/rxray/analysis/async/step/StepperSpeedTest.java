package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reading the shape of a coroutine (from a parse, or parsing again from the source) and running the default
 * schedule, over every coroutine of the async samples and of an async fn with 200 awaits in a loop and branches,
 * warm: medians printed, each under a budget far below a frame.
 */
@Tag("benchmark")
class StepperSpeedTest {
    private static final int ROUNDS = 30;

    private record Case(String name, PipelineResult result, CoroutineMachine machine) {
    }

    private static double medianMs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static String bigCoroutine() {
        StringBuilder body = new StringBuilder("async fn leaf(n: u32) -> Result<u32, ()> { Ok(n) }\n"
                + "async fn big(n: u32) -> Result<u32, ()> {\n    let mut total = 0;\n");
        for (int i = 0; i < 50; i++) {
            body.append("    for i in 0..n {\n        if i % 2 == 0 {\n            total += leaf(i).await?;\n")
                    .append("        } else if leaf(i + 1).await? > 3 {\n            break;\n        }\n")
                    .append("        total += leaf(total).await?;\n    }\n    total += leaf(").append(i)
                    .append(").await?;\n");
        }
        return body.append("    Ok(total)\n}\n").toString();
    }

    @Test
    void shapesAndDefaultRunsStayFarBelowAFrame() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("rxray.samples", "samples"), "async"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                PipelineResult result = Pipeline.run(SourceFile.of(file.getFileName().toString(),
                        Files.readString(file)));
                result.async().coroutines().forEach(m -> cases.add(new Case(file.getFileName() + " " + m.name(),
                        result, m)));
            }
        }
        PipelineResult big = Pipeline.run(SourceFile.of("big.rs", bigCoroutine()));
        CoroutineMachine bigMachine = big.async().byName("big").orElseThrow();
        assertThat(bigMachine.suspends()).hasSize(200);
        cases.add(new Case("200 awaits", big, bigMachine));

        List<String> lines = new ArrayList<>();
        double worstShape = 0;
        double worstRun = 0;
        for (Case c : cases) {
            long[] fromParse = new long[ROUNDS];
            long[] fromSource = new long[ROUNDS];
            long[] run = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                CoroutineShape shape = CoroutineShape.of(c.machine(), c.result().parse());
                long t1 = System.nanoTime();
                CoroutineShape.of(c.machine(), c.result().source());
                long t2 = System.nanoTime();
                Stepper.run(c.machine(), shape, Schedule.DEFAULT);
                long t3 = System.nanoTime();
                fromParse[i] = t1 - t0;
                fromSource[i] = t2 - t1;
                run[i] = t3 - t2;
            }
            worstShape = Math.max(worstShape, medianMs(fromParse));
            worstRun = Math.max(worstRun, medianMs(run));
            lines.add(String.format(Locale.ROOT, "%-60s shape %6.3f ms  (parsing again %6.3f ms)  run %6.3f ms",
                    c.name(), medianMs(fromParse), medianMs(fromSource), medianMs(run)));
        }
        System.out.println("stepper speed (median of " + ROUNDS + ", warm):\n  " + String.join("\n  ", lines));
        assertThat(worstShape).isLessThan(16.0);
        assertThat(worstRun).isLessThan(16.0);
    }
}
