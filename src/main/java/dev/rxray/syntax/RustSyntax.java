package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import dev.rxray.syntax.antlr.RustParser;
import dev.rxray.syntax.tree.BuiltTree;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.TreeBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The entry point of the syntax package: source text in, tree and diagnostics out, never an exception.
 *
 * <p>Parsing runs in two stages. The first uses ANTLR's SLL prediction and gives up at the first syntax error;
 * nearly every real file passes it, and it is several times faster than full LL. Only when it fails is the input
 * parsed again with full LL prediction and error recovery, which finds and reports every error. The number of such
 * second stages is counted for the benchmark ({@link #llFallbackCount()}).
 *
 * <p>Parsing is recursive, so it runs on a worker thread with a large stack; bracket nesting beyond
 * {@link TokenShaper#MAX_NESTING} is reported instead of parsed.
 */
public final class RustSyntax {
    private static final long WORKER_STACK_BYTES = 512L * 1024 * 1024;
    private static final AtomicLong LL_FALLBACKS = new AtomicLong();
    /** Above this many tokens (about 10,000 lines) the second stage predicts with SLL too. */
    private static final int LL_TOKEN_LIMIT = 150_000;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "rust-parser", WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private RustSyntax() {
    }

    /** Parses a whole file. */
    public static ParseResult parse(SourceFile source) {
        Future<ParseResult> job = WORKERS.submit(() -> parseHere(source));
        try {
            return job.get();
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return emptyResult(source, List.of());
        } catch (ExecutionException e) {
            return emptyResult(source, List.of(new Diagnostic(Severity.ERROR, source.span(0, 0),
                    "internal parser error: " + e.getCause())));
        }
    }

    /** How many parses so far needed the second, full-LL stage (files with errors, or SLL's rare misses). */
    public static long llFallbackCount() {
        return LL_FALLBACKS.get();
    }

    private static ParseResult parseHere(SourceFile source) {
        DiagnosticCollector diagnostics = new DiagnosticCollector(source);
        try {
            return parseChecked(source, diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.error(0, 0, SyntaxMessages.nestingTooDeep(TokenShaper.MAX_NESTING));
            return emptyResult(source, DiagnosticCollector.capped(diagnostics.diagnostics()));
        }
    }

    private static ParseResult parseChecked(SourceFile source, DiagnosticCollector diagnostics) {
        String text = source.text();
        if (!source.validUtf8()) {
            int at = Math.max(0, text.indexOf('\uFFFD'));
            diagnostics.error(at, Math.min(text.length(), at + 1), SyntaxMessages.INVALID_UTF8);
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        CodePointCharStream chars = CharStreams.fromString(Shebang.blank(text), source.name());
        RustLexer lexer = new RustLexer(chars);
        lexer.removeErrorListeners();
        TokenShaper.Shaped shaped = new TokenShaper(chars, text, offsets, diagnostics, source.validUtf8()).shape(lexer);
        if (shaped.tooDeep()) {
            return emptyResult(source, DiagnosticCollector.capped(diagnostics.diagnostics()));
        }
        CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(shaped.tokens()));
        RustParser.CrateContext crate = parseCrate(tokens, diagnostics, offsets);
        Crate tree = buildTree(crate, tokens, source, diagnostics);
        if (diagnostics.errorCount() == 0) {
            return new ParseResult(source, tree, diagnostics.diagnostics());
        }
        RecoveryWindows windows = RecoveryWindows.of(shaped.tokens(), offsets);
        List<Diagnostic> trusted = DiagnosticCollector.capped(windows.keepTrusted(diagnostics.diagnostics()));
        return new ParseResult(source, windows.dropRecoveredItems(tree, trusted), trusted);
    }

    /** SLL with bail-out first; on failure, full LL with recovery from the start. */
    private static RustParser.CrateContext parseCrate(CommonTokenStream tokens, DiagnosticCollector diagnostics,
                                                      CodePointOffsets offsets) {
        JoinCheckingParser parser = new JoinCheckingParser(tokens, diagnostics, offsets);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        int size = diagnostics.size();
        int errors = diagnostics.errorCount();
        try {
            return parser.crate();
        } catch (ParseCancellationException bail) {
            LL_FALLBACKS.incrementAndGet();
            diagnostics.truncate(size, errors);
            tokens.seek(0);
            parser.reset();
            // Full LL is exact but pays a full-context prediction at every ambiguity ANTLR finds in prefix
            // operators (`&self.x`): affordable for a file being edited, not for a multi-megabyte one, where SLL
            // with recovery reports the same errors in practice.
            parser.getInterpreter().setPredictionMode(
                    tokens.size() <= LL_TOKEN_LIMIT ? PredictionMode.LL : PredictionMode.SLL);
            parser.setErrorHandler(new RustErrorStrategy(diagnostics, offsets));
            return parser.crate();
        }
    }

    /**
     * Parses a text with one entry rule (full LL, with recovery), for tests of the grammar itself. The diagnostics
     * land in {@code diagnostics}.
     */
    static <T extends ParserRuleContext> T parseFragment(String text, Function<RustParser, T> entry,
                                                         List<Diagnostic> diagnostics) {
        SourceFile source = SourceFile.of("fragment.rs", text);
        DiagnosticCollector collector = new DiagnosticCollector(source);
        CodePointOffsets offsets = new CodePointOffsets(text);
        CodePointCharStream chars = CharStreams.fromString(Shebang.blank(text));
        RustLexer lexer = new RustLexer(chars);
        lexer.removeErrorListeners();
        TokenShaper.Shaped shaped = new TokenShaper(chars, text, offsets, collector, true).shape(lexer);
        JoinCheckingParser parser = new JoinCheckingParser(
                new CommonTokenStream(new ListTokenSource(shaped.tokens())), collector, offsets);
        parser.removeErrorListeners();
        parser.setErrorHandler(new RustErrorStrategy(collector, offsets));
        T result = entry.apply(parser);
        diagnostics.addAll(collector.diagnostics());
        return result;
    }

    private static Crate buildTree(RustParser.CrateContext crate, CommonTokenStream tokens, SourceFile source,
                                   DiagnosticCollector diagnostics) {
        BuiltTree built = TreeBuilder.build(crate, tokens, source, diagnostics.errorCount() > 0);
        built.diagnostics().forEach(diagnostics::add);
        return built.crate();
    }

    private static ParseResult emptyResult(SourceFile source, List<Diagnostic> diagnostics) {
        return new ParseResult(source, new Crate(List.of(), source.span(0, source.text().length())), diagnostics);
    }

    /** The generated parser, plus the report of a space inside a two-token operator such as `> >`. */
    private static final class JoinCheckingParser extends RustParser implements RustErrorStrategy.StructLiteralContext {
        private final DiagnosticCollector diagnostics;
        private final CodePointOffsets offsets;

        JoinCheckingParser(TokenStream input, DiagnosticCollector diagnostics, CodePointOffsets offsets) {
            super(input);
            this.diagnostics = diagnostics;
            this.offsets = offsets;
        }

        @Override
        public boolean structLiteralsAllowedHere() {
            return structLiteralAllowed();
        }

        @Override
        protected void checkJoined(Token first, Token second) {
            if (first != null && second != null && second.getStartIndex() != first.getStopIndex() + 1) {
                int start = offsets.utf16(first.getStartIndex());
                diagnostics.error(start, offsets.utf16(second.getStopIndex() + 1),
                        SyntaxMessages.spaceInOperator(first.getText() + second.getText()));
            }
        }
    }
}
