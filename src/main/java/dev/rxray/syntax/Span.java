package dev.rxray.syntax;

/**
 * A region of a source file. Offsets index the decoded text (UTF-16 units, end exclusive);
 * lines and columns are 1-based and count characters (code points) as rustc does.
 * The end position points at the last character's column plus one.
 */
public record Span(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    public Span {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
        }
    }

    /** The smallest span that covers both. */
    public Span to(Span other) {
        Span first = startOffset <= other.startOffset ? this : other;
        Span last = endOffset >= other.endOffset ? this : other;
        return new Span(first.startOffset, last.endOffset, first.startLine, first.startColumn, last.endLine, last.endColumn);
    }

    public boolean contains(int offset) {
        return offset >= startOffset && offset < endOffset;
    }

    public int length() {
        return endOffset - startOffset;
    }
}
