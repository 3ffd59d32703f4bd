/**
 * An explanation model of the code rustc generates for one coroutine: readable pseudo-Rust of the state enum and
 * of its {@code impl Future}, whose {@code poll} matches on the state and runs, in each arm, the user's own code
 * between two awaits.
 *
 * <h2>Passes</h2>
 * <ol>
 *   <li>{@link dev.rxray.analysis.async.desugar.BodyCuts}: syntax tree + machine -> the coroutine's body block, its
 *       own awaits (matched to the machine's suspend points by the position of the {@code await} keyword), the
 *       statement each await sits in, the loops and branches around it, and its {@code return}s.</li>
 *   <li>{@link dev.rxray.analysis.async.desugar.Desugarer}: cuts + machine + the control-flow facts of
 *       {@link dev.rxray.analysis.async.step.CoroutineShape} -> a {@link
 *       dev.rxray.analysis.async.desugar.DesugaredCoroutine}: lines of text, each tagged with the state it belongs
 *       to and the source span it came from, so that a view can map both ways.</li>
 *   <li>{@link dev.rxray.analysis.async.desugar.AwaiteeLinks}: which coroutine of the same file a suspend point
 *       awaits, so that a view can open the nested machine.</li>
 * </ol>
 *
 * <h2>What it reproduces, and what it does not</h2>
 * The states, their saved fields, the {@code __awaitee} field, the {@code IntoFuture::into_future} call, the
 * {@code Pin::new_unchecked(&mut __awaitee).poll(cx)} of rustc's {@code .await} lowering and the panic messages of
 * a resumed finished or panicked coroutine are rustc's (the messages are checked against a compiled program by
 * {@code DesugarPanicMessagesTest}). rustc itself lowers the body to MIR and rewrites it into a switch over the
 * state with gotos; the arms here show instead the source text between two awaits, cut at statement boundaries:
 * an arm that resumes inside a loop or branch says so in a comment, and lists every state it may go on to.
 *
 * <h2>Invariants</h2>
 * No JavaFX, no Graphviz. Total: any machine and tree, including ones with syntax errors, give a model and never
 * throw for input reasons. Every state of the machine has an arm; every await of the coroutine appears in exactly
 * one arm (the one that creates its {@code __awaitee}). The same input gives an equal model.
 */
package dev.rxray.analysis.async.desugar;
