package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/** Items, including the items of traits, impls and extern blocks. */
final class ItemBuilder {
    private final BuildState state;

    ItemBuilder(BuildState state) {
        this.state = state;
    }

    Optional<Item> item(RustParser.ItemContext ctx) {
        if (ctx.macroInvocationItem() != null) {
            return macroItem(ctx.outerAttribute(), ctx.macroInvocationItem(), ctx);
        }
        return visItem(ctx.outerAttribute(), ctx.visibility(), ctx.visItem(), ctx);
    }

    List<Item> items(List<RustParser.ItemContext> contexts) {
        List<Item> items = new ArrayList<>();
        for (RustParser.ItemContext ctx : contexts) {
            if (ctx.SEMI() != null && ctx.getChildCount() == 1) {
                absorbSemicolon(items, state.loc.span(ctx));
            } else {
                TreeBuilder.guarded(state, ctx, () -> item(ctx).ifPresent(items::add));
            }
        }
        return items;
    }

    /**
     * The grammar reads the {@code ;} after {@code m!(...)} or {@code macro_rules! m (...)} as an item of its own;
     * the tree counts it as the end of that macro item, and drops a stray one.
     */
    private static void absorbSemicolon(List<Item> items, Span semicolon) {
        if (items.isEmpty()) {
            return;
        }
        Item merged = switch (items.getLast()) {
            case Item.MacroItem m -> new Item.MacroItem(m.attributes(), m.visibility(), m.call(),
                    m.span().to(semicolon));
            case Item.MacroRules m -> new Item.MacroRules(m.attributes(), m.visibility(), m.name(), m.body(),
                    m.span().to(semicolon));
            default -> null;
        };
        if (merged != null) {
            items.set(items.size() - 1, merged);
        }
    }

    private Optional<Item> macroItem(List<RustParser.OuterAttributeContext> attrs,
            RustParser.MacroInvocationItemContext ctx, ParserRuleContext whole) {
        if (ctx.macroInvocation() == null) {
            return Optional.empty();
        }
        List<Attribute> attributes = state.attributes.outer(attrs, whole);
        return Optional.of(new Item.MacroItem(attributes, state.attributes.visibility(null, ctx),
                state.macros.call(ctx.macroInvocation()), covering(attributes, state.loc.span(whole))));
    }

