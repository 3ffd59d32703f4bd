package dev.rxray.syntax.tree;

import java.util.Locale;

/** What the tree reads from a single token's text: literal kinds, raw identifiers, doc comment bodies. */
final class TokenText {
    private TokenText() {
    }

    /** The lexical kind of a literal token, from its text alone. */
    static LitKind literalKind(String text) {
        if (text.equals("true") || text.equals("false")) {
            return LitKind.BOOL;
        }
        if (text.startsWith("br")) {
            return LitKind.RAW_BYTE_STRING;
        }
        if (text.startsWith("cr")) {
            return LitKind.RAW_C_STRING;
        }
        if (text.startsWith("b\"")) {
            return LitKind.BYTE_STRING;
        }
        if (text.startsWith("c\"")) {
            return LitKind.C_STRING;
        }
        if (text.startsWith("b'")) {
            return LitKind.BYTE;
        }
        if (text.startsWith("r")) {
            return LitKind.RAW_STRING;
        }
        if (text.startsWith("\"")) {
            return LitKind.STRING;
        }
        if (text.startsWith("'")) {
            return LitKind.CHAR;
        }
        return isFloat(text) ? LitKind.FLOAT : LitKind.INTEGER;
    }

    private static boolean isFloat(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x") || lower.startsWith("0b") || lower.startsWith("0o")) {
            return false;
        }
        if (lower.endsWith("f32") || lower.endsWith("f64")) {
            return true;
        }
        // An integer suffix (`5usize`, `3isize`, `7u8`) may contain an `e` that is no exponent.
        String digits = lower.replaceFirst("(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize)$", "");
        return digits.indexOf('.') >= 0 || digits.indexOf('e') >= 0;
    }

    /** True for a string literal kind that a format string can be. */
    static boolean isFormatString(LitKind kind) {
        return kind == LitKind.STRING || kind == LitKind.RAW_STRING;
    }

    static boolean isRawIdentifier(String text) {
        return text.startsWith("r#");
    }

    static String identifierName(String text) {
        return isRawIdentifier(text) ? text.substring(2) : text;
    }

    /** True for {@code ///}, {@code //!}, {@code /**} and {@code /*!} comments, which are doc comments. */
    static boolean isDocComment(String text) {
        if (text.startsWith("///")) {
            return !text.startsWith("////");
        }
        if (text.startsWith("//!")) {
            return true;
        }
        if (text.startsWith("/**")) {
            return !text.startsWith("/***") && !text.equals("/**/");
        }
        return text.startsWith("/*!");
    }

    static boolean isInnerDocComment(String text) {
        return text.startsWith("//!") || text.startsWith("/*!");
    }

    /** The comment's text without its markers: {@code /// Hello} gives {@code " Hello"}. */
    static String docCommentBody(String text) {
        if (text.startsWith("//")) {
            String body = text.substring(3);
            return body.endsWith("\r") ? body.substring(0, body.length() - 1) : body;
        }
        int end = text.endsWith("*/") && text.length() >= 5 ? text.length() - 2 : text.length();
        return text.substring(Math.min(3, end), end);
    }
}
