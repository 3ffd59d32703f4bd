package dev.rxray.analysis.async;

import dev.rxray.syntax.Span;

/** A 1-based line and column (in characters), as rustc reports places. */
public record Position(int line, int column) implements Comparable<Position> {

    public static Position startOf(Span span) {
        return new Position(span.startLine(), span.startColumn());
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
