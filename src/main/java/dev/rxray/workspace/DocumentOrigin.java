package dev.rxray.workspace;

import java.nio.file.Path;

/** Where the text in the editor came from, which decides what Save does and what a recovery copy belongs to. */
public sealed interface DocumentOrigin {

    /** A file on disk: Save writes back to it. */
    record OnDisk(Path path) implements DocumentOrigin {
        public OnDisk {
            path = path.toAbsolutePath().normalize();
        }
    }

    /** A sample bundled with the app, by its id ({@code topic/name.rs}): read-only, so Save asks for a file. */
    record BundledSample(String id) implements DocumentOrigin {
    }

    /** A text with no home yet. */
    record Scratch() implements DocumentOrigin {
    }

    /** The name to show in a title bar. */
    default String displayName() {
        return switch (this) {
            case OnDisk(Path path) -> String.valueOf(path.getFileName());
            case BundledSample(String id) -> id.substring(id.lastIndexOf('/') + 1);
            case Scratch() -> "untitled.rs";
        };
    }
}
