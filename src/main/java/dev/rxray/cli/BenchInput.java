package dev.rxray.cli;

import dev.rxray.syntax.SourceFile;

/** One file of a benchmark, read into memory before any timing starts. */
record BenchInput(SourceFile source, int lines, long bytes) {

    static BenchInput of(SourceFile source, long bytes) {
        return new BenchInput(source, countLines(source.text()), bytes);
    }

    String name() {
        return source.name();
    }

    /** Lines as {@code wc -l} counts them, plus a last line without a newline: what "lines of code" means to a reader. */
    static int countLines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? lines : lines + 1;
    }
}
