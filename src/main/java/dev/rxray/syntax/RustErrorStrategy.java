package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronisation on the follow sets) with rustc's
 * wording: what was expected, named in Rust terms, and what was found.
 */
final class RustErrorStrategy extends DefaultErrorStrategy {
    /** More expected tokens than this are summarised ("expression", "item", ...) instead of listed. */
    private static final IntervalSet WEAK_KEYWORDS = weakKeywords();

    private static IntervalSet weakKeywords() {
        IntervalSet set = new IntervalSet();
        for (int type : new int[] {RustLexer.MACRO_RULES, RustLexer.UNION, RustLexer.DEFAULT, RustLexer.AUTO,
                RustLexer.RAW, RustLexer.SAFE}) {
            set.add(type);
        }
        return set;
    }

    private static final int LIST_LIMIT = 5;

    private static final IntervalSet BINARY_OPERATORS = IntervalSet.of(RustLexer.PLUS, RustLexer.PLUS);

    static {
        for (int type : new int[] {RustLexer.AS, RustLexer.MINUS, RustLexer.STAR, RustLexer.SLASH, RustLexer.PERCENT,
                RustLexer.CARET, RustLexer.AND, RustLexer.OR, RustLexer.ANDAND, RustLexer.OROR, RustLexer.PLUSEQ,
                RustLexer.MINUSEQ, RustLexer.STAREQ, RustLexer.SLASHEQ, RustLexer.PERCENTEQ, RustLexer.CARETEQ,
                RustLexer.ANDEQ, RustLexer.OREQ, RustLexer.SHLEQ, RustLexer.EQ, RustLexer.EQEQ, RustLexer.NE,
                RustLexer.GT, RustLexer.LT, RustLexer.LE, RustLexer.DOTDOT, RustLexer.DOTDOTEQ}) {
            BINARY_OPERATORS.add(type);
        }
        BINARY_OPERATORS.setReadonly(true);
    }

    private final DiagnosticCollector diagnostics;
    private final CodePointOffsets offsets;

