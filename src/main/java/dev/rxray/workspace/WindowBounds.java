package dev.rxray.workspace;

/** Where the main window was and how big, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Bounds too small to use or not finite (a corrupt settings file) are not worth restoring. */
    public boolean usable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width >= 200 && height >= 150;
    }
}
