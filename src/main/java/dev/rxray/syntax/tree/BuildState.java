package dev.rxray.syntax.tree;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * What the family builders share while one tree is built: positions, tokens, diagnostics, a nesting budget and
 * each other (items contain expressions contain items).
 */
final class BuildState {
    /**
     * Deeper nesting than this is cut off with an error node and one diagnostic. The parse itself already needed a
     * stack this deep, so this only keeps building from needing more than parsing did.
     */
    static final int MAX_DEPTH = 2_000;

    final Locator loc;
    final CommonTokenStream tokens;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Trivia trivia;
    final PathBuilder paths;
    final AttributeBuilder attributes;
    final TypeBuilder types;
    final PatternBuilder patterns;
    final ExprBuilder exprs;
    final ItemBuilder items;
    final MacroBuilder macros;
    private int depth;
    private boolean reportedDepth;

    BuildState(Locator loc, CommonTokenStream tokens) {
        this.loc = loc;
        this.tokens = tokens;
        this.trivia = new Trivia(this);
        this.paths = new PathBuilder(this);
        this.attributes = new AttributeBuilder(this);
        this.types = new TypeBuilder(this);
        this.patterns = new PatternBuilder(this);
        this.exprs = new ExprBuilder(this);
        this.items = new ItemBuilder(this);
        this.macros = new MacroBuilder(this);
    }

    /** Enters one level of nesting; false (with a diagnostic, once) when the budget is spent. */
    boolean enter(Span at) {
        if (depth >= MAX_DEPTH) {
            if (!reportedDepth) {
                reportedDepth = true;
                diagnostics.add(new Diagnostic(Severity.ERROR, at,
                        "nesting too deep: more than " + MAX_DEPTH + " levels of expressions, types or patterns"));
            }
            return false;
        }
        depth++;
        return true;
    }

    void exit() {
        depth--;
    }
}
