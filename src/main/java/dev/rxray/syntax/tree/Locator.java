package dev.rxray.syntax.tree;

import dev.rxray.syntax.CodePointOffsets;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns parse positions (tokens, contexts) into spans and source text of one file. */
final class Locator {
    private final SourceFile source;
    private final CodePointOffsets offsets;
    private final String text;
    private final int[] lineStarts;
    /** Whether a column can be counted in UTF-16 units: true when no character needs two of them. */
    private final boolean oneUnitPerCharacter;
    /** The line of the last lookup: spans are made in nearly source order, so the next is usually on it. */
    private int cursor;

    Locator(SourceFile source) {
        this.source = source;
        this.text = source.text();
        this.offsets = new CodePointOffsets(text);
        this.oneUnitPerCharacter = text.codePointCount(0, text.length()) == text.length();
        this.lineStarts = new int[source.lineCount()];
        for (int line = 1; line <= lineStarts.length; line++) {
            lineStarts[line - 1] = source.lineStart(line);
        }
    }

    /** The same span as {@link SourceFile#span}, found faster for offsets near the previous one. */
    private Span make(int startOffset, int endOffset) {
        int s = Math.min(Math.max(startOffset, 0), text.length());
        int e = Math.min(Math.max(endOffset, s), text.length());
        int startLine = lineIndex(s);
        int startColumn = column(startLine, s);
        int endLine = lineIndex(e);
        int endColumn = column(endLine, e);
        return new Span(s, e, startLine + 1, startColumn, endLine + 1, endColumn);
    }

    private int lineIndex(int offset) {
        int c = cursor;
        if (lineStarts[c] <= offset && (c + 1 == lineStarts.length || offset < lineStarts[c + 1])) {
            return c;
        }
        if (c + 1 < lineStarts.length && lineStarts[c + 1] <= offset
                && (c + 2 == lineStarts.length || offset < lineStarts[c + 2])) {
            cursor = c + 1;
            return cursor;
        }
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        cursor = found >= 0 ? found : -found - 2;
        return cursor;
    }

    private int column(int lineIndex, int offset) {
        int start = lineStarts[lineIndex];
        return (oneUnitPerCharacter ? offset - start : text.codePointCount(start, offset)) + 1;
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
            return make(at, at);
        }
        return make(offsets.utf16(token.getStartIndex()), offsets.utf16(token.getStopIndex() + 1));
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
        return make(offset, offset);
    }

    /** A span between two offsets of this file. */
    Span span(int startOffset, int endOffset) {
        return make(startOffset, endOffset);
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
