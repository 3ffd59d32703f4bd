package dev.rxray.render;

/**
 * The one place that writes DOT statements: one statement per line, every id and attribute value double-quoted,
 * HTML-like labels between angle brackets. Attributes are written in the order given, so the same calls give the
 * same text.
 *
 * <p>Quoting keeps Graphviz's rules: inside a quoted string only {@code \"} is an escape for the quote; any line
 * break is written as {@code \n}; a value ending in an odd number of backslashes gets one more, so the closing
 * quote is never escaped by accident.
 */
final class DotText {
    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** An attribute value that Graphviz reads as an HTML-like label instead of a string. */
    record Html(String markup) {
    }

    DotText digraph(String name) {
        out.append("digraph ");
        if (!name.isEmpty()) {
            quoted(name).append(' ');
        }
        out.append("{\n");
        return this;
    }

    /** A {@code graph}, {@code node} or {@code edge} default-attribute statement. */
    DotText defaults(String kind, Object... keysAndValues) {
        out.append(kind);
        return attributes(keysAndValues).endStatement();
    }

    DotText node(String id, Object... keysAndValues) {
        quoted(id);
        return attributes(keysAndValues).endStatement();
    }

    /** The start of an edge statement; finish it with {@link #to} and {@link #attributes}. */
    DotText from(String nodeId, String port, String compass) {
        return endpoint(nodeId, port, compass);
    }

    DotText to(String nodeId, String port, String compass) {
        out.append(" -> ");
        return endpoint(nodeId, port, compass);
    }

    private DotText endpoint(String nodeId, String port, String compass) {
        quoted(nodeId);
        if (port != null) {
            out.append(':');
            quoted(port).append(':').append(compass);
        }
        return this;
    }

    /** An attribute list: keys are strings, values strings or {@link Html}; an empty list writes nothing. */
    DotText attributes(Object... keysAndValues) {
        if (keysAndValues.length == 0) {
            return this;
        }
        out.append(" [");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            quoted((String) keysAndValues[i]).append('=');
            switch (keysAndValues[i + 1]) {
                case Html(String markup) -> out.append('<').append(markup).append('>');
                case String text -> quoted(text);
                default -> throw new IllegalArgumentException("not a DOT value: " + keysAndValues[i + 1]);
            }
        }
        out.append(']');
        return this;
    }

    DotText endStatement() {
        out.append('\n');
        return this;
    }

    String close() {
        return out.append('}').toString();
    }

    private StringBuilder quoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u000b', '\f', '\u0085', '\u2028', '\u2029' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        int trailingBackslashes = 0;
        while (trailingBackslashes < text.length()
                && text.charAt(text.length() - 1 - trailingBackslashes) == '\\') {
            trailingBackslashes++;
        }
        if (trailingBackslashes % 2 == 1) {
            out.append('\\');
        }
        return out.append('"');
    }
}
