package dev.rxray.syntax.tree;

import dev.rxray.syntax.Diagnostic;
import java.util.List;

/** The tree built from one parse, with the problems found while building it (nesting too deep). */
public record BuiltTree(Crate crate, List<Diagnostic> diagnostics) {
    public BuiltTree {
        diagnostics = List.copyOf(diagnostics);
    }
}
