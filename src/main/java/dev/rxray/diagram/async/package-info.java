/**
 * Turns one coroutine of the async analysis into a state graph ({@link dev.rxray.diagram.GraphFigure}): a node per
 * state with its saved fields, and the edges an executor's polls take. Also maps a stepper step or a Send verdict to
 * a {@link dev.rxray.diagram.Highlight} on that figure.
 *
 * <p>Invariants: the figure depends only on the machine and its {@link dev.rxray.analysis.async.step.CoroutineShape},
 * so the same analysis gives an equal figure (and byte-identical DOT); highlights never change the figure.
 */
package dev.rxray.diagram.async;
