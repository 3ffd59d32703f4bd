package dev.rxray.cli;

/** The process exit codes of every {@code rxray} command, documented in {@code rxray --help}. */
public final class ExitCodes {
    /** Every file was read and parsed without errors. */
    public static final int OK = 0;
    /** At least one file has syntax errors (or the app could not start). */
    public static final int ERRORS = 1;
    /** Bad usage, or a file could not be read (missing, a directory, no permission). */
    public static final int USAGE_OR_IO = 2;
    /** A bug in rxray itself: an unexpected exception. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
