package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printer on hand-built trees, independent of the parser. */
class TreePrinterTest {
    private final SourceFile source = SourceFile.of("t.rs", "fn add(a: u8) -> u8 {\n    a + 1\n}\n");

    private Span at(int start, int end) {
        return source.span(start, end);
    }

    @Test
    void printsKindsAttributesAndPositionsInComponentOrder() {
        Ident a = new Ident("a", at(7, 8));
        Type u8 = new Type.PathType(new Path(List.of(new PathSegment(new Ident("u8", at(10, 12)))), at(10, 12)),
                at(10, 12));
        Expr sum = new Expr.Binary(BinaryOp.ADD,
                new Expr.PathExpr(new Path(List.of(new PathSegment(new Ident("a", at(26, 27)))), at(26, 27)), at(26, 27)),
                new Expr.Literal(LitKind.INTEGER, "1", at(30, 31)), at(26, 31));
        Item fn = new Item.Function(List.of(), new Visibility.Private(at(0, 0)),
                new FnQualifiers(false, false, false, false, false, "", at(0, 0)), new Ident("add", at(3, 6)),
                Generics.none(at(6, 6)), Optional.empty(),
                List.of(new Param(List.of(), new Pattern.Binding(false, false, a, Optional.empty(), at(7, 8)), u8,
                        at(7, 12))),
                false, Optional.of(u8), Optional.of(new Block(List.of(), List.of(), Optional.of(sum), at(20, 33))),
                at(0, 33));

        assertThat(TreePrinter.print(new Crate(List.of(fn), at(0, 34)))).isEqualTo("""
                Crate @1:1-4:1
                  items: Item.Function name=add @1:1-3:2
                    params: Param @1:8-1:13
                      pattern: Pattern.Binding name=a @1:8-1:9
                      type: Type.PathType path=u8 @1:11-1:13
                    returnType: Type.PathType path=u8 @1:11-1:13
                    body: Block @1:21-3:2
                      tail: Expr.Binary op=add @2:5-2:10
                        left: Expr.PathExpr path=a @2:5-2:6
                        right: Expr.Literal kind=integer text="1" @2:9-2:10
                """);
    }

    @Test
    void pathsWithArgumentsPrintTheirSegmentsAndRawIdentsKeepTheirPrefix() {
        Span s = at(0, 5);
        Type inner = new Type.PathType(new Path(List.of(new PathSegment(new Ident("type", true, s))), s), s);
        Path vec = new Path(List.of(new PathSegment(new Ident("Vec", s),
                Optional.of(new GenericArgs.Angle(List.of(new GenericArg.TypeArg(inner, s)), s)), s)), s);

        assertThat(TreePrinter.print(new Type.PathType(vec, s))).isEqualTo("""
                Type.PathType @1:1-1:6
                  path: Path names=Vec @1:1-1:6
                    segments: PathSegment name=Vec @1:1-1:6
                      args: GenericArgs.Angle @1:1-1:6
                        args: GenericArg.TypeArg @1:1-1:6
                          type: Type.PathType path=r#type @1:1-1:6
                """);
    }

    @Test
    void stringsAreQuotedWithEscapes() {
        Expr lit = new Expr.Literal(LitKind.STRING, "\"a\\n\"\n", at(0, 3));
        assertThat(TreePrinter.print(lit)).isEqualTo("Expr.Literal kind=string text=\"\\\"a\\\\n\\\"\\n\" @1:1-1:4\n");
    }

    @Test
    void printsTenThousandNestedParenthesesWithoutOverflow() {
        Expr expr = new Expr.Literal(LitKind.INTEGER, "1", at(0, 1));
        for (int i = 0; i < 10_000; i++) {
            expr = new Expr.Paren(expr, at(0, 1));
        }
        String text = TreePrinter.print(expr);
        assertThat(text.lines().count()).isEqualTo(10_001);
        assertThat(text.lines().reduce((first, second) -> second).orElseThrow())
                .startsWith("  ".repeat(10_000) + "expr: Expr.Literal");
    }

    @Test
    void rustTextElidesBeyondItsDepthLimit() {
        Span s = at(0, 1);
        Type type = new Type.Never(s);
        for (int i = 0; i < 10_000; i++) {
            type = new Type.Slice(type, s);
        }
        String text = RustText.of(type);
        assertThat(text).startsWith("[[[").contains("..").doesNotContain("!");
        assertThat(text.length()).isLessThan(1_000);
    }
}
