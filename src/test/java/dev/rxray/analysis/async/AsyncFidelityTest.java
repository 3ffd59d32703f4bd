package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.oracle.AsyncGolden;
import dev.rxray.oracle.Coroutine;
import dev.rxray.oracle.GoldenCorpus;
import dev.rxray.oracle.ProbeAnswer;
import dev.rxray.oracle.SavedLocal;
import dev.rxray.oracle.State;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis against rustc's own answers: for every coroutine in every {@code samples/async/*.async.golden}, the
 * upvars in order (edition 2021 precise captures included), the list of states, each await's position, the sorted
 * saved named locals of each suspended state, the awaited future's type where the analysis names one, and, where
 * the golden probed it, the Send verdict (with the value rustc names) must match exactly.
 */
class AsyncFidelityTest {

    static List<Path> samples() {
        return GoldenCorpus.samples(GoldenCorpus.ASYNC_TOPICS);
    }

    static AsyncReport analyze(Path sample) {
        try {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            return AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of(sample.getFileName().toString(), text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden coroutine's counterpart: the one whose body starts where rustc's does. */
    static Optional<CoroutineMachine> counterpart(AsyncReport report, Coroutine golden) {
        return report.coroutines().stream()
                .filter(m -> m.bodyStart().line() == golden.body().start().line()
                        && m.bodyStart().column() == golden.body().start().column())
                .findFirst();
    }

    /**
     * rustc's name of a monomorphic instance written as the analysis writes a future's type, without generic
     * arguments ({@code render<u8>} is {@code render}) and with the trait for a method called through an impl
     * ({@code <MemoryStorage as Storage>::load_or} is {@code Storage::load_or}).
     */
    static String withoutGenericArgs(String type) {
        return java.util.regex.Pattern.compile("\\{async fn body of (.*?)\\(\\)\\}").matcher(type)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        "{async fn body of " + pathWithoutGenericArgs(m.group(1)) + "()}"));
    }

    private static String pathWithoutGenericArgs(String path) {
        String before;
        String after = path;
        do {
            before = after;
            after = after.replaceAll("<[^<>]* as ([^<>]*)>::", "$1::").replaceAll("<(?![^<>]* as )[^<>]*>", "");
        } while (!after.equals(before));
        return after;
    }

    /** How many of the golden's coroutines the analysis found, so a comparison cannot pass by comparing none. */
    static long counterpartsFound(Path sample) {
        AsyncGolden golden = AsyncGolden.read(AsyncGolden.besides(sample));
        AsyncReport report = analyze(sample);
        return golden.coroutines().stream().filter(c -> counterpart(report, c).isPresent()).count();
    }

    /** Every difference between the analysis and rustc for one sample, one line each. */
    static List<String> differences(Path sample) {
        AsyncGolden golden = AsyncGolden.read(AsyncGolden.besides(sample));
        AsyncReport report = analyze(sample);
        List<String> problems = new ArrayList<>();
        for (Coroutine c : golden.coroutines()) {
            Optional<CoroutineMachine> found = counterpart(report, c);
            if (found.isEmpty()) {
                problems.add(c.name() + ": not found (body at " + c.body().start() + ")");
                continue;
            }
            CoroutineMachine m = found.get();
            List<String> upvars = m.upvars().stream().map(Upvar::name).toList();
            List<String> rustcUpvars = c.upvars().stream().map(dev.rxray.oracle.Upvar::name).toList();
            if (!upvars.equals(rustcUpvars)) {
                problems.add(c.name() + ": upvars " + upvars + " but rustc has " + rustcUpvars);
            }
            List<String> names = m.states().stream().map(MachineState::name).toList();
            if (!names.equals(c.stateNames())) {
                problems.add(c.name() + ": states " + names + " but rustc has " + c.stateNames());
                continue;
            }
            for (State.Suspend s : c.suspends()) {
                MachineState.Suspend mine = m.suspends().get(s.index());
                if (mine.await().line() != s.await().line() || mine.await().column() != s.await().column()) {
                    problems.add(c.name() + " " + s.name() + ": await at " + mine.await() + " but rustc has "
                            + s.await());
                }
                Optional<String> rustcAwaitee = s.saved().stream().filter(l -> l.name().equals("__awaitee"))
                        .map(SavedLocal::printedType).filter(t -> t != null && !t.isEmpty()).findFirst();
                if (!mine.awaiteeType().isEmpty() && rustcAwaitee.isPresent()
                        && !mine.awaiteeType().equals(withoutGenericArgs(rustcAwaitee.get()))) {
                    problems.add(c.name() + " " + s.name() + ": awaitee " + mine.awaiteeType() + " but rustc has "
                            + rustcAwaitee.get());
                }
                List<String> expected = s.saved().stream().filter(l -> l.kind() == SavedLocal.Kind.NAMED)
                        .map(SavedLocal::name).sorted().toList();
                if (!mine.localNames().equals(expected)) {
                    problems.add(c.name() + " " + s.name() + ": locals " + mine.localNames() + " but rustc has "
                            + expected);
                }
            }
            if (c.send() == ProbeAnswer.YES && !m.send()) {
                problems.add(c.name() + ": not Send (" + m.sendBlockers() + ") but rustc says Send");
            }
            if (c.send() == ProbeAnswer.NO) {
                if (m.send()) {
                    problems.add(c.name() + ": Send but rustc says not Send");
                } else if (!c.sendBlockers().isEmpty()) {
                    var value = c.sendBlockers().getFirst().value().start();
                    boolean named = m.sendBlockers().stream().anyMatch(b -> b.at().line() == value.line()
                            && b.at().column() == value.column());
                    if (!named) {
                        problems.add(c.name() + ": blockers " + m.sendBlockers() + " miss rustc's value at "
                                + value);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * rustc's unnamed fields of each suspended state, without drop flags ({@code bool}): the temporaries. Their
     * count must match, and where rustc gives a place, the starts must match too.
     */
    static List<String> temporaryDifferences(Path sample) {
        AsyncGolden golden = AsyncGolden.read(AsyncGolden.besides(sample));
        AsyncReport report = analyze(sample);
        List<String> problems = new ArrayList<>();
        for (Coroutine c : golden.coroutines()) {
            Optional<CoroutineMachine> found = counterpart(report, c);
            if (found.isEmpty() || found.get().suspends().size() != c.suspends().size()) {
                continue;
            }
            for (State.Suspend s : c.suspends()) {
                List<SavedLocal> unnamed = s.saved().stream()
                        .filter(l -> l.kind() == SavedLocal.Kind.UNNAMED && !l.printedType().equals("bool"))
                        .toList();
                List<Temporary> mine = found.get().suspends().get(s.index()).temporaries();
                if (unnamed.size() != mine.size()) {
                    problems.add(c.name() + " " + s.name() + ": temporaries " + mine + " but rustc has " + unnamed);
                    continue;
                }
                List<String> rustcStarts = unnamed.stream().flatMap(l -> l.span().stream())
                        .map(span -> span.start().toString()).sorted().toList();
                List<String> myStarts = mine.stream().map(t -> t.at().toString()).sorted().toList();
                if (rustcStarts.size() == mine.size() && !rustcStarts.equals(myStarts)) {
                    problems.add(c.name() + " " + s.name() + ": temporaries at " + myStarts + " but rustc has "
                            + rustcStarts);
                }
            }
        }
        return problems;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void temporariesMatchRustcsUnnamedFields(Path sample) {
        assertThat(temporaryDifferences(sample)).as(sample.getFileName().toString()).isEmpty();
    }

    @Test
    void thereAreAtLeastTwentySamples() {
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyCoroutineMatchesRustc(Path sample) {
        assertThat(differences(sample)).as(sample.getFileName().toString()).isEmpty();
    }
}
