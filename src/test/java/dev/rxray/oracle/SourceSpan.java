package dev.rxray.oracle;

/** A region of a sample, {@code end} exclusive, as rustc spans it. */
public record SourceSpan(Position start, Position end) {

    public SourceSpan {
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("span ends before it starts: " + start + "-" + end);
        }
    }

    /** Reads {@code L:C-L:C}. */
    static SourceSpan parse(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("not a span: " + text);
        }
        return new SourceSpan(Position.parse(text.substring(0, dash)), Position.parse(text.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
