package dev.rxray.analysis.variance;

/**
 * The four variances, in rustc's notation. {@link #xform} composes a position with the variance of what sits there,
 * and {@link #glb} joins two uses of one parameter; bivariant is where the solver starts, invariant where it may end.
 */
public enum Variance {
    COVARIANT("+", "covariant"),
    CONTRAVARIANT("-", "contravariant"),
    INVARIANT("o", "invariant"),
    BIVARIANT("*", "bivariant");

    private final String symbol;
    private final String word;

    Variance(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }

    /**
     * The variance of a use found at {@code inner} inside a position whose own variance is {@code this}: a covariant
     * position keeps, a contravariant one flips, an invariant one absorbs, a bivariant one erases.
     */
    public Variance xform(Variance inner) {
        return switch (this) {
            case COVARIANT -> inner;
            case CONTRAVARIANT -> inner.flip();
            case INVARIANT -> INVARIANT;
            case BIVARIANT -> BIVARIANT;
        };
    }

    /** The greatest lower bound: the variance that satisfies both uses. */
    public Variance glb(Variance other) {
        if (this == other || other == BIVARIANT) {
            return this;
        }
        if (this == BIVARIANT) {
            return other;
        }
        return INVARIANT;
    }

    public Variance flip() {
        return switch (this) {
            case COVARIANT -> CONTRAVARIANT;
            case CONTRAVARIANT -> COVARIANT;
            default -> this;
        };
    }

    public static Variance ofSymbol(String symbol) {
        for (Variance v : values()) {
            if (v.symbol.equals(symbol)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a variance: " + symbol);
    }
}
