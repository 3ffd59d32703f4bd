package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.oracle.AsyncGolden;
import dev.rxray.oracle.Coroutine;
import dev.rxray.oracle.FuturesGolden;
import dev.rxray.oracle.ProbeAnswer;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The async analysis's own Send and Sync verdicts, as {@link Pipeline#run} gives them to the CLI and the view,
 * against rustc's: every {@code future} line of every {@code .futures.golden} (Send and Sync) and every async fn
 * whose Send an {@code .async.golden} probed. Exact agreement is required; a coroutine rustc names but the
 * analysis does not find is a failure too.
 */
class SendSyncFidelityTest {

    private static Path root() {
        String property = System.getProperty("rxray.samples");
        return (property == null || property.isBlank() ? Path.of("samples") : Path.of(property))
                .toAbsolutePath().normalize();
    }

    private static List<Path> samples() {
        try (Stream<Path> topics = Files.list(root())) {
            return topics.filter(Files::isDirectory).flatMap(topic -> {
                try (Stream<Path> files = Files.list(topic)) {
                    return files.filter(p -> p.getFileName().toString().endsWith(".rs")).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PipelineResult run(Path sample) {
        try {
            return Pipeline.run(SourceFile.of(sample.getFileName().toString(),
                    Files.readString(sample, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<CoroutineMachine> named(PipelineResult result, String rustcName) {
        return result.async().coroutines().stream().filter(m -> m.rustcName().equals(rustcName)).findFirst();
    }

    private static String word(boolean holds) {
        return holds ? "yes" : "no";
    }

    /** What one comparison pass found: how many verdicts were compared and every disagreement. */
    private record Tally(int futures, int verdicts, List<String> mismatches) {
    }

    private static Tally compareFuturesGoldens() {
        int futures = 0;
        int verdicts = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path sample : samples()) {
            Path golden = FuturesGolden.besides(sample);
            if (!Files.exists(golden)) {
                continue;
            }
            PipelineResult result = run(sample);
            for (FuturesGolden.Fact fact : FuturesGolden.read(golden).facts()) {
                if (!fact.future()) {
                    continue;
                }
                futures++;
                Optional<CoroutineMachine> machine = named(result, fact.type());
                if (machine.isEmpty()) {
                    mismatches.add(sample.getFileName() + " " + fact.type() + ": not found");
                    continue;
                }
                List<TraitVerdict> ours = AutoTraits.of(machine.get(), result.async());
                for (TraitVerdict v : ours) {
                    String expected = fact.answers().get(dev.rxray.oracle.AutoTrait.valueOf(
                            v.trait().toUpperCase(java.util.Locale.ROOT)));
                    if (v.trait().equals("Unpin") || expected.equals("ill-formed")) {
                        continue;
                    }
                    verdicts++;
                    if (!word(v.holds()).equals(expected)) {
                        mismatches.add(sample.getFileName() + " " + fact.type() + " " + v.trait() + "="
                                + word(v.holds()) + ", rustc " + expected + " " + v.reasons());
                    }
                }
                if (ours.getFirst().holds() != machine.get().send()) {
                    mismatches.add(fact.type() + ": the Send verdict and the machine's `send` disagree");
                }
            }
        }
        return new Tally(futures, verdicts, mismatches);
    }

    private static Tally compareAsyncGoldens() {
        int futures = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path sample : samples()) {
            Path golden = AsyncGolden.besides(sample);
            if (!Files.exists(golden)) {
                continue;
            }
            PipelineResult result = run(sample);
            for (Coroutine c : AsyncGolden.read(golden).coroutines()) {
                if (c.send() != ProbeAnswer.YES && c.send() != ProbeAnswer.NO) {
                    continue;
                }
                futures++;
                Optional<CoroutineMachine> machine = AsyncFidelityTest.counterpart(result.async(), c);
                if (machine.isEmpty()) {
                    mismatches.add(sample.getFileName() + " " + c.name() + ": not found");
                    continue;
                }
                boolean expected = c.send() == ProbeAnswer.YES;
                if (machine.get().send() != expected) {
                    mismatches.add(sample.getFileName() + " " + c.name() + ": send=" + machine.get().send()
                            + ", rustc " + c.send() + " " + machine.get().sendBlockers());
                }
            }
        }
        return new Tally(futures, futures, mismatches);
    }

    @Test
    void sendAndSyncOfEveryFutureInTheFuturesGoldensAreRustcs() {
        Tally tally = compareFuturesGoldens();
        System.out.printf("futures goldens: %d futures, %d Send/Sync verdicts compared with rustc, %d differ%n",
                tally.futures(), tally.verdicts(), tally.mismatches().size());
        assertThat(tally.futures()).as("futures compared").isPositive();
        assertThat(tally.verdicts()).isEqualTo(2 * tally.futures());
        assertThat(tally.mismatches()).isEmpty();
    }

    @Test
    void sendOfEveryProbedAsyncFnInTheAsyncGoldensIsRustcs() {
        Tally tally = compareAsyncGoldens();
        System.out.printf("async goldens: %d futures' Send compared with rustc, %d differ%n", tally.futures(),
                tally.mismatches().size());
        assertThat(tally.futures()).as("futures compared").isPositive();
        assertThat(tally.mismatches()).isEmpty();
    }

    @Test
    void aReferenceToATypeThatIsNotSyncIsNamedWithItsField() {
        PipelineResult result = run(root().resolve("phantom/futures_hold_user_types.rs"));
        CoroutineMachine m = named(result, "{async fn body of holds_reference_to_tally()}").orElseThrow();
        assertThat(m.send()).isFalse();
        assertThat(m.sendBlockers()).singleElement().satisfies(b -> {
            assertThat(b.state()).isEqualTo("Suspend0");
            assertThat(b.value()).isEqualTo("r");
            assertThat(b.type()).isEqualTo("&Tally");
            assertThat(b.at()).isEqualTo(new Position(57, 9));
            assertThat(b.await()).isEqualTo(new Position(58, 12));
            assertThat(b.reason()).contains("`Tally` is not Sync").contains("`count: Cell<u32>`");
        });
        List<String> send = AutoTraits.of(m, result.async()).getFirst().reasons();
        assertThat(send).singleElement().asString().startsWith("`r` of type &Tally is held in Suspend0 across the"
                + " await at 58:12: `&Tally` is not Send because `Tally` is not Sync");
    }

    @Test
    void aValueThatIsSendButNotSyncLeavesTheFutureSendButNotSync() {
        PipelineResult result = run(root().resolve("phantom/futures_hold_user_types.rs"));
        CoroutineMachine m = named(result, "{async fn body of holds_tally()}").orElseThrow();
        List<TraitVerdict> verdicts = AutoTraits.of(m, result.async());
        assertThat(verdicts.get(0).holds()).isTrue();
        assertThat(verdicts.get(1).holds()).isFalse();
        assertThat(verdicts.get(1).reasons()).singleElement().asString()
                .startsWith("`t` of type Tally is held in Suspend0").contains("`count: Cell<u32>`");
    }
}
