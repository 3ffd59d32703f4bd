package dev.rxray.analysis.variance;

/**
 * One constructor on the way from a field's type down to a parameter: {@code what} names it ("`RefCell`",
 * "the argument of `fn(..)`"), {@code variance} is the variance of the position it puts its content in.
 */
public record Step(String what, Variance variance) {

    public String text() {
        return what + " (" + variance.word() + ")";
    }
}
