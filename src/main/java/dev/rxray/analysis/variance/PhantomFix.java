package dev.rxray.analysis.variance;

/**
 * A marker field that uses a parameter on purpose: {@code field} is its type ({@code PhantomData<fn() -> T>}),
 * {@code variance} what it gives the parameter (computed by the solver on that very type).
 */
public record PhantomFix(String field, Variance variance) {
}
