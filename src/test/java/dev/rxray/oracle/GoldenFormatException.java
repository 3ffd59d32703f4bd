package dev.rxray.oracle;

import java.nio.file.Path;

/** A golden file that does not follow its format: names the file and line, because a guess would hide drift. */
public final class GoldenFormatException extends RuntimeException {

    GoldenFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
