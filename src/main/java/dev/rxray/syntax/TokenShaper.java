package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Turns the lexer's output into the token list the grammar reads. Doing these few context-dependent steps here,
 * in one linear pass, keeps predicates out of the lexer and keeps the parser's decisions short:
 * <ul>
 *   <li>reports characters no token starts with, unterminated strings and block comments, and drops or repairs
 *       those tokens so the parser sees a plausible stream;</li>
 *   <li>inserts a zero-width {@code STMT} token before a block-like expression that starts a statement or a match
 *       arm body (after {@code ;} {@code {} {@code }} {@code =>} or an attribute), and before {@code path! {}};</li>
 *   <li>retypes {@code else} as {@code LET_ELSE} when no {@code }} precedes it (only {@code let ... else} can);</li>
 *   <li>merges {@code 1} {@code .} into one float token where rustc reads {@code 1.} as a number;</li>
 *   <li>measures bracket nesting, so the driver can refuse absurd depths before the recursive parser sees them.</li>
 * </ul>
 */
final class TokenShaper {
    /** Deeper bracket nesting than this is reported instead of parsed. */
    static final int MAX_NESTING = 1000;

    /**
     * Deeper nesting of `<` than this is reported too. It is counted apart from the brackets, and reset at `;`, `{`
     * and `}`, because a `<` may also be a comparison. Generic arguments are predicted with lookahead over the nested
     * arguments (`Item<'a> = T` versus `Vec<T>`), so absurd depths would cost quadratic time.
     */
    static final int MAX_ANGLE_NESTING = 256;

    /** What the pass produces: the tokens (hidden channels included, EOF last) and where nesting got too deep. */
    record Shaped(List<Token> tokens, int tooDeepAt) {
        boolean tooDeep() {
            return tooDeepAt >= 0;
        }
    }

    private final CharStream input;
    private final String text;
    private final CodePointOffsets offsets;
    private final DiagnosticCollector diagnostics;
    private final boolean reportReplacementCharacters;

    TokenShaper(CharStream input, String text, CodePointOffsets offsets, DiagnosticCollector diagnostics,
                boolean reportReplacementCharacters) {
        this.input = input;
        this.text = text;
        this.offsets = offsets;
        this.diagnostics = diagnostics;
        this.reportReplacementCharacters = reportReplacementCharacters;
    }

