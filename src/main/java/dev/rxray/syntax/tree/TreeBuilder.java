package dev.rxray.syntax.tree;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Severity;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.antlr.RustParser;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the syntax tree from a parse. It is the only reader of parse contexts. It tolerates contexts with
 * errors: a missing child becomes an error node where its parent needs one, an item without a name is left out,
 * and the rest is kept. It never throws: an item whose building fails for an unforeseen shape is dropped with a
 * diagnostic instead.
 */
public final class TreeBuilder {
    private TreeBuilder() {
    }

    /** Builds the tree of a parse, finding out by itself whether error recovery took place. */
    public static BuiltTree build(RustParser.CrateContext ctx, CommonTokenStream tokens, SourceFile source) {
        return build(ctx, tokens, source, ctx != null && hasErrors(ctx));
    }

    /**
     * Builds the tree of a parse. {@code recovered} tells that the parser reported syntax errors and recovered
     * from them, so that spans may need repair; a driver that knows it saves the search through the parse.
     */
    public static BuiltTree build(RustParser.CrateContext ctx, CommonTokenStream tokens, SourceFile source,
            boolean recovered) {
        tokens.fill();
        BuildState state = new BuildState(new Locator(source), tokens);
        List<Attribute> attributes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        if (ctx != null) {
            attributes.addAll(state.trivia.innerDocs(ctx.getStart(), ctx.item().isEmpty()
                    ? ctx.getStop() : ctx.item(0).getStart()));
            ctx.innerAttribute().forEach(a -> state.attributes.inner(a).ifPresent(attributes::add));
            attributes.sort(Nodes.BY_POSITION);
            items.addAll(state.items.items(ctx.item()));
        }
        Crate crate = new Crate(attributes, items, source.span(0, source.text().length()));
        if (recovered) {
            try {
                crate = new SpanRepair(source).repair(crate);
            } catch (RuntimeException | StackOverflowError e) {
                state.diagnostics.add(new Diagnostic(Severity.ERROR, crate.span(),
                        "could not repair the syntax tree after the errors above"));
            }
        }
        return new BuiltTree(crate, state.diagnostics);
    }

    /** True when recovery left its marks on the parse: an error node or a context that caught an exception. */
    private static boolean hasErrors(ParserRuleContext root) {
        Deque<ParserRuleContext> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ParserRuleContext ctx = stack.pop();
            if (ctx.exception != null) {
                return true;
            }
            if (ctx.children == null) {
                continue;
            }
            for (ParseTree child : ctx.children) {
                if (child instanceof ParserRuleContext rule) {
                    stack.push(rule);
                } else if (child instanceof ErrorNode
                        || child instanceof TerminalNode terminal && Locator.isConjured(terminal.getSymbol())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs one item's building so that a failure costs that item only. */
    static void guarded(BuildState state, ParserRuleContext ctx, Runnable build) {
        try {
            build.run();
        } catch (StackOverflowError e) {
            state.diagnostics.add(new Diagnostic(Severity.ERROR, state.loc.span(ctx), "nesting too deep in this item"));
        } catch (RuntimeException e) {
            state.diagnostics.add(new Diagnostic(Severity.ERROR, state.loc.span(ctx),
                    "could not build the syntax tree of this item: " + e.getClass().getSimpleName()));
        }
    }
}
