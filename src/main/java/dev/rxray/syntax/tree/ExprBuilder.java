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

/** Expressions, blocks and statements. */
final class ExprBuilder {
    private final BuildState state;

    ExprBuilder(BuildState state) {
        this.state = state;
    }

    /** The expression at {@code ctx}, or an error node at the end of {@code parent} when it is missing. */
    Expr expr(RustParser.ExpressionContext ctx, ParserRuleContext parent) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return new Expr.Error(missingAt(parent));
        }
        Span span = state.loc.span(ctx);
        if (!state.enter(span)) {
            return new Expr.Error(span);
        }
        try {
            return build(ctx, span);
        } finally {
            state.exit();
        }
    }

    Optional<Expr> optionalExpr(RustParser.ExpressionContext ctx, ParserRuleContext parent) {
        return ctx == null ? Optional.empty() : Optional.of(expr(ctx, parent));
    }

    private Expr build(RustParser.ExpressionContext ctx, Span span) {
        return switch (ctx) {
            case RustParser.AwaitExpressionContext c -> new Expr.Await(expr(c.expression(), c), span);
            case RustParser.MethodCallExpressionContext c -> methodCall(c, span);
            case RustParser.FieldExpressionContext c -> state.paths.ident(c.identifier())
                    .<Expr>map(name -> new Expr.Field(expr(c.expression(), c), name, span))
                    .orElseGet(() -> new Expr.Error(span));
            case RustParser.TupleIndexExpressionContext c -> tupleIndex(c, span);
            case RustParser.CallExpressionContext c -> new Expr.Call(expr(c.expression(), c), args(c.callArguments()),
                    span);
            case RustParser.IndexExpressionContext c -> new Expr.Index(expr(c.expression(0), c),
                    expr(c.expression(1), c), span);
            case RustParser.TryExpressionContext c -> new Expr.Try(expr(c.expression(), c), span);
            case RustParser.UnaryExpressionContext c -> new Expr.Unary(
                    c.MINUS() != null ? UnaryOp.NEG : c.NOT() != null ? UnaryOp.NOT : UnaryOp.DEREF,
                    expr(c.expression(), c), span);
            case RustParser.BorrowExpressionContext c -> borrow(c, span);
            case RustParser.CastExpressionContext c -> new Expr.Cast(expr(c.expression(), c),
                    state.types.castType(c.castType(), c), span);
            case RustParser.MultiplicativeExpressionContext c -> binary(c, span);
            case RustParser.AdditiveExpressionContext c -> binary(c, span);
            case RustParser.ShiftExpressionContext c -> binary(c, span);
            case RustParser.BitAndExpressionContext c -> binary(c, span);
            case RustParser.BitXorExpressionContext c -> binary(c, span);
            case RustParser.BitOrExpressionContext c -> binary(c, span);
            case RustParser.ComparisonExpressionContext c -> binary(c, span);
            case RustParser.LazyAndExpressionContext c -> binary(c, span);
            case RustParser.LazyOrExpressionContext c -> binary(c, span);
            case RustParser.RangeExpressionContext c -> new Expr.Range(Optional.of(expr(c.expression(0), c)),
                    Optional.of(expr(c.expression(1), c)), c.DOTDOTEQ() != null ? RangeLimits.CLOSED
                    : RangeLimits.HALF_OPEN, span);
            case RustParser.RangeFromExpressionContext c -> new Expr.Range(Optional.of(expr(c.expression(), c)),
                    Optional.empty(), RangeLimits.HALF_OPEN, span);
            case RustParser.RangeToExpressionContext c -> new Expr.Range(Optional.empty(),
                    Optional.of(expr(c.expression(), c)), c.DOTDOTEQ() != null ? RangeLimits.CLOSED
                    : RangeLimits.HALF_OPEN, span);
            case RustParser.RangeFullExpressionContext c -> new Expr.Range(Optional.empty(), Optional.empty(),
                    RangeLimits.HALF_OPEN, span);
            case RustParser.AssignmentExpressionContext c -> new Expr.Assign(expr(c.expression(0), c),
                    expr(c.expression(1), c), span);
            case RustParser.CompoundAssignmentExpressionContext c -> compound(c, span);
            case RustParser.ReturnExpressionContext c -> new Expr.Return(optionalExpr(c.expression(), c), span);
            case RustParser.BreakExpressionContext c -> new Expr.Break(label(c.LIFETIME()),
                    optionalExpr(c.expression(), c), span);
            case RustParser.ContinueExpressionContext c -> new Expr.Continue(label(c.LIFETIME()), span);
            case RustParser.ClosureExpressionContext c -> closure(c.closure(), span);
            case RustParser.LiteralExpressionContext c -> literal(c.literal(), span);
            case RustParser.PathExpressionContext c -> new Expr.PathExpr(
                    state.paths.pathInExpression(c.pathInExpression()), span);
            case RustParser.QualifiedPathExpressionContext c -> new Expr.PathExpr(
                    state.paths.qualifiedPathInExpression(c.qualifiedPathInExpression()), span);
            case RustParser.StructExpressionContext c -> structLiteral(c.structLiteral(), span);
            case RustParser.MacroInvocationExpressionContext c -> new Expr.Macro(state.macros.call(c.macroInvocation()),
                    span);
            case RustParser.TupleOrParenthesizedExpressionContext c -> tupleOrParen(c.tupleOrParenthesized(), span);
            case RustParser.ArrayExpressionContext c -> array(c.arrayLiteral(), span);
            case RustParser.BlockLikeExpressionContext c -> withBlock(c.expressionWithBlock(), c);
            case RustParser.UnderscoreExpressionContext c -> new Expr.Underscore(span);
            // Outer attributes on an expression (`#[allow(x)] expr`) only steer lints: the tree keeps the expression.
            case RustParser.AttributedExpressionContext c -> expr(c.expression(), c);
            case RustParser.LetChainExpressionContext c -> new Expr.Let(state.patterns.pattern(c.pattern(), c),
                    expr(c.expression(), c), span);
            default -> new Expr.Error(span);
        };
    }

    private Optional<Lifetime> label(TerminalNode lifetime) {
        return lifetime == null ? Optional.empty() : Optional.of(state.paths.lifetime(lifetime));
    }

    private Expr methodCall(RustParser.MethodCallExpressionContext c, Span span) {
        RustParser.PathExprSegmentContext segment = c.pathExprSegment();
        if (segment == null || segment.pathIdentSegment() == null) {
            return new Expr.Error(span);
        }
        Ident method = state.paths.ident(segment.pathIdentSegment().getStart());
        return new Expr.MethodCall(expr(c.expression(), c), method, state.paths.genericArgList(segment.genericArgs()),
                args(c.callArguments()), span);
    }

    private Expr tupleIndex(RustParser.TupleIndexExpressionContext c, Span span) {
        TerminalNode token = c.INTEGER_LITERAL() != null ? c.INTEGER_LITERAL() : c.FLOAT_LITERAL();
        return token == null ? new Expr.Error(span) : tupleIndex(expr(c.expression(), c), token, span.startOffset());
    }

    /** {@code x.0.1} arrives as one float token {@code 0.1}: two tuple indices, the inner one ending at the dot. */
    private Expr tupleIndex(Expr receiver, TerminalNode token, int start) {
        Span tokenSpan = state.loc.span(token);
        int offset = tokenSpan.startOffset();
        Expr result = receiver;
        for (String part : token.getText().split("\\.", -1)) {
            Span partSpan = state.loc.span(start, offset + part.length());
            result = !part.isEmpty() && part.length() < 10 && part.chars().allMatch(Character::isDigit)
                    ? new Expr.TupleIndex(result, Integer.parseInt(part), partSpan)
                    : new Expr.Field(result, new Ident(part, state.loc.span(offset, offset + part.length())),
                            partSpan);
            offset += part.length() + 1;
        }
        return result;
    }

    /**
     * A block-like expression that starts a statement and goes on: {@code match x {...}.unwrap()},
     * {@code unsafe {...}?}, {@code if a {b} else {c} = 1}.
     */
    private Expr blockLikeStatement(RustParser.BlockLikeStmtContext c) {
        Expr result = withBlock(c.expressionWithBlock(), c);
        int start = result.span().startOffset();
        for (RustParser.PostfixSuffixContext suffix : c.postfixSuffix()) {
            Span span = state.loc.span(start, state.loc.span(suffix).endOffset());
            Expr receiver = result;
            result = switch (suffix) {
                case RustParser.AwaitSuffixContext x -> new Expr.Await(receiver, span);
                case RustParser.MethodCallSuffixContext x -> x.pathExprSegment() == null
                        || x.pathExprSegment().pathIdentSegment() == null ? new Expr.Error(span)
                        : new Expr.MethodCall(receiver, state.paths.ident(x.pathExprSegment().pathIdentSegment()
                                .getStart()), state.paths.genericArgList(x.pathExprSegment().genericArgs()),
                                args(x.callArguments()), span);
                case RustParser.FieldSuffixContext x -> state.paths.ident(x.identifier())
                        .<Expr>map(name -> new Expr.Field(receiver, name, span)).orElseGet(() -> new Expr.Error(span));
                case RustParser.TupleIndexSuffixContext x -> {
                    TerminalNode token = x.INTEGER_LITERAL() != null ? x.INTEGER_LITERAL() : x.FLOAT_LITERAL();
                    yield token == null ? new Expr.Error(span) : tupleIndex(receiver, token, start);
                }
                case RustParser.TrySuffixContext x -> new Expr.Try(receiver, span);
                default -> new Expr.Error(span);
            };
        }
        if (c.expression() != null && (c.EQ() != null || c.compoundAssignmentOperator() != null)) {
            Span span = state.loc.span(start, state.loc.span(c.expression()).endOffset());
            Expr value = expr(c.expression(), c);
            if (c.EQ() != null) {
                return new Expr.Assign(result, value, span);
            }
            String symbol = c.compoundAssignmentOperator().getText();
            Expr target = result;
            return BinaryOp.fromSymbol(symbol.substring(0, Math.max(0, symbol.length() - 1)))
                    .<Expr>map(op -> new Expr.CompoundAssign(op, target, value, span))
                    .orElseGet(() -> new Expr.Error(span));
        }
        return result;
    }

    List<Expr> args(RustParser.CallArgumentsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.expression().stream().map(e -> expr(e, ctx)).toList();
    }

    /** {@code &&x} borrows a borrow: the outer {@code &} is shared, the inner one carries {@code mut}/{@code raw}. */
    private Expr borrow(RustParser.BorrowExpressionContext c, Span span) {
        RustParser.BorrowOperatorContext op = c.borrowOperator();
        boolean raw = op != null && op.RAW() != null;
        boolean mutable = op != null && op.MUT() != null;
        Expr operand = expr(c.expression(), c);
        if (op != null && op.ANDAND() != null) {
            Span innerSpan = state.loc.span(span.startOffset() + 1, span.endOffset());
            return new Expr.Borrow(false, false, new Expr.Borrow(mutable, raw, operand, innerSpan), span);
        }
        return new Expr.Borrow(mutable, raw, operand, span);
    }

    private Expr binary(RustParser.ExpressionContext c, Span span) {
        if (c.getChildCount() < 3) {
            return new Expr.Error(span);
        }
        String symbol = c.getChild(1).getText();
        Optional<BinaryOp> op = BinaryOp.fromSymbol(symbol);
        Expr left = expr(c.getRuleContext(RustParser.ExpressionContext.class, 0), c);
        Expr right = expr(c.getRuleContext(RustParser.ExpressionContext.class, 1), c);
        return op.<Expr>map(o -> new Expr.Binary(o, left, right, span)).orElseGet(() -> new Expr.Error(span));
    }

    private Expr compound(RustParser.CompoundAssignmentExpressionContext c, Span span) {
        String symbol = c.compoundAssignmentOperator() == null ? "" : c.compoundAssignmentOperator().getText();
        Optional<BinaryOp> op = symbol.endsWith("=")
                ? BinaryOp.fromSymbol(symbol.substring(0, symbol.length() - 1)) : Optional.empty();
        Expr target = expr(c.expression(0), c);
        Expr value = expr(c.expression(1), c);
        return op.<Expr>map(o -> new Expr.CompoundAssign(o, target, value, span)).orElseGet(() -> new Expr.Error(span));
    }

    private Expr closure(RustParser.ClosureContext c, Span span) {
        if (c == null) {
            return new Expr.Error(span);
        }
        List<ClosureParam> params = new ArrayList<>();
        if (c.closureParameters() != null) {
            for (RustParser.ClosureParameterContext p : c.closureParameters().closureParameter()) {
                List<Attribute> attrs = state.attributes.outer(p.outerAttribute(), p);
                params.add(new ClosureParam(attrs, state.patterns.single(p.patternNoTopAlt(), p),
                        state.types.optionalType(p.type_(), p), ItemBuilder.covering(attrs, state.loc.span(p))));
            }
        }
        Optional<Type> returnType = state.types.optionalType(c.type_(), c);
        Expr body = c.block() != null ? blockExpr(Optional.empty(), BlockKind.PLAIN, false, c.block())
                : expr(c.expression(), c);
        return new Expr.Closure(c.ASYNC() != null, c.MOVE() != null, params, returnType, body, span);
    }

    Expr literal(RustParser.LiteralContext literal, Span span) {
        if (literal == null || literal.getStart() == null) {
            return new Expr.Error(span);
        }
        String text = literal.getText();
        return new Expr.Literal(TokenText.literalKind(text), text, span);
    }

    private Expr structLiteral(RustParser.StructLiteralContext c, Span span) {
        if (c == null || c.pathInExpression() == null) {
            return new Expr.Error(span);
        }
        Path path = state.paths.pathInExpression(c.pathInExpression());
        List<FieldInit> fields = new ArrayList<>();
        Optional<Expr> base = Optional.empty();
        RustParser.StructLiteralFieldsContext list = c.structLiteralFields();
        if (list != null) {
            for (RustParser.StructLiteralFieldContext f : list.structLiteralField()) {
                fieldInit(f).ifPresent(fields::add);
            }
            if (list.structBase() != null && list.structBase().expression() != null) {
                base = Optional.of(expr(list.structBase().expression(), list.structBase()));
            }
        }
        return new Expr.StructLit(path, fields, base, span);
    }

    private Optional<FieldInit> fieldInit(RustParser.StructLiteralFieldContext f) {
        Ident name = f.identifier() != null ? state.paths.ident(f.identifier().getStart())
                : f.INTEGER_LITERAL() != null ? state.paths.ident(f.INTEGER_LITERAL()) : null;
        if (name == null) {
            return Optional.empty();
        }
        List<Attribute> attrs = state.attributes.outer(f.outerAttribute(), f);
        Span span = ItemBuilder.covering(attrs, state.loc.span(f));
        if (f.COLON() == null) {
            Path path = new Path(List.of(new PathSegment(name)), name.span());
            return Optional.of(new FieldInit(attrs, name, new Expr.PathExpr(path, name.span()), true, span));
        }
        return Optional.of(new FieldInit(attrs, name, expr(f.expression(), f), false, span));
    }

    private Expr tupleOrParen(RustParser.TupleOrParenthesizedContext c, Span span) {
        if (c == null) {
            return new Expr.Error(span);
        }
        List<Expr> elements = c.expression().stream().map(e -> expr(e, c)).toList();
        if (elements.size() == 1 && c.COMMA().isEmpty()) {
            return new Expr.Paren(elements.getFirst(), span);
        }
        return new Expr.Tuple(elements, span);
    }

    private Expr array(RustParser.ArrayLiteralContext c, Span span) {
        if (c == null) {
            return new Expr.Error(span);
        }
        RustParser.ArrayElementsContext elements = c.arrayElements();
        if (elements == null) {
            return new Expr.Array(List.of(), span);
        }
        if (elements.SEMI() != null) {
            return new Expr.ArrayRepeat(expr(elements.expression(0), elements), expr(
                    elements.expression().size() > 1 ? elements.expression(1) : null, elements), span);
        }
        return new Expr.Array(elements.expression().stream().map(e -> expr(e, elements)).toList(), span);
    }

    /** {@code { N + 1 }} or {@code -1} as a const generic argument or default. */
    Expr constValue(RustParser.ConstValueContext ctx, ParserRuleContext parent) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return new Expr.Error(missingAt(parent));
        }
        Span span = state.loc.span(ctx);
        if (ctx.block() != null) {
            return blockExpr(Optional.empty(), BlockKind.PLAIN, false, ctx.block());
        }
        if (ctx.MINUS() != null) {
            Span literalSpan = state.loc.span(ctx.literal());
            return new Expr.Unary(UnaryOp.NEG, literal(ctx.literal(), literalSpan), span);
        }
        return literal(ctx.literal(), span);
    }

    /** A block-like expression; {@code owner} gives the span when the inner rule is missing. */
    Expr withBlock(RustParser.ExpressionWithBlockContext ctx, ParserRuleContext owner) {
        if (ctx == null || ctx.getChildCount() == 0) {
            return new Expr.Error(missingAt(owner));
        }
        Span span = state.loc.span(ctx);
        if (!state.enter(span)) {
            return new Expr.Error(span);
        }
        try {
            return switch (ctx) {
                case RustParser.BlockExpressionContext c -> blockExpr(Optional.empty(), BlockKind.PLAIN, false,
                        c.block());
                case RustParser.UnsafeBlockExpressionContext c -> new Expr.BlockExpr(Optional.empty(),
                        BlockKind.UNSAFE, false, block(c.block(), c), span);
                case RustParser.ConstBlockExpressionContext c -> new Expr.BlockExpr(Optional.empty(), BlockKind.CONST,
                        false, block(c.block(), c), span);
                case RustParser.AsyncBlockExpressionContext c -> new Expr.BlockExpr(Optional.empty(), BlockKind.ASYNC,
                        c.MOVE() != null, block(c.block(), c), span);
                case RustParser.LoopExpressionContext c -> new Expr.Loop(state.paths.lifetime(c.loopLabel()),
                        block(c.block(), c), span);
                case RustParser.WhileExpressionContext c -> new Expr.While(state.paths.lifetime(c.loopLabel()),
                        condition(c.condition(), c), block(c.block(), c), span);
                case RustParser.ForExpressionContext c -> new Expr.For(state.paths.lifetime(c.loopLabel()),
                        state.patterns.pattern(c.pattern(), c),
                        expr(c.scrutinee() == null ? null : c.scrutinee().expression(), c), block(c.block(), c), span);
                case RustParser.LabeledBlockExpressionContext c -> new Expr.BlockExpr(
                        state.paths.lifetime(c.loopLabel()), BlockKind.PLAIN, false, block(c.block(), c), span);
                case RustParser.IfExpressionContext c -> ifElse(c.ifElse(), c);
                case RustParser.MatchExpressionContext c -> new Expr.Match(
                        expr(c.scrutinee() == null ? null : c.scrutinee().expression(), c), arms(c.matchArms()), span);
                default -> new Expr.Error(span);
            };
        } finally {
            state.exit();
        }
    }

    private Expr blockExpr(Optional<Lifetime> label, BlockKind kind, boolean isMove, RustParser.BlockContext block) {
        Block b = block(block, null);
        return new Expr.BlockExpr(label, kind, isMove, b, b.span());
    }

    private Expr ifElse(RustParser.IfElseContext c, ParserRuleContext owner) {
        if (c == null) {
            return new Expr.Error(missingAt(owner));
        }
        Span span = state.loc.span(c);
        Optional<Expr> orElse = Optional.empty();
        if (c.ifElse() != null) {
            if (!state.enter(span)) {
                return new Expr.Error(span);
            }
            try {
                orElse = Optional.of(ifElse(c.ifElse(), c));
            } finally {
                state.exit();
            }
        } else if (c.ELSE() != null && c.block().size() > 1) {
            orElse = Optional.of(blockExpr(Optional.empty(), BlockKind.PLAIN, false, c.block(1)));
        }
        Block then = block(c.block().isEmpty() ? null : c.block(0), c);
        return new Expr.If(condition(c.condition(), c), then, orElse, span);
    }

    private Expr condition(RustParser.ConditionContext ctx, ParserRuleContext owner) {
        return switch (ctx) {
            case RustParser.LetConditionContext c -> new Expr.Let(state.patterns.pattern(c.pattern(), c),
                    expr(c.expression(), c), state.loc.span(c));
            case RustParser.ExpressionConditionContext c -> expr(c.expression(), c);
            case null, default -> new Expr.Error(missingAt(owner));
        };
    }

    /** The arm list is right-recursive in the grammar; it is walked with a loop. */
    private List<MatchArm> arms(RustParser.MatchArmsContext first) {
        List<MatchArm> arms = new ArrayList<>();
        RustParser.MatchArmsContext current = first;
        while (current != null) {
            RustParser.MatchArmsContext next = null;
            switch (current) {
                case RustParser.BlockBodyArmContext c -> {
                    arm(c.matchArmHead(), withBlock(c.expressionWithBlock(), c), c).ifPresent(arms::add);
                    next = c.matchArms();
                }
                case RustParser.ExpressionBodyArmContext c -> {
                    arm(c.matchArmHead(), expr(c.expression(), c), c).ifPresent(arms::add);
                    next = c.matchArms();
                }
                default -> {
                }
            }
            current = next;
        }
        return arms;
    }

    private Optional<MatchArm> arm(RustParser.MatchArmHeadContext head, Expr body, ParserRuleContext owner) {
        if (head == null) {
            return Optional.empty();
        }
        Optional<Expr> guard = Optional.empty();
        RustParser.MatchArmGuardContext g = head.matchArmGuard();
        if (g != null) {
            Expr condition = expr(g.expression(), g);
            if (g.LET() != null) {
                condition = new Expr.Let(state.patterns.pattern(g.pattern(), g), condition,
                        state.loc.span(g.LET().getSymbol(), g.getStop()));
            }
            guard = Optional.of(condition);
        }
        List<Attribute> attrs = state.attributes.outer(head.outerAttribute(), head);
        Span span = ItemBuilder.covering(attrs, state.loc.span(head).to(body.span()));
        return Optional.of(new MatchArm(attrs, state.patterns.pattern(head.pattern(), head), guard, body, span));
    }

    /** A block; a missing one becomes an empty block at the end of {@code owner}. */
    Block block(RustParser.BlockContext ctx, ParserRuleContext owner) {
        if (ctx == null) {
            return new Block(List.of(), List.of(), Optional.empty(), missingAt(owner));
        }
        Span span = state.loc.span(ctx);
        Token firstOfRest = ctx.statements() != null ? ctx.statements().getStart() : ctx.getStop();
        List<Attribute> attrs = state.attributes.innerOfBody(ctx.innerAttribute(), ctx.getStart(), firstOfRest);
        List<Stmt> statements = new ArrayList<>();
        Optional<Expr> tail = Optional.empty();
        RustParser.StatementsContext current = ctx.statements();
        while (current != null) {
            RustParser.StatementsContext next = null;
            switch (current) {
                case RustParser.StatementAndRestContext c -> {
                    next = c.statements();
                    if (c.statement() != null) {
                        if (next == null && isTailBlock(c.statement())) {
                            tail = Optional.of(blockLikeStatement((RustParser.BlockLikeStmtContext) c.statement()));
                        } else {
                            statement(c.statement()).ifPresent(stmt -> addStatement(statements, stmt));
                        }
                    }
                }
                case RustParser.ExpressionAndRestContext c -> {
                    next = c.statements();
                    Expr expr = expr(c.expression(), c);
                    if (c.SEMI() == null && next == null) {
                        tail = Optional.of(expr);
                    } else {
                        List<Attribute> stmtAttrs = state.attributes.outer(c.outerAttribute(), c);
                        Span stmtSpan = ItemBuilder.covering(stmtAttrs, c.SEMI() == null ? expr.span()
                                : state.loc.span(c.getStart(), c.SEMI().getSymbol()));
                        statements.add(expr instanceof Expr.Macro m
                                ? new Stmt.MacroStmt(stmtAttrs, m.call(), c.SEMI() != null, stmtSpan)
                                : new Stmt.ExprStmt(stmtAttrs, expr, c.SEMI() != null, stmtSpan));
                    }
                }
                default -> {
                }
            }
            current = next;
        }
        return new Block(attrs, statements, tail, span);
    }

    /**
     * The grammar reads the {@code ;} after a block-like statement or a braced macro as an empty statement (an
     * optional {@code ;} there would be ambiguous for its prediction); the tree gives it back to the statement it
     * ends, as the compiler reads it.
     */
    private static void addStatement(List<Stmt> statements, Stmt stmt) {
        if (stmt instanceof Stmt.Empty empty && !statements.isEmpty()) {
            Stmt previous = statements.getLast();
            Stmt merged = switch (previous) {
                case Stmt.ExprStmt e when !e.semicolon() -> new Stmt.ExprStmt(e.attributes(), e.expr(), true,
                        e.span().to(empty.span()));
                case Stmt.MacroStmt m when !m.semicolon() -> new Stmt.MacroStmt(m.attributes(), m.call(), true,
                        m.span().to(empty.span()));
                default -> null;
            };
            if (merged != null) {
                statements.set(statements.size() - 1, merged);
                return;
            }
        }
        statements.add(stmt);
    }

    private static boolean isTailBlock(RustParser.StatementContext statement) {
        return statement instanceof RustParser.BlockLikeStmtContext c && c.SEMI() == null
                && c.outerAttribute().isEmpty();
    }

    private Optional<Stmt> statement(RustParser.StatementContext ctx) {
        Span span = state.loc.span(ctx);
        return switch (ctx) {
            case RustParser.EmptyStmtContext c -> Optional.of(new Stmt.Empty(span));
            case RustParser.ItemStmtContext c -> state.items.visItem(c.outerAttribute(), c.visibility(), c.visItem(), c)
                    .map(item -> new Stmt.ItemDecl(item, item.span().to(span)));
            case RustParser.MacroStmtContext c -> {
                if (c.macroInvocation() == null) {
                    yield Optional.empty();
                }
                List<Attribute> attrs = state.attributes.outer(c.outerAttribute(), c);
                yield Optional.of(new Stmt.MacroStmt(attrs, state.macros.call(c.macroInvocation()), false,
                        ItemBuilder.covering(attrs, span)));
            }
            case RustParser.LetStmtContext c -> let(c.letStatement(), span);
            case RustParser.BlockLikeStmtContext c -> {
                List<Attribute> attrs = state.attributes.outer(c.outerAttribute(), c);
                yield Optional.of(new Stmt.ExprStmt(attrs, blockLikeStatement(c), c.SEMI() != null,
                        ItemBuilder.covering(attrs, span)));
            }
            default -> Optional.empty();
        };
    }

    private Optional<Stmt> let(RustParser.LetStatementContext c, Span span) {
        if (c == null) {
            return Optional.empty();
        }
        Optional<Block> elseBlock = c.LET_ELSE() == null ? Optional.empty() : Optional.of(block(c.block(), c));
        List<Attribute> attrs = state.attributes.outer(c.outerAttribute(), c);
        return Optional.of(new Stmt.Local(attrs, state.patterns.pattern(c.pattern(), c),
                state.types.optionalType(c.type_(), c), optionalExpr(c.expression(), c), elseBlock,
                ItemBuilder.covering(attrs, span)));
    }

    private Span missingAt(ParseTree parent) {
        return parent == null ? state.loc.emptyAt(0) : state.loc.emptyAt(state.loc.span(parent).endOffset());
    }
}
