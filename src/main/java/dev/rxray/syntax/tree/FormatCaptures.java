package dev.rxray.syntax.tree;

import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the variables a format string captures by name: {@code x} in {@code "{x}"}, {@code "{x:?}"} and
 * {@code "{:>w$.p$}"} (width and precision arguments). Positional references ({@code "{0}"}, {@code "{}"}) are not
 * captures, and {@code "{{"} / {@code "}}"} are escaped braces. The scan runs over the literal's source text, so
 * each capture's span points at its name inside the literal; escape sequences (a Unicode escape may hold braces) are skipped
 * rather than read as braces.
 */
public final class FormatCaptures {
    private FormatCaptures() {
    }

    /**
     * @param literal the literal's source text, quotes included ({@code "a {x}"}, {@code r#"{x}"#})
     * @param offset  the literal's start offset in {@code source}
     */
    public static List<Ident> read(String literal, int offset, SourceFile source) {
        List<Ident> captures = new ArrayList<>();
        int start = literal.indexOf('"');
        if (start < 0) {
            return captures;
        }
        boolean raw = literal.startsWith("r") || literal.startsWith("br") || literal.startsWith("cr");
        int end = literal.lastIndexOf('"');
        if (end <= start) {
            end = literal.length();
        }
        int i = start + 1;
        while (i < end) {
            char c = literal.charAt(i);
            if (c == '\\' && !raw) {
                i = skipEscape(literal, i, end);
            } else if (c == '{' && i + 1 < end && literal.charAt(i + 1) == '{') {
                i += 2;
            } else if (c == '{') {
                int close = literal.indexOf('}', i + 1);
                if (close < 0 || close > end) {
                    return captures;
                }
                readPlaceholder(literal, i + 1, close, offset, source, captures);
                i = close + 1;
            } else {
                i++;
            }
        }
        return captures;
    }

    private static int skipEscape(String text, int backslash, int end) {
        int next = backslash + 1;
        if (next + 1 < end && text.charAt(next) == 'u' && text.charAt(next + 1) == '{') {
            int close = text.indexOf('}', next + 2);
            return close < 0 ? end : close + 1;
        }
        return Math.min(next + 1, end);
    }

    /** {@code inner} is the text between the braces: {@code argument[:spec]}. */
    private static void readPlaceholder(String text, int from, int to, int offset, SourceFile source,
            List<Ident> captures) {
        int colon = text.indexOf(':', from);
        int argumentEnd = colon < 0 || colon > to ? to : colon;
        int a = from;
        while (a < argumentEnd && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = argumentEnd;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (isIdentifier(text, a, b)) {
            captures.add(new Ident(text.substring(a, b), source.span(offset + a, offset + b)));
        }
        if (argumentEnd < to) {
            readSpecArguments(text, argumentEnd + 1, to, offset, source, captures);
        }
    }

    /** Width and precision may name a variable followed by {@code $}. */
    private static void readSpecArguments(String text, int from, int to, int offset, SourceFile source,
            List<Ident> captures) {
        for (int dollar = text.indexOf('$', from); dollar >= 0 && dollar < to; dollar = text.indexOf('$', dollar + 1)) {
            int begin = dollar;
            while (begin > from && isIdentifierPart(text.charAt(begin - 1))) {
                begin--;
            }
            if (isIdentifier(text, begin, dollar)) {
                captures.add(new Ident(text.substring(begin, dollar), source.span(offset + begin, offset + dollar)));
            }
        }
    }

    private static boolean isIdentifier(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        char first = text.charAt(from);
        if (!(Character.isLetter(first) || first == '_') || (first == '_' && to - from == 1)) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!isIdentifierPart(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
