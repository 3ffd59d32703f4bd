package dev.rxray.diagram;

import java.util.Map;

/**
 * The three built-in themes. Light and dark follow the GitHub Primer palettes that the app's AtlantaFX theme uses,
 * so the diagram matches the window around it; print is black on white with grey fills, for black-and-white slides
 * and handouts: a row that explains a problem gets the darkest fill of any row or title band, so it still stands out
 * when printed without colour.
 */
public final class Themes {
    private Themes() {
    }

    public static final Theme LIGHT = new Theme("light", "#ffffff", "#1f2328", "#59636e", "#ffffff", "#b4bcc6",
            "#e6eaef",
            Map.of(NodeRole.PLAIN, "#f6f8fa", NodeRole.START, "#ddf4ff", NodeRole.STATE, "#eef1f4",
                    NodeRole.DONE, "#dafbe1", NodeRole.FAILED, "#ffebe9", NodeRole.TYPE, "#fbefff"),
            Map.ofEntries(Map.entry(EdgeKind.PLAIN, "#59636e"), Map.entry(EdgeKind.POLL, "#0969da"),
                    Map.entry(EdgeKind.PENDING, "#9a6700"), Map.entry(EdgeKind.READY, "#1a7f37"),
                    Map.entry(EdgeKind.RETURN, "#1a7f37"), Map.entry(EdgeKind.PANIC, "#cf222e"),
                    Map.entry(EdgeKind.BACK, "#8250df"), Map.entry(EdgeKind.COVARIANT, "#1a7f37"),
                    Map.entry(EdgeKind.CONTRAVARIANT, "#0969da"), Map.entry(EdgeKind.INVARIANT, "#cf222e"),
                    Map.entry(EdgeKind.BIVARIANT, "#818b98")),
            Map.of(Tone.NEUTRAL, "#1f2328", Tone.COVARIANT, "#1a7f37", Tone.CONTRAVARIANT, "#0969da",
                    Tone.INVARIANT, "#cf222e", Tone.BIVARIANT, "#59636e", Tone.YES, "#1a7f37", Tone.NO, "#cf222e",
                    Tone.CONDITIONAL, "#9a6700", Tone.MUTED, "#818b98"),
            Map.of(Tone.NEUTRAL, "#ffffff", Tone.COVARIANT, "#dafbe1", Tone.CONTRAVARIANT, "#ddf4ff",
                    Tone.INVARIANT, "#ffebe9", Tone.BIVARIANT, "#f6f8fa", Tone.YES, "#dafbe1", Tone.NO, "#ffebe9",
                    Tone.CONDITIONAL, "#fff8c5", Tone.MUTED, "#ffffff"),
            "#bf8700", "#fff8c5", "#ffebe9", 12, 1.2);

    public static final Theme DARK = new Theme("dark", "#0d1117", "#e6edf3", "#9198a1", "#151b23", "#3d444d",
            "#262c36",
            Map.of(NodeRole.PLAIN, "#212830", NodeRole.START, "#0c2d6b", NodeRole.STATE, "#212830",
                    NodeRole.DONE, "#04260f", NodeRole.FAILED, "#42090c", NodeRole.TYPE, "#2e1461"),
            Map.ofEntries(Map.entry(EdgeKind.PLAIN, "#9198a1"), Map.entry(EdgeKind.POLL, "#4493f8"),
                    Map.entry(EdgeKind.PENDING, "#d29922"), Map.entry(EdgeKind.READY, "#3fb950"),
                    Map.entry(EdgeKind.RETURN, "#3fb950"), Map.entry(EdgeKind.PANIC, "#f85149"),
                    Map.entry(EdgeKind.BACK, "#ab7df8"), Map.entry(EdgeKind.COVARIANT, "#3fb950"),
                    Map.entry(EdgeKind.CONTRAVARIANT, "#4493f8"), Map.entry(EdgeKind.INVARIANT, "#f85149"),
                    Map.entry(EdgeKind.BIVARIANT, "#9198a1")),
            Map.of(Tone.NEUTRAL, "#e6edf3", Tone.COVARIANT, "#3fb950", Tone.CONTRAVARIANT, "#4493f8",
                    Tone.INVARIANT, "#f85149", Tone.BIVARIANT, "#9198a1", Tone.YES, "#3fb950", Tone.NO, "#f85149",
                    Tone.CONDITIONAL, "#d29922", Tone.MUTED, "#656c76"),
            Map.of(Tone.NEUTRAL, "#151b23", Tone.COVARIANT, "#04260f", Tone.CONTRAVARIANT, "#0c2d6b",
                    Tone.INVARIANT, "#42090c", Tone.BIVARIANT, "#212830", Tone.YES, "#04260f", Tone.NO, "#42090c",
                    Tone.CONDITIONAL, "#3b2300", Tone.MUTED, "#151b23"),
            "#d29922", "#3b2300", "#3c1618", 12, 1.2);

    public static final Theme PRINT = new Theme("print", "#ffffff", "#000000", "#444444", "#ffffff", "#000000",
            "#bbbbbb",
            Map.of(NodeRole.PLAIN, "#eeeeee", NodeRole.START, "#e4e4e4", NodeRole.STATE, "#eeeeee",
                    NodeRole.DONE, "#e4e4e4", NodeRole.FAILED, "#d4d4d4", NodeRole.TYPE, "#eeeeee"),
            Map.ofEntries(Map.entry(EdgeKind.PLAIN, "#000000"), Map.entry(EdgeKind.POLL, "#000000"),
                    Map.entry(EdgeKind.PENDING, "#444444"), Map.entry(EdgeKind.READY, "#000000"),
                    Map.entry(EdgeKind.RETURN, "#000000"), Map.entry(EdgeKind.PANIC, "#444444"),
                    Map.entry(EdgeKind.BACK, "#000000"), Map.entry(EdgeKind.COVARIANT, "#000000"),
                    Map.entry(EdgeKind.CONTRAVARIANT, "#000000"), Map.entry(EdgeKind.INVARIANT, "#000000"),
                    Map.entry(EdgeKind.BIVARIANT, "#666666")),
            Map.of(Tone.NEUTRAL, "#000000", Tone.COVARIANT, "#000000", Tone.CONTRAVARIANT, "#000000",
                    Tone.INVARIANT, "#000000", Tone.BIVARIANT, "#444444", Tone.YES, "#000000", Tone.NO, "#000000",
                    Tone.CONDITIONAL, "#000000", Tone.MUTED, "#666666"),
            Map.of(Tone.NEUTRAL, "#ffffff", Tone.COVARIANT, "#ffffff", Tone.CONTRAVARIANT, "#eeeeee",
                    Tone.INVARIANT, "#d4d4d4", Tone.BIVARIANT, "#ffffff", Tone.YES, "#ffffff", Tone.NO, "#d4d4d4",
                    Tone.CONDITIONAL, "#eeeeee", Tone.MUTED, "#ffffff"),
            "#000000", "#e4e4e4", "#d0d0d0", 12, 1.0);
}
