package dev.rxray.render;

/** A point in layout units (points, 1/72 inch), origin at the top left, y growing downwards. */
public record Point(double x, double y) {
}
