package dev.rxray.syntax.tree;

import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns parse positions (tokens, contexts) into spans and source text of one file. */
final class Locator {
    private final SourceFile source;
    private final OffsetMap offsets;

    Locator(SourceFile source) {
        this.source = source;
        this.offsets = new OffsetMap(source.text());
    }

    SourceFile source() {
        return source;
    }

    Span span(Token token) {
        if (token == null) {
            return emptyAt(source.text().length());
        }
        if (isConjured(token)) {
            return emptyAt(conjuredOffset(token));
        }
        if (token.getType() == Token.EOF) {
            int at = offsets.utf16(token.getStartIndex());
            return source.span(at, at);
        }
        return source.span(offsets.utf16(token.getStartIndex()), offsets.utf16(token.getStopIndex() + 1));
    }

    /** A token made up by error recovery: it has no text position, only the line and column where it was missing. */
    static boolean isConjured(Token token) {
        return token.getStartIndex() < 0 || token.getTokenIndex() < 0 && token.getType() != Token.EOF;
    }

    private int conjuredOffset(Token token) {
        int line = Math.max(1, token.getLine());
        if (line > source.lineCount()) {
            return source.text().length();
        }
        int start = source.lineStart(line);
        int end = line < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
        int available = source.text().codePointCount(start, end);
        return source.text().offsetByCodePoints(start, Math.min(Math.max(0, token.getCharPositionInLine()), available));
    }

    Span span(ParseTree tree) {
        return switch (tree) {
            case TerminalNode terminal -> span(terminal.getSymbol());
            case ParserRuleContext ctx -> span(ctx.getStart(), ctx.getStop());
            default -> emptyAt(0);
        };
    }

    /**
     * From the start of {@code first} to the end of {@code last}. A context that matched nothing (its stop token
     * precedes its start) gets an empty span right after the token before it, so that it stays inside its parent.
     */
    Span span(Token first, Token last) {
        if (first == null) {
            return last == null ? emptyAt(source.text().length()) : span(last);
        }
        if (last == null || isConjured(last)) {
            return span(first);
        }
        if (isConjured(first)) {
            return span(last);
        }
        if (last.getTokenIndex() < first.getTokenIndex()) {
            return last.getType() == Token.EOF ? span(first) : emptyAt(span(last).endOffset());
        }
        return span(first).to(span(last));
    }

    Span between(ParseTree first, ParseTree last) {
        return span(first).to(span(last));
    }

    Span emptyAt(int offset) {
        return source.span(offset, offset);
    }

    Span emptyBefore(ParseTree tree) {
        return emptyAt(span(tree).startOffset());
    }

    String text(Span span) {
        return source.text().substring(span.startOffset(), span.endOffset());
    }

    String text(ParseTree tree) {
        return text(span(tree));
    }
}
