package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Classifies the tokens of a text for colouring, with the same lexer the parser uses. It only lexes (no parsing),
 * so it is cheap enough to run on every edit; the only context it looks at is the next token (`foo!` is a macro,
 * `union Foo` a keyword) and the brackets of an attribute, which is coloured as one run from `#` to `]`.
 */
public final class Highlighter {
    private static final Set<String> PRIMITIVE_TYPES = Set.of(
            "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize",
            "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64");

    private Highlighter() {
    }

    /** Highlights in text order, not overlapping; gaps (whitespace) are plain text. Offsets are UTF-16. */
    public static List<Highlight> highlight(String text) {
        List<Highlight> out = new ArrayList<>();
        int shebang = Shebang.length(text);
        if (shebang > 0) {
            out.add(new Highlight(TokenClass.COMMENT, 0, shebang));
        }
        RustLexer lexer = new RustLexer(CharStreams.fromString(Shebang.blank(text)));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        CodePointOffsets offsets = new CodePointOffsets(text);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int start = offsets.utf16(token.getStartIndex());
            int attributeEnd = attributeEnd(tokens, i);
            if (attributeEnd > i) {
                out.add(new Highlight(TokenClass.ATTRIBUTE, start, offsets.utf16(tokens.get(attributeEnd).getStopIndex() + 1)));
                i = attributeEnd + 1;
                continue;
            }
            int end = offsets.utf16(token.getStopIndex() + 1);
            int next = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : Token.EOF;
            TokenClass tokenClass = classify(token, next);
            if (tokenClass == TokenClass.MACRO && next == RustLexer.NOT) {
                end = offsets.utf16(tokens.get(i + 1).getStopIndex() + 1);
                i++;
            }
            if (end > start) {
                out.add(new Highlight(tokenClass, start, end));
            }
            i++;
        }
        return out;
    }

    /** The index of the `]` closing an attribute that starts at {@code i}, or -1. */
    private static int attributeEnd(List<? extends Token> tokens, int i) {
        if (tokens.get(i).getType() != RustLexer.POUND) {
            return -1;
        }
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).getType() == RustLexer.NOT) {
            j++;
        }
        if (j >= tokens.size() || tokens.get(j).getType() != RustLexer.LBRACK) {
            return -1;
        }
        int depth = 0;
        for (; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            if (type == RustLexer.LBRACK || type == RustLexer.LPAREN || type == RustLexer.LBRACE) {
                depth++;
            } else if (type == RustLexer.RBRACK || type == RustLexer.RPAREN || type == RustLexer.RBRACE) {
                depth--;
                if (depth == 0) {
                    return type == RustLexer.RBRACK ? j : -1;
                }
            }
        }
        return -1;
    }

    private static TokenClass classify(Token token, int next) {
        int type = token.getType();
        if (SyntaxMessages.isKeyword(type)) {
            return type == RustLexer.SELFTYPE ? TokenClass.TYPE : TokenClass.KEYWORD;
        }
        return switch (type) {
            case RustLexer.MACRO_RULES -> next == RustLexer.NOT ? TokenClass.MACRO : TokenClass.IDENTIFIER;
            case RustLexer.UNION -> next == RustLexer.IDENTIFIER ? TokenClass.KEYWORD : TokenClass.IDENTIFIER;
            case RustLexer.AUTO -> next == RustLexer.TRAIT ? TokenClass.KEYWORD : TokenClass.IDENTIFIER;
            case RustLexer.DEFAULT -> switch (next) {
                case RustLexer.FN, RustLexer.TYPE, RustLexer.IMPL, RustLexer.CONST, RustLexer.UNSAFE, RustLexer.ASYNC ->
                        TokenClass.KEYWORD;
                default -> TokenClass.IDENTIFIER;
            };
            case RustLexer.SAFE -> next == RustLexer.FN || next == RustLexer.STATIC ? TokenClass.KEYWORD : TokenClass.IDENTIFIER;
            case RustLexer.RAW -> next == RustLexer.CONST || next == RustLexer.MUT ? TokenClass.KEYWORD : TokenClass.IDENTIFIER;
            case RustLexer.DOLLAR_CRATE -> TokenClass.KEYWORD;
            case RustLexer.IDENTIFIER, RustLexer.RAW_IDENTIFIER -> identifierClass(token.getText(), next);
            case RustLexer.UNDERSCORE -> TokenClass.IDENTIFIER;
            case RustLexer.LIFETIME -> TokenClass.LIFETIME;
            case RustLexer.CHAR_LITERAL, RustLexer.BYTE_LITERAL -> TokenClass.CHAR;
            case RustLexer.STRING_LITERAL, RustLexer.BYTE_STRING_LITERAL, RustLexer.C_STRING_LITERAL,
                 RustLexer.RAW_STRING_LITERAL, RustLexer.RAW_BYTE_STRING_LITERAL, RustLexer.RAW_C_STRING_LITERAL,
                 RustLexer.UNTERMINATED_STRING -> TokenClass.STRING;
            case RustLexer.INTEGER_LITERAL, RustLexer.FLOAT_LITERAL -> TokenClass.NUMBER;
            case RustLexer.LINE_COMMENT, RustLexer.BLOCK_COMMENT -> TokenClass.COMMENT;
            case RustLexer.INNER_LINE_DOC, RustLexer.OUTER_LINE_DOC, RustLexer.INNER_BLOCK_DOC,
                 RustLexer.OUTER_BLOCK_DOC -> TokenClass.DOC_COMMENT;
            case RustLexer.COMMA, RustLexer.SEMI, RustLexer.COLON, RustLexer.PATHSEP, RustLexer.DOT, RustLexer.POUND,
                 RustLexer.DOLLAR, RustLexer.LBRACE, RustLexer.RBRACE, RustLexer.LBRACK, RustLexer.RBRACK,
                 RustLexer.LPAREN, RustLexer.RPAREN -> TokenClass.PUNCTUATION;
            case RustLexer.ERROR_CHAR -> TokenClass.ERROR;
            default -> TokenClass.OPERATOR;
        };
    }

    private static TokenClass identifierClass(String text, int next) {
        if (next == RustLexer.NOT) {
            return TokenClass.MACRO;
        }
        String name = text.startsWith("r#") ? text.substring(2) : text;
        if (PRIMITIVE_TYPES.contains(name) || (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0)))) {
            return TokenClass.TYPE;
        }
        return TokenClass.IDENTIFIER;
    }
}
