package dev.rxray.syntax.tree;

import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Attributes, doc comments and visibility. */
final class AttributeBuilder {
    private final BuildState state;

    AttributeBuilder(BuildState state) {
        this.state = state;
    }

    /** The outer attributes of {@code owner} together with the doc comments before and among them, in order. */
    List<Attribute> outer(List<RustParser.OuterAttributeContext> contexts, ParserRuleContext owner) {
        List<Attribute> result = new ArrayList<>();
        Token first = owner.getStart();
        Token core = first;
        if (!contexts.isEmpty() && contexts.getLast().getStop() != null) {
            int next = contexts.getLast().getStop().getTokenIndex() + 1;
            core = next < state.tokens.size() ? state.tokens.get(next) : first;
        }
        result.addAll(state.trivia.outerDocs(first, core));
        for (RustParser.OuterAttributeContext ctx : contexts) {
            meta(ctx.attr(), false, ctx).ifPresent(result::add);
        }
        result.sort(Nodes.BY_POSITION);
        return result;
    }

    Optional<Attribute> inner(RustParser.InnerAttributeContext ctx) {
        return meta(ctx.attr(), true, ctx);
    }

    /** Inner attributes and inner doc comments at the top of a body that starts at {@code open}. */
    List<Attribute> innerOfBody(List<RustParser.InnerAttributeContext> contexts, Token open, Token firstOfRest) {
        List<Attribute> result = new ArrayList<>();
        if (open != null) {
            int start = open.getTokenIndex() + 1;
            result.addAll(state.trivia.innerDocs(start < state.tokens.size() ? state.tokens.get(start) : open,
                    firstOfRest));
        }
        contexts.forEach(c -> inner(c).ifPresent(result::add));
        result.sort(Nodes.BY_POSITION);
        return result;
    }

    private Optional<Attribute> meta(RustParser.AttrContext attr, boolean inner, ParserRuleContext whole) {
        RustParser.AttrContext core = attr;
        while (core != null && core.simplePath() == null && core.attr() != null) {
            core = core.attr();
        }
        if (core == null || core.simplePath() == null) {
            return Optional.empty();
        }
        String input = core.attrInput() == null ? "" : state.loc.text(core.attrInput());
        return Optional.of(new Attribute.Meta(inner, state.paths.simplePath(core.simplePath()), input,
                state.loc.span(whole)));
    }

    /** The visibility written at {@code ctx}, or private at the start of {@code owner}'s own syntax. */
    Visibility visibility(RustParser.VisibilityContext ctx, ParserRuleContext next) {
        if (ctx == null || ctx.PUB() == null) {
            return new Visibility.Private(next == null ? state.loc.emptyAt(0) : state.loc.emptyBefore(next));
        }
        var span = state.loc.span(ctx);
        if (ctx.CRATE() != null) {
            return new Visibility.PubCrate(span);
        }
        if (ctx.SUPER() != null) {
            return new Visibility.PubSuper(span);
        }
        if (ctx.SELFVALUE() != null) {
            return new Visibility.PubSelf(span);
        }
        if (ctx.IN() != null && ctx.simplePath() != null) {
            return new Visibility.PubIn(state.paths.simplePath(ctx.simplePath()), span);
        }
        return new Visibility.Public(span);
    }
}
