package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Syntax errors are reported rustc-style, in Rust terms, at the right line and column. */
class SyntaxErrorsTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("fn main() { let x = 1 let y = 2; }", "t.rs:1:23: error: expected `;`, found keyword `let`"),
                Arguments.of("fn main() { foo(1; }", "t.rs:1:18: error: expected `)`, found `;`"),
                Arguments.of("fn main() { let x = ; }", "t.rs:1:21: error: expected expression, found `;`"),
                Arguments.of("fn main() { let x = (1 + ); }", "t.rs:1:26: error: expected expression, found `)`"),
                Arguments.of("fn main() {\n    let v = vec![1, 2];\n    v.push(3)\n    v.len()\n}",
                        "t.rs:3:14: error: expected one of `.`, `;`, `?`, `}`, or an operator, found `v`"),
                Arguments.of("use a::{b, c;", "t.rs:1:13: error: expected one of `,` or `}`, found `;`"),
                Arguments.of("fn main() }", "t.rs:1:11: error: expected one of keyword `where`, `;`, `->`, or `{`, found `}`"),
                Arguments.of("fn main() {\n", "t.rs:1:13: error: this file contains an unclosed delimiter"),
                Arguments.of("fn main() {\n    let s = \"abc;\n}\n", "t.rs:2:13: error: unterminated double quote string"),
                Arguments.of("fn main() {}\n/* never /* closed */", "t.rs:2:1: error: unterminated block comment"),
                Arguments.of("fn main() { let x = 1 \u0001; }", "t.rs:1:23: error: unknown start of token: \\u{1}"),
                Arguments.of("fn main() { if x == S { a: 1 } {} }", "t.rs:1:21: error: struct literals are not allowed here"),
                Arguments.of("fn main() { x > > 1; }", "t.rs:1:15: error: unexpected space inside `>>`"),
                Arguments.of("fn main() { x.; }", "t.rs:1:15: error: expected identifier, found `;`"),
                Arguments.of("fn main() {}\nfn (", "t.rs:2:4: error: expected identifier, found `(`"),
                Arguments.of("fn main() { let v: Vec<u8 = 1; }", "t.rs:1:29: error: expected type, found `1`"),
                Arguments.of("fn f(\u00e9: u8, x: u8 y: u8) {}", "t.rs:1:19: error: expected one of `+`, `<`, `,`, `::`, `(`, or `)`, found `y`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void firstErrorIsWordedLikeRustc(String code, String expected) {
        ParseResult result = RustSyntax.parse(SourceFile.of("t.rs", code));
        assertThat(result.diagnostics()).isNotEmpty();
        assertThat(result.diagnostics().getFirst().format("t.rs")).isEqualTo(expected);
    }

    @Test
    void unterminatedStringSaysNothingMoreAboutTheEndOfTheFile() {
        ParseResult result = RustSyntax.parse(SourceFile.of("t.rs", "fn main() { let s = \"abc"));
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("unterminated double quote string");
    }

    @Test
    void reportsEveryErrorInTheFile() {
        String code = """
                fn a() { let x = ; }
                fn b() -> u8 { 1 }
                fn c() { foo(1; }
                struct Ok;
                fn d() { let = 2; }
                """;
        List<Diagnostic> diagnostics = RustSyntax.parse(SourceFile.of("t.rs", code)).diagnostics();
        assertThat(diagnostics).extracting(d -> d.span().startLine()).contains(1, 3, 5).doesNotContain(2, 4);
    }

    @Test
    void keepsTheItemsAroundAnError() {
        String code = """
                struct Before;
                fn broken() { let = ; }
                fn after() -> u8 { 1 }
                impl Before { fn m(&self) { foo(; } fn ok(&self) {} }
                enum Last { A, B }
                """;
        ParseResult result = RustSyntax.parse(SourceFile.of("t.rs", code));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.crate().items()).hasSize(5);
    }

    @Test
    void capsTheNumberOfErrorsAndSaysSo() {
        String code = "fn main() { let = ; }\n".repeat(300);
        List<Diagnostic> diagnostics = RustSyntax.parse(SourceFile.of("t.rs", code)).diagnostics();
        assertThat(diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)).hasSize(DiagnosticCollector.CAP);
        assertThat(diagnostics.getLast().severity()).isEqualTo(Severity.NOTE);
        assertThat(diagnostics.getLast().message()).contains("too many errors");
    }

    @Test
    void oneMistakeGivesOneErrorAndNoInventedItems() {
        // A missing comma: recovery used to close the struct early and read `b: u8 }` as two macro items.
        ParseResult result = RustSyntax.parse(SourceFile.of("t.rs", "struct S { a: u8 b: u8 }\nfn main() {}\n"));
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().getFirst().span().startColumn()).isEqualTo(18);
        assertThat(result.crate().items()).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("Struct", "Function");
    }

    @Test
    void anErrorInALaterItemIsStillReported() {
        String code = """
                fn main() {
                    let v = [1 2, 3];
                    let w = 1;
                }
                fn other() {
                    foo(1 2);
                }
                """;
        List<Diagnostic> diagnostics = RustSyntax.parse(SourceFile.of("t.rs", code)).diagnostics();
        assertThat(diagnostics).extracting(d -> d.span().startLine() + ":" + d.span().startColumn())
                .containsExactly("2:16", "6:11");
    }

    @Test
    void anErrorOnAnItemKeywordDoesNotHideThatItem() {
        ParseResult result = RustSyntax.parse(SourceFile.of("t.rs", "use std::fmt\nfn main() { let = ; }\n"));
        assertThat(result.diagnostics()).extracting(d -> d.span().startLine()).containsExactly(1, 2);
        assertThat(result.crate().items()).hasSize(2);
    }

    @Test
    void invalidUtf8IsReportedLikeRustcAndTheRestStillParses() {
        byte[] bytes = "fn main() { let s = \"\u0000\"; }\nfn g() { ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[21] = (byte) 0xC3;
        ParseResult result = RustSyntax.parse(SourceFile.decode("t.rs", bytes));
        assertThat(result.diagnostics().getFirst().message()).isEqualTo("stream did not contain valid UTF-8");
        assertThat(result.diagnostics()).extracting(Diagnostic::message).contains("this file contains an unclosed delimiter");
    }

    @Test
    void countsTheFallbackToFullLlOnlyForFilesThatNeedIt() {
        long before = RustSyntax.llFallbackCount();
        RustSyntax.parse(SourceFile.of("ok.rs", "fn main() { println!(\"hi\"); }"));
        long afterGood = RustSyntax.llFallbackCount();
        RustSyntax.parse(SourceFile.of("bad.rs", "fn main() { let = ; }"));
        assertThat(afterGood).isEqualTo(before);
        assertThat(RustSyntax.llFallbackCount()).isGreaterThan(afterGood);
    }
}
