package dev.rxray.syntax.tree;

/** Whether a range includes its end: {@code ..} or {@code ..=} (the old {@code ...} in patterns counts as closed). */
public enum RangeLimits {
    HALF_OPEN(".."), CLOSED("..=");

    private final String symbol;

    RangeLimits(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
