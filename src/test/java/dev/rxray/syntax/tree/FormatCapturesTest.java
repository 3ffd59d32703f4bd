package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatCapturesTest {

    private static List<String> captures(String literal) {
        SourceFile source = SourceFile.of("t.rs", "x(" + literal + ")");
        return FormatCaptures.read(literal, 2, source).stream()
                .map(id -> id.name() + "@" + id.span().startColumn() + "=" + source.text().substring(
                        id.span().startOffset(), id.span().endOffset()))
                .toList();
    }

    @Test
    void namedCapturesWithAndWithoutSpecs() {
        assertThat(captures("\"{x} and {y:?} and {long_name:>8}\""))
                .containsExactly("x@5=x", "y@13=y", "long_name@23=long_name");
    }

    @Test
    void positionalAndImplicitArgumentsAreNotCaptures() {
        assertThat(captures("\"{} {0} {1:?} {:#x}\"")).isEmpty();
    }

    @Test
    void doubledBracesAreEscapes() {
        assertThat(captures("\"{{x}} {{{y}}}\"")).containsExactly("y@13=y");
    }

    @Test
    void widthAndPrecisionVariables() {
        assertThat(captures("\"{:>width$.prec$} {v:w$}\""))
                .containsExactly("width@7=width", "prec@14=prec", "v@22=v", "w@24=w");
    }

    @Test
    void rawStringsAndEscapesInPlainStrings() {
        assertThat(captures("r#\"{a} \"quoted\"\"#")).containsExactly("a@7=a");
        assertThat(captures("\"\\u{7B}not\\\" {b}\"")).containsExactly("b@17=b");
    }

    @Test
    void lonelyUnderscoreAndUnclosedBraceAreNotCaptures() {
        assertThat(captures("\"{_} {oops\"")).isEmpty();
    }

    @Test
    void tableOfStandardMacros() {
        assertThat(StandardMacros.formatArgument("println")).hasValue(0);
        assertThat(StandardMacros.formatArgument("writeln")).hasValue(1);
        assertThat(StandardMacros.formatArgument("assert_eq")).hasValue(2);
        assertThat(StandardMacros.formatArgument("vec")).isEmpty();
        assertThat(StandardMacros.takesExpressions("dbg")).isTrue();
        assertThat(StandardMacros.takesExpressions("lazy_static")).isFalse();
    }
}
