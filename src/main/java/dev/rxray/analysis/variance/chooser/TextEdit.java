package dev.rxray.analysis.variance.chooser;

/** Replace {@code length} characters at {@code offset} (UTF-16, as the editor counts) with {@code replacement}. */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset " + offset + ", length " + length);
        }
    }

    public String applyTo(String text) {
        return text.substring(0, offset) + replacement + text.substring(offset + length);
    }
}
