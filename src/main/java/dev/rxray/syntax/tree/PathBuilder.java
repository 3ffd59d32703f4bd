package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Identifiers, lifetimes, paths and generic arguments. */
final class PathBuilder {
    private final BuildState state;

    PathBuilder(BuildState state) {
        this.state = state;
    }

    Ident ident(Token token) {
        String text = token.getText();
        return new Ident(TokenText.identifierName(text), TokenText.isRawIdentifier(text), state.loc.span(token));
    }

    Ident ident(TerminalNode node) {
        return ident(node.getSymbol());
    }

    /** An identifier rule or any keyword-like token that names something ({@code self}, {@code crate}, {@code _}). */
    Ident ident(ParseTree tree) {
        return switch (tree) {
            case TerminalNode node -> ident(node);
            case ParserRuleContext ctx -> ident(ctx.getStart());
            default -> new Ident("", state.loc.emptyAt(0));
        };
    }

    Optional<Ident> ident(RustParser.IdentifierContext ctx) {
        return ctx == null || ctx.getStart() == null || ctx.exception != null && ctx.getChildCount() == 0
                ? Optional.empty() : Optional.of(ident(ctx.getStart()));
    }

    Lifetime lifetime(TerminalNode node) {
        return new Lifetime(node.getText(), state.loc.span(node));
    }

    List<Lifetime> lifetimes(List<TerminalNode> nodes) {
        return nodes.stream().map(this::lifetime).toList();
    }

    Optional<Lifetime> lifetime(RustParser.LoopLabelContext ctx) {
        return ctx == null || ctx.LIFETIME() == null ? Optional.empty() : Optional.of(lifetime(ctx.LIFETIME()));
    }

    Path simplePath(RustParser.SimplePathContext ctx) {
        List<PathSegment> segments = new ArrayList<>();
        for (RustParser.SimplePathSegmentContext segment : ctx.simplePathSegment()) {
            segments.add(new PathSegment(ident(segment.getStart())));
        }
        return new Path(Optional.empty(), isGlobal(ctx), segments, state.loc.span(ctx));
    }

    Path pathInExpression(RustParser.PathInExpressionContext ctx) {
        return new Path(Optional.empty(), isGlobal(ctx), exprSegments(ctx.pathExprSegment()), state.loc.span(ctx));
    }

    Path qualifiedPathInExpression(RustParser.QualifiedPathInExpressionContext ctx) {
        return new Path(qualifiedSelf(ctx.qualifiedPathType()), false, exprSegments(ctx.pathExprSegment()),
                state.loc.span(ctx));
    }

    private List<PathSegment> exprSegments(List<RustParser.PathExprSegmentContext> contexts) {
        List<PathSegment> segments = new ArrayList<>();
        for (RustParser.PathExprSegmentContext segment : contexts) {
            if (segment.pathIdentSegment() != null) {
                segments.add(new PathSegment(ident(segment.pathIdentSegment().getStart()),
                        angleArgs(segment.genericArgs()), state.loc.span(segment)));
            }
        }
        return segments;
    }

    Path typePath(RustParser.TypePathContext ctx) {
        return new Path(Optional.empty(), isGlobal(ctx), typeSegments(ctx.typePathSegment()), state.loc.span(ctx));
    }

    Path qualifiedTypePath(RustParser.QualifiedPathTypeContext qself, List<RustParser.TypePathSegmentContext> rest,
            ParserRuleContext whole) {
        return new Path(qualifiedSelf(qself), false, typeSegments(rest), state.loc.span(whole));
    }

    private List<PathSegment> typeSegments(List<RustParser.TypePathSegmentContext> contexts) {
        List<PathSegment> segments = new ArrayList<>();
        for (RustParser.TypePathSegmentContext segment : contexts) {
            if (segment.pathIdentSegment() == null) {
                continue;
            }
            Optional<GenericArgs> args = segment.genericArgs() != null ? angleArgs(segment.genericArgs())
                    : segment.typePathFn() != null ? Optional.of(fnArgs(segment.typePathFn())) : Optional.empty();
            segments.add(new PathSegment(ident(segment.pathIdentSegment().getStart()), args, state.loc.span(segment)));
        }
        return segments;
    }

