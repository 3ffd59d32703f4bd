/**
 * A model of an executor polling one coroutine.
 *
 * <h2>Passes</h2>
 * <ol>
 *   <li>{@link dev.rxray.analysis.async.step.BodyLocator}: the parse and the body span the analysis gives ->
 *       the body's node in the syntax tree.</li>
 *   <li>{@link dev.rxray.analysis.async.step.FlowGraphBuilder}: the body -> its
 *       {@link dev.rxray.analysis.async.step.FlowGraph}: program points (entry, each numbered {@code .await}, the
 *       end, splits and joins) and edges in evaluation order, marked where they enter a loop's body, go round it,
 *       leave it, or jump ({@code return}, {@code break}, {@code continue}, the {@code Err} path of {@code ?}).
 *       Conditions ({@code else if}, {@code while let}, {@code &&}/{@code ||} chains, match guards), match
 *       scrutinees, labelled loops and blocks, {@code break} with a value, {@code let ... else} and diverging
 *       macros are read from the tree; nested closures and async blocks are opaque (their awaits and exits are
 *       theirs). Awaits keep the analysis's suspend index (rustc's MIR order); an await it did not number
 *       (dead code) is plain code. Edges also mark the source they pass over without running it (the arm not
 *       taken, the rest of a loop body after {@code break}), so that a way's region is only the code it runs.</li>
 *   <li>{@link dev.rxray.analysis.async.step.WayFinder}: the graph -> from the start and from each await, every
 *       distinct {@link dev.rxray.analysis.async.step.Way} to the next await or the end, in source order.</li>
 *   <li>{@link dev.rxray.analysis.async.step.CoroutineShape}: the ways with the code each runs (a
 *       {@link dev.rxray.analysis.async.step.SourceRegion}: the pieces of source on that way, in order), plus what
 *       the state graph draws (first/follow/last, loops, {@code .await?}).</li>
 *   <li>{@link dev.rxray.analysis.async.step.Stepper}: shape + {@link dev.rxray.analysis.async.step.Schedule}
 *       (how many times each awaited future answers {@code Pending} before {@code Ready}, how many times each loop
 *       runs, which way the user picked where the body branches) -> an immutable list of
 *       {@link dev.rxray.analysis.async.step.Step}s.</li>
 * </ol>
 *
 * <p>Invariants: no JavaFX, no Graphviz; the same machine, source and schedule always give an equal list of steps;
 * the list is finite (every count is bounded) and ends in {@code Returned} whenever the body can return (a body
 * that can only loop forever or panic stops after its loop bound). Where the body branches and the user has not
 * chosen, the run keeps each loop's count (innermost loop first), prefers going on to another await over ending
 * early, then takes the first way in source order. It is an explanation model of the poll protocol, not a trace
 * of real execution: conditions are not evaluated.
 */
package dev.rxray.analysis.async.step;
