package dev.rxray.analysis.variance;

/** The solved variance of one parameter, and why, in a sentence. */
public record ParamVariance(TypeParameter param, Variance variance, String reason) {
}
