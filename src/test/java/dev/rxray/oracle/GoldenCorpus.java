package dev.rxray.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the samples that have compiler goldens: {@code samples/async} and {@code samples/{variance,phantom}}. */
public final class GoldenCorpus {

    public static final List<String> ASYNC_TOPICS = List.of("async");
    public static final List<String> VARIANCE_TOPICS = List.of("variance", "phantom");

    private GoldenCorpus() {
    }

    static Path samplesRoot() {
        String property = System.getProperty("rxray.samples");
        Path root = property == null || property.isBlank() ? Path.of("samples") : Path.of(property);
        return root.toAbsolutePath().normalize();
    }

    /** The repository root: the folder that holds {@code samples/} and {@code src/}. */
    static Path projectRoot() {
        return samplesRoot().getParent();
    }

    /** The {@code .rs} samples of these topic folders, sorted. */
    public static List<Path> samples(List<String> topics) {
        return topics.stream().flatMap(topic -> rustFiles(samplesRoot().resolve(topic))).sorted().toList();
    }

    private static Stream<Path> rustFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rs")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
