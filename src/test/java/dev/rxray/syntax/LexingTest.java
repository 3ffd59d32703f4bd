package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.antlr.RustLexer;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The lexer plus the token shaper: what the grammar actually receives. */
class LexingTest {

    /** Symbolic names of the default-channel tokens, EOF left out. */
    static List<String> tokens(String text) {
        return shaped(text).stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
                .map(t -> RustLexer.VOCABULARY.getSymbolicName(t.getType()) + (t.getType() == RustLexer.STMT ? "" : ":" + t.getText()))
                .toList();
    }

    static List<Token> shaped(String text) {
        SourceFile source = SourceFile.of("t.rs", text);
        CodePointCharStream chars = CharStreams.fromString(Shebang.blank(text));
        RustLexer lexer = new RustLexer(chars);
        lexer.removeErrorListeners();
        return new TokenShaper(chars, text, new CodePointOffsets(text), new DiagnosticCollector(source), true)
                .shape(lexer).tokens();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> single() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("'a'", "CHAR_LITERAL:'a'"),
                org.junit.jupiter.params.provider.Arguments.of("'a", "LIFETIME:'a"),
                org.junit.jupiter.params.provider.Arguments.of("'static", "LIFETIME:'static"),
                org.junit.jupiter.params.provider.Arguments.of("'_", "LIFETIME:'_"),
                org.junit.jupiter.params.provider.Arguments.of("'\\''", "CHAR_LITERAL:'\\''"),
                org.junit.jupiter.params.provider.Arguments.of("b'x'", "BYTE_LITERAL:b'x'"),
                org.junit.jupiter.params.provider.Arguments.of("r#type", "RAW_IDENTIFIER:r#type"),
                org.junit.jupiter.params.provider.Arguments.of("1_000u64", "INTEGER_LITERAL:1_000u64"),
                org.junit.jupiter.params.provider.Arguments.of("0x_FF", "INTEGER_LITERAL:0x_FF"),
                org.junit.jupiter.params.provider.Arguments.of("0xffu8", "INTEGER_LITERAL:0xffu8"),
                org.junit.jupiter.params.provider.Arguments.of("0b1010", "INTEGER_LITERAL:0b1010"),
                org.junit.jupiter.params.provider.Arguments.of("1e10f64", "FLOAT_LITERAL:1e10f64"),
                org.junit.jupiter.params.provider.Arguments.of("2.5E-3", "FLOAT_LITERAL:2.5E-3"),
                org.junit.jupiter.params.provider.Arguments.of("1f32", "INTEGER_LITERAL:1f32"),
                org.junit.jupiter.params.provider.Arguments.of("c\"c str\"", "C_STRING_LITERAL:c\"c str\""),
                org.junit.jupiter.params.provider.Arguments.of("br\"raw\"", "RAW_BYTE_STRING_LITERAL:br\"raw\""),
                org.junit.jupiter.params.provider.Arguments.of("$crate", "DOLLAR_CRATE:$crate"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("single")
    void singleTokens(String text, String expected) {
        assertThat(tokens(text)).containsExactly(expected);
    }

    @Test
    void rawStringsWithUpToEightHashes() {
        for (int hashes = 0; hashes <= 8; hashes++) {
            String fence = "#".repeat(hashes);
            String inner = hashes == 0 ? "a b" : "a \"" + "#".repeat(hashes - 1) + " b";
            String text = "r" + fence + "\"" + inner + "\"" + fence;
            assertThat(tokens(text)).as(text).containsExactly("RAW_STRING_LITERAL:" + text);
        }
    }

    @Test
    void dotsAroundNumbers() {
        assertThat(tokens("1..2")).containsExactly("INTEGER_LITERAL:1", "DOTDOT:..", "INTEGER_LITERAL:2");
        assertThat(tokens("x.0.1")).containsExactly("IDENTIFIER:x", "DOT:.", "FLOAT_LITERAL:0.1");
        assertThat(tokens("1.max(2)")).containsExactly("INTEGER_LITERAL:1", "DOT:.", "IDENTIFIER:max",
                "METHOD_LPAREN:(", "INTEGER_LITERAL:2", "RPAREN:)");
        assertThat(tokens("1. + 2.")).containsExactly("FLOAT_LITERAL:1.", "PLUS:+", "FLOAT_LITERAL:2.");
        assertThat(tokens("t.0.")).containsExactly("IDENTIFIER:t", "DOT:.", "INTEGER_LITERAL:0", "DOT:.");
        assertThat(tokens("1.0.max")).containsExactly("FLOAT_LITERAL:1.0", "DOT:.", "IDENTIFIER:max");
    }

    @Test
    void commentsAndDocCommentsStayOnTheirChannels() {
        List<Token> all = shaped("//! inner\n/// outer\n//// plain\n/* a /* b */ c */ /** doc */ /*! idoc */ /**/ x");
        assertThat(all.stream().filter(t -> t.getChannel() == RustLexer.DOC_COMMENTS).map(Token::getText))
                .containsExactly("//! inner", "/// outer", "/** doc */", "/*! idoc */");
        assertThat(all.stream().filter(t -> t.getChannel() == RustLexer.COMMENTS).map(Token::getText))
                .containsExactly("//// plain", "/* a /* b */ c */", "/**/");
    }

    @Test
    void shebangOnlyAtTheStartAndNotBeforeAnAttribute() {
        assertThat(tokens("#!/bin/run\nfn")).containsExactly("FN:fn");
        assertThat(tokens("#![allow(x)]")).startsWith("POUND:#", "NOT:!", "LBRACK:[");
    }

    @Test
    void statementMarkersPrecedeBlockLikeStatements() {
        assertThat(tokens("{ if a {} *x = 1; }")).containsExactly("STMT", "LBRACE:{", "STMT", "IF:if", "IDENTIFIER:a",
                "LBRACE:{", "RBRACE:}", "STAR:*", "IDENTIFIER:x", "EQ:=", "INTEGER_LITERAL:1", "SEMI:;", "RBRACE:}");
        assertThat(tokens("let x = if a {1} else {2};")).doesNotContain("STMT");
        assertThat(tokens("fn f() { if unsafe { f() } { g(); } }").stream().filter(t -> t.equals("STMT")).count()).isEqualTo(1);
        assertThat(tokens("match x { A => {} B => loop {} }").stream().filter(t -> t.equals("STMT")).count()).isEqualTo(3);
        assertThat(tokens("{ m! { } }")).startsWith("STMT", "LBRACE:{", "STMT", "IDENTIFIER:m");
        assertThat(tokens("[0; {N}]")).doesNotContain("STMT");
    }

    @Test
    void letElseAndMethodParentheses() {
        assertThat(tokens("let Some(x) = y else { return };")).contains("LET_ELSE:else");
        assertThat(tokens("if a {} else {}")).contains("ELSE:else");
        assertThat(tokens("x.collect::<Vec<Token![;]>>()")).contains("METHOD_LPAREN:(");
        assertThat(tokens("f(x)")).contains("LPAREN:(").doesNotContain("METHOD_LPAREN:(");
    }
}