    RustErrorStrategy(DiagnosticCollector diagnostics, CodePointOffsets offsets) {
        this.diagnostics = diagnostics;
        this.offsets = offsets;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        if (recognizer instanceof StructLiteralContext parser && !parser.structLiteralsAllowedHere()
                && startsStructLiteral(recognizer, e.getStartToken())) {
            Token at = e.getStartToken();
            int start = offsets.utf16(at.getStartIndex());
            diagnostics.error(start, Math.max(start, offsets.utf16(at.getStopIndex() + 1)),
                    SyntaxMessages.STRUCT_LITERAL_NOT_ALLOWED);
            return;
        }
        if (e.getStartToken().getType() == RustLexer.DOT && e.getOffendingToken() != e.getStartToken()) {
            report(recognizer, e.getOffendingToken(), List.of("identifier"));
            return;
        }
        report(recognizer, e.getOffendingToken(), describe(recognizer.getExpectedTokens(), recognizer.getContext()));
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(recognizer, e.getOffendingToken(), expectedHere(recognizer, e.getExpectedTokens()));
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        Token at = e.getOffendingToken();
        int start = offsets.utf16(at.getStartIndex());
        diagnostics.error(start, Math.max(start, offsets.utf16(at.getStopIndex() + 1)),
                SyntaxMessages.STRUCT_LITERAL_NOT_ALLOWED);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), expectedHere(recognizer, getExpectedTokens(recognizer)));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), expectedHere(recognizer, getExpectedTokens(recognizer)));
    }

    private static List<String> expectedHere(Parser recognizer, IntervalSet expected) {
        if (recognizer.getContext() instanceof RustParser.BlockContext block && endsWithOpenExpression(block)) {
            return List.of("`.`", "`;`", "`?`", "`}`", "an operator");
        }
        return describe(expected, recognizer.getContext());
    }

    /** A block whose last statement is an expression without `;`: what follows must continue it or end it. */
    private static boolean endsWithOpenExpression(RustParser.BlockContext block) {
        RustParser.StatementsContext statements = block.statements();
        while (statements != null) {
            switch (statements) {
                case RustParser.StatementAndRestContext rest -> statements = rest.statements();
                case RustParser.ExpressionAndRestContext rest -> {
                    if (rest.SEMI() == null) {
                        return rest.expression() != null;
                    }
                    statements = rest.statements();
                }
                default -> statements = null;
            }
        }
        return false;
    }

    /** Whether a path followed by `{` starts at this token: `S {` or `a::b::S {`. */
    private static boolean startsStructLiteral(Parser recognizer, Token start) {
        var input = recognizer.getInputStream();
        int i = start.getTokenIndex();
        int limit = Math.min(input.size() - 1, i + 16);
        while (i < limit) {
            int type = input.get(i).getType();
            if (type != RustLexer.IDENTIFIER && type != RustLexer.SELFTYPE && type != RustLexer.SELFVALUE
                    && type != RustLexer.SUPER && type != RustLexer.CRATE) {
                return false;
            }
            int next = input.get(i + 1).getType();
            if (next == RustLexer.LBRACE) {
                return true;
            }
            if (next != RustLexer.PATHSEP) {
                return false;
            }
            i += 2;
        }
        return false;
    }

    /** A parser that knows whether struct literals are allowed at its current position. */
    interface StructLiteralContext {
        boolean structLiteralsAllowedHere();
    }

    private void report(Parser recognizer, Token offending, List<String> expected) {
        Token shown = offending;
        if (shown.getType() == RustLexer.STMT) {
            int next = Math.min(shown.getTokenIndex() + 1, recognizer.getInputStream().size() - 1);
            shown = recognizer.getInputStream().get(next);
        }
        int start = offsets.utf16(shown.getStartIndex());
        int end = shown.getType() == Token.EOF ? start : Math.max(start, offsets.utf16(shown.getStopIndex() + 1));
        Token before = previousVisible(recognizer.getInputStream(), shown.getTokenIndex());
        boolean tokensExpected = expected.stream().allMatch(e -> e.startsWith("`") || e.equals("an operator"));
        if (tokensExpected && before != null && before.getLine() < shown.getLine()) {
            // As rustc: when a token is missing at the end of a line (a `;` or `,`), the error is shown where it
            // belongs, just after the line's last token, not on the next line.
            start = offsets.utf16(before.getStopIndex() + 1);
            end = start;
        }
        String found = SyntaxMessages.found(shown.getType(), shown.getType() == Token.EOF ? "" : shown.getText());
        diagnostics.error(start, end, SyntaxMessages.expectedOneOf(expected, found));
    }

    private static Token previousVisible(TokenStream input, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token t = input.get(i);
            // STMT is the only token the shaper inserts; LET_ELSE and LET_CHAIN are retyped keywords of the text.
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != RustLexer.STMT) {
                return t;
            }
        }
        return null;
    }

    /** What was expected, as rustc names it: one summary word ("expression") or a short list of tokens. */
    private static List<String> describe(IntervalSet expected, ParserRuleContext context) {
        IntervalSet set = new IntervalSet(expected);
        set.remove(RustLexer.STMT);
        set.remove(RustLexer.LET_ELSE);
        set.remove(RustLexer.LET_CHAIN);
        if (set.contains(RustLexer.IDENTIFIER)) {
            // Weak keywords are tokens of their own only so the grammar can recognise them; where an identifier
            // is expected they are identifiers, and rustc does not list them.
            set = set.subtract(WEAK_KEYWORDS);
        }
        String summary = summarise(set, context);
        if (summary != null) {
            return List.of(summary);
        }
        List<String> names = new ArrayList<>();
        boolean operators = set.contains(RustLexer.PLUS) && set.contains(RustLexer.STAR) && set.contains(RustLexer.EQEQ);
        if (operators) {
            set = set.subtract(BINARY_OPERATORS);
        }
        for (int type : set.toArray()) {
            String name = SyntaxMessages.expectedName(type);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (operators) {
            names.add("an operator");
        }
        return names.isEmpty() ? List.of("a token") : names;
    }

    private static String summarise(IntervalSet set, ParserRuleContext context) {
        if (set.size() <= LIST_LIMIT) {
            return null;
        }
        boolean expression = set.contains(RustLexer.INTEGER_LITERAL) && set.contains(RustLexer.LPAREN)
                && set.contains(RustLexer.MINUS);
        boolean item = set.contains(RustLexer.FN) && set.contains(RustLexer.STRUCT) && set.contains(RustLexer.USE);
        boolean type = set.contains(RustLexer.DYN) && set.contains(RustLexer.IMPL) && set.contains(RustLexer.STAR);
        boolean pattern = set.contains(RustLexer.REF) && set.contains(RustLexer.UNDERSCORE);
        boolean path = set.contains(RustLexer.IDENTIFIER) && set.contains(RustLexer.SUPER)
                && set.contains(RustLexer.PATHSEP);
        if (type && !expression) {
            return "type";
        }
        if (pattern && !item) {
            return "pattern";
        }
        if (item && !expression) {
            return "item";
        }
        if (expression && item) {
            return "statement";
        }
        if (expression) {
            return "expression";
        }
        if (path) {
            return "path";
        }
        if (context instanceof RustParser.GenericArgsContext || context instanceof RustParser.GenericParamsContext) {
            return "generic argument";
        }
        return null;
    }
}
