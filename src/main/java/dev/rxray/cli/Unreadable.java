package dev.rxray.cli;

/**
 * A file argument that could not be read, with a short reason in plain words ("no such file", "is a directory").
 * It is both a way reading can end and a way a file's processing can end.
 */
record Unreadable(String file, String reason) implements SourceReader.Read, FileOutcome {

    /** The one line printed on standard error. */
    String message() {
        return "rxray: cannot read " + file + ": " + reason;
    }
}
