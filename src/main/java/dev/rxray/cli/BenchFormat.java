package dev.rxray.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The text report of {@code rxray bench}, warm and cold. */
final class BenchFormat {
    private BenchFormat() {
    }

    static void warm(PrintWriter out, Benchmark.WarmResult result, int top) {
        long lines = result.lines();
        int rounds = result.roundNanos().size();
        out.println(String.format(Locale.ROOT, "rxray bench: %,d files, %,d lines, %.1f MB; %d warm-up and %d timed"
                + " rounds of lex + parse + tree building (RustSyntax.parse)", result.inputs().size(), lines,
                result.bytes() / 1e6, result.warmupRounds(), rounds));
        long median = result.medianRoundNanos();
        long best = result.bestRoundNanos();
        out.println(String.format(Locale.ROOT, "  lines/s           median %,12.0f    best %,12.0f",
                perSecond(lines, median), perSecond(lines, best)));
        out.println(String.format(Locale.ROOT, "  round             median %,10.1f ms  best %,10.1f ms",
                median / 1e6, best / 1e6));
        result.medianRoundCpuNanos().ifPresent(cpu -> out.println(String.format(Locale.ROOT,
                "  lines/CPU-second  median %,12.0f    (process CPU, all threads, %,.0f ms a round; a busy machine"
                        + " barely changes it)", perSecond(lines, cpu), cpu / 1e6)));
        out.println(String.format(Locale.ROOT, "  per 2,000 lines   median %,10.2f ms  best %,10.2f ms",
                per2000(lines, median), per2000(lines, best)));
        // Files near 2,000 lines, as measured, rather than one chosen file: some are mostly comments.
        long[] nearTwoThousand = result.files().stream()
                .filter(f -> f.input().lines() >= 1500 && f.input().lines() <= 2500)
                .mapToLong(Benchmark.FileTiming::bestNanos)
                .toArray();
        if (nearTwoThousand.length > 0) {
            out.println(String.format(Locale.ROOT, "  1,500-2,500-line files  median %,6.2f ms per file (%d files)",
                    Benchmark.median(nearTwoThousand) / 1e6, nearTwoThousand.length));
        }
        out.println("  SLL->LL fallbacks " + (result.llFallbacksPerRound().isPresent()
                ? String.format(Locale.ROOT, "%,d per round (files with errors fall back by design: %,d)",
                        result.llFallbacksPerRound().getAsLong(),
                        result.files().stream().filter(f -> f.firstError().isPresent()).count())
                : "not reported by the syntax package yet"));

        List<Benchmark.FileTiming> withErrors = result.files().stream()
                .filter(f -> f.firstError().isPresent())
                .toList();
        out.println(String.format(Locale.ROOT, "  files with errors %,d", withErrors.size()));
        for (Benchmark.FileTiming file : withErrors) {
            out.println("    " + file.firstError().orElse(""));
        }

        List<Benchmark.FileTiming> slowest = result.files().stream()
                .sorted(Comparator.comparingLong(Benchmark.FileTiming::bestNanos).reversed()
                        .thenComparing(f -> f.input().name()))
                .limit(top)
                .toList();
        if (!slowest.isEmpty()) {
            out.println("  slowest files (best of " + rounds + " rounds):");
            out.println("          ms     lines      lines/s  file");
            for (Benchmark.FileTiming file : slowest) {
                out.println(String.format(Locale.ROOT, "    %8.2f  %,8d  %,11.0f  %s", file.bestNanos() / 1e6,
                        file.input().lines(), perSecond(file.input().lines(), file.bestNanos()),
                        file.input().name()));
            }
        }
        out.flush();
    }

    static void cold(PrintWriter out, Benchmark.ColdResult result) {
        BenchInput first = result.inputs().getFirst();
        out.println("rxray bench --cold: the first parses of a fresh JVM, no warm-up");
        out.println(String.format(Locale.ROOT, "  first file: %s (%,d lines)", first.name(), first.lines()));
        out.println(String.format(Locale.ROOT, "  %-50s %9s  %s", "", "wall", "process CPU (10 ms ticks)"));
        for (Benchmark.Phase phase : result.phases()) {
            out.println(String.format(Locale.ROOT, "  %-50s %9.1f ms%s", phase.label(), phase.wallMillis(),
                    phase.cpuMillis().isPresent()
                            ? String.format(Locale.ROOT, " %9.0f ms", phase.cpuMillis().getAsDouble())
                            : ""));
        }
        Benchmark.Phase everyFile = result.phases().stream()
                .filter(p -> p.label().startsWith("then every file"))
                .findFirst()
                .orElseThrow();
        out.println(String.format(Locale.ROOT, "  (%,d lines once: %,.0f lines/s)", result.lines(),
                everyFile.wallMillis() == 0 ? 0 : result.lines() * 1000.0 / everyFile.wallMillis()));
        out.flush();
    }

    private static double perSecond(long lines, long nanos) {
        return nanos == 0 ? 0 : lines * 1e9 / nanos;
    }

    private static double per2000(long lines, long nanos) {
        return lines == 0 ? 0 : nanos / 1e6 * 2000.0 / lines;
    }
}