    /** An item with visibility; {@code whole} spans its attributes too and gives the item's span. */
    Optional<Item> visItem(List<RustParser.OuterAttributeContext> attrContexts, RustParser.VisibilityContext visCtx,
            RustParser.VisItemContext ctx, ParserRuleContext whole) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return Optional.empty();
        }
        List<Attribute> attrs = state.attributes.outer(attrContexts, whole);
        Visibility vis = state.attributes.visibility(visCtx, ctx);
        Span span = covering(attrs, state.loc.span(whole));
        return switch (ctx) {
            case RustParser.ModuleItemContext c -> module(attrs, vis, c.module_(), span);
            case RustParser.ExternCrateItemContext c -> externCrate(attrs, vis, c.externCrate(), span);
            case RustParser.UseItemContext c -> c.useDeclaration() == null || c.useDeclaration().useTree() == null
                    ? Optional.empty()
                    : Optional.of(new Item.Use(attrs, vis, useTree(c.useDeclaration().useTree()), span));
            case RustParser.FunctionItemContext c -> function(attrs, vis, c.function_(), span);
            case RustParser.TypeAliasItemContext c -> typeAlias(attrs, vis, c.typeAlias(), span);
            case RustParser.StructItemContext c -> struct(attrs, vis, c.struct_(), span);
            case RustParser.EnumItemContext c -> enumItem(attrs, vis, c.enum_(), span);
            case RustParser.UnionItemContext c -> union(attrs, vis, c.union_(), span);
            case RustParser.ConstItemContext c -> constItem(attrs, vis, c.const_(), span);
            case RustParser.StaticItemContext c -> staticItem(attrs, vis, c.static_(), span);
            case RustParser.TraitItemContext c -> trait(attrs, vis, c.trait_(), span);
            case RustParser.ImplItemContext c -> impl(attrs, vis, c.impl_(), span);
            case RustParser.ExternBlockItemContext c -> externBlock(attrs, vis, c.externBlock(), span);
            case RustParser.MacroRulesItemContext c -> macroRules(attrs, vis, c.macroRules(), span);
            default -> Optional.empty();
        };
    }

    /** An item's span starts at its first doc comment, which the parse does not see. */
    static Span covering(List<Attribute> attributes, Span span) {
        return attributes.isEmpty() ? span : attributes.getFirst().span().to(span);
    }

    private Optional<Item> module(List<Attribute> attrs, Visibility vis, RustParser.Module_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        boolean inline = c.LBRACE() != null;
        List<Attribute> all = new ArrayList<>(attrs);
        if (inline) {
            all.addAll(state.attributes.innerOfBody(c.innerAttribute(), c.LBRACE().getSymbol(),
                    c.item().isEmpty() ? c.getStop() : c.item(0).getStart()));
            all.sort(Nodes.BY_POSITION);
        }
        List<Item> items = inline ? items(c.item()) : List.of();
        return state.paths.ident(c.identifier())
                .map(name -> new Item.Module(all, vis, c.UNSAFE() != null, name, inline, items, span));
    }

    private Optional<Item> externCrate(List<Attribute> attrs, Visibility vis, RustParser.ExternCrateContext c,
            Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Optional<Ident> name = c.SELFVALUE() != null ? Optional.of(state.paths.ident(c.SELFVALUE()))
                : c.identifier().isEmpty() ? Optional.empty() : state.paths.ident(c.identifier(0));
        Optional<Ident> rename = Optional.empty();
        if (c.AS() != null) {
            rename = c.UNDERSCORE() != null ? Optional.of(state.paths.ident(c.UNDERSCORE()))
                    : state.paths.ident(c.identifier(c.identifier().size() - 1));
        }
        Optional<Ident> finalRename = rename;
        return name.map(n -> new Item.ExternCrate(attrs, vis, n, finalRename, span));
    }

    private UseTree useTree(RustParser.UseTreeContext ctx) {
        Span span = state.loc.span(ctx);
        return switch (ctx) {
            case RustParser.GlobUseTreeContext c -> new UseTree.Glob(usePrefix(c.simplePath(), c.PATHSEP() != null,
                    c), span);
            case RustParser.GroupUseTreeContext c -> new UseTree.Nested(usePrefix(c.simplePath(), c.PATHSEP() != null,
                    c), c.useTree().stream().map(this::useTree).toList(), span);
            case RustParser.SimpleUseTreeContext c -> {
                Path path = c.simplePath() == null ? new Path(List.of(), span) : state.paths.simplePath(c.simplePath());
                Optional<Ident> rename = c.AS() == null ? Optional.empty()
                        : c.UNDERSCORE() != null ? Optional.of(state.paths.ident(c.UNDERSCORE()))
                        : state.paths.ident(c.identifier());
                yield new UseTree.Simple(path, rename, span);
            }
            default -> new UseTree.Nested(Optional.empty(), List.of(), span);
        };
    }

    /** {@code a::b::} before {@code *} or {@code {...}}; a bare {@code ::} is a global path with no segments. */
    private Optional<Path> usePrefix(RustParser.SimplePathContext path, boolean separator, ParserRuleContext c) {
        if (path != null) {
            return Optional.of(state.paths.simplePath(path));
        }
        if (separator) {
            return Optional.of(new Path(Optional.empty(), true, List.of(), state.loc.span(c.getStart())));
        }
        return Optional.empty();
    }

    Optional<Item> function(List<Attribute> attrs, Visibility vis, RustParser.Function_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Optional<Ident> name = state.paths.ident(c.identifier());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        RustParser.FunctionQualifiersContext q = c.functionQualifiers();
        Span qualifierSpan = q == null || q.getChildCount() == 0
                ? state.loc.emptyAt(state.loc.span(c.FN() != null ? c.FN() : c).startOffset()) : state.loc.span(q);
        FnQualifiers qualifiers = new FnQualifiers(q != null && q.DEFAULT() != null, q != null && q.CONST() != null,
                q != null && q.ASYNC() != null, q != null && q.UNSAFE() != null, q != null && q.EXTERN() != null,
                q == null ? "" : state.types.abi(q.abi()), qualifierSpan);
        Optional<SelfParam> receiver = Optional.empty();
        List<Param> params = new ArrayList<>();
        boolean variadic = false;
        if (c.functionParameters() != null) {
            for (RustParser.FunctionParameterContext p : c.functionParameters().functionParameter()) {
                List<Attribute> paramAttrs = state.attributes.outer(p.outerAttribute(), p);
                Span paramSpan = covering(paramAttrs, state.loc.span(p));
                if (p.selfParameter() != null) {
                    receiver = Optional.of(selfParam(paramAttrs, p.selfParameter(), paramSpan));
                } else if (p.pattern() != null && p.type_() != null) {
                    params.add(new Param(paramAttrs, state.patterns.pattern(p.pattern(), p),
                            state.types.type(p.type_(), p), paramSpan));
                } else if (p.DOTDOTDOT() != null) {
                    variadic = true;
                }
            }
        }
        Generics generics = state.types.generics(c.genericParams(), Collections.singletonList(c.whereClause()), c.identifier());
        Optional<Type> returnType = c.functionReturnType() == null ? Optional.empty()
                : Optional.of(state.types.type(c.functionReturnType().type_(), c.functionReturnType()));
        Optional<Block> body = c.block() == null ? Optional.empty() : Optional.of(state.exprs.block(c.block(), c));
        return Optional.of(new Item.Function(attrs, vis, qualifiers, name.get(), generics, receiver, params, variadic,
                returnType, body, span));
    }

    private SelfParam selfParam(List<Attribute> attrs, RustParser.SelfParameterContext s, Span span) {
        Optional<Lifetime> lifetime = s.LIFETIME() == null ? Optional.empty()
                : Optional.of(state.paths.lifetime(s.LIFETIME()));
        boolean borrowed = s.AND() != null || s.ANDAND() != null;
        if (borrowed) {
            return new SelfParam(attrs, s.MUT() != null ? SelfKind.REF_MUT : SelfKind.REF, false, lifetime,
                    Optional.empty(), span);
        }
        if (s.type_() != null) {
            return new SelfParam(attrs, SelfKind.TYPED, s.MUT() != null, lifetime,
                    Optional.of(state.types.type(s.type_(), s)), span);
        }
        return new SelfParam(attrs, SelfKind.VALUE, s.MUT() != null, lifetime, Optional.empty(), span);
    }

    private Optional<Item> typeAlias(List<Attribute> attrs, Visibility vis, RustParser.TypeAliasContext c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Generics generics = state.types.generics(c.genericParams(), c.whereClause(), c.identifier());
        return state.paths.ident(c.identifier()).map(name -> new Item.TypeAlias(attrs, vis, c.DEFAULT() != null, name,
                generics, state.types.bounds(c.typeParamBounds()), state.types.optionalType(c.type_(), c), span));
    }

    private Optional<Item> struct(List<Attribute> attrs, Visibility vis, RustParser.Struct_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Generics generics = state.types.generics(c.genericParams(), Collections.singletonList(c.whereClause()), c.identifier());
        StructFields fields = fields(c.LBRACE() != null, c.structFields(), c.LPAREN() != null, c.tupleFields(), c,
                c.LBRACE() != null ? state.loc.between(c.LBRACE(), c.RBRACE() != null ? c.RBRACE() : c)
                        : c.LPAREN() != null ? state.loc.between(c.LPAREN(), c.RPAREN() != null ? c.RPAREN() : c)
                        : state.loc.emptyAt(state.loc.span(c.genericParams() != null ? c.genericParams()
                                : c.identifier() != null ? c.identifier() : c).endOffset()));
        return state.paths.ident(c.identifier()).map(name -> new Item.Struct(attrs, vis, name, generics, fields, span));
    }

    private StructFields fields(boolean named, RustParser.StructFieldsContext namedCtx, boolean tuple,
            RustParser.TupleFieldsContext tupleCtx, ParserRuleContext owner, Span span) {
        if (named) {
            return new StructFields.Named(namedFields(namedCtx), span);
        }
        if (tuple) {
            List<FieldDef> list = new ArrayList<>();
            if (tupleCtx != null) {
                for (RustParser.TupleFieldContext f : tupleCtx.tupleField()) {
                    List<Attribute> attrs = state.attributes.outer(f.outerAttribute(), f);
                    list.add(new FieldDef(attrs, state.attributes.visibility(f.visibility(), f.type_()),
                            Optional.empty(), state.types.type(f.type_(), f), covering(attrs, state.loc.span(f))));
                }
            }
            return new StructFields.Tuple(list, span);
        }
        return new StructFields.Unit(span);
    }

    private List<FieldDef> namedFields(RustParser.StructFieldsContext ctx) {
        List<FieldDef> list = new ArrayList<>();
        if (ctx != null) {
            for (RustParser.StructFieldContext f : ctx.structField()) {
                List<Attribute> attrs = state.attributes.outer(f.outerAttribute(), f);
                state.paths.ident(f.identifier()).ifPresent(name -> list.add(new FieldDef(attrs,
                        state.attributes.visibility(f.visibility(), f.identifier()), Optional.of(name),
                        state.types.type(f.type_(), f), covering(attrs, state.loc.span(f)))));
            }
        }
        return list;
    }

    private Optional<Item> enumItem(List<Attribute> attrs, Visibility vis, RustParser.Enum_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Generics generics = state.types.generics(c.genericParams(), Collections.singletonList(c.whereClause()), c.identifier());
        List<Variant> variants = new ArrayList<>();
        if (c.enumVariants() != null) {
            for (RustParser.EnumVariantContext v : c.enumVariants().enumVariant()) {
                variant(v).ifPresent(variants::add);
            }
        }
        return state.paths.ident(c.identifier()).map(name -> new Item.Enum(attrs, vis, name, generics, variants, span));
    }

    private Optional<Variant> variant(RustParser.EnumVariantContext v) {
        Span fieldsSpan = v.LBRACE() != null ? state.loc.between(v.LBRACE(), v.RBRACE() != null ? v.RBRACE() : v)
                : v.LPAREN() != null ? state.loc.between(v.LPAREN(), v.RPAREN() != null ? v.RPAREN() : v)
                : state.loc.emptyAt(state.loc.span(v.identifier() != null ? v.identifier() : v).endOffset());
        StructFields fields = fields(v.LBRACE() != null, v.structFields(), v.LPAREN() != null, v.tupleFields(), v,
                fieldsSpan);
        Optional<Expr> discriminant = state.exprs.optionalExpr(v.expression(), v);
        List<Attribute> attrs = state.attributes.outer(v.outerAttribute(), v);
        return state.paths.ident(v.identifier()).map(name -> new Variant(attrs,
                state.attributes.visibility(v.visibility(), v.identifier()), name, fields, discriminant,
                covering(attrs, state.loc.span(v))));
    }

    private Optional<Item> union(List<Attribute> attrs, Visibility vis, RustParser.Union_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Generics generics = state.types.generics(c.genericParams(), Collections.singletonList(c.whereClause()), c.identifier());
        return state.paths.ident(c.identifier())
                .map(name -> new Item.Union(attrs, vis, name, generics, namedFields(c.structFields()), span));
    }

    private Optional<Item> constItem(List<Attribute> attrs, Visibility vis, RustParser.Const_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Optional<Ident> name = c.UNDERSCORE() != null ? Optional.of(state.paths.ident(c.UNDERSCORE()))
                : state.paths.ident(c.identifier());
        return name.map(n -> new Item.Const(attrs, vis, c.DEFAULT() != null, n, state.types.type(c.type_(), c),
                state.exprs.optionalExpr(c.expression(), c), span));
    }

    private Optional<Item> staticItem(List<Attribute> attrs, Visibility vis, RustParser.Static_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        return state.paths.ident(c.identifier()).map(n -> new Item.Static(attrs, vis, c.MUT() != null, n,
                state.types.type(c.type_(), c), state.exprs.optionalExpr(c.expression(), c), span));
    }

    private Optional<Item> trait(List<Attribute> attrs, Visibility vis, RustParser.Trait_Context c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        List<Attribute> all = withInner(attrs, c.innerAttribute(), c.LBRACE() == null ? null : c.LBRACE().getSymbol(),
                c.associatedItem().isEmpty() ? c.getStop() : c.associatedItem(0).getStart());
        Generics generics = state.types.generics(c.genericParams(), c.whereClause(), c.identifier());
        List<TypeBound> supertraits = new ArrayList<>();
        c.typeParamBounds().forEach(b -> supertraits.addAll(state.types.bounds(b)));
        List<Item> items = associatedItems(c.associatedItem());
        return state.paths.ident(c.identifier()).map(name -> new Item.Trait(all, vis, c.UNSAFE() != null,
                c.AUTO() != null, name, generics, supertraits, items, span));
    }

    private Optional<Item> impl(List<Attribute> attrs, Visibility vis, RustParser.Impl_Context c, Span span) {
        if (c == null || c.type_().isEmpty()) {
            return Optional.empty();
        }
        List<Attribute> all = withInner(attrs, c.innerAttribute(), c.LBRACE() == null ? null : c.LBRACE().getSymbol(),
                c.associatedItem().isEmpty() ? c.getStop() : c.associatedItem(0).getStart());
        Generics generics = state.types.generics(c.genericParams(), Collections.singletonList(c.whereClause()), c.IMPL());
        Optional<Path> trait = Optional.empty();
        Type selfType;
        if (c.FOR() != null && c.type_().size() > 1) {
            if (state.types.type(c.type_(0), c) instanceof Type.PathType p) {
                trait = Optional.of(p.path());
            }
            selfType = state.types.type(c.type_(1), c);
        } else {
            selfType = state.types.type(c.type_(0), c);
        }
        return Optional.of(new Item.Impl(all, vis, c.DEFAULT() != null, c.UNSAFE() != null, c.CONST() != null,
                generics, c.NOT() != null, trait, selfType, associatedItems(c.associatedItem()), span));
    }

    private List<Attribute> withInner(List<Attribute> outer, List<RustParser.InnerAttributeContext> inner,
            org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token firstOfRest) {
        if (open == null) {
            return outer;
        }
        List<Attribute> all = new ArrayList<>(outer);
        all.addAll(state.attributes.innerOfBody(inner, open, firstOfRest));
        all.sort(Nodes.BY_POSITION);
        return all;
    }

    private List<Item> associatedItems(List<RustParser.AssociatedItemContext> contexts) {
        List<Item> items = new ArrayList<>();
        for (RustParser.AssociatedItemContext a : contexts) {
            if (a.SEMI() != null && a.getChildCount() == 1) {
                absorbSemicolon(items, state.loc.span(a));
            } else {
                TreeBuilder.guarded(state, a, () -> associatedItem(a).ifPresent(items::add));
            }
        }
        return items;
    }

    private Optional<Item> associatedItem(RustParser.AssociatedItemContext a) {
        if (a.macroInvocationItem() != null) {
            return macroItem(a.outerAttribute(), a.macroInvocationItem(), a);
        }
        RustParser.AssociatedItemKindContext kind = a.associatedItemKind();
        if (kind == null) {
            return Optional.empty();
        }
        List<Attribute> attrs = state.attributes.outer(a.outerAttribute(), a);
        Visibility vis = state.attributes.visibility(a.visibility(), kind);
        Span span = covering(attrs, state.loc.span(a));
        return switch (kind) {
            case RustParser.AssociatedTypeContext c -> typeAlias(attrs, vis, c.typeAlias(), span);
            case RustParser.AssociatedConstContext c -> constItem(attrs, vis, c.const_(), span);
            case RustParser.AssociatedFunctionContext c -> function(attrs, vis, c.function_(), span);
            default -> Optional.empty();
        };
    }

    private Optional<Item> externBlock(List<Attribute> attrs, Visibility vis, RustParser.ExternBlockContext c,
            Span span) {
        if (c == null) {
            return Optional.empty();
        }
        List<Attribute> all = withInner(attrs, c.innerAttribute(), c.LBRACE() == null ? null : c.LBRACE().getSymbol(),
                c.externalItem().isEmpty() ? c.getStop() : c.externalItem(0).getStart());
        List<Item> items = new ArrayList<>();
        for (RustParser.ExternalItemContext e : c.externalItem()) {
            if (e.SEMI() != null && e.getChildCount() == 1) {
                absorbSemicolon(items, state.loc.span(e));
            } else {
                TreeBuilder.guarded(state, e, () -> externalItem(e).ifPresent(items::add));
            }
        }
        return Optional.of(new Item.ExternBlock(all, vis, c.UNSAFE() != null, state.types.abi(c.abi()), items, span));
    }

    private Optional<Item> externalItem(RustParser.ExternalItemContext e) {
        if (e.macroInvocationItem() != null) {
            return macroItem(e.outerAttribute(), e.macroInvocationItem(), e);
        }
        List<Attribute> attrs = state.attributes.outer(e.outerAttribute(), e);
        ParserRuleContext core = e.static_() != null ? e.static_() : e.function_() != null ? e.function_()
                : e.typeAlias();
        Visibility vis = state.attributes.visibility(e.visibility(), core);
        Span span = covering(attrs, state.loc.span(e));
        if (e.static_() != null) {
            return staticItem(attrs, vis, e.static_(), span);
        }
        if (e.function_() != null) {
            return function(attrs, vis, e.function_(), span);
        }
        return typeAlias(attrs, vis, e.typeAlias(), span);
    }

    private Optional<Item> macroRules(List<Attribute> attrs, Visibility vis, RustParser.MacroRulesContext c,
            Span span) {
        if (c == null || c.delimTokenTree() == null) {
            return Optional.empty();
        }
        TokenTree body = state.macros.tokenTree(c.delimTokenTree());
        return state.paths.ident(c.identifier()).map(name -> new Item.MacroRules(attrs, vis, name, body, span));
    }
}
