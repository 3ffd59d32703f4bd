package dev.rxray.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the diagnostics of one parse: keeps the first {@link #GATHER_LIMIT} errors, then adds a single note, and
 * drops a second error reported at the same place as the previous one (error recovery tends to trip twice on one
 * token). Of what is gathered, {@link #capped} shows the first {@link #CAP}, once errors that recovery caused are gone.
 */
final class DiagnosticCollector {
    static final int CAP = 100;
    /** More than is shown: most errors after the first in an item are dropped later as consequences of it. */
    static final int GATHER_LIMIT = 10 * CAP;

    private final SourceFile source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;
    private int lastErrorOffset = -1;
    private boolean capped;
    private int silentFrom = Integer.MAX_VALUE;

    DiagnosticCollector(SourceFile source) {
        this.source = source;
    }

    void error(int startOffset, int endOffset, String message) {
        if (startOffset == lastErrorOffset || startOffset >= silentFrom) {
            return;
        }
        lastErrorOffset = startOffset;
        if (errors >= GATHER_LIMIT) {
            if (!capped) {
                capped = true;
                diagnostics.add(new Diagnostic(Severity.NOTE, source.span(startOffset, startOffset),
                        SyntaxMessages.tooManyErrors(CAP)));
            }
            return;
        }
        errors++;
        diagnostics.add(new Diagnostic(Severity.ERROR, spanLikeRustc(startOffset, endOffset), message));
    }

    /**
     * The span of an error; at the very end of a file that ends in a newline, rustc names the newline's own line
     * (one column past it), not the empty line after it.
     */
    private Span spanLikeRustc(int startOffset, int endOffset) {
        String text = source.text();
        if (startOffset < text.length() || text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
            return source.span(startOffset, endOffset);
        }
        Span newline = source.span(text.length() - 1, text.length() - 1);
        int line = newline.startLine();
        int column = newline.startColumn() + 1;
        return new Span(text.length(), text.length(), line, column, line, column);
    }

    /**
     * Drops every later error at or after this offset. Used after an unterminated string or comment: it swallows the
     * rest of the file, so anything the parser says about the end of the file is a consequence, not news.
     */
    void silenceFrom(int offset) {
        silentFrom = Math.min(silentFrom, offset);
    }

    /** A diagnostic made elsewhere (the tree builder); errors count towards the cap. */
    void add(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.ERROR) {
            if (errors >= GATHER_LIMIT) {
                return;
            }
            errors++;
        }
        diagnostics.add(diagnostic);
    }

    int errorCount() {
        return errors;
    }

    /** Forgets everything after the first {@code size} diagnostics (used when a parse stage is retried). */
    void truncate(int size, int errorCountAtSize) {
        while (diagnostics.size() > size) {
            diagnostics.removeLast();
        }
        errors = errorCountAtSize;
        lastErrorOffset = -1;
        capped = false;
    }

    int size() {
        return diagnostics.size();
    }

    /**
     * In source order; of several errors at one position only the first reported is kept (the lexer's, which runs
     * first, says more than the parser's at the same spot).
     */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.severity() == Severity.NOTE ? 1 : 0)
                .thenComparingInt(d -> d.span().startOffset()));
        List<Diagnostic> kept = new ArrayList<>(sorted.size());
        for (Diagnostic d : sorted) {
            if (!kept.isEmpty() && kept.getLast().span().startOffset() == d.span().startOffset()
                    && kept.getLast().severity() == d.severity()) {
                continue;
            }
            kept.add(d);
        }
        return List.copyOf(kept);
    }

    /** The first {@link #CAP} errors and every other diagnostic; a note at the first error left out, if any was. */
    static List<Diagnostic> capped(List<Diagnostic> diagnostics) {
        String note = SyntaxMessages.tooManyErrors(CAP);
        List<Diagnostic> kept = new ArrayList<>(diagnostics.size());
        boolean overflow = false;
        Diagnostic firstLeftOut = null;
        int errors = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.NOTE && d.message().equals(note)) {
                overflow = true;
            } else if (d.severity() != Severity.ERROR || ++errors <= CAP) {
                kept.add(d);
            } else if (firstLeftOut == null) {
                firstLeftOut = d;
            }
        }
        if (firstLeftOut != null || overflow) {
            Diagnostic at = firstLeftOut != null ? firstLeftOut : kept.getLast();
            kept.add(new Diagnostic(Severity.NOTE, at.span(), note));
        }
        return List.copyOf(kept);
    }
}
