package dev.rxray.oracle;

/** The variance of one generic parameter ({@code 'a}, {@code T}, {@code N}), in declaration order. */
public record ParamVariance(String param, Variance variance) {
}
