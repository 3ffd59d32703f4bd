package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken and extreme input: the tree keeps what parsed and building never throws. */
class TreeToleranceTest {

    private static ParseResult parse(String text) {
        return RustSyntax.parse(SourceFile.of("t.rs", text));
    }

    private static List<String> itemNames(ParseResult result) {
        return result.crate().items().stream().map(item -> switch (item) {
            case Item.Function f -> f.name().name();
            case Item.Struct s -> s.name().name();
            default -> item.getClass().getSimpleName();
        }).toList();
    }

    @Test
    void itemsAroundABrokenOneSurvive() {
        ParseResult result = parse("fn before() {}\nfn broken( {}\nstruct After;\n");
        assertThat(result.hasErrors()).isTrue();
        assertThat(itemNames(result)).contains("before", "After");
    }

    @Test
    void aBrokenExpressionLeavesTheRestOfTheFunction() {
        ParseResult result = parse("fn f() { let a = 1 + ; let b = 2; }\nfn g() {}\n");
        assertThat(result.hasErrors()).isTrue();
        assertThat(itemNames(result)).contains("g");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "fn", "fn (", "impl", "struct S {", "fn f() { match x { 1 => }",
            "fn f() { if }", "let x = ;", "}}}}", "#[", "fn f() -> { }", "macro_rules! m", "use a::{b,",
            "fn f() { x.0.; }", "fn f() { S { a: , ..} }", "enum E { A = }", "trait T { fn f(&self) -> ; }",
            "impl<T> for X {}", "fn f() { println!(\"{\", ); }", "fn f() { vec![1; ]; matches!(x, ); }",
            "pub(in) fn f() {}", "fn f(self: ) {}", "type T = <X as >::Y;", "\u0000\u0001\uFFFD"})
    void brokenSnippetsBuildWithoutThrowing(String text) {
        ParseResult result = parse(text);
        assertThat(result.crate()).isNotNull();
        TreeWalk.edges(result.crate(), (parent, child) -> assertThat(child.span().endOffset())
                .isLessThanOrEqualTo(text.length()));
        assertThat(TreePrinter.print(result.crate())).startsWith("Crate");
    }

    @Test
    void tenThousandNestedParenthesesEndInADiagnosticNotAnOverflow() {
        String text = "fn f() { let x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }\n";
        ParseResult result = parse(text);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void deepButAllowedNestingBuildsAndPrints() {
        int depth = 900;
        String text = "fn f() { let x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; }\n";
        ParseResult result = parse(text);
        assertThat(result.diagnostics()).isEmpty();
        String printed = TreePrinter.print(result.crate());
        assertThat(printed.lines().filter(l -> l.contains("Expr.Paren")).count()).isEqualTo(depth);
    }

    @Test
    void longMethodChainsAreNotNestingErrors() {
        String text = "fn f() { let x = a" + ".b()".repeat(1_500) + "; }\n";
        ParseResult result = parse(text);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(TreeWalk.all(result.crate())).filteredOn(n -> n instanceof Expr.MethodCall).hasSize(1_500);
    }

    @Test
    void macroArgumentsThatAreNotExpressionsKeepOnlyTheTokenTree() {
        ParseResult result = parse("fn f() { println!(\"{}\", struct); assert!(=> x); }\n");
        List<MacroCall> calls = TreeWalk.all(result.crate()).stream().filter(n -> n instanceof MacroCall)
                .map(MacroCall.class::cast).sorted(Nodes.BY_POSITION).toList();
        assertThat(calls).hasSize(2).allSatisfy(call -> assertThat(call.args()).isInstanceOf(MacroArgs.Opaque.class));
        assertThat(calls.getFirst().tokens().text()).isEqualTo("\"{}\", struct");
    }
}
