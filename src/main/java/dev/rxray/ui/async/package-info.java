/**
 * The "Async" side tab: the file's coroutines, the state graph of the chosen one in a
 * {@link dev.rxray.ui.diagram.DiagramView} or, beside it (Graph | Desugared), its desugared pseudo-Rust in a
 * read-only {@link dev.rxray.ui.async.DesugaredView}, its Send verdict, and a stepper that simulates an executor
 * polling it. The three follow each other: the editor's caret marks the desugared lines made from that source; a
 * desugared line selects its source and its state; a state picked in the graph or by the stepper scrolls to its arm.
 * An awaitee row that awaits an async fn of the same file opens that fn's machine (Back returns). Export… writes the
 * machine as it stands at the current step, marked as {@code rxray export --step K} marks it, through the shared
 * {@link dev.rxray.ui.diagram.ExportDialog}.
 *
 * <p>{@link dev.rxray.ui.async.AsyncTab} holds the analysis and the machine on show and composes the parts, each in a
 * file of its own: the {@code CoroutinePicker} row, the {@code CentrePane} (Graph | Desugared), the
 * {@code AwaiteeNavigator} (Open … and Back), the {@code StepperControls} bar and keys, {@code GraphLayouts},
 * {@code AsyncExports} (Copy and Export…) with its {@code MachineExport} subject, and {@code RowLinks} and
 * {@code StateTexts} for what a row leads to and what a state means.
 *
 * <p>Invariants: layouts run off the FX thread through {@link dev.rxray.render.LayoutService} and a result that is
 * no longer wanted is dropped; a new layout is requested only when the figure changed, so selecting, following the
 * caret and stepping only restyle ({@link dev.rxray.ui.diagram.DiagramView#applyHighlight}). The tab never parses or
 * analyses: the desugared model and the awaitee links come from {@code analysis.async.desugar}.
 */
package dev.rxray.ui.async;
