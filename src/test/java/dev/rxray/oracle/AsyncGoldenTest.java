package dev.rxray.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The recorded async goldens, read through {@link AsyncGolden}, hold together and point into their samples. */
class AsyncGoldenTest {

    /** rustc's name for the hidden iterator of a {@code for} loop, spanned at the iterated expression. */
    private static final String FOR_LOOP_ITERATOR = "iter";

    static List<Path> asyncSamples() {
        return GoldenCorpus.samples(GoldenCorpus.ASYNC_TOPICS);
    }

    @Test
    void thereAreAsyncSamplesToCheck() {
        assertThat(asyncSamples()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void everySampleHasAGoldenWithEveryCoroutineLaidOut(Path sample) {
        Path golden = AsyncGolden.besides(sample);
        assertThat(golden).as("run src/scripts/record-goldens.sh").exists();
        AsyncGolden facts = AsyncGolden.read(golden);
        assertThat(facts.coroutines()).isNotEmpty();
        assertThat(facts.missing()).as("coroutines rustc never laid out").isEmpty();
        assertThat(facts.coroutines()).as("each sample has at least one await")
                .anySatisfy(c -> assertThat(c.suspends()).isNotEmpty());
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void statesAreUnresumedThenContiguousSuspendsThenReturnedAndPanicked(Path sample) {
        for (Coroutine c : AsyncGolden.read(AsyncGolden.besides(sample)).coroutines()) {
            int n = c.suspends().size();
            List<String> expected = new java.util.ArrayList<>();
            expected.add("Unresumed");
            IntStream.range(0, n).mapToObj(k -> "Suspend" + k).forEach(expected::add);
            expected.addAll(List.of("Returned", "Panicked"));
            assertThat(c.stateNames()).as(c.name()).containsExactlyElementsOf(expected);
            assertThat(c.states().getFirst().saved()).as("nothing but upvars before the first poll").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void everyAwaitPositionPointsAtTheAwaitKeywordInsideTheBody(Path sample) throws IOException {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        for (Coroutine c : AsyncGolden.read(AsyncGolden.besides(sample)).coroutines()) {
            Position previous = null;
            for (State.Suspend s : c.suspends()) {
                Position at = s.await();
                assertThat(at.line()).as(c.name() + " " + s.name()).isBetween(1, lines.size());
                assertThat(lines.get(at.line() - 1).substring(at.column() - 1))
                        .as(c.name() + " " + s.name() + " at " + at).startsWith("await");
                assertThat(at).as("inside the body").isBetween(c.body().start(), c.body().end());
                if (previous != null && c.suspends().size() > 1) {
                    assertThat(at).as("each Suspend has its own await").isNotEqualTo(previous);
                }
                previous = at;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void everySuspendSavesTheFutureItAwaits(Path sample) {
        for (Coroutine c : AsyncGolden.read(AsyncGolden.besides(sample)).coroutines()) {
            for (State.Suspend s : c.suspends()) {
                assertThat(s.awaitee()).as(c.name() + " " + s.name()).isPresent();
                SavedLocal awaitee = s.awaitee().orElseThrow();
                assertThat(awaitee.type()).as("rustc prints the awaitee's type").isPresent();
                assertThat(awaitee.span()).as("the awaited expression").isPresent();
                assertThat(awaitee.span().orElseThrow().end()).isGreaterThan(s.await());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void namesAndSpansReferToTheSampleItself(Path sample) throws IOException {
        String file = sample.getFileName().toString();
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        for (Coroutine c : AsyncGolden.read(AsyncGolden.besides(sample)).coroutines()) {
            if (c.kind() == Coroutine.Kind.ASYNC_BLOCK || c.kind() == Coroutine.Kind.ASYNC_CLOSURE) {
                assertThat(c.name()).as("no folder in the name").contains("@" + file + ":");
            }
            assertThat(c.kind()).isNotEqualTo(Coroutine.Kind.OTHER);
            assertThat(c.body().end().line()).isLessThanOrEqualTo(lines.size());
            for (State state : c.states()) {
                for (SavedLocal local : state.saved()) {
                    local.span().ifPresent(span -> {
                        String text = lines.get(span.start().line() - 1);
                        if (local.kind() == SavedLocal.Kind.NAMED && !local.name().equals(FOR_LOOP_ITERATOR)) {
                            assertThat(text.substring(span.start().column() - 1))
                                    .as("%s %s binds %s at %s", c.name(), state.name(), local.name(), span)
                                    .contains(local.name());
                        } else if (local.name().equals(FOR_LOOP_ITERATOR)) {
                            assertThat(text).as("%s: the iterator of a for loop", c.name()).contains("for ");
                        }
                    });
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("asyncSamples")
    void asyncFnFuturesAreProbedAndNeverUnpin(Path sample) {
        for (Coroutine c : AsyncGolden.read(AsyncGolden.besides(sample)).coroutines()) {
            if (c.kind() != Coroutine.Kind.ASYNC_FN) {
                assertThat(c.send()).as(c.name()).isEqualTo(ProbeAnswer.NOT_PROBED);
                continue;
            }
            assertThat(c.send()).as(c.name()).isNotEqualTo(ProbeAnswer.NOT_PROBED);
            assertThat(c.unpin()).as(c.name() + ": a coroutine that may hold borrows of itself")
                    .isIn(ProbeAnswer.NO, ProbeAnswer.UNKNOWN);
            for (SendBlocker blocker : c.sendBlockers()) {
                assertThat(c.suspends()).extracting(State.Suspend::await).as(c.name()).contains(blocker.await());
                assertThat(blocker.value().start()).isBetween(c.body().start(), c.body().end());
            }
        }
    }

    @Test
    void anRcHeldAcrossAnAwaitIsRustcsReasonForNotSend() {
        AsyncGolden facts = AsyncGolden.read(
                AsyncGolden.besides(GoldenCorpus.samplesRoot().resolve("async/rc_across_await.rs")));
        Coroutine held = facts.coroutine("{async fn body of count_refs()}").orElseThrow();
        assertThat(held.send()).isEqualTo(ProbeAnswer.NO);
        assertThat(held.sendBlockers()).singleElement().satisfies(b -> {
            assertThat(b.type()).startsWith("Rc<");
            assertThat(b.await()).isEqualTo(held.suspends().getFirst().await());
        });
        assertThat(facts.coroutine("{async fn body of count_refs_scoped()}").orElseThrow().send())
                .isEqualTo(ProbeAnswer.YES);
    }

    @Test
    void upvarsAreTheParametersOfAnAsyncFn() {
        AsyncGolden facts = AsyncGolden.read(
                AsyncGolden.besides(GoldenCorpus.samplesRoot().resolve("async/sequential_awaits.rs")));
        Coroutine report = facts.coroutine("{async fn body of report()}").orElseThrow();
        assertThat(report.upvars()).extracting(Upvar::name).containsExactly("id");
        assertThat(report.suspends()).hasSize(3);
        assertThat(report.suspends().get(1).namedLocals()).containsExactly("user");
        assertThat(report.fnPath()).contains("report");
    }
}