    Path castTypePath(RustParser.CastTypePathContext ctx) {
        return new Path(Optional.empty(), isGlobal(ctx), castSegments(ctx.castTypePathSegment()), state.loc.span(ctx));
    }

    Path castQualifiedPath(RustParser.QualifiedPathTypeContext qself,
            List<RustParser.CastTypePathSegmentContext> rest, ParserRuleContext whole) {
        return new Path(qualifiedSelf(qself), false, castSegments(rest), state.loc.span(whole));
    }

    private List<PathSegment> castSegments(List<RustParser.CastTypePathSegmentContext> contexts) {
        List<PathSegment> segments = new ArrayList<>();
        for (RustParser.CastTypePathSegmentContext segment : contexts) {
            if (segment.pathIdentSegment() != null) {
                segments.add(new PathSegment(ident(segment.pathIdentSegment().getStart()),
                        angleArgs(segment.genericArgs()), state.loc.span(segment)));
            }
        }
        return segments;
    }

    private boolean isGlobal(ParserRuleContext ctx) {
        return ctx.getChildCount() > 0 && ctx.getChild(0) instanceof TerminalNode first
                && first.getSymbol().getType() == RustParser.PATHSEP;
    }

    private Optional<QualifiedSelf> qualifiedSelf(RustParser.QualifiedPathTypeContext ctx) {
        if (ctx == null) {
            return Optional.empty();
        }
        Type type = state.types.type(ctx.type_(), ctx);
        Optional<Path> trait = ctx.typePath() == null ? Optional.empty() : Optional.of(typePath(ctx.typePath()));
        return Optional.of(new QualifiedSelf(type, trait, state.loc.span(ctx)));
    }

    Optional<GenericArgs> angleArgs(RustParser.GenericArgsContext ctx) {
        if (ctx == null) {
            return Optional.empty();
        }
        return Optional.of(new GenericArgs.Angle(genericArgList(ctx), state.loc.span(ctx)));
    }

    List<GenericArg> genericArgList(RustParser.GenericArgsContext ctx) {
        List<GenericArg> args = new ArrayList<>();
        if (ctx == null) {
            return args;
        }
        for (RustParser.GenericArgContext arg : ctx.genericArg()) {
            genericArg(arg).ifPresent(args::add);
        }
        return args;
    }

    private Optional<GenericArg> genericArg(RustParser.GenericArgContext ctx) {
        Span span = state.loc.span(ctx);
        return Optional.ofNullable(switch (ctx) {
            case RustParser.LifetimeArgumentContext c -> new GenericArg.LifetimeArg(lifetime(c.LIFETIME()), span);
            case RustParser.TypeArgumentContext c -> new GenericArg.TypeArg(state.types.type(c.type_(), c), span);
            case RustParser.ConstArgumentContext c ->
                    new GenericArg.ConstArg(state.exprs.constValue(c.constValue(), c), span);
            case RustParser.AssociatedTypeBindingContext c -> ident(c.identifier())
                    .map(name -> new GenericArg.Binding(name, angleArgs(c.genericArgs()),
                            state.types.type(c.type_(), c), span))
                    .orElse(null);
            case RustParser.AssociatedTypeBoundContext c -> ident(c.identifier())
                    .map(name -> new GenericArg.Constraint(name, angleArgs(c.genericArgs()),
                            state.types.bounds(c.typeParamBounds()), span))
                    .orElse(null);
            default -> null;
        });
    }

    private GenericArgs fnArgs(RustParser.TypePathFnContext ctx) {
        List<Type> inputs = new ArrayList<>();
        if (ctx.typePathFnInputs() != null) {
            for (RustParser.Type_Context type : ctx.typePathFnInputs().type_()) {
                inputs.add(state.types.type(type, ctx));
            }
        }
        Optional<Type> output = ctx.castType() == null ? Optional.empty()
                : Optional.of(state.types.castType(ctx.castType(), ctx));
        return new GenericArgs.Parenthesized(inputs, output, state.loc.span(ctx));
    }
}
