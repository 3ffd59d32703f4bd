package dev.rxray.analysis.async;

import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm timings of the async analysis alone (the parse is done once, outside the timing): per sample, and for one
 * async fn with 200 awaits. Run: {@code java -cp target/classes:target/test-classes:CP
 * dev.rxray.analysis.async.AnalysisBench [samples/async]}.
 */
public final class AnalysisBench {
    private static final int WARMUP_ROUNDS = 300;
    private static final int MEASURED_ROUNDS = 200;

    /** Median and 95th percentile of one input, in milliseconds. */
    record Timing(String name, double medianMs, double p95Ms) {
    }

    private AnalysisBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/async");
        for (Timing t : run(folder)) {
            System.out.printf("%-40s median %6.3f ms   p95 %6.3f ms%n", t.name(), t.medianMs(), t.p95Ms());
        }
    }

    static List<Timing> run(Path folder) throws IOException {
        Map<String, ParseResult> inputs = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rs")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                inputs.put(p.getFileName().toString(), RustSyntax.parse(SourceFile.of(p.getFileName().toString(),
                        text)));
            }
        }
        inputs.put("(generated) 200 awaits", RustSyntax.parse(SourceFile.of("long.rs", twoHundredAwaits())));
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            for (ParseResult parse : inputs.values()) {
                AsyncAnalysis.analyze(parse);
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (Map.Entry<String, ParseResult> e : inputs.entrySet()) {
            long[] nanos = new long[MEASURED_ROUNDS];
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                long start = System.nanoTime();
                AsyncAnalysis.analyze(e.getValue());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            timings.add(new Timing(e.getKey(), nanos[MEASURED_ROUNDS / 2] / 1e6,
                    nanos[(int) (MEASURED_ROUNDS * 0.95)] / 1e6));
        }
        return timings;
    }

    static String twoHundredAwaits() {
        StringBuilder source = new StringBuilder("async fn step(n: u32) -> u32 { n }\n"
                + "async fn long(label: String) -> u32 {\n    let mut total = 0;\n");
        for (int i = 0; i < 200; i++) {
            source.append("    total += step(").append(i).append(").await + label.len() as u32;\n");
        }
        source.append("    total\n}\n");
        return source.toString();
    }
}
