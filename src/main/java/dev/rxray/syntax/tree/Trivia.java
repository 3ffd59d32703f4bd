package dev.rxray.syntax.tree;

import dev.rxray.syntax.antlr.RustLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Doc comments, which the lexer keeps off the parser's channel: they are attached here to the node they precede
 * ({@code ///}) or to the enclosing file or module ({@code //!}).
 */
final class Trivia {
    private final BuildState state;

    Trivia(BuildState state) {
        this.state = state;
    }

    /**
     * The outer doc comments of a node that starts at {@code first} and whose own syntax (after its attributes)
     * starts at {@code core}: those just before {@code first} and those among its attributes.
     */
    List<Attribute> outerDocs(Token first, Token core) {
        List<Attribute> docs = new ArrayList<>();
        if (!inMainStream(first) || core != null && !inMainStream(core)) {
            return docs;
        }
        int from = first.getTokenIndex();
        while (from > 0 && state.tokens.get(from - 1).getChannel() != Token.DEFAULT_CHANNEL) {
            from--;
        }
        int to = core == null ? first.getTokenIndex() : Math.max(core.getTokenIndex(), first.getTokenIndex());
        for (int i = from; i < to && i < state.tokens.size(); i++) {
            Token token = state.tokens.get(i);
            if (token.getType() == RustLexer.OUTER_LINE_DOC || token.getType() == RustLexer.OUTER_BLOCK_DOC) {
                docs.add(doc(token, false));
            }
        }
        return docs;
    }

    /** The inner doc comments between two tokens: the top of a file or of a module body. */
    List<Attribute> innerDocs(Token from, Token to) {
        List<Attribute> docs = new ArrayList<>();
        if (!inMainStream(from) || to != null && !inMainStream(to)) {
            return docs;
        }
        int start = from.getTokenIndex();
        while (start > 0 && state.tokens.get(start - 1).getChannel() != Token.DEFAULT_CHANNEL) {
            start--;
        }
        int end = to == null ? state.tokens.size() : Math.min(to.getTokenIndex(), state.tokens.size());
        for (int i = start; i < end; i++) {
            Token token = state.tokens.get(i);
            if (token.getType() == RustLexer.INNER_LINE_DOC || token.getType() == RustLexer.INNER_BLOCK_DOC) {
                docs.add(doc(token, true));
            }
        }
        return docs;
    }

    /** Tokens of a re-parsed macro argument are copies numbered in their own stream: they have no trivia here. */
    private boolean inMainStream(Token token) {
        return token != null && token.getTokenIndex() >= 0 && token.getTokenIndex() < state.tokens.size()
                && state.tokens.get(token.getTokenIndex()) == token;
    }

    private Attribute doc(Token token, boolean inner) {
        return new Attribute.DocComment(inner, TokenText.docCommentBody(token.getText()), state.loc.span(token));
    }
}
