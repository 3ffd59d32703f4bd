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
import java.util.OptionalDouble;
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
    record WarmResult(List<BenchInput> inputs, int warmupRounds, List<Long> roundNanos, List<Long> roundCpuNanos,
            List<FileTiming> files, OptionalLong llFallbacksPerRound) {

        WarmResult {
            inputs = List.copyOf(inputs);
            roundNanos = List.copyOf(roundNanos);
            roundCpuNanos = List.copyOf(roundCpuNanos);
            files = List.copyOf(files);
        }

        /** The process CPU time of the median round, when the platform tells (empty list otherwise). */
        OptionalLong medianRoundCpuNanos() {
            return roundCpuNanos.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(median(roundCpuNanos.stream().mapToLong(Long::longValue).toArray()));
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
     * One step of a cold run: its wall time, and the CPU time the whole process spent meanwhile (all threads,
     * the JIT compilers included), which a busy machine inflates far less than the wall time. The CPU time is
     * absent where it cannot be read without disturbing what is measured.
     */
    record Phase(String label, double wallMillis, OptionalDouble cpuMillis) {
    }

    /**
     * A cold run in a fresh JVM: the JVM's own start, picocli, reading, the first parse of an empty text (class
     * loading and the deserialisation of ANTLR's grammar automaton), the first and second parse of the first file,
     * then every file once.
     */
    record ColdResult(List<BenchInput> inputs, List<Phase> phases) {

        ColdResult {
            inputs = List.copyOf(inputs);
            phases = List.copyOf(phases);
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
        List<Long> roundCpu = new ArrayList<>();
        for (int round = 0; round < timedRounds; round++) {
            Optional<Long> cpuBefore = ProcessCpu.nanos();
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
            Optional<Long> cpuAfter = ProcessCpu.nanos();
            if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
                roundCpu.add(cpuAfter.get() - cpuBefore.get());
            }
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
        return new WarmResult(inputs, warmupRounds, Arrays.stream(rounds).boxed().toList(),
                roundCpu.size() == timedRounds ? roundCpu : List.of(), files, fallbacks);
    }

    /** {@code commandStart} is when the command began (the command line parsed), before the files were read. */
    /**
     * {@code commandStart} is when the command began (the command line parsed) and {@code readEnd} when the files
     * were in memory.
     */
    static ColdResult cold(List<BenchInput> inputs, long commandStart, long readEnd) {
        Clock clock = new Clock();
        List<Phase> parses = new ArrayList<>();
        sink += RustSyntax.parse(SourceFile.of("<empty>", "")).diagnostics().size();
        parses.add(clock.phase("parse of an empty text (parser classes, ATN)"));
        SourceFile first = inputs.getFirst().source();
        sink += RustSyntax.parse(first).diagnostics().size();
        parses.add(clock.phase("first parse of the first file (empty DFA cache)"));
        long firstResultNanos = clock.wall;
        Optional<Long> firstResultCpu = clock.cpu;
        sink += RustSyntax.parse(first).diagnostics().size();
        parses.add(clock.phase("second parse of the first file"));
        for (BenchInput input : inputs) {
            sink += RustSyntax.parse(input.source()).diagnostics().size();
        }
        parses.add(clock.phase("then every file once"));

        // Read the JVM's start time only now: the management classes it loads must not be part of any timing.
        long jvmStartMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long nowMillis = System.currentTimeMillis();
        long nowNanos = System.nanoTime();
        long mainMillis = nowMillis - (nowNanos - Main.STARTED_NANOS) / 1_000_000;
        long firstResultMillis = nowMillis - (nowNanos - firstResultNanos) / 1_000_000;
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase("JVM start to main", mainMillis - jvmStartMillis, OptionalDouble.empty()));
        phases.add(new Phase("main to command (picocli)", (commandStart - Main.STARTED_NANOS) / 1e6,
                OptionalDouble.empty()));
        phases.add(new Phase("reading " + TextFormat.plural(inputs.size(), "file"), (readEnd - commandStart) / 1e6,
                OptionalDouble.empty()));
        phases.addAll(parses);
        phases.add(new Phase("JVM start to first result", firstResultMillis - jvmStartMillis,
                firstResultCpu.map(n -> OptionalDouble.of(n / 1e6)).orElse(OptionalDouble.empty())));
        return new ColdResult(inputs, phases);
    }

    /** Wall and CPU time since the last phase ended. */
    private static final class Clock {
        long wall = System.nanoTime();
        Optional<Long> cpu = ProcessCpu.nanos();

        Phase phase(String label) {
            long wallNow = System.nanoTime();
            Optional<Long> cpuNow = ProcessCpu.nanos();
            OptionalDouble cpuMillis = cpu.isPresent() && cpuNow.isPresent()
                    ? OptionalDouble.of((cpuNow.get() - cpu.get()) / 1e6)
                    : OptionalDouble.empty();
            Phase phase = new Phase(label, (wallNow - wall) / 1e6, cpuMillis);
            wall = wallNow;
            cpu = cpuNow;
            return phase;
        }
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