    Shaped shape(RustLexer lexer) {
        List<Token> all = lexAll(lexer);
        Token eof = all.removeLast();
        int[] significant = new int[all.size()];
        int count = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                significant[count++] = i;
            }
        }

        List<Token> out = new ArrayList<>(all.size() + all.size() / 8 + 1);
        char[] open = new char[64];
        boolean[] openIsAttribute = new boolean[64];
        int depth = 0;
        int angles = 0;
        int tooDeepAt = -1;
        int previous = -1;
        int beforePrevious = -1;
        boolean previousClosedAttribute = false;
        int emittedUpTo = 0;
        // Bracket depths of `if` / `while` / `match` / `for` heads whose body brace has not been seen yet.
        int[] heads = new int[16];
        int headCount = 0;

        for (int k = 0; k < count; k++) {
            int at = significant[k];
            while (emittedUpTo < at) {
                out.add(all.get(emittedUpTo++));
            }
            emittedUpTo = at + 1;
            Token token = all.get(at);
            int type = token.getType();

            if (type == RustLexer.INTEGER_LITERAL && previous != RustLexer.DOT && k + 1 < count) {
                Token dot = all.get(significant[k + 1]);
                if (dot.getType() == RustLexer.DOT && dot.getStartIndex() == token.getStopIndex() + 1
                        && isPlainDecimal(token.getText()) && !continuesAfterDot(dot.getStopIndex() + 1)) {
                    CommonToken number = new CommonToken(token);
                    number.setType(RustLexer.FLOAT_LITERAL);
                    number.setStopIndex(dot.getStopIndex());
                    number.setText(token.getText() + ".");
                    out.add(number);
                    emittedUpTo = significant[k + 1] + 1;
                    k++;
                    beforePrevious = previous;
                    previous = RustLexer.FLOAT_LITERAL;
                    previousClosedAttribute = false;
                    continue;
                }
            }

            boolean headBrace = type == RustLexer.LBRACE && headCount > 0 && heads[headCount - 1] == depth;
            if (headBrace && !expectsOperand(previous)) {
                headCount--;
            }
            boolean statementStart = !headBrace && (previous == -1
                    || previous == RustLexer.LBRACE
                    || previous == RustLexer.RBRACE
                    || previous == RustLexer.FATARROW
                    || previousClosedAttribute
                    || (previous == RustLexer.SEMI && (depth == 0 || open[depth - 1] == '{')));
            if (statementStart && startsBlockLike(all, significant, count, k, previous == RustLexer.FATARROW)) {
                out.add(marker(token));
            }
            if (type == RustLexer.LPAREN && opensMethodArguments(all, significant, k)) {
                ((CommonToken) token).setType(RustLexer.METHOD_LPAREN);
            }
            if (type == RustLexer.LET && previous == RustLexer.ANDAND && headCount > 0 && heads[headCount - 1] == depth) {
                ((CommonToken) token).setType(RustLexer.LET_CHAIN);
            }
            if (type == RustLexer.ELSE && previous != RustLexer.RBRACE) {
                ((CommonToken) token).setType(RustLexer.LET_ELSE);
            }

            previousClosedAttribute = false;
            switch (type) {
                case RustLexer.LT -> {
                    if (++angles > MAX_ANGLE_NESTING && tooDeepAt < 0) {
                        tooDeepAt = k;
                        int start = offsets.utf16(token.getStartIndex());
                        diagnostics.error(start, start + 1, SyntaxMessages.nestingTooDeep(MAX_ANGLE_NESTING));
                    }
                }
                case RustLexer.GT -> angles = Math.max(0, angles - 1);
                case RustLexer.SEMI -> angles = 0;
                case RustLexer.IF, RustLexer.WHILE, RustLexer.MATCH, RustLexer.FOR -> {
                    if (type == RustLexer.FOR && !startsLoop(previous, statementStart)) {
                        break;
                    }
                    if (headCount == heads.length) {
                        heads = java.util.Arrays.copyOf(heads, headCount * 2);
                    }
                    heads[headCount++] = depth;
                }
                case RustLexer.FATARROW -> {
                    while (headCount > 0 && heads[headCount - 1] >= depth) {
                        headCount--;
                    }
                }
                case RustLexer.LPAREN, RustLexer.LBRACK, RustLexer.LBRACE -> {
                    if (type == RustLexer.LBRACE) {
                        angles = 0;
                    }
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                        openIsAttribute = java.util.Arrays.copyOf(openIsAttribute, depth * 2);
                    }
                    open[depth] = type == RustLexer.LPAREN ? '(' : type == RustLexer.LBRACK ? '[' : '{';
                    openIsAttribute[depth] = type == RustLexer.LBRACK
                            && (previous == RustLexer.POUND
                            || (previous == RustLexer.NOT && beforePrevious == RustLexer.POUND));
                    depth++;
                    if (depth > MAX_NESTING && tooDeepAt < 0) {
                        tooDeepAt = k;
                        int start = offsets.utf16(token.getStartIndex());
                        diagnostics.error(start, start + 1, SyntaxMessages.nestingTooDeep(MAX_NESTING));
                    }
                }
                case RustLexer.RPAREN, RustLexer.RBRACK, RustLexer.RBRACE -> {
                    if (type == RustLexer.RBRACE) {
                        angles = 0;
                    }
                    if (depth > 0) {
                        depth--;
                        previousClosedAttribute = type == RustLexer.RBRACK && openIsAttribute[depth];
                    }
                    while (headCount > 0 && heads[headCount - 1] > depth) {
                        headCount--;
                    }
                }
                default -> {
                }
            }
            out.add(token);
            beforePrevious = previous;
            previous = type;
        }
        while (emittedUpTo < all.size()) {
            out.add(all.get(emittedUpTo++));
        }
        if (depth > 0 && tooDeepAt < 0) {
            int end = text.length();
            diagnostics.error(end, end, SyntaxMessages.UNCLOSED_DELIMITER);
        }
        out.add(eof);
        return new Shaped(out, tooDeepAt);
    }

    /** All tokens with lexical errors reported; unknown characters are dropped. Ends with EOF. */
    private List<Token> lexAll(RustLexer lexer) {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            Token token = lexer.nextToken();
            int type = token.getType();
            if (type == Token.EOF) {
                tokens.add(token);
                return tokens;
            }
            switch (type) {
                case RustLexer.ERROR_CHAR -> {
                    int start = offsets.utf16(token.getStartIndex());
                    int codePoint = text.codePointAt(Math.min(start, text.length() - 1));
                    if (codePoint != 0xFFFD || reportReplacementCharacters) {
                        diagnostics.error(start, offsets.utf16(token.getStopIndex() + 1),
                                SyntaxMessages.unknownStartOfToken(codePoint));
                    }
                    continue;
                }
                case RustLexer.UNTERMINATED_STRING -> {
                    String body = token.getText();
                    int start = offsets.utf16(token.getStartIndex());
                    String message = switch (body.charAt(0)) {
                        case 'b' -> SyntaxMessages.UNTERMINATED_BYTE_STRING;
                        case 'c' -> SyntaxMessages.UNTERMINATED_C_STRING;
                        default -> SyntaxMessages.UNTERMINATED_STRING;
                    };
                    diagnostics.error(start, start + 1, message);
                    diagnostics.silenceFrom(start + 1);
                    ((CommonToken) token).setType(switch (body.charAt(0)) {
                        case 'b' -> RustLexer.BYTE_STRING_LITERAL;
                        case 'c' -> RustLexer.C_STRING_LITERAL;
                        default -> RustLexer.STRING_LITERAL;
                    });
                }
                case RustLexer.BLOCK_COMMENT, RustLexer.INNER_BLOCK_DOC, RustLexer.OUTER_BLOCK_DOC -> {
                    if (token.getStopIndex() + 1 >= input.size() && !blockCommentClosed(token.getText())) {
                        int start = offsets.utf16(token.getStartIndex());
                        diagnostics.error(start, start + 2, type == RustLexer.BLOCK_COMMENT
                                ? SyntaxMessages.UNTERMINATED_BLOCK_COMMENT
                                : SyntaxMessages.UNTERMINATED_BLOCK_DOC_COMMENT);
                        diagnostics.silenceFrom(start + 2);
                    }
                }
                default -> {
                }
            }
            tokens.add(token);
        }
    }

    /**
     * Whether a brace after this token begins an operand (a block inside an `if` head, as in
     * {@code if unsafe { f() } {}}) rather than the body of the head.
     */
    private static boolean expectsOperand(int previous) {
        return switch (previous) {
            case RustLexer.IF, RustLexer.WHILE, RustLexer.MATCH, RustLexer.IN, RustLexer.UNSAFE, RustLexer.ASYNC,
                 RustLexer.MOVE, RustLexer.CONST, RustLexer.LOOP, RustLexer.EQ, RustLexer.EQEQ, RustLexer.NE,
                 RustLexer.LE, RustLexer.ELSE, RustLexer.OROR, RustLexer.ANDAND, RustLexer.OR,
                 RustLexer.NOT, RustLexer.MINUS, RustLexer.STAR, RustLexer.AND, RustLexer.PLUS, RustLexer.SLASH,
                 RustLexer.PERCENT, RustLexer.CARET, RustLexer.COLON, RustLexer.DOTDOT, RustLexer.DOTDOTEQ -> true;
            default -> false;
        };
    }

    /**
     * Whether the `(` at {@code k} opens a method call's arguments: it follows `.name` or `.name::<...>`. Giving it a
     * token type of its own keeps `x.f(a)` from also reading as a call of the field `x.f`, an ambiguity that would
     * otherwise cost a look over the whole argument list at every method call.
     */
    private static boolean opensMethodArguments(List<Token> all, int[] significant, int k) {
        int i = k - 1;
        if (i >= 0 && all.get(significant[i]).getType() == RustLexer.GT) {
            int balance = 0;
            int nested = 0;
            int limit = Math.max(0, k - 256);
            for (; i >= limit; i--) {
                int type = all.get(significant[i]).getType();
                switch (type) {
                    case RustLexer.RPAREN, RustLexer.RBRACK, RustLexer.RBRACE -> nested++;
                    case RustLexer.LPAREN, RustLexer.METHOD_LPAREN, RustLexer.LBRACK, RustLexer.LBRACE -> nested--;
                    case RustLexer.SEMI -> {
                        if (nested == 0) {
                            return false;
                        }
                    }
                    case RustLexer.GT -> balance += nested == 0 ? 1 : 0;
                    case RustLexer.LT -> balance -= nested == 0 ? 1 : 0;
                    default -> {
                    }
                }
                if (nested < 0) {
                    return false;
                }
                if (balance == 0 && nested == 0) {
                    break;
                }
            }
            if (i < limit || balance != 0 || i < 1 || all.get(significant[i - 1]).getType() != RustLexer.PATHSEP) {
                return false;
            }
            i -= 2;
        }
        return i >= 1 && isMethodName(all.get(significant[i]).getType())
                && all.get(significant[i - 1]).getType() == RustLexer.DOT;
    }

    private static boolean isMethodName(int type) {
        return switch (type) {
            case RustLexer.IDENTIFIER, RustLexer.RAW_IDENTIFIER, RustLexer.UNION, RustLexer.DEFAULT, RustLexer.AUTO,
                 RustLexer.RAW, RustLexer.SAFE, RustLexer.MACRO_RULES -> true;
            default -> false;
        };
    }

    /** `for` begins a loop unless it follows a type, as in `impl Trait for Type` or `T: for<'a> Fn(&'a u8)`. */
    private static boolean startsLoop(int previous, boolean statementStart) {
        return statementStart || switch (previous) {
            case RustLexer.COLON, RustLexer.EQ, RustLexer.LPAREN, RustLexer.COMMA, RustLexer.RETURN, RustLexer.BREAK,
                 RustLexer.OR, RustLexer.OROR, RustLexer.LBRACK -> true;
            default -> false;
        };
    }

    private static boolean startsBlockLike(List<Token> all, int[] significant, int count, int k, boolean armBody) {
        int type = all.get(significant[k]).getType();
        int next = k + 1 < count ? all.get(significant[k + 1]).getType() : Token.EOF;
        return switch (type) {
            case RustLexer.IF, RustLexer.MATCH, RustLexer.WHILE, RustLexer.FOR, RustLexer.LOOP, RustLexer.LBRACE -> true;
            case RustLexer.UNSAFE, RustLexer.CONST -> next == RustLexer.LBRACE;
            case RustLexer.LIFETIME -> next == RustLexer.COLON;
            default -> !armBody && isBraceMacroCall(all, significant, count, k);
        };
    }

    /** {@code a::b! {}}: a path, `!`, then a brace. */
    private static boolean isBraceMacroCall(List<Token> all, int[] significant, int count, int k) {
        int i = k;
        if (i < count && all.get(significant[i]).getType() == RustLexer.PATHSEP) {
            i++;
        }
        while (true) {
            if (i >= count || !isPathSegment(all.get(significant[i]).getType())) {
                return false;
            }
            i++;
            if (i < count && all.get(significant[i]).getType() == RustLexer.PATHSEP) {
                i++;
                continue;
            }
            break;
        }
        return i + 1 < count
                && all.get(significant[i]).getType() == RustLexer.NOT
                && all.get(significant[i + 1]).getType() == RustLexer.LBRACE;
    }

    private static boolean isPathSegment(int type) {
        return switch (type) {
            case RustLexer.IDENTIFIER, RustLexer.RAW_IDENTIFIER, RustLexer.UNION, RustLexer.DEFAULT, RustLexer.AUTO,
                 RustLexer.RAW, RustLexer.SAFE, RustLexer.SELFVALUE, RustLexer.SUPER, RustLexer.CRATE,
                 RustLexer.DOLLAR_CRATE -> true;
            default -> false;
        };
    }

    private static Token marker(Token before) {
        CommonToken marker = new CommonToken(before);
        marker.setType(RustLexer.STMT);
        marker.setText("");
        marker.setStopIndex(before.getStartIndex() - 1);
        return marker;
    }

    private static boolean isPlainDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** After `1.`, a dot, an underscore or an identifier start make the dot a separate token (`1..2`, `1.max`). */
    private boolean continuesAfterDot(int codePointIndex) {
        if (codePointIndex >= input.size()) {
            return false;
        }
        int offset = offsets.utf16(codePointIndex);
        if (offset >= text.length()) {
            return false;
        }
        int c = text.codePointAt(offset);
        return c == '.' || c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    /** Whether a block comment that reaches the end of the file is properly closed, counting nested comments. */
    static boolean blockCommentClosed(String comment) {
        int depth = 0;
        int i = 0;
        while (i + 1 < comment.length()) {
            char c = comment.charAt(i);
            char d = comment.charAt(i + 1);
            if (c == '/' && d == '*') {
                depth++;
                i += 2;
            } else if (c == '*' && d == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i == comment.length();
                }
            } else {
                i++;
            }
        }
        return false;
    }
}
