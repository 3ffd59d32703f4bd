package dev.rxray.analysis.autotraits;

/**
 * Why a type written as a target cannot be evaluated, worded as rustc words it.
 *
 * @param code    rustc's error code ({@code E0107}, {@code E0425}), or empty for a plain syntax error
 * @param message rustc's message
 * @param column  1-based column in the target text where the offending path starts
 */
public record TargetError(String code, String message, int column) {

    /** {@code error[E0107]: message}, as rustc prints its first line. */
    public String text() {
        return code.isEmpty() ? "error: " + message : "error[" + code + "]: " + message;
    }
}
