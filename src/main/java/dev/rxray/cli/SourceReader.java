package dev.rxray.cli;

import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

/**
 * Turns a file argument into a {@link SourceFile}. Bytes are decoded by {@link SourceFile#decode} so that invalid
 * UTF-8 becomes a diagnostic of the parser rather than an I/O failure here.
 */
final class SourceReader {
    /** The argument that means standard input. */
    static final String STDIN_ARGUMENT = "-";
    /** The name standard input is shown under, as rustc does. */
    static final String STDIN_NAME = "<stdin>";

    /** How reading one argument ended. */
    sealed interface Read permits Loaded, Unreadable {
    }

    record Loaded(SourceFile source) implements Read {
    }

    private SourceReader() {
    }

    /**
     * Reads the argument and runs {@code command} on its text; an argument that cannot be read is reported on
     * {@code err} instead, with the exit code for bad input.
     */
    static int withSource(String argument, InputStream stdin, PrintWriter err, ToIntFunction<SourceFile> command) {
        return switch (read(argument, stdin)) {
            case Unreadable unreadable -> {
                TextFormat.unreadable(err, unreadable);
                err.flush();
                yield ExitCodes.USAGE_OR_IO;
            }
            case Loaded loaded -> command.applyAsInt(loaded.source());
        };
    }

    static Read read(String argument, InputStream stdin) {
        if (argument.equals(STDIN_ARGUMENT)) {
            try {
                return new Loaded(SourceFile.decode(STDIN_NAME, stdin.readAllBytes()));
            } catch (IOException e) {
                return new Unreadable(STDIN_NAME, reason(e));
            }
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return new Unreadable(argument, "not a valid path");
        }
        return read(path, argument);
    }

    /** Reads a path, naming it in messages and diagnostics as {@code name}. */
    static Read read(Path path, String name) {
        if (Files.isDirectory(path)) {
            return new Unreadable(name, "is a directory");
        }
        try {
            return new Loaded(SourceFile.decode(name, Files.readAllBytes(path)));
        } catch (IOException | OutOfMemoryError e) {
            return new Unreadable(name, reason(e));
        }
    }

    private static String reason(Throwable e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            case OutOfMemoryError ignored -> "too large to read into memory";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
