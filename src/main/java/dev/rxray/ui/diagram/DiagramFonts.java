package dev.rxray.ui.diagram;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The fonts of the graph view, at the sizes Graphviz laid the labels out for (points = pixels at zoom 1). Logical
 * families, so they exist everywhere; text wider than its cell is squeezed by the view.
 */
final class DiagramFonts {
    static final Font TITLE = Font.font("System", FontWeight.BOLD, 13);
    static final Font SMALL = Font.font("System", FontWeight.NORMAL, 10);
    static final Font SMALL_ITALIC = Font.font("System", FontWeight.NORMAL, FontPosture.ITALIC, 10);
    static final Font LABEL = Font.font("System", FontWeight.NORMAL, 11);
    static final Font CODE = Font.font("Monospaced", FontWeight.NORMAL, 12);
    static final Font CODE_BOLD = Font.font("Monospaced", FontWeight.BOLD, 12);
    static final Font CODE_ITALIC = Font.font("Monospaced", FontWeight.NORMAL, FontPosture.ITALIC, 12);

    private DiagramFonts() {
    }
}
