package dev.rxray.diagram.async;

import dev.rxray.analysis.async.Position;
import dev.rxray.syntax.SourceFile;
import java.util.Optional;

/**
 * The source line where a local is declared, as a reader would quote it in a tooltip: one line, trimmed, at most
 * {@link #MAX} characters. A declaration spread over several lines shows its first line, which names the binding.
 */
final class DeclarationLine {
    static final int MAX = 80;

    private DeclarationLine() {
    }

    /** Empty when there is no source or the position lies outside it. */
    static Optional<String> at(Optional<SourceFile> source, Position position) {
        if (source.isEmpty() || position.line() < 1 || position.line() > source.get().lineCount()) {
            return Optional.empty();
        }
        String text = source.get().text();
        int start = source.get().lineStart(position.line());
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(line.codePointCount(0, line.length()) <= MAX ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX - 1)) + "…");
    }
}
