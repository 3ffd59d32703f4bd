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
        if (token == null || token.getStartIndex() < 0) {
            return source.span(source.text().length(), source.text().length());
        }
        if (token.getType() == Token.EOF) {
            int at = offsets.utf16(token.getStartIndex());
            return source.span(at, at);
        }
        return source.span(offsets.utf16(token.getStartIndex()), offsets.utf16(token.getStopIndex() + 1));
    }

    Span span(ParseTree tree) {
        return switch (tree) {
            case TerminalNode terminal -> span(terminal.getSymbol());
            case ParserRuleContext ctx -> span(ctx.getStart(), ctx.getStop());
            default -> emptyAt(0);
        };
    }

    /** From the start of {@code first} to the end of {@code last}; empty at {@code first} when nothing was matched. */
    Span span(Token first, Token last) {
        Span start = span(first);
        if (last == null || first == null || last.getTokenIndex() < first.getTokenIndex()
                || last.getType() == Token.EOF) {
            if (last != null && first != null && last.getType() == Token.EOF
                    && last.getTokenIndex() > first.getTokenIndex()) {
                return start.to(span(last));
            }
            return source.span(start.startOffset(), start.startOffset());
        }
        return start.to(span(last));
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
