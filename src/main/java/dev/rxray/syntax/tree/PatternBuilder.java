package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/** Patterns. */
final class PatternBuilder {
    private final BuildState state;

    PatternBuilder(BuildState state) {
        this.state = state;
    }

    /** A pattern with top-level alternatives, or an error node at the end of {@code parent} when missing. */
    Pattern pattern(RustParser.PatternContext ctx, ParserRuleContext parent) {
        if (ctx == null || ctx.patternNoTopAlt().isEmpty()) {
            return new Pattern.Error(missingAt(ctx != null ? ctx : parent));
        }
        if (ctx.patternNoTopAlt().size() == 1) {
            return single(ctx.patternNoTopAlt(0), ctx);
        }
        List<Pattern> alternatives = ctx.patternNoTopAlt().stream().map(p -> single(p, ctx)).toList();
        return new Pattern.Or(alternatives, state.loc.span(ctx));
    }

    Pattern single(RustParser.PatternNoTopAltContext ctx, ParserRuleContext parent) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return new Pattern.Error(missingAt(parent));
        }
        Span span = state.loc.span(ctx);
        if (!state.enter(span)) {
            return new Pattern.Error(span);
        }
        try {
            return build(ctx, span);
        } finally {
            state.exit();
        }
    }

    private Pattern build(RustParser.PatternNoTopAltContext ctx, Span span) {
        return switch (ctx) {
            case RustParser.InclusiveRangePatternContext c -> new Pattern.Range(bound(c.rangePatternBound(0)),
                    bound(c.rangePatternBound(1)), RangeLimits.CLOSED, span);
            case RustParser.ExclusiveRangePatternContext c -> new Pattern.Range(bound(c.rangePatternBound(0)),
                    bound(c.rangePatternBound(1)), RangeLimits.HALF_OPEN, span);
            case RustParser.RangeFromPatternContext c -> new Pattern.Range(bound(c.rangePatternBound()),
                    Optional.empty(), RangeLimits.HALF_OPEN, span);
            case RustParser.RangeToInclusivePatternContext c -> new Pattern.Range(Optional.empty(),
                    bound(c.rangePatternBound()), RangeLimits.CLOSED, span);
            case RustParser.LiteralPatternContext c -> literal(c.literal(), span);
            case RustParser.IdentifierPatternContext c -> state.paths.ident(c.identifier())
                    .<Pattern>map(name -> new Pattern.Binding(c.REF() != null, c.MUT() != null, name,
                            c.patternNoTopAlt() == null ? Optional.empty() : Optional.of(single(c.patternNoTopAlt(), c)),
                            span))
                    .orElseGet(() -> new Pattern.Error(span));
            case RustParser.WildcardPatternContext c -> new Pattern.Wildcard(span);
            case RustParser.RestPatternContext c -> new Pattern.Rest(span);
            case RustParser.ReferencePatternContext c -> reference(c, span);
            case RustParser.StructPatternContext c -> structPattern(c, span);
            case RustParser.TupleStructPatternContext c -> new Pattern.TupleStruct(
                    state.paths.pathInExpression(c.pathInExpression()), list(c.patternList()), span);
            case RustParser.TupleOrParenthesizedPatternContext c -> tupleOrParen(c.patternList(), span);
            case RustParser.SlicePatternContext c -> new Pattern.Slice(list(c.patternList()), span);
            case RustParser.PathPatternContext c -> new Pattern.PathPat(state.paths.pathInExpression(c.pathInExpression()),
                    span);
            case RustParser.QualifiedPathPatternContext c -> new Pattern.PathPat(
                    state.paths.qualifiedPathInExpression(c.qualifiedPathInExpression()), span);
            case RustParser.MacroPatternContext c -> new Pattern.Macro(state.macros.call(c.macroInvocation()), span);
            default -> new Pattern.Error(span);
        };
    }

    private Pattern literal(RustParser.LiteralContext literal, Span span) {
        if (literal == null) {
            return new Pattern.Error(span);
        }
        String text = state.loc.text(span);
        return new Pattern.Literal(TokenText.literalKind(literal.getText()), text, span);
    }

    private Optional<Pattern> bound(RustParser.RangePatternBoundContext ctx) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return Optional.empty();
        }
        Span span = state.loc.span(ctx);
        if (ctx.literal() != null) {
            return Optional.of(literal(ctx.literal(), span));
        }
        if (ctx.pathInExpression() != null) {
            return Optional.of(new Pattern.PathPat(state.paths.pathInExpression(ctx.pathInExpression()), span));
        }
        if (ctx.qualifiedPathInExpression() != null) {
            return Optional.of(new Pattern.PathPat(
                    state.paths.qualifiedPathInExpression(ctx.qualifiedPathInExpression()), span));
        }
        return Optional.empty();
    }

    /** {@code &&p} is a reference pattern inside a reference pattern. */
    private Pattern reference(RustParser.ReferencePatternContext c, Span span) {
        Pattern inner = single(c.patternNoTopAlt(), c);
        if (c.ANDAND() != null) {
            Span innerSpan = state.loc.span(span.startOffset() + 1, span.endOffset());
            return new Pattern.Reference(false, new Pattern.Reference(c.MUT() != null, inner, innerSpan), span);
        }
        return new Pattern.Reference(c.MUT() != null, inner, span);
    }

    private Pattern structPattern(RustParser.StructPatternContext c, Span span) {
        Path path = state.paths.pathInExpression(c.pathInExpression());
        List<FieldPattern> fields = new ArrayList<>();
        boolean rest = false;
        RustParser.StructPatternElementsContext elements = c.structPatternElements();
        if (elements != null) {
            rest = elements.structPatternEtCetera() != null;
            for (RustParser.StructPatternFieldContext field : elements.structPatternField()) {
                field(field).ifPresent(fields::add);
            }
        }
        return new Pattern.Struct(path, fields, rest, span);
    }

    private Optional<FieldPattern> field(RustParser.StructPatternFieldContext f) {
        List<Attribute> attrs = state.attributes.outer(f.outerAttribute(), f);
        Span span = ItemBuilder.covering(attrs, state.loc.span(f));
        if (f.COLON() != null) {
            Ident name = f.identifier() != null ? state.paths.ident(f.identifier().getStart())
                    : f.INTEGER_LITERAL() != null ? state.paths.ident(f.INTEGER_LITERAL()) : null;
            if (name == null) {
                return Optional.empty();
            }
            return Optional.of(new FieldPattern(attrs, name, pattern(f.pattern(), f), false, span));
        }
        return state.paths.ident(f.identifier()).map(name -> {
            Span bindingSpan = state.loc.span(
                    f.REF() != null ? state.loc.span(f.REF()).startOffset()
                            : f.MUT() != null ? state.loc.span(f.MUT()).startOffset() : name.span().startOffset(),
                    name.span().endOffset());
            Pattern binding = new Pattern.Binding(f.REF() != null, f.MUT() != null, name, Optional.empty(),
                    bindingSpan);
            return new FieldPattern(attrs, name, binding, true, span);
        });
    }

    private Pattern tupleOrParen(RustParser.PatternListContext list, Span span) {
        List<Pattern> elements = list(list);
        if (elements.size() == 1 && list.COMMA().isEmpty() && !(elements.getFirst() instanceof Pattern.Rest)) {
            return new Pattern.Paren(elements.getFirst(), span);
        }
        return new Pattern.Tuple(elements, span);
    }

    private List<Pattern> list(RustParser.PatternListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.pattern().stream().map(p -> pattern(p, ctx)).toList();
    }

    private Span missingAt(ParserRuleContext parent) {
        return parent == null ? state.loc.emptyAt(0) : state.loc.emptyAt(state.loc.span(parent).endOffset());
    }
}
