/**
 * A model of an executor polling one coroutine: {@link dev.rxray.analysis.async.step.CoroutineShape} reads, from the
 * source, where each state's code runs and which awaits sit in loops; {@link dev.rxray.analysis.async.step.Stepper}
 * turns a {@link dev.rxray.analysis.async.step.Schedule} (how many times each awaited future answers
 * {@code Pending} before {@code Ready}, how many times each loop runs) into an immutable list of
 * {@link dev.rxray.analysis.async.step.Step}s.
 *
 * <p>Invariants: no JavaFX, no Graphviz; the same machine, source and schedule always give an equal list of steps;
 * the list is finite (every count is bounded) and ends in {@code Returned}. It is an explanation model of the poll
 * protocol, not a trace of real execution: branches take the first arm in source order unless awaits in them are
 * all reached in order.
 */
package dev.rxray.analysis.async.step;
