package dev.rxray.render;

import java.util.Locale;

/** Graphviz colour strings as {@code #rrggbbaa}; the few names Graphviz itself emits are mapped. */
final class Colours {
    private Colours() {
    }

    static String normalise(String colour) {
        String c = colour.toLowerCase(Locale.ROOT).trim();
        return switch (c) {
            case "black" -> "#000000ff";
            case "white" -> "#ffffffff";
            case "transparent", "none", "" -> "#ffffff00";
            default -> c.matches("#[0-9a-f]{6}") ? c + "ff" : c.matches("#[0-9a-f]{8}") ? c : "#000000ff";
        };
    }

    static int red(String c) {
        return Integer.parseInt(c.substring(1, 3), 16);
    }

    static int green(String c) {
        return Integer.parseInt(c.substring(3, 5), 16);
    }

    static int blue(String c) {
        return Integer.parseInt(c.substring(5, 7), 16);
    }

    static int alpha(String c) {
        return Integer.parseInt(c.substring(7, 9), 16);
    }
}
