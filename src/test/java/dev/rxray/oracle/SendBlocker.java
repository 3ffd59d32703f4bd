package dev.rxray.oracle;

/**
 * rustc's own reason for a future not being Send ("future is not `Send` as this value is used across an await"):
 * the value, its type as rustc shortens it ({@code Rc<Vec<i32>>}), and the await it lives across. rustc names one
 * such value even when several would do.
 */
public record SendBlocker(Position await, SourceSpan value, String type) {
}
