package dev.rxray.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample programs under {@code samples/<topic>/NAME.rs}, found the way every sample-driven test should find them:
 * the {@code rxray.samples} system property (set by surefire to the absolute path), else {@code samples} relative to
 * the working directory, so a test run from an IDE in the project root also works.
 */
record SampleCorpus(Path root) {

    /** The five topic folders, in the order the sample browser shows them. */
    static final List<String> TOPICS = List.of("async", "pin", "variance", "phantom", "basics");

    /** One sample file: its topic folder and its path. */
    record Sample(String topic, Path path) {
        /** File name without {@code .rs}. */
        String name() {
            String file = path.getFileName().toString();
            return file.substring(0, file.length() - ".rs".length());
        }

        /** {@code topic/name.rs}, stable across machines, for test names and messages. */
        String id() {
            return topic + "/" + path.getFileName();
        }
    }

    static SampleCorpus locate() {
        String property = System.getProperty("rxray.samples");
        Path root = property == null || property.isBlank() ? Path.of("samples") : Path.of(property);
        return new SampleCorpus(root.toAbsolutePath().normalize());
    }

    /** Every {@code .rs} file anywhere below the root, sorted by topic then name, so test order is stable. */
    List<Sample> samples() {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("samples folder not found: " + root
                    + " (set -Drxray.samples or run from the project root)");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".rs"))
                    .map(p -> new Sample(topicOf(p), p))
                    .sorted(Comparator.comparing(Sample::topic).thenComparing(Sample::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first folder below the root, or the empty string for a file lying directly in the root. */
    private String topicOf(Path file) {
        Path relative = root.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }
}
