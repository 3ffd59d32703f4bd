package dev.rxray.workspace;

/** The line ending a file was written with, so that saving gives it back the way it came. */
public enum LineSeparator {
    LF("\n"), CRLF("\r\n"), CR("\r");

    private final String chars;

    LineSeparator(String chars) {
        this.chars = chars;
    }

    public String chars() {
        return chars;
    }

    /** The first line ending in the text decides; a text without one is taken as LF. */
    public static LineSeparator detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return LF;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? CRLF : CR;
            }
        }
        return LF;
    }
}
