package dev.rxray.syntax.tree;

/**
 * Converts the parser's character indices, which count code points, into the UTF-16 offsets that
 * {@link dev.rxray.syntax.SourceFile} and {@link dev.rxray.syntax.Span} use. The two agree until the first
 * character outside the Basic Multilingual Plane, so a text without one costs no table.
 */
final class OffsetMap {
    private final int[] utf16ByCodePoint;
    private final int length;

    OffsetMap(String text) {
        this.length = text.length();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16ByCodePoint = null;
            return;
        }
        utf16ByCodePoint = new int[codePoints + 1];
        int offset = 0;
        for (int i = 0; i < codePoints; i++) {
            utf16ByCodePoint[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        utf16ByCodePoint[codePoints] = offset;
    }

    int utf16(int codePointIndex) {
        if (codePointIndex < 0) {
            return 0;
        }
        if (utf16ByCodePoint == null) {
            return Math.min(codePointIndex, length);
        }
        return utf16ByCodePoint[Math.min(codePointIndex, utf16ByCodePoint.length - 1)];
    }
}
