package dev.rxray.ui;

import dev.rxray.outline.OutlineItem;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.TokenClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the lexer and parser, so the UI can be tested on chosen results whatever state those are in:
 * a regex tokenizer that produces runs like a real Rust lexer would (same density of runs per line), a "parser"
 * that reports {@code fn (} as an error, and an outline of the top-level {@code fn}/{@code struct} items.
 */
final class FakeAnalysis {
    static final String ERROR_MESSAGE = "expected a function name, found `(`";

    private static final Pattern TOKENS = Pattern.compile(
            "(?<doc>//[!/][^\\n]*)|(?<comment>//[^\\n]*)|(?<string>\"(?:[^\"\\\\]|\\\\.)*\")|(?<lifetime>'[a-z_]+\\b(?!'))"
                    + "|(?<macro>\\b[a-z_]+!)|(?<attr>#!?\\[[^\\]\\n]*\\])|(?<number>\\b\\d[\\d_]*(?:u32|usize|i64)?\\b)"
                    + "|(?<keyword>\\b(?:fn|let|mut|async|await|struct|impl|pub|use|match|if|else|for|in|while|return|self|Self|move)\\b)"
                    + "|(?<type>\\b[A-Z][A-Za-z0-9_]*\\b)|(?<ident>\\b[a-z_][a-z0-9_]*\\b)|(?<punct>[{}()\\[\\];,.:])|(?<op>[-+*/=<>&|!?]+)");
    private static final Pattern ITEM = Pattern.compile("(?m)^(fn|struct|async fn) ([A-Za-z_][A-Za-z0-9_]*)");

    private FakeAnalysis() {
    }

    static EditorServices services() {
        return new EditorServices(FakeAnalysis::pipeline, FakeAnalysis::highlight);
    }

    static List<Highlight> highlight(String text) {
        List<Highlight> runs = new ArrayList<>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            TokenClass kind = m.group("doc") != null ? TokenClass.DOC_COMMENT
                    : m.group("comment") != null ? TokenClass.COMMENT
                    : m.group("string") != null ? TokenClass.STRING
                    : m.group("lifetime") != null ? TokenClass.LIFETIME
                    : m.group("macro") != null ? TokenClass.MACRO
                    : m.group("attr") != null ? TokenClass.ATTRIBUTE
                    : m.group("number") != null ? TokenClass.NUMBER
                    : m.group("keyword") != null ? TokenClass.KEYWORD
                    : m.group("type") != null ? TokenClass.TYPE
                    : m.group("ident") != null ? TokenClass.IDENTIFIER
                    : m.group("punct") != null ? TokenClass.PUNCTUATION : TokenClass.OPERATOR;
            runs.add(new Highlight(kind, m.start(), m.end()));
        }
        return runs;
    }

    static PipelineResult pipeline(SourceFile source) {
        PipelineResult real = Pipeline.run(source);
        String text = source.text();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = text.indexOf("fn ("); i >= 0; i = text.indexOf("fn (", i + 1)) {
            diagnostics.add(new Diagnostic(Severity.ERROR, source.span(i + 3, i + 4), ERROR_MESSAGE));
        }
        List<OutlineItem> outline = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            int end = text.indexOf("\n}", m.start());
            end = end < 0 ? text.length() : end + 2;
            outline.add(new OutlineItem(m.group(1), m.group(2), "", source.span(m.start(), end), List.of()));
        }
        ParseResult parse = new ParseResult(source, real.parse().crate(), diagnostics);
        return new PipelineResult(source, parse, outline);
    }
}
