package dev.rxray.diagram;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Colours, fonts and strokes for one look (light, dark, print). Every colour is {@code #rrggbb}. Analyses name roles,
 * kinds and tones; only a theme turns them into colours, so the interactive view (through CSS variables) and every
 * export agree.
 *
 * @param fontSize   body text size in points; titles are one point larger
 * @param strokeWidth width of node borders and edges in points
 */
public record Theme(String name, String background, String foreground, String muted, String nodeFill,
                    String nodeBorder, String rowRule, Map<NodeRole, String> titleFill,
                    Map<EdgeKind, String> edgeColour, Map<Tone, String> toneForeground,
                    Map<Tone, String> toneBackground, String highlightStroke, String highlightFill,
                    String warningFill, double fontSize, double strokeWidth) {

    public Theme {
        Objects.requireNonNull(name, "name");
        for (String colour : new String[] {background, foreground, muted, nodeFill, nodeBorder, rowRule,
                highlightStroke, highlightFill, warningFill}) {
            requireColour(colour);
        }
        titleFill = complete(NodeRole.class, titleFill);
        edgeColour = complete(EdgeKind.class, edgeColour);
        toneForeground = complete(Tone.class, toneForeground);
        toneBackground = complete(Tone.class, toneBackground);
    }

    private static <K extends Enum<K>> Map<K, String> complete(Class<K> type, Map<K, String> colours) {
        EnumMap<K, String> copy = new EnumMap<>(type);
        copy.putAll(colours);
        for (K key : type.getEnumConstants()) {
            if (!copy.containsKey(key)) {
                throw new IllegalArgumentException("theme has no colour for " + key);
            }
            requireColour(copy.get(key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void requireColour(String colour) {
        if (colour == null || !colour.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + colour);
        }
    }

    /** Kinds that must stand out even without colour are dashed. */
    public static LineStyle lineStyle(EdgeKind kind) {
        return switch (kind) {
            case PENDING, PANIC -> LineStyle.DASHED;
            case BIVARIANT -> LineStyle.DOTTED;
            case PLAIN, POLL, READY, RETURN, BACK, COVARIANT, CONTRAVARIANT, INVARIANT -> LineStyle.SOLID;
        };
    }

    public static Theme named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "dark" -> Themes.DARK;
            case "print" -> Themes.PRINT;
            default -> Themes.LIGHT;
        };
    }
}
