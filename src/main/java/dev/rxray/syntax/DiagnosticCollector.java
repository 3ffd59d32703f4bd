package dev.rxray.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the diagnostics of one parse: keeps the first {@link #CAP} errors, then adds a single note, and drops a
 * second error reported at the same place as the previous one (error recovery tends to trip twice on one token).
 */
final class DiagnosticCollector {
    static final int CAP = 100;

    private final SourceFile source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;
    private int lastErrorOffset = -1;
    private boolean capped;

    DiagnosticCollector(SourceFile source) {
        this.source = source;
    }

    void error(int startOffset, int endOffset, String message) {
        if (startOffset == lastErrorOffset) {
            return;
        }
        lastErrorOffset = startOffset;
        if (errors >= CAP) {
            if (!capped) {
                capped = true;
                diagnostics.add(new Diagnostic(Severity.NOTE, source.span(startOffset, startOffset),
                        SyntaxMessages.tooManyErrors(CAP)));
            }
            return;
        }
        errors++;
        diagnostics.add(new Diagnostic(Severity.ERROR, source.span(startOffset, endOffset), message));
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

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
