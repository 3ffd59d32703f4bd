package dev.rxray.diagram;

/** How an edge is stroked; together with colour it keeps edge kinds apart in print and for colour-blind readers. */
public enum LineStyle {
    SOLID, DASHED, DOTTED
}
