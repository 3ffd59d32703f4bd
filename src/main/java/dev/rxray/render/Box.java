package dev.rxray.render;

/** An axis-aligned rectangle in layout units, origin at the top left, y growing downwards. */
public record Box(double x, double y, double width, double height) {
    public static final Box EMPTY = new Box(0, 0, 0, 0);

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /** The smallest box covering both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(x + width, other.x + other.width);
        double bottom = Math.max(y + height, other.y + other.height);
        return new Box(left, top, right - left, bottom - top);
    }
}
