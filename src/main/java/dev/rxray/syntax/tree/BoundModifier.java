package dev.rxray.syntax.tree;

/** The word before a trait bound. */
public enum BoundModifier {
    NONE(""), MAYBE("?"), MAYBE_CONST("~const "), CONST("const "), ASYNC("async ");

    private final String prefix;

    BoundModifier(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
