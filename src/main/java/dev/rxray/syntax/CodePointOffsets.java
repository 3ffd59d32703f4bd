package dev.rxray.syntax;

/**
 * Converts ANTLR character indices (code points) into the UTF-16 offsets of {@link SourceFile}. The two agree until
 * the first character outside the Basic Multilingual Plane, so most texts need no table.
 */
public final class CodePointOffsets {
    private final int[] utf16ByCodePoint;
    private final int length;

    public CodePointOffsets(String text) {
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

    public int utf16(int codePointIndex) {
        if (codePointIndex <= 0) {
            return 0;
        }
        if (utf16ByCodePoint == null) {
            return Math.min(codePointIndex, length);
        }
        return utf16ByCodePoint[Math.min(codePointIndex, utf16ByCodePoint.length - 1)];
    }
}
