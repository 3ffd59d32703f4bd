package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No input makes parsing throw or hang, and every diagnostic points inside the file. */
class BadInputTest {

    static Stream<Arguments> inputs() {
        Random random = new Random(42);
        byte[] garbage = new byte[20_000];
        random.nextBytes(garbage);
        byte[] invalidUtf8 = "fn main() { let x = \"caf\u00e9\"; }".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 6] = (byte) 0xFF;
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("whitespace only", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("binary garbage", garbage),
                Arguments.of("invalid UTF-8", invalidUtf8),
                Arguments.of("NUL bytes", "fn main() {\u0000 let x\u0000 = 1; }\u0000".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("tabs", "fn\tmain()\t{\tlet\tx\t=\t1;\t}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("CRLF", "fn main() {\r\n    let x = 1;\r\n}\r\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("lone CR", "fn main() {\r let x = 1;\r}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("BOM", "\uFEFFfn main() {}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unterminated string", "fn main() { let s = \"never closed".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unterminated raw string", "fn main() { let s = r#\"never closed".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unterminated byte string", "fn main() { let s = b\"x".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unterminated comment", "fn main() {} /* /* */".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unterminated doc comment", "/** doc".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("lone quote", "fn main() { ' }".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("lone backslash in char", "fn main() { '\\".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("astral characters", "fn main() { let s = \"\uD83D\uDE00\"; \uD83D\uDE00 }".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("only closers", ")]}>".repeat(1000).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("only openers", "([{<".repeat(1000).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 parentheses", ("fn main() { let x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 blocks", ("fn main() " + "{".repeat(10_000) + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 brackets", ("const A: u8 = " + "[".repeat(10_000) + "1" + "]".repeat(10_000) + ";")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 generic brackets", ("type T = " + "Vec<".repeat(10_000) + "u8" + ">".repeat(10_000) + ";")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 unclosed generics", ("type T = " + "Vec<".repeat(10_000) + ";").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 prefix operators", ("fn main() { let x = " + "-!*&".repeat(2_500) + "1; }")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 else-ifs", ("fn main() { if a {} " + "else if b {} ".repeat(10_000) + "}")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 closures", ("fn main() { let f = " + "|x| ".repeat(10_000) + "1; }").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("10000 assignments", ("fn main() { " + "a = ".repeat(10_000) + "1; }").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void neverThrowsOrHangs(String name, byte[] bytes) {
        SourceFile source = SourceFile.decode(name + ".rs", bytes);
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RustSyntax.parse(source));
        assertThat(result.crate()).isNotNull();
        assertSpansInside(result);
    }

    @Test
    void deepNestingIsReportedNotCrashedOn() {
        String code = "fn main() { let x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }";
        ParseResult result = RustSyntax.parse(SourceFile.of("deep.rs", code));
        assertThat(result.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.startsWith("nesting too deep"));
    }

    @Test
    void fiveMegabytesOfCodeParseCleanly() {
        String unit = """
                /// A documented function.
                pub fn compute(values: &[u64], factor: u64) -> Option<u64> {
                    let mut total = 0u64;
                    for (i, v) in values.iter().enumerate() {
                        if i % 2 == 0 { total = total.checked_add(v * factor)?; } else { total -= 1; }
                    }
                    match total { 0 => None, n => Some(n) }
                }
                """;
        String code = unit.repeat(5_000_000 / unit.length() + 1);
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> RustSyntax.parse(SourceFile.of("big.rs", code)));
        assertThat(code.length()).isGreaterThan(5_000_000);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void fiveMegabytesOfGarbageFinish() {
        Random random = new Random(7);
        String alphabet = "fn let ( ) { } [ ] < > ; , . :: -> => = + * & | ! ? ' \" x 1 if match struct\n";
        StringBuilder code = new StringBuilder();
        while (code.length() < 5_000_000) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> RustSyntax.parse(SourceFile.of("noise.rs", code.toString())));
        assertThat(result.diagnostics()).isNotEmpty();
        assertSpansInside(result);
    }

    static void assertSpansInside(ParseResult result) {
        int length = result.source().text().length();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.span().startOffset()).isBetween(0, length);
            assertThat(d.span().endOffset()).isBetween(d.span().startOffset(), length);
            assertThat(d.span().startLine()).isBetween(1, result.source().lineCount());
            assertThat(d.span().startColumn()).isPositive();
        }
    }
}
