package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Macro calls: the token tree always, and for the standard expression macros the arguments re-parsed from the
 * tokens between the delimiters with the grammar's entry rules. A re-parse that fails leaves only the token tree.
 */
final class MacroBuilder {
    private final BuildState state;
    private RustParser reparser;

    MacroBuilder(BuildState state) {
        this.state = state;
    }

    MacroCall call(RustParser.MacroInvocationContext ctx) {
        Span span = state.loc.span(ctx);
        Path path = ctx.simplePath() == null ? new Path(List.of(), span) : state.paths.simplePath(ctx.simplePath());
        if (ctx.delimTokenTree() == null) {
            TokenTree empty = new TokenTree(Delimiter.PAREN, "", state.loc.emptyAt(span.endOffset()));
            return new MacroCall(path, empty, new MacroArgs.Opaque(empty.span()), span);
        }
        TokenTree tree = tokenTree(ctx.delimTokenTree());
        return new MacroCall(path, tree, arguments(path.lastName(), ctx.delimTokenTree()), span);
    }

    TokenTree tokenTree(RustParser.DelimTokenTreeContext ctx) {
        Span whole = state.loc.span(ctx);
        Delimiter delimiter = switch (ctx.getStart().getType()) {
            case RustParser.LBRACK -> Delimiter.BRACKET;
            case RustParser.LBRACE -> Delimiter.BRACE;
            default -> Delimiter.PAREN;
        };
        int from = state.loc.span(ctx.getStart()).endOffset();
        int to = closes(ctx) ? state.loc.span(ctx.getStop()).startOffset() : whole.endOffset();
        return new TokenTree(delimiter, state.loc.text(state.loc.span(from, Math.max(from, to))), whole);
    }

    private static boolean closes(RustParser.DelimTokenTreeContext ctx) {
        Token stop = ctx.getStop();
        return stop != null && stop != ctx.getStart() && switch (stop.getType()) {
            case RustParser.RPAREN, RustParser.RBRACK, RustParser.RBRACE -> true;
            default -> false;
        };
    }

    private MacroArgs arguments(String name, RustParser.DelimTokenTreeContext ctx) {
        Span inner = innerSpan(ctx);
        boolean exprs = StandardMacros.takesExpressions(name);
        if (!exprs && !StandardMacros.isMatches(name) || !closes(ctx)) {
            return new MacroArgs.Opaque(inner);
        }
        List<Token> tokens = innerTokens(ctx);
        try {
            if (StandardMacros.isMatches(name)) {
                return matches(tokens, inner).orElseGet(() -> new MacroArgs.Opaque(inner));
            }
            if (StandardMacros.allowsRepeat(name)) {
                int semi = topLevel(tokens, RustParser.SEMI);
                if (semi >= 0) {
                    return repeat(tokens, semi, inner).orElseGet(() -> new MacroArgs.Opaque(inner));
                }
            }
            if (tokens.isEmpty()) {
                return new MacroArgs.Exprs(List.of(), List.of(), inner);
            }
            return parse(tokens, RustParser::macroArguments)
                    .<MacroArgs>map(args -> expressions(name, args, inner))
                    .orElseGet(() -> new MacroArgs.Opaque(inner));
        } catch (RuntimeException | StackOverflowError e) {
            return new MacroArgs.Opaque(inner);
        }
    }

    private Span innerSpan(RustParser.DelimTokenTreeContext ctx) {
        int from = state.loc.span(ctx.getStart()).endOffset();
        int to = closes(ctx) ? state.loc.span(ctx.getStop()).startOffset() : state.loc.span(ctx).endOffset();
        return state.loc.span(from, Math.max(from, to));
    }

    private MacroArgs expressions(String name, RustParser.MacroArgumentsContext ctx, Span inner) {
        List<Expr> exprs = ctx.expression().stream().map(e -> state.exprs.expr(e, ctx)).toList();
        List<Ident> captures = new ArrayList<>();
        OptionalInt formatIndex = StandardMacros.formatArgument(name);
        if (formatIndex.isPresent() && formatIndex.getAsInt() < exprs.size()
                && exprs.get(formatIndex.getAsInt()) instanceof Expr.Literal literal
                && TokenText.isFormatString(literal.kind())) {
            Set<String> named = new HashSet<>();
            for (Expr e : exprs.subList(formatIndex.getAsInt() + 1, exprs.size())) {
                if (e instanceof Expr.Assign(Expr.PathExpr(Path p, Span s), Expr value, Span all) && p.isSingleName()) {
                    named.add(p.lastName());
                }
            }
            for (Ident capture : FormatCaptures.read(literal.text(), literal.span().startOffset(), state.loc.source())) {
                if (!named.contains(capture.name())) {
                    captures.add(capture);
                }
            }
        }
        return new MacroArgs.Exprs(exprs, captures, inner);
    }

