package dev.rxray.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of one source file with a line index, so that offsets turn into rustc-style positions.
 * A leading byte-order mark is dropped (rustc ignores it). Bytes that are not UTF-8 are decoded
 * as U+FFFD and remembered, so the parser can report them instead of failing.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] lineStarts;
    private final boolean validUtf8;

    private SourceFile(String name, String text, boolean validUtf8) {
        this.name = name;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.validUtf8 = validUtf8;
        this.lineStarts = indexLines(this.text);
    }

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text, true);
    }

    public static SourceFile decode(String name, byte[] bytes) {
        try {
            String strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceFile(name, strict, true);
        } catch (CharacterCodingException e) {
            return new SourceFile(name, new String(bytes, StandardCharsets.UTF_8), false);
        }
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** False when the bytes were not valid UTF-8 (rustc refuses such files). */
    public boolean validUtf8() {
        return validUtf8;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset (offsets past the end map to the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of an offset, counted in code points. */
    public int column(int offset) {
        int clamped = Math.min(Math.max(offset, 0), text.length());
        int start = lineStarts[line(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** Offset of the start of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
    }

    public Span span(int startOffset, int endOffset) {
        int s = Math.min(Math.max(startOffset, 0), text.length());
        int e = Math.min(Math.max(endOffset, s), text.length());
        return new Span(s, e, line(s), column(s), line(e), column(e));
    }

    private static int[] indexLines(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
