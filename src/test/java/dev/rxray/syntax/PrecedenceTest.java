package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Operators group as in the Rust Reference's precedence table, shown by parenthesizing the parse tree. */
class PrecedenceTest {

    static Stream<Arguments> groupings() {
        return Stream.of(
                Arguments.of("a + b * c", "(a + (b * c))"),
                Arguments.of("a * b + c", "((a * b) + c)"),
                Arguments.of("a - b - c", "((a - b) - c)"),
                Arguments.of("-a.b()", "(- (a . b ( )))"),
                Arguments.of("-a as u8", "((- a) as u8)"),
                Arguments.of("a as u8 * b", "((a as u8) * b)"),
                Arguments.of("*x?", "(* (x ?))"),
                Arguments.of("&mut x.y", "(& mut (x . y))"),
                Arguments.of("a << b + c", "(a < < (b + c))"),
                Arguments.of("a >> b & c", "((a > > b) & c)"),
                Arguments.of("a & b ^ c | d", "(((a & b) ^ c) | d)"),
                Arguments.of("a | b == c", "((a | b) == c)"),
                Arguments.of("a == b && c >= d", "((a == b) && (c > = d))"),
                Arguments.of("a && b || c && d", "((a && b) || (c && d))"),
                Arguments.of("a || b..c", "((a || b) .. c)"),
                Arguments.of("..a + b", "(.. (a + b))"),
                Arguments.of("a.. ", "(a ..)"),
                Arguments.of("x = a..=b", "(x = (a ..= b))"),
                Arguments.of("a = b = c", "(a = (b = c))"),
                Arguments.of("a += b * c", "(a += (b * c))"),
                Arguments.of("a >>= 1", "(a > > = 1)"),
                Arguments.of("x.0.1", "(x . 0.1)"),
                Arguments.of("f(a)(b)[c]", "(((f ( a )) ( b )) [ c ])"),
                Arguments.of("a.b.await?", "(((a . b) . await) ?)"),
                Arguments.of("|x| x + 1", "| x | (x + 1)"),
                Arguments.of("return a + b", "(return (a + b))"),
                Arguments.of("!a == b", "((! a) == b)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupings")
    void groupsLikeRustc(String expression, String expected) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        RustParser.ExpressionEntryContext entry = RustSyntax.parseFragment(expression, RustParser::expressionEntry, diagnostics);
        assertThat(diagnostics).isEmpty();
        assertThat(render(entry.expression())).isEqualTo(expected);
    }

    /** Text of the tree with parentheses around every operator expression. */
    private static String render(ParseTree tree) {
        if (tree instanceof TerminalNode terminal) {
            return terminal.getText();
        }
        ParserRuleContext ctx = (ParserRuleContext) tree;
        boolean operator = ctx instanceof RustParser.ExpressionContext && ctx.getChildCount() > 1
                && ctx.children.stream().anyMatch(c -> c instanceof RustParser.ExpressionContext);
        if (ctx instanceof RustParser.ExpressionContext && ctx.getChildCount() == 1) {
            return render(ctx.getChild(0));
        }
        if (!(ctx instanceof RustParser.ExpressionContext) && !(ctx instanceof RustParser.ClosureContext)
                && !(ctx instanceof RustParser.CallArgumentsContext)) {
            return childrenText(ctx);
        }
        String inner = childrenText(ctx);
        return operator ? "(" + inner + ")" : inner;
    }

    private static String childrenText(ParserRuleContext ctx) {
        if (!(ctx instanceof RustParser.ExpressionContext) && !(ctx instanceof RustParser.ClosureContext)
                && !(ctx instanceof RustParser.CallArgumentsContext) && !(ctx instanceof RustParser.BorrowOperatorContext)
                && !(ctx instanceof RustParser.ShiftOperatorContext) && !(ctx instanceof RustParser.ComparisonOperatorContext)
                && !(ctx instanceof RustParser.CompoundAssignmentOperatorContext)
                && !(ctx instanceof RustParser.ClosureParametersContext)) {
            return ctx.getText();
        }
        List<String> parts = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            parts.add(render(child));
        }
        return String.join(" ", parts);
    }
}
