package dev.rxray.analysis.async.step;

/** What happens in one step of the simulated executor. */
public enum StepKind {
    /** The future was created: it holds only its upvars and no code has run. */
    CREATED,
    /** The executor calls {@code poll}: the state's code runs up to the next {@code .await}. */
    POLL,
    /** The awaited future answered {@code Pending}: the waker is registered and {@code poll} returns. */
    PENDING,
    /** The awaited future's event happened: it calls {@code wake()} and the executor queues the task again. */
    WAKE,
    /** The awaited future answered {@code Ready}: the body goes on within the same poll. */
    READY,
    /** The body finished: {@code poll} returns {@code Ready} and the future is {@code Returned}. */
    RETURN
}
