package dev.rxray.syntax.tree;

/** The brackets around a token tree. */
public enum Delimiter {
    PAREN("(", ")"), BRACKET("[", "]"), BRACE("{", "}");

    private final String open;
    private final String close;

    Delimiter(String open, String close) {
        this.open = open;
        this.close = close;
    }

    public String open() {
        return open;
    }

    public String close() {
        return close;
    }
}
