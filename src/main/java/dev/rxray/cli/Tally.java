package dev.rxray.cli;

import dev.rxray.syntax.Diagnostic;

/** Running counts over the files of one command, for its summary line and its exit code. */
final class Tally {
    private long files;
    private long clean;
    private long withErrors;
    private long unreadable;
    private long errors;
    private long warnings;

    void add(FileOutcome file) {
        files++;
        switch (file) {
            case Unreadable ignored -> unreadable++;
            case FileOutcome.Analysed analysed -> {
                long fileErrors = 0;
                for (Diagnostic d : analysed.result().parse().diagnostics()) {
                    switch (d.severity()) {
                        case ERROR -> fileErrors++;
                        case WARNING -> warnings++;
                        case NOTE -> { }
                    }
                }
                errors += fileErrors;
                if (fileErrors > 0) {
                    withErrors++;
                } else {
                    clean++;
                }
            }
        }
    }

    /** Unreadable files weigh more than syntax errors: the answer for them is unknown, not "no". */
    int exitCode() {
        if (unreadable > 0) {
            return ExitCodes.USAGE_OR_IO;
        }
        return withErrors > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    long files() {
        return files;
    }

    long clean() {
        return clean;
    }

    long withErrors() {
        return withErrors;
    }

    long unreadable() {
        return unreadable;
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }
}
