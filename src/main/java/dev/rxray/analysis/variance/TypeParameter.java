package dev.rxray.analysis.variance;

/** One generic parameter of a declared type, named as rustc prints it ({@code 'a}, {@code T}, {@code N}). */
public record TypeParameter(String name, ParamKind kind) {
}
