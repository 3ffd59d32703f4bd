package dev.rxray.oracle;

/** An error rustc reports at a type's own declaration, e.g. {@code E0392} for a parameter the type never uses. */
public record TypeError(String code, String message) {
}
