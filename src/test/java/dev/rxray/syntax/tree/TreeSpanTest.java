package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spans: inside their parents, pointing at the right text, in UTF-16 offsets with code-point columns. */
class TreeSpanTest {

    private static ParseResult parse(String text) {
        return RustSyntax.parse(SourceFile.of("t.rs", text));
    }

    private static String text(SourceFile source, Node node) {
        return source.text().substring(node.span().startOffset(), node.span().endOffset());
    }

    @Test
    void everyChildLiesInsideItsParentForEverySnippet() {
        for (Map.Entry<String, String> snippet : Snippets.all().entrySet()) {
            ParseResult result = parse(snippet.getValue());
            TreeWalk.edges(result.crate(), (parent, child) -> assertThat(
                    child.span().startOffset() >= parent.span().startOffset()
                            && child.span().endOffset() <= parent.span().endOffset())
                    .as("%s: %s %s inside %s %s", snippet.getKey(), child.getClass().getSimpleName(),
                            TreePrinter.position(child.span()), parent.getClass().getSimpleName(),
                            TreePrinter.position(parent.span()))
                    .isTrue());
        }
    }

    @Test
    void spansCoverExactlyTheirSourceText() {
        ParseResult result = parse("fn f<T: Clone>(x: &mut Vec<T>) -> u8 { let y = x.len() as u8 + 1; y }\n");
        SourceFile source = result.source();
        List<Node> nodes = TreeWalk.all(result.crate());
        assertThat(nodes).filteredOn(n -> n instanceof Expr.Binary).singleElement()
                .satisfies(n -> assertThat(text(source, n)).isEqualTo("x.len() as u8 + 1"));
        assertThat(nodes).filteredOn(n -> n instanceof Expr.Cast).singleElement()
                .satisfies(n -> assertThat(text(source, n)).isEqualTo("x.len() as u8"));
        assertThat(nodes).filteredOn(n -> n instanceof Type.Reference).singleElement()
                .satisfies(n -> assertThat(text(source, n)).isEqualTo("&mut Vec<T>"));
        assertThat(nodes).filteredOn(n -> n instanceof Stmt.Local).singleElement()
                .satisfies(n -> assertThat(text(source, n)).isEqualTo("let y = x.len() as u8 + 1;"));
        assertThat(nodes).filteredOn(n -> n instanceof Generics).singleElement()
                .satisfies(n -> assertThat(text(source, n)).isEqualTo("<T: Clone>"));
        assertThat(nodes).filteredOn(n -> n instanceof Item.Function).singleElement()
                .satisfies(n -> assertThat(text(source, n)).endsWith("y }"));
    }

    @Test
    void offsetsAreUtf16AndColumnsCountCodePointsAfterAnAstralCharacter() {
        ParseResult result = parse("const S: &str = \"\uD83D\uDE00\"; fn g() { let z = 1; }\n");
        SourceFile source = result.source();
        Stmt.Local local = TreeWalk.all(result.crate()).stream().filter(n -> n instanceof Stmt.Local)
                .map(Stmt.Local.class::cast).findFirst().orElseThrow();
        assertThat(text(source, local)).isEqualTo("let z = 1;");
        assertThat(local.span().startColumn()).isEqualTo(31);
        assertThat(local.span().startOffset()).isEqualTo(31);
    }

    @Test
    void rawIdentifiersKeepTheirNameAndFlagWhileTheSpanCoversThePrefix() {
        ParseResult result = parse("fn r#match(r#type: u8) {}\n");
        Item.Function fn = (Item.Function) result.crate().items().getFirst();
        assertThat(fn.name().name()).isEqualTo("match");
        assertThat(fn.name().raw()).isTrue();
        assertThat(text(result.source(), fn.name())).isEqualTo("r#match");
        Pattern.Binding param = (Pattern.Binding) fn.params().getFirst().pattern();
        assertThat(param.name().text()).isEqualTo("r#type");
    }

    @Test
    void formatCapturesPointAtTheirNamesInsideTheLiteral() {
        ParseResult result = parse("fn f() { let width = 3; println!(\"{a} {b:>width$} {0}\", c); }\n");
        MacroCall call = TreeWalk.all(result.crate()).stream().filter(n -> n instanceof MacroCall)
                .map(MacroCall.class::cast).findFirst().orElseThrow();
        MacroArgs.Exprs args = (MacroArgs.Exprs) call.args();
        assertThat(args.captures()).extracting(Ident::name).containsExactly("a", "b", "width");
        assertThat(args.captures()).allSatisfy(id -> assertThat(text(result.source(), id)).isEqualTo(id.name()));
        assertThat(args.exprs()).hasSize(2);
    }

    @Test
    void itemSpanStartsAtItsFirstDocComment() {
        ParseResult result = parse("/// Docs.\n#[inline]\npub fn f() {}\n");
        Item item = result.crate().items().getFirst();
        assertThat(item.span().startOffset()).isZero();
        assertThat(item.attributes()).hasSize(2);
    }
}
