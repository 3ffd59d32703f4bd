package dev.rxray.oracle;

/** rustc's variance symbols, as {@code #[rustc_variance]} prints them. */
public enum Variance {
    COVARIANT("+"), CONTRAVARIANT("-"), INVARIANT("o"), BIVARIANT("*");

    private final String symbol;

    Variance(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    static Variance ofSymbol(String symbol) {
        for (Variance v : values()) {
            if (v.symbol.equals(symbol)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variance symbol " + symbol);
    }
}
