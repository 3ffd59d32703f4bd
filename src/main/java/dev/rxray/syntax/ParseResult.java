package dev.rxray.syntax;

import dev.rxray.syntax.tree.Crate;
import java.util.List;

/**
 * What parsing gives: always a tree (holding every item that parsed) and the diagnostics, never an exception.
 */
public record ParseResult(SourceFile source, Crate crate, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
