package dev.rxray.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.TokenClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

/** Plain computation, no toolkit: per-line runs from highlights and diagnostics. */
class SyntaxColouringTest {

    private static List<String> runs(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            out.add(span.getLength() + ":" + String.join("+", span.getStyle()));
        }
        return out;
    }

    @Test
    void splitsRunsByLineAndMergesDiagnostics() {
        String text = "fn main() {\n    let x = 1;\n}";
        SourceFile source = SourceFile.of("a.rs", text);
        int one = text.indexOf('1');
        ParagraphStyles styles = SyntaxColouring.compute(text,
                List.of(new Highlight(TokenClass.KEYWORD, 0, 2), new Highlight(TokenClass.KEYWORD, 16, 19),
                        new Highlight(TokenClass.NUMBER, one, one + 1)),
                List.of(new Diagnostic(Severity.ERROR, source.span(one - 2, one + 1), "bad")));
        assertThat(styles.size()).isEqualTo(3);
        assertThat(runs(styles.get(0))).containsExactly("2:tok-keyword", "9:");
        assertThat(runs(styles.get(1))).containsExactly("4:", "3:tok-keyword", "3:", "2:diag-error", "1:tok-number+diag-error", "1:");
        assertThat(runs(styles.get(2))).containsExactly("1:");
    }

    @Test
    void anEmptyDiagnosticAtTheEndOfALineUnderlinesTheCharacterBefore() {
        String text = "fn main(\n";
        SourceFile source = SourceFile.of("a.rs", text);
        ParagraphStyles styles = SyntaxColouring.compute(text, List.of(),
                List.of(new Diagnostic(Severity.ERROR, source.span(8, 8), "expected `)`")));
        assertThat(runs(styles.get(0))).containsExactly("7:", "1:diag-error");
        assertThat(styles.get(1).length()).isZero();
    }

    @Test
    void runsOutsideTheTextOrReversedAreIgnoredNotThrown() {
        String text = "ab\ncd";
        ParagraphStyles styles = SyntaxColouring.compute(text,
                List.of(new Highlight(TokenClass.STRING, -5, 1), new Highlight(TokenClass.NUMBER, 4, 99),
                        new Highlight(TokenClass.KEYWORD, 2, 1)),
                List.of());
        assertThat(runs(styles.get(0))).containsExactly("1:tok-string", "1:");
        assertThat(runs(styles.get(1))).containsExactly("1:", "1:tok-number");
    }

    @Test
    void paintingIsComparedAfterMergingNeighboursOfEqualStyle() {
        StyleSpans<Collection<String>> split = new StyleSpansBuilder<Collection<String>>()
                .add(List.of("tok-keyword"), 1).add(new ArrayList<>(List.of("tok-keyword")), 1).add(List.of(), 3).create();
        StyleSpans<Collection<String>> whole = new StyleSpansBuilder<Collection<String>>()
                .add(List.of("tok-keyword"), 2).add(List.of(), 3).create();
        StyleSpans<Collection<String>> other = new StyleSpansBuilder<Collection<String>>()
                .add(List.of("tok-keyword"), 3).add(List.of(), 2).create();
        assertThat(ParagraphStyles.samePainting(split, whole)).isTrue();
        assertThat(ParagraphStyles.samePainting(whole, other)).isFalse();
    }

    @Test
    void everyTokenClassHasACssRule() throws Exception {
        String css = new String(MainWindow.class.getResourceAsStream("rx.css").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (TokenClass kind : TokenClass.values()) {
            if (kind == TokenClass.IDENTIFIER || kind == TokenClass.OPERATOR || kind == TokenClass.PUNCTUATION) {
                continue; // shown in the default text colour on purpose
            }
            assertThat(css).as(kind.name()).contains("." + SyntaxColouring.cssClass(kind));
        }
    }
}
