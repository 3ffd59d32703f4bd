package dev.rxray.analysis.variance;

/** What a generic parameter stands for. */
public enum ParamKind {
    LIFETIME,
    TYPE,
    CONST
}
