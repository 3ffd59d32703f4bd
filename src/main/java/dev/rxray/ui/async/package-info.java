/**
 * The "Async" side tab: the file's coroutines, the state graph of the chosen one in a
 * {@link dev.rxray.ui.diagram.DiagramView}, its Send verdict, and a stepper that simulates an executor polling it.
 *
 * <p>Invariants: layouts run off the FX thread through {@link dev.rxray.render.LayoutService} and a result that is
 * no longer wanted is dropped; a new layout is requested only when the figure changed, so selecting, following the
 * caret and stepping only restyle ({@link dev.rxray.ui.diagram.DiagramView#applyHighlight}).
 */
package dev.rxray.ui.async;
