package dev.rxray.syntax.tree;

/** A prefix operator; borrows are {@link Expr.Borrow}. */
public enum UnaryOp {
    NEG("-"), NOT("!"), DEREF("*");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
