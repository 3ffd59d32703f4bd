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
 *       to and the source span it came from, so that a view can map both ways. The body of each {@code poll} arm
 *       comes from {@link dev.rxray.analysis.async.desugar.ArmWriter}, which follows the syntax tree from the
 *       state's resume point to every await it can reach.</li>
 *   <li>{@link dev.rxray.analysis.async.desugar.AwaiteeLinks}: which coroutine of the same file a suspend point
 *       awaits, so that a view can open the nested machine.</li>
 * </ol>
 *
 * <h2>What it reproduces, and what it does not</h2>
 * The states, their saved fields, the {@code __awaitee} field, the {@code IntoFuture::into_future} call, the
 * {@code Pin::new_unchecked(&mut __awaitee).poll(cx)} of rustc's {@code .await} lowering and the panic messages of
 * a resumed finished or panicked coroutine are rustc's (the messages are checked against a compiled program by
 * {@code DesugarPanicMessagesTest}). rustc itself lowers the body to MIR and rewrites it into a switch over the
 * state with gotos; the arms here show instead the source text that runs when a state is resumed. An arm resumed
 * inside a branch or loop runs the rest of that block, then the code after it, re-nested so that it stays
 * well-formed: the rest of a loop's round is a block followed by the loop for its next rounds (a {@code for} loop
 * goes on with {@code while let Some(..) = iter.next()}, rustc's saved iterator), with {@code break} and
 * {@code continue} relabelled to keep their meaning. Where the code reaches an await, it sets the awaitee and the
 * state and continues the poll loop. A statement with several awaits in a row is shown whole in the arm after the
 * last of them.
 *
 * <h2>Invariants</h2>
 * No JavaFX, no Graphviz. Total: any machine and tree, including ones with syntax errors, give a model and never
 * throw for input reasons. Every state of the machine has an arm; every arm's brackets pair up; the states an arm
 * goes on to are the ones the stepper's flow graph says follow its state (checked over the samples); the poll of
 * each await is in exactly one arm, its own. The same input gives an equal model.
 */
package dev.rxray.analysis.async.desugar;
