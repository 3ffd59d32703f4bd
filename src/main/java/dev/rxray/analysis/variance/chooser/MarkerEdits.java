package dev.rxray.analysis.variance.chooser;

import dev.rxray.analysis.variance.DeclKind;
import dev.rxray.analysis.variance.TypeDeclaration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edit that adds a marker field to a struct or union: a named field before the closing brace of a braced body,
 * an extra element of a tuple struct, a body for a unit struct. {@code PhantomData} is written with its full path
 * unless the text imports it, so the edit compiles without touching the imports. Enums get no edit: a marker must
 * go in a variant, which is the author's choice.
 */
public final class MarkerEdits {

    private MarkerEdits() {
    }

    public static Optional<TextEdit> addField(String source, TypeDeclaration decl, String fieldName, String marker) {
        if (decl.kind() == DeclKind.ENUM) {
            return Optional.empty();
        }
        String type = importsPhantomData(source) ? marker : marker.replaceFirst("^PhantomData\\b",
                "std::marker::PhantomData");
        int start = lineStart(source, decl.line());
        Matcher head = Pattern.compile("\\b" + decl.kind().keyword() + "\\s+" + Pattern.quote(decl.name())
                + "\\b").matcher(source);
        if (start < 0 || !head.find(start)) {
            return Optional.empty();
        }
        int i = skipGenerics(source, head.end());
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                int close = matching(source, i, '{', '}');
                return close < 0 ? Optional.empty() : Optional.of(namedField(source, i, close, fieldName, type));
            }
            if (c == '(' && decl.kind() == DeclKind.STRUCT) {
                int close = matching(source, i, '(', ')');
                if (close < 0) {
                    return Optional.empty();
                }
                String inside = source.substring(i + 1, close).strip();
                String sep = inside.isEmpty() || inside.endsWith(",") ? "" : ", ";
                int at = i + 1 + trimmedEnd(source.substring(i + 1, close));
                return Optional.of(new TextEdit(at, 0, sep + type));
            }
            if (c == ';') {
                return Optional.of(new TextEdit(i, 1, " {\n    " + fieldName + ": " + type + ",\n}"));
            }
        }
        return Optional.empty();
    }

    private static TextEdit namedField(String source, int open, int close, String fieldName, String type) {
        String inside = source.substring(open + 1, close);
        int end = open + 1 + trimmedEnd(inside);
        String before = inside.strip();
        String comma = before.isEmpty() || before.endsWith(",") ? "" : ",";
        if (!inside.contains("\n")) {
            String sep = before.isEmpty() ? " " : comma + " ";
            return new TextEdit(end, close - end, sep + fieldName + ": " + type + " ");
        }
        int lineOfClose = source.lastIndexOf('\n', close - 1) + 1;
        String closeIndent = source.substring(lineOfClose, close).isBlank() ? source.substring(lineOfClose, close)
                : "";
        return new TextEdit(end, close - end, comma + "\n" + closeIndent + "    " + fieldName + ": " + type + ",\n"
                + closeIndent);
    }

    private static boolean importsPhantomData(String source) {
        return Pattern.compile("use\\s+(std|core)::marker::(PhantomData\\b|\\{[^}]*\\bPhantomData\\b)")
                .matcher(source).find();
    }

    private static int lineStart(String source, int line) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = source.indexOf('\n', at);
            if (at < 0) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** After the name: past a {@code <...>} parameter list, if there is one. */
    private static int skipGenerics(String source, int at) {
        int i = at;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        if (i < source.length() && source.charAt(i) == '<') {
            int depth = 0;
            for (; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '<') {
                    depth++;
                } else if (c == '>' && source.charAt(i - 1) != '-' && --depth == 0) {
                    return i + 1;
                }
            }
        }
        return i;
    }

    /** The closer matching the opener at {@code open}, skipping line comments; -1 when unbalanced. */
    private static int matching(String source, int open, char opener, char closer) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                int nl = source.indexOf('\n', i);
                if (nl < 0) {
                    return -1;
                }
                i = nl;
            } else if (c == opener) {
                depth++;
            } else if (c == closer && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int trimmedEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
