package dev.rxray.cli;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Times lex + parse + tree building ({@link RustSyntax#parse}) over files already in memory. Warm mode runs
 * warm-up rounds first so that the JIT has compiled the parser and ANTLR's prediction cache is full, then timed
 * rounds; cold mode measures what a fresh process pays for its first parses.
 */
final class Benchmark {
    /** What was measured per file over the timed rounds. */
    record FileTiming(BenchInput input, long bestNanos, long medianNanos, Optional<String> firstError) {
    }

    /** A warm run: one total per timed round, and per file timings. */
    record WarmResult(List<BenchInput> inputs, int warmupRounds, List<Long> roundNanos, List<FileTiming> files,
            OptionalLong llFallbacksPerRound) {

        WarmResult {
            inputs = List.copyOf(inputs);
            roundNanos = List.copyOf(roundNanos);
            files = List.copyOf(files);
        }

        long lines() {
            return inputs.stream().mapToLong(BenchInput::lines).sum();
        }

        long bytes() {
            return inputs.stream().mapToLong(BenchInput::bytes).sum();
        }

        long medianRoundNanos() {
            return median(roundNanos.stream().mapToLong(Long::longValue).toArray());
        }

        long bestRoundNanos() {
            return roundNanos.stream().mapToLong(Long::longValue).min().orElse(0);
        }
    }

    /**
     * A cold run in a fresh JVM: the JVM's own start, the first parse of an empty text (class loading and the
     * deserialisation of ANTLR's grammar automaton), the first and second parse of the first file, then every file
     * once.
     */
    record ColdResult(List<BenchInput> inputs, long jvmToMainMillis, long mainToCommandNanos, long readingNanos,
            long emptyParseNanos, long firstParseNanos, long secondParseNanos, long allOnceNanos,
            long jvmToFirstResultMillis) {

        ColdResult {
            inputs = List.copyOf(inputs);
        }

        long lines() {
            return inputs.stream().mapToLong(BenchInput::lines).sum();
        }
    }

    /** Defeats dead-code elimination of a parse whose result is otherwise unused. */
    private static volatile int sink;

    private Benchmark() {
    }

    static WarmResult warm(List<BenchInput> inputs, int warmupRounds, int timedRounds) {
        for (int round = 0; round < warmupRounds; round++) {
            for (BenchInput input : inputs) {
                sink += RustSyntax.parse(input.source()).diagnostics().size();
            }
        }
        long[][] perFile = new long[inputs.size()][timedRounds];
        long[] rounds = new long[timedRounds];
        List<Optional<String>> firstErrors = new ArrayList<>();
        OptionalLong fallbacksBefore = llFallbackCounter();
        OptionalLong fallbacksAfterFirstRound = OptionalLong.empty();
        for (int round = 0; round < timedRounds; round++) {
            long roundTotal = 0;
            for (int i = 0; i < inputs.size(); i++) {
                SourceFile source = inputs.get(i).source();
                long start = System.nanoTime();
                ParseResult result = RustSyntax.parse(source);
                long elapsed = System.nanoTime() - start;
                perFile[i][round] = elapsed;
                roundTotal += elapsed;
                if (round == 0) {
                    firstErrors.add(firstError(result));
                }
                sink += result.diagnostics().size();
            }
            rounds[round] = roundTotal;
            if (round == 0) {
                fallbacksAfterFirstRound = llFallbackCounter();
            }
        }
        List<FileTiming> files = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            long[] times = perFile[i];
            files.add(new FileTiming(inputs.get(i), Arrays.stream(times).min().orElse(0), median(times),
                    firstErrors.isEmpty() ? Optional.empty() : firstErrors.get(i)));
        }
        OptionalLong fallbacks = fallbacksBefore.isPresent() && fallbacksAfterFirstRound.isPresent()
                ? OptionalLong.of(fallbacksAfterFirstRound.getAsLong() - fallbacksBefore.getAsLong())
                : OptionalLong.empty();
        return new WarmResult(inputs, warmupRounds, Arrays.stream(rounds).boxed().toList(), files, fallbacks);
    }

    /** {@code commandStart} is when the command began (the command line parsed), before the files were read. */
    static ColdResult cold(List<BenchInput> inputs, long commandStart) {
        long benchStart = System.nanoTime();
        long emptyStart = System.nanoTime();
        sink += RustSyntax.parse(SourceFile.of("<empty>", "")).diagnostics().size();
        long emptyParse = System.nanoTime() - emptyStart;

        SourceFile first = inputs.getFirst().source();
        long firstStart = System.nanoTime();
        sink += RustSyntax.parse(first).diagnostics().size();
        long firstEnd = System.nanoTime();
        sink += RustSyntax.parse(first).diagnostics().size();
        long secondParse = System.nanoTime() - firstEnd;

        long allStart = System.nanoTime();
        for (BenchInput input : inputs) {
            sink += RustSyntax.parse(input.source()).diagnostics().size();
        }
        long allOnce = System.nanoTime() - allStart;

        // Read the JVM's start time only now: the management classes it loads must not be part of any timing.
        long jvmStartMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long nowMillis = System.currentTimeMillis();
        long nowNanos = System.nanoTime();
        long mainMillis = nowMillis - (nowNanos - Main.STARTED_NANOS) / 1_000_000;
        long firstResultMillis = nowMillis - (nowNanos - firstEnd) / 1_000_000;
        return new ColdResult(List.copyOf(inputs), mainMillis - jvmStartMillis, commandStart - Main.STARTED_NANOS,
                benchStart - commandStart, emptyParse, firstEnd - firstStart, secondParse, allOnce, firstResultMillis - jvmStartMillis);
    }

    /**
     * The syntax package's running count of parses that fell back from SLL to full LL prediction (every file with
     * an error does, and SLL's rare misses on valid code).
     */
    static OptionalLong llFallbackCounter() {
        return OptionalLong.of(RustSyntax.llFallbackCount());
    }

    private static Optional<String> firstError(ParseResult result) {
        return result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .findFirst()
                .map((Diagnostic d) -> d.format(result.source().name()));
    }

    static long median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
