package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A statement inside a block. A block's final expression without {@code ;} is its tail, not a statement. */
public sealed interface Stmt extends Node {

    /** {@code let pattern: Type = init else { ... };}. */
    record Local(List<Attribute> attributes, Pattern pattern, Optional<Type> type, Optional<Expr> init,
            Optional<Block> elseBlock, Span span) implements Stmt {
        public Local {
            attributes = List.copyOf(attributes);
        }
    }

    /** An item declared inside a block. */
    record ItemDecl(Item item, Span span) implements Stmt {
    }

    /**
     * An expression statement. {@code semicolon} is false for block-like expressions ({@code if}, {@code match},
     * loops, blocks) that stand without one.
     */
    record ExprStmt(List<Attribute> attributes, Expr expr, boolean semicolon, Span span) implements Stmt {
        public ExprStmt {
            attributes = List.copyOf(attributes);
        }
    }

    /** A macro invocation standing as a statement: {@code println!("..");}, {@code thread_local! { ... }}. */
    record MacroStmt(List<Attribute> attributes, MacroCall call, boolean semicolon, Span span) implements Stmt {
        public MacroStmt {
            attributes = List.copyOf(attributes);
        }
    }

    /** A lone {@code ;}. */
    record Empty(Span span) implements Stmt {
    }
}
