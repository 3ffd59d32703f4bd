package dev.rxray.analysis.async.desugar;

import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The async samples, read and analysed, for the tests of this package. */
final class DesugarSamples {
    static final Path ASYNC = Path.of("samples", "async");

    private DesugarSamples() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(ASYNC)) {
            return files.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PipelineResult analyse(Path file) {
        try {
            return Pipeline.run(SourceFile.of(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PipelineResult analyse(String name, String text) {
        return Pipeline.run(SourceFile.of(name, text));
    }
}
