package dev.rxray.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Graphviz colour strings as {@code #rrggbbaa}; the few names Graphviz itself emits are mapped. */
final class Colours {
    private static final Pattern RGB = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern RGBA = Pattern.compile("#[0-9a-f]{8}");

    private Colours() {
    }

    static String normalise(String colour) {
        String c = colour.toLowerCase(Locale.ROOT).trim();
        return switch (c) {
            case "black" -> "#000000ff";
            case "white" -> "#ffffffff";
            case "transparent", "none", "" -> "#ffffff00";
            default -> RGB.matcher(c).matches() ? c + "ff" : RGBA.matcher(c).matches() ? c : "#000000ff";
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
