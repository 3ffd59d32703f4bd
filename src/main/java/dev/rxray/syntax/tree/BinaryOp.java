package dev.rxray.syntax.tree;

import java.util.Arrays;
import java.util.Optional;

/** A binary operator; a compound assignment {@code +=} uses the operator it applies ({@link #ADD}). */
public enum BinaryOp {
    MUL("*"), DIV("/"), REM("%"), ADD("+"), SUB("-"), SHL("<<"), SHR(">>"), BIT_AND("&"), BIT_XOR("^"), BIT_OR("|"),
    EQ("=="), NE("!="), LT("<"), GT(">"), LE("<="), GE(">="), AND("&&"), OR("||");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<BinaryOp> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
    }
}
