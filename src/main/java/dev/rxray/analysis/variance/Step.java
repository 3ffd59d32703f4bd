package dev.rxray.analysis.variance;

/**
 * One constructor on the way from a field's type down to a parameter: {@code what} names it ("`RefCell`",
 * "an argument of `fn`"), {@code variance} is the variance of the position it puts its content in, and
 * {@code fileType} is set when the constructor is one of the file's own types (whose variance is being solved).
 */
public record Step(String what, Variance variance, boolean fileType) {

    public Step(String what, Variance variance) {
        this(what, variance, false);
    }

    public String text() {
        return what + " (" + variance.word() + ")";
    }
}
