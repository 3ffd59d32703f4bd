package dev.rxray.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rxray bench}: measures parse speed over real files, warm or cold. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Times lex + parse + tree building over .rs files (directories are walked), all read into memory first.",
            "Warm (default): warm-up rounds, then timed rounds; prints lines/s, ms per 2,000 lines, the slowest"
                    + " files and the files with errors.",
            "--cold: what a fresh process pays: the first parses with no warm-up (best run in a new JVM each time)."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".rs files or directories to walk.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Warm-up rounds over all files (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
            description = "Timed rounds over all files (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many of the slowest files to list (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--cold", description = "Measure the first parses of a fresh JVM instead; the first PATH's"
            + " first file is the one parsed first.")
    private boolean cold;

    @Override
    public Integer call() {
        long commandStart = System.nanoTime();
        if (warmup < 0 || iterations < 1 || top < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--warmup and --top must be 0 or more, --iterations 1 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BenchInput> inputs = new ArrayList<>();
        for (String argument : paths) {
            List<Path> files;
            try {
                files = sourcesUnder(Path.of(argument));
            } catch (InvalidPathException e) {
                return fail(err, new Unreadable(argument, "not a valid path"));
            } catch (IOException | UncheckedIOException e) {
                return fail(err, new Unreadable(argument, "cannot be walked (" + e.getMessage() + ")"));
            }
            if (files.isEmpty()) {
                return fail(err, new Unreadable(argument, Files.exists(Path.of(argument))
                        ? "holds no .rs files" : "no such file"));
            }
            for (Path file : files) {
                switch (SourceReader.read(file, file.toString())) {
                    case SourceReader.Loaded(var source) -> inputs.add(BenchInput.of(source, sizeOf(file)));
                    case Unreadable unreadable -> {
                        return fail(err, unreadable);
                    }
                }
            }
        }
        if (cold) {
            BenchFormat.cold(out, Benchmark.cold(inputs, commandStart, System.nanoTime()));
        } else {
            BenchFormat.warm(out, Benchmark.warm(inputs, warmup, iterations), top);
        }
        return ExitCodes.OK;
    }

    /** The file itself, or every {@code .rs} file under a directory in a stable order. */
    static List<Path> sourcesUnder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".rs") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int fail(PrintWriter err, Unreadable file) {
        TextFormat.unreadable(err, file);
        err.flush();
        return ExitCodes.USAGE_OR_IO;
    }
}
