package dev.rxray.syntax;

/**
 * The optional {@code #!} line at the very start of a file. It is only a shebang when what follows {@code #!} is not
 * {@code [} (that would be an inner attribute such as {@code #![allow(x)]}). The lexer has no notion of "start of
 * file", so the line is blanked before lexing instead.
 */
final class Shebang {
    private Shebang() {
    }

    /** Length in UTF-16 units of the shebang line (without its line break), or 0 when there is none. */
    static int length(String text) {
        if (!text.startsWith("#!")) {
            return 0;
        }
        int i = 2;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '[') {
            return 0;
        }
        int end = text.indexOf('\n');
        return end < 0 ? text.length() : (end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    /** The text with the shebang line replaced by one space per code point, so that positions do not move. */
    static String blank(String text) {
        int length = length(text);
        if (length == 0) {
            return text;
        }
        int codePoints = text.codePointCount(0, length);
        return " ".repeat(codePoints) + text.substring(length);
    }
}
