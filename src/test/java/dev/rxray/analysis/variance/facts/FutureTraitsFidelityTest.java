package dev.rxray.analysis.variance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Futures' auto traits agree with rustc: every {@code .futures.golden} fact (a future alone, and the file's own
 * types holding one, written in rustc's notation as a target) and the Send answer of every async golden.
 */
class FutureTraitsFidelityTest {

    private static Path root() {
        String property = System.getProperty("rxray.samples");
        return (property == null || property.isBlank() ? Path.of("samples") : Path.of(property))
                .toAbsolutePath().normalize();
    }

    private static List<Path> samples(String... topics) {
        return Stream.of(topics).flatMap(topic -> {
            try (Stream<Path> files = Files.list(root().resolve(topic))) {
                return files.filter(p -> p.getFileName().toString().endsWith(".rs")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sorted().toList();
    }

    static List<Path> futureSamples() {
        return samples("variance", "phantom").stream().filter(p -> Files.exists(FuturesGolden.besides(p))).toList();
    }

    static List<Path> asyncSamples() {
        return samples("async");
    }

    private static PipelineResult run(Path sample) throws IOException {
        return Pipeline.run(SourceFile.of(sample.getFileName().toString(),
                Files.readString(sample, StandardCharsets.UTF_8)));
    }

    private static String word(TraitAnswer a) {
        return switch (a) {
            case TraitAnswer.Yes y -> "yes";
            case TraitAnswer.No n -> "no";
            default -> a.text();
        };
    }

    @Test
    void thereIsASampleOfFuturesHoldingUserTypes() {
        assertThat(futureSamples()).extracting(p -> p.getFileName().toString())
                .contains("futures_hold_user_types.rs");
    }

    @ParameterizedTest
    @MethodSource("futureSamples")
    void futuresAloneAndInsideTheFilesTypesAgreeWithRustc(Path sample) throws IOException {
        PipelineResult result = run(sample);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (FuturesGolden.Fact fact : FuturesGolden.read(FuturesGolden.besides(sample)).facts()) {
            Map<AutoTrait, TraitAnswer> ours;
            if (fact.future()) {
                Optional<CoroutineMachine> machine = result.async().coroutines().stream()
                        .filter(m -> m.rustcName().equals(fact.type())).findFirst();
                assertThat(machine).as(fact.type()).isPresent();
                ours = FutureTraits.of(machine.get(), result.async()).answers();
            } else {
                TargetTraits.Outcome outcome = TargetTraits.ofType(fact.type(), result.async(), result.types(),
                        result.parse().crate());
                assertThat(outcome).as(fact.type()).isInstanceOf(TargetTraits.Answered.class);
                ours = ((TargetTraits.Answered) outcome).answer().answers();
            }
            for (AutoTrait trait : AutoTrait.values()) {
                String expected = fact.answers().get(dev.rxray.oracle.AutoTrait.valueOf(trait.name()));
                if (expected.equals("ill-formed")) {
                    continue;
                }
                compared++;
                String actual = word(ours.get(trait));
                if (!actual.equals(expected)) {
                    mismatches.add(fact.type() + " " + trait.rustName() + "=" + actual + ", rustc " + expected + " ("
                            + ours.get(trait).reason() + ")");
                }
            }
        }
        assertThat(compared).isPositive();
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void sendOfEveryProbedAsyncFnAgreesWithRustc(Path sample) throws IOException {
        PipelineResult result = run(sample);
        List<String> mismatches = new ArrayList<>();
        for (Coroutine c : AsyncGolden.read(AsyncGolden.besides(sample)).coroutines()) {
            if (c.send() != ProbeAnswer.YES && c.send() != ProbeAnswer.NO) {
                continue;
            }
            Optional<CoroutineMachine> machine = result.async().coroutines().stream()
                    .filter(m -> m.rustcName().equals(c.name())).findFirst();
            if (machine.isEmpty()) {
                continue; // a generic instance rustc names with its arguments; the async golden test covers it
            }
            TraitAnswer send = FutureTraits.of(machine.get(), result.async()).answers()
                    .get(AutoTrait.SEND);
            boolean expected = c.send() == ProbeAnswer.YES;
            if ((send instanceof TraitAnswer.Yes) != expected) {
                mismatches.add(c.name() + ": Send=" + word(send) + ", rustc " + c.send() + " (" + send.reason() + ")");
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