    private Optional<MacroArgs> repeat(List<Token> tokens, int semi, Span inner) {
        Optional<RustParser.ExpressionEntryContext> element = parse(tokens.subList(0, semi),
                RustParser::expressionEntry);
        Optional<RustParser.ExpressionEntryContext> count = parse(tokens.subList(semi + 1, tokens.size()),
                RustParser::expressionEntry);
        if (element.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MacroArgs.Repeat(state.exprs.expr(element.get().expression(), element.get()),
                state.exprs.expr(count.get().expression(), count.get()), inner));
    }

    /** {@code matches!(expr, pattern if guard)}: the scrutinee ends at the first top-level comma that parses. */
    private Optional<MacroArgs> matches(List<Token> tokens, Span inner) {
        List<Token> body = tokens;
        if (!body.isEmpty() && body.getLast().getType() == RustParser.COMMA) {
            body = body.subList(0, body.size() - 1);
        }
        for (int comma : topLevelAll(body, RustParser.COMMA)) {
            Optional<RustParser.ExpressionEntryContext> scrutinee = parse(body.subList(0, comma),
                    RustParser::expressionEntry);
            if (scrutinee.isEmpty()) {
                continue;
            }
            List<Token> rest = body.subList(comma + 1, body.size());
            int guardAt = topLevel(rest, RustParser.IF);
            Optional<RustParser.PatternEntryContext> pattern = parse(guardAt < 0 ? rest : rest.subList(0, guardAt),
                    RustParser::patternEntry);
            if (pattern.isEmpty()) {
                return Optional.empty();
            }
            Optional<Expr> guard = Optional.empty();
            if (guardAt >= 0) {
                Optional<RustParser.ExpressionEntryContext> g = parse(rest.subList(guardAt + 1, rest.size()),
                        RustParser::expressionEntry);
                if (g.isEmpty()) {
                    return Optional.empty();
                }
                guard = Optional.of(state.exprs.expr(g.get().expression(), g.get()));
            }
            return Optional.of(new MacroArgs.Matches(state.exprs.expr(scrutinee.get().expression(), scrutinee.get()),
                    state.patterns.pattern(pattern.get().pattern(), pattern.get()), guard, inner));
        }
        return Optional.empty();
    }

    /**
     * The tokens strictly inside the delimiters, in order, read from the parse tree's leaves rather than from a
     * token stream: a macro nested in re-parsed arguments belongs to the re-parse's stream, not the file's.
     */
    private static List<Token> innerTokens(RustParser.DelimTokenTreeContext ctx) {
        List<Token> tokens = new ArrayList<>();
        Deque<ParseTree> stack = new ArrayDeque<>();
        stack.push(ctx);
        while (!stack.isEmpty()) {
            ParseTree node = stack.pop();
            if (node instanceof TerminalNode terminal) {
                tokens.add(terminal.getSymbol());
            } else {
                for (int i = node.getChildCount() - 1; i >= 0; i--) {
                    stack.push(node.getChild(i));
                }
            }
        }
        if (!tokens.isEmpty()) {
            tokens.removeFirst();
        }
        if (!tokens.isEmpty() && closes(ctx)) {
            tokens.removeLast();
        }
        tokens.removeIf(t -> t.getType() == Token.EOF || t.getStartIndex() < 0);
        return tokens;
    }

    private static int topLevel(List<Token> tokens, int type) {
        List<Integer> all = topLevelAll(tokens, type);
        return all.isEmpty() ? -1 : all.getFirst();
    }

    private static List<Integer> topLevelAll(List<Token> tokens, int type) {
        List<Integer> found = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            switch (tokens.get(i).getType()) {
                case RustParser.LPAREN, RustParser.METHOD_LPAREN, RustParser.LBRACK, RustParser.LBRACE -> depth++;
                case RustParser.RPAREN, RustParser.RBRACK, RustParser.RBRACE -> depth--;
                default -> {
                    if (depth == 0 && tokens.get(i).getType() == type) {
                        found.add(i);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Runs one entry rule over copies of the tokens (a token stream renumbers the tokens it holds), SLL first and
     * full LL only when SLL fails; empty when the tokens do not form that rule. No tokens at all form an empty
     * argument list, but no expression or pattern.
     */
    private <T extends ParserRuleContext> Optional<T> parse(List<Token> tokens, Function<RustParser, T> rule) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        for (PredictionMode mode : List.of(PredictionMode.SLL, PredictionMode.LL)) {
            List<Token> copies = new ArrayList<>(tokens.size());
            for (Token token : tokens) {
                copies.add(new CommonToken(token));
            }
            RustParser parser = parser(new CommonTokenStream(new ListTokenSource(copies)));
            parser.getInterpreter().setPredictionMode(mode);
            try {
                return Optional.of(rule.apply(parser));
            } catch (ParseCancellationException e) {
                // An SLL failure may be a false alarm; an LL failure is a real one.
            }
        }
        return Optional.empty();
    }

    /** One parser per file, pointed at each argument list in turn ({@code setInputStream} resets it). */
    private RustParser parser(CommonTokenStream input) {
        if (reparser == null) {
            reparser = new RustParser(input);
            reparser.removeErrorListeners();
            reparser.setErrorHandler(new BailErrorStrategy());
        } else {
            reparser.setInputStream(input);
        }
        return reparser;
    }
}
