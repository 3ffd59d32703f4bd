package dev.rxray.syntax;

public enum Severity {
    ERROR, WARNING, NOTE;

    /** The word rustc prints before the message. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
