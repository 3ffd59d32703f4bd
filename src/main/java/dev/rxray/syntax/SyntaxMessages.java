package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import java.util.List;
import java.util.Locale;

/**
 * The one place that holds the wording of syntax diagnostics and the names tokens are shown by.
 * Wording follows rustc, so that a message reads the same as the compiler's: {@code expected one of `,` or `)`,
 * found `;`}.
 */
final class SyntaxMessages {
    private SyntaxMessages() {
    }

    static final String INVALID_UTF8 = "stream did not contain valid UTF-8";
    static final String UNTERMINATED_STRING = "unterminated double quote string";
    static final String UNTERMINATED_BYTE_STRING = "unterminated double quote byte string";
    static final String UNTERMINATED_C_STRING = "unterminated C string";
    static final String UNTERMINATED_BLOCK_COMMENT = "unterminated block comment";
    static final String UNTERMINATED_BLOCK_DOC_COMMENT = "unterminated block doc-comment";
    static final String UNCLOSED_DELIMITER = "this file contains an unclosed delimiter";
    static final String STRUCT_LITERAL_NOT_ALLOWED = "struct literals are not allowed here";
    static final String TOO_MANY_ERRORS = "too many errors; stopped reporting after %d";
    static final String NESTING_TOO_DEEP = "nesting too deep: more than %d levels";
    static final String EXPECTED_ONE_OF = "expected one of %s, found %s";
    static final String EXPECTED = "expected %s, found %s";
    static final String SPACE_IN_OPERATOR = "unexpected space inside `%s`";

    static String unknownStartOfToken(int codePoint) {
        return "unknown start of token: " + escape(codePoint);
    }

    static String tooManyErrors(int cap) {
        return TOO_MANY_ERRORS.formatted(cap);
    }

    static String nestingTooDeep(int limit) {
        return NESTING_TOO_DEEP.formatted(limit);
    }

    static String spaceInOperator(String operator) {
        return SPACE_IN_OPERATOR.formatted(operator);
    }

    /** {@code expected X, found Y} where X is a phrase such as "expression" or "`;`". */
    static String expected(String what, String found) {
        return EXPECTED.formatted(what, found);
    }

    /** rustc's list form: {@code `a`}, {@code `a` or `b`}, {@code `a`, `b`, or `c`}. */
    static String expectedOneOf(List<String> names, String found) {
        if (names.size() == 1) {
            return expected(names.getFirst(), found);
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() == 2 ? " or " : (i == names.size() - 1 ? ", or " : ", "));
            }
            list.append(names.get(i));
        }
        return EXPECTED_ONE_OF.formatted(list, found);
    }

    /** How a token in the input is named after "found": {@code `}`}, {@code keyword `let`}, {@code `<eof>`}. */
    static String found(int type, String text) {
        if (type == RustLexer.EOF) {
            return "`<eof>`";
        }
        if (type == RustLexer.STMT) {
            return "statement";
        }
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        shown = shown.replace("\n", "\\n").replace("\r", "\\r");
        return isKeyword(type) ? "keyword `" + shown + "`" : "`" + shown + "`";
    }

    /** How an expected token type is named: {@code `;`}, {@code identifier}, {@code keyword `fn`}. */
    static String expectedName(int type) {
        return switch (type) {
            case RustLexer.EOF -> "`<eof>`";
            case RustLexer.IDENTIFIER, RustLexer.RAW_IDENTIFIER -> "identifier";
            case RustLexer.LIFETIME -> "lifetime";
            case RustLexer.INTEGER_LITERAL, RustLexer.FLOAT_LITERAL -> "number";
            case RustLexer.CHAR_LITERAL, RustLexer.BYTE_LITERAL -> "character literal";
            case RustLexer.STRING_LITERAL, RustLexer.RAW_STRING_LITERAL, RustLexer.BYTE_STRING_LITERAL,
                 RustLexer.RAW_BYTE_STRING_LITERAL, RustLexer.C_STRING_LITERAL, RustLexer.RAW_C_STRING_LITERAL ->
                    "string literal";
            case RustLexer.STMT -> "statement";
            case RustLexer.LET_ELSE -> "keyword `else`";
            case RustLexer.LET_CHAIN -> "keyword `let`";
            default -> {
                String literal = RustLexer.VOCABULARY.getLiteralName(type);
                if (literal == null) {
                    yield RustLexer.VOCABULARY.getSymbolicName(type).toLowerCase(Locale.ROOT);
                }
                String bare = literal.substring(1, literal.length() - 1);
                yield isKeyword(type) ? "keyword `" + bare + "`" : "`" + bare + "`";
            }
        };
    }

    /** Reserved and weak keywords, named "keyword `x`" as rustc does. */
    static boolean isKeyword(int type) {
        return type >= RustLexer.AS && type <= RustLexer.WHILE;
    }

    private static String escape(int codePoint) {
        if (codePoint < 0x20 || codePoint == 0x7f || Character.isWhitespace(codePoint) || !Character.isDefined(codePoint)) {
            return "\\u{" + Integer.toHexString(codePoint) + "}";
        }
        return Character.toString(codePoint);
    }
}
