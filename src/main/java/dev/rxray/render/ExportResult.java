package dev.rxray.render;

import java.nio.file.Path;

/** The outcome of an export: the bytes (for the clipboard) or a written file, or a message saying what went wrong. */
public sealed interface ExportResult {
    record Rendered(byte[] bytes, ExportFormat format) implements ExportResult {
    }

    record Written(Path path, long size) implements ExportResult {
    }

    record Failed(String message) implements ExportResult {
    }
}
