package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Types, bounds and generics. */
final class TypeBuilder {
    private final BuildState state;

    TypeBuilder(BuildState state) {
        this.state = state;
    }

    /** The type at {@code ctx}, or an error node at the end of {@code parent} when it is missing. */
    Type type(RustParser.Type_Context ctx, ParserRuleContext parent) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return new Type.Error(missingAt(parent));
        }
        Span span = state.loc.span(ctx);
        if (!state.enter(span)) {
            return new Type.Error(span);
        }
        try {
            return build(ctx, span);
        } finally {
            state.exit();
        }
    }

    Optional<Type> optionalType(RustParser.Type_Context ctx, ParserRuleContext parent) {
        return ctx == null ? Optional.empty() : Optional.of(type(ctx, parent));
    }

    private Type build(RustParser.Type_Context ctx, Span span) {
        return switch (ctx) {
            case RustParser.PathTypeContext c when c.PLUS() != null -> bareTraitObject(c, span);
            case RustParser.PathTypeContext c -> new Type.PathType(state.paths.typePath(c.typePath()), span);
            case RustParser.QualifiedPathTypeRefContext c ->
                    new Type.PathType(state.paths.qualifiedTypePath(c.qualifiedPathType(), c.typePathSegment(), c),
                            span);
            case RustParser.ReferenceTypeContext c -> reference(c.getStart(), c.LIFETIME(), c.MUT() != null,
                    type(c.type_(), c), span);
            case RustParser.RawPointerTypeContext c -> new Type.RawPointer(c.MUT() != null, type(c.type_(), c), span);
            case RustParser.TupleOrParenthesizedTypeContext c -> tupleOrParen(c.type_(), c.COMMA().size(), c, span);
            case RustParser.ArrayOrSliceTypeContext c -> c.SEMI() == null
                    ? new Type.Slice(type(c.type_(), c), span)
                    : new Type.Array(type(c.type_(), c), state.exprs.expr(c.expression(), c), span);
            case RustParser.NeverTypeContext c -> new Type.Never(span);
            case RustParser.InferredTypeContext c -> new Type.Infer(span);
            case RustParser.ImplTraitTypeContext c -> new Type.ImplTrait(bounds(c.typeParamBounds()), span);
            case RustParser.TraitObjectTypeContext c -> new Type.TraitObject(true, bounds(c.typeParamBounds()), span);
            case RustParser.FunctionPointerTypeContext c -> fnPointer(c.forLifetimes(), c.functionTypeQualifiers(),
                    c.functionPointerParameters(), c.type_() == null ? Optional.empty() : Optional.of(type(c.type_(), c)),
                    span);
            case RustParser.MacroTypeContext c -> new Type.Macro(state.macros.call(c.macroInvocation()), span);
            default -> new Type.Error(span);
        };
    }

    /** The target type of {@code as}: the same shapes as {@link #type}, from the grammar's separate rule. */
    Type castType(RustParser.CastTypeContext ctx, ParserRuleContext parent) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return new Type.Error(missingAt(parent));
        }
        Span span = state.loc.span(ctx);
        if (!state.enter(span)) {
            return new Type.Error(span);
        }
        try {
            return switch (ctx) {
                case RustParser.CastPathTypeContext c -> new Type.PathType(state.paths.castTypePath(c.castTypePath()),
                        span);
                case RustParser.CastQualifiedPathTypeContext c -> new Type.PathType(
                        state.paths.castQualifiedPath(c.qualifiedPathType(), c.castTypePathSegment(), c), span);
                case RustParser.CastReferenceTypeContext c -> reference(c.getStart(), c.LIFETIME(), c.MUT() != null,
                        castType(c.castType(), c), span);
                case RustParser.CastRawPointerTypeContext c -> new Type.RawPointer(c.MUT() != null,
                        castType(c.castType(), c), span);
                case RustParser.CastTupleOrParenthesizedTypeContext c -> tupleOrParen(c.type_(), c.COMMA().size(), c,
                        span);
                case RustParser.CastArrayOrSliceTypeContext c -> c.SEMI() == null
                        ? new Type.Slice(type(c.type_(), c), span)
                        : new Type.Array(type(c.type_(), c), state.exprs.expr(c.expression(), c), span);
                case RustParser.CastNeverTypeContext c -> new Type.Never(span);
                case RustParser.CastInferredTypeContext c -> new Type.Infer(span);
                case RustParser.CastImplTraitTypeContext c -> new Type.ImplTrait(List.of(plainBound(c.castTypePath())),
                        span);
                case RustParser.CastTraitObjectTypeContext c -> new Type.TraitObject(true,
                        List.of(plainBound(c.castTypePath())), span);
                case RustParser.CastFunctionPointerTypeContext c -> fnPointer(c.forLifetimes(),
                        c.functionTypeQualifiers(), c.functionPointerParameters(),
                        c.castType() == null ? Optional.empty() : Optional.of(castType(c.castType(), c)), span);
                default -> new Type.Error(span);
            };
        } finally {
            state.exit();
        }
    }

    /** {@code Error + Send} without {@code dyn}, as 2015-edition code writes trait objects. */
    private Type bareTraitObject(RustParser.PathTypeContext c, Span span) {
        Path first = state.paths.typePath(c.typePath());
        List<TypeBound> bounds = new ArrayList<>();
        bounds.add(new TypeBound.TraitBound(BoundModifier.NONE, List.of(), first, false, first.span()));
        bounds.addAll(bounds(c.typeParamBounds()));
        return new Type.TraitObject(false, bounds, span);
    }

    private TypeBound plainBound(RustParser.CastTypePathContext path) {
        Path p = state.paths.castTypePath(path);
        return new TypeBound.TraitBound(BoundModifier.NONE, List.of(), p, false, p.span());
    }

    /** {@code &&'a T} is a reference to a reference: the outer one has no lifetime and is not {@code mut}. */
    private Type reference(Token ampersand, TerminalNode lifetime, boolean mutable, Type inner, Span span) {
        Optional<Lifetime> life = lifetime == null ? Optional.empty() : Optional.of(state.paths.lifetime(lifetime));
        if (ampersand.getType() == RustParser.ANDAND) {
            Span innerSpan = state.loc.span(span.startOffset() + 1, span.endOffset());
            return new Type.Reference(Optional.empty(), false, new Type.Reference(life, mutable, inner, innerSpan),
                    span);
        }
        return new Type.Reference(life, mutable, inner, span);
    }

    private Type tupleOrParen(List<RustParser.Type_Context> elements, int commas, ParserRuleContext ctx, Span span) {
        if (elements.size() == 1 && commas == 0) {
            return new Type.Paren(type(elements.getFirst(), ctx), span);
        }
        return new Type.Tuple(elements.stream().map(e -> type(e, ctx)).toList(), span);
    }

    private Type fnPointer(RustParser.ForLifetimesContext forLifetimes, RustParser.FunctionTypeQualifiersContext q,
            RustParser.FunctionPointerParametersContext params, Optional<Type> ret, Span span) {
        boolean unsafe = q != null && q.UNSAFE() != null;
        boolean extern = q != null && q.EXTERN() != null;
        String abi = q == null ? "" : abi(q.abi());
        List<FnPointerParam> list = new ArrayList<>();
        boolean variadic = false;
        if (params != null) {
            for (RustParser.FunctionPointerParameterContext p : params.functionPointerParameter()) {
                if (p.DOTDOTDOT() != null) {
                    variadic = true;
                    continue;
                }
                Optional<Ident> name = p.identifier() != null ? state.paths.ident(p.identifier())
                        : p.UNDERSCORE() != null ? Optional.of(state.paths.ident(p.UNDERSCORE())) : Optional.empty();
                List<Attribute> attrs = state.attributes.outer(p.outerAttribute(), p);
                list.add(new FnPointerParam(attrs, name, type(p.type_(), p),
                        ItemBuilder.covering(attrs, state.loc.span(p))));
            }
        }
        return new Type.FnPointer(forLifetimes(forLifetimes), unsafe, extern, abi, list, variadic, ret, span);
    }

    /** The ABI string without quotes ({@code "C"} gives {@code C}), empty when none is written. */
    String abi(RustParser.AbiContext ctx) {
        if (ctx == null) {
            return "";
        }
        String text = ctx.getText();
        int open = text.indexOf('"');
        int close = text.indexOf('"', open + 1);
        return open < 0 || close < 0 ? text : text.substring(open + 1, close);
    }

    List<Lifetime> forLifetimes(RustParser.ForLifetimesContext ctx) {
        List<Lifetime> lifetimes = new ArrayList<>();
        if (ctx != null && ctx.genericParams() != null) {
            for (RustParser.GenericParamContext param : ctx.genericParams().genericParam()) {
                if (param.lifetimeParam() != null && param.lifetimeParam().LIFETIME() != null) {
                    lifetimes.add(state.paths.lifetime(param.lifetimeParam().LIFETIME()));
                }
            }
        }
        return lifetimes;
    }

    List<TypeBound> bounds(RustParser.TypeParamBoundsContext ctx) {
        List<TypeBound> bounds = new ArrayList<>();
        if (ctx == null) {
            return bounds;
        }
        for (RustParser.TypeParamBoundContext bound : ctx.typeParamBound()) {
            Span span = state.loc.span(bound);
            switch (bound) {
                case RustParser.LifetimeBoundContext b when b.LIFETIME() != null ->
                        bounds.add(new TypeBound.LifetimeBound(state.paths.lifetime(b.LIFETIME()), span));
                case RustParser.TraitBoundContext b when b.typePath() != null -> bounds.add(new TypeBound.TraitBound(
                        modifier(b.boundModifier()), forLifetimes(b.forLifetimes()), state.paths.typePath(b.typePath()),
                        false, span));
                case RustParser.ParenthesizedTraitBoundContext b when b.typePath() != null ->
                        bounds.add(new TypeBound.TraitBound(modifier(b.boundModifier()),
                                forLifetimes(b.forLifetimes()), state.paths.typePath(b.typePath()), true, span));
                case RustParser.UseBoundContext b ->
                        bounds.add(new TypeBound.PreciseCapture(state.paths.genericArgList(b.genericArgs()), span));
                default -> {
                }
            }
        }
        return bounds;
    }

    private BoundModifier modifier(RustParser.BoundModifierContext ctx) {
        if (ctx == null) {
            return BoundModifier.NONE;
        }
        if (ctx.QUESTION() != null) {
            return BoundModifier.MAYBE;
        }
        if (ctx.TILDE() != null) {
            return BoundModifier.MAYBE_CONST;
        }
        return ctx.ASYNC() != null ? BoundModifier.ASYNC : BoundModifier.CONST;
    }

    /** The generics of an item: its parameter list (if any) and all its where clauses. */
    Generics generics(RustParser.GenericParamsContext params, List<RustParser.WhereClauseContext> wheres,
            org.antlr.v4.runtime.tree.ParseTree after) {
        List<GenericParam> list = new ArrayList<>();
        Span span;
        if (params != null) {
            span = state.loc.span(params);
            for (RustParser.GenericParamContext p : params.genericParam()) {
                genericParam(p).ifPresent(list::add);
            }
        } else {
            span = after == null ? state.loc.emptyAt(0) : state.loc.emptyAt(state.loc.span(after).endOffset());
        }
        List<WherePredicate> predicates = new ArrayList<>();
        for (RustParser.WhereClauseContext where : wheres) {
            if (where != null) {
                where.whereClauseItem().forEach(item -> wherePredicate(item).ifPresent(predicates::add));
            }
        }
        if (!predicates.isEmpty()) {
            span = params == null ? predicates.getFirst().span().to(predicates.getLast().span())
                    : span.to(predicates.getLast().span());
        }
        return new Generics(list, predicates, span);
    }

    private Optional<GenericParam> genericParam(RustParser.GenericParamContext ctx) {
        List<Attribute> attrs = state.attributes.outer(ctx.outerAttribute(), ctx);
        Span span = ItemBuilder.covering(attrs, state.loc.span(ctx));
        if (ctx.lifetimeParam() != null && ctx.lifetimeParam().LIFETIME() != null) {
            var p = ctx.lifetimeParam();
            List<Lifetime> bounds = p.lifetimeBounds() == null ? List.of()
                    : state.paths.lifetimes(p.lifetimeBounds().LIFETIME());
            return Optional.of(new GenericParam.LifetimeParam(attrs, state.paths.lifetime(p.LIFETIME()), bounds, span));
        }
        if (ctx.typeParam() != null) {
            var p = ctx.typeParam();
            return state.paths.ident(p.identifier()).map(name -> new GenericParam.TypeParam(attrs, name,
                    bounds(p.typeParamBounds()), optionalType(p.type_(), p), span));
        }
        if (ctx.constParam() != null) {
            var p = ctx.constParam();
            Optional<Expr> value = p.constValue() == null ? Optional.empty()
                    : Optional.of(state.exprs.constValue(p.constValue(), p));
            return state.paths.ident(p.identifier())
                    .map(name -> new GenericParam.ConstParam(attrs, name, type(p.type_(), p), value, span));
        }
        return Optional.empty();
    }

    private Optional<WherePredicate> wherePredicate(RustParser.WhereClauseItemContext ctx) {
        Span span = state.loc.span(ctx);
        return switch (ctx) {
            case RustParser.LifetimeWhereClauseItemContext c when c.LIFETIME() != null ->
                    Optional.of(new WherePredicate.LifetimePredicate(state.paths.lifetime(c.LIFETIME()),
                            c.lifetimeBounds() == null ? List.of() : state.paths.lifetimes(c.lifetimeBounds().LIFETIME()),
                            span));
            case RustParser.TypeBoundWhereClauseItemContext c -> Optional.of(new WherePredicate.BoundPredicate(
                    forLifetimes(c.forLifetimes()), type(c.type_(), c), bounds(c.typeParamBounds()), span));
            default -> Optional.empty();
        };
    }

    private Span missingAt(ParserRuleContext parent) {
        return parent == null ? state.loc.emptyAt(0) : state.loc.emptyAt(state.loc.span(parent).endOffset());
    }
}
