package dev.rxray.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.rxray.diagram.Themes;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The two looks of the app. AtlantaFX styles the controls through the user-agent stylesheet; the editor's own
 * palette (rx.css) switches on the {@code theme-dark} class of the root, and the current-line fill, which is not a
 * CSS property of the editor, is set from here. Diagrams take the matching {@link Themes} palette.
 */
enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet(), Color.web("#0969da", 0.08),
            new GutterColours("#f6f8fa", "#d0d7de", "#8c959f", "#1f2328", "#d1242f"), Themes.LIGHT),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet(), Color.web("#58a6ff", 0.12),
            new GutterColours("#161b22", "#30363d", "#6e7681", "#e6edf3", "#f85149"), Themes.DARK);

    /** The gutter is drawn, not styled, so its colours (matching the Primer palettes) live here. */
    private record GutterColours(String background, String border, String text, String currentText, String marker) {
    }

    private final String label;
    private final String stylesheet;
    private final Paint currentLine;
    private final GutterColours gutter;
    private final dev.rxray.diagram.Theme diagram;

    Theme(String label, String stylesheet, Paint currentLine, GutterColours gutter, dev.rxray.diagram.Theme diagram) {
        this.label = label;
        this.stylesheet = stylesheet;
        this.currentLine = currentLine;
        this.gutter = gutter;
        this.diagram = diagram;
    }

    /** The figure palette drawn inside this look: both follow the same Primer palette. */
    dev.rxray.diagram.Theme diagram() {
        return diagram;
    }

    Color gutterBackground() {
        return Color.web(gutter.background());
    }

    Color gutterBorder() {
        return Color.web(gutter.border());
    }

    Color gutterText() {
        return Color.web(gutter.text());
    }

    Color gutterCurrentText() {
        return Color.web(gutter.currentText());
    }

    Color marker() {
        return Color.web(gutter.marker());
    }

    String label() {
        return label;
    }

    Paint currentLine() {
        return currentLine;
    }

    /** The word stored in the settings file. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Theme fromKey(Optional<String> key) {
        return key.filter("dark"::equalsIgnoreCase).map(k -> DARK).orElse(LIGHT);
    }

    void apply(Parent root) {
        Application.setUserAgentStylesheet(stylesheet);
        root.getStyleClass().remove("theme-dark");
        if (this == DARK) {
            root.getStyleClass().add("theme-dark");
        }
    }
}
