/**
 * The async state machines rustc builds: for every {@code async fn} (free, inherent, trait default, trait impl),
 * {@code async} block, {@code async move} block and async closure of a file, its states ({@code Unresumed},
 * {@code Suspend0..N}, {@code Returned}, {@code Panicked}), upvars, the named locals and temporaries saved in each
 * suspended state, the awaited future, and whether the future is {@code Send} and {@code Unpin}.
 *
 * <h2>Passes</h2>
 * <ol>
 *   <li>{@link dev.rxray.analysis.async.FileIndex}: tree -> the file's functions (return types, async or not) and
 *       structs/enums (fields, {@code Drop} impls, derived {@code Copy}).</li>
 *   <li>{@link dev.rxray.analysis.async.CoroutineFinder} with {@link dev.rxray.analysis.async.FlowRecorder}: tree ->
 *       one {@link dev.rxray.analysis.async.CoroutineSite} per coroutine, holding the {@link
 *       dev.rxray.analysis.async.Flow} of its body: bindings, uses (read, move, borrow, write), scope ends and the
 *       numbered awaits in evaluation order, each tagged with its enclosing branch arms and loops.
 *       {@link dev.rxray.analysis.async.TypeInference} gives each binding's type facts.</li>
 *   <li>{@link dev.rxray.analysis.async.SavedLocalsSolver}: flow -> saved locals per await.</li>
 *   <li>{@link dev.rxray.analysis.async.SendCheck}: states of all coroutines -> Send and Sync verdicts with
 *       blockers.</li>
 *   <li>{@link dev.rxray.analysis.async.AsyncAnalysis}: runs them and assembles immutable
 *       {@link dev.rxray.analysis.async.CoroutineMachine}s into an {@link dev.rxray.analysis.async.AsyncReport}.</li>
 * </ol>
 *
 * <h2>The rule (rustc's {@code locals_live_across_suspend_points}, read at the source level)</h2>
 * A named local is saved in state {@code SuspendK} when its storage is live at await K and it is live or maybe
 * borrowed there:
 * <ul>
 *   <li>Storage: it is declared before the await (its {@code let} initializer finished; the {@code let} that
 *       contains the await does not count) and its block has not ended. A block that ends before the await frees
 *       its locals, whatever they held.</li>
 *   <li>Maybe borrowed: any {@code &x}, {@code &mut x}, {@code &x.field}, autoref'd method receiver
 *       ({@code x.len()} on a non-reference), overloaded index ({@code v[i]} on a {@code Vec}), comparison of
 *       non-scalars, formatting-macro argument or capture by a non-move closure or async block, on some path
 *       before the await. Once borrowed, rustc keeps the local until its scope ends, even after a move or
 *       {@code drop(x)} (it then adds a drop flag). A borrow through a deref ({@code self.field} with
 *       {@code self: &Self}, a method call on a reference local) does not borrow the local itself.</li>
 *   <li>Live: a read, move or borrow of it may follow the await on some path (a later iteration counts when the
 *       local was declared outside the loop), or its type needs drop and it is not moved out on every path to the
 *       await, so its drop at the end of its scope is a use. A partial move (a field, a match binding out of it)
 *       does not count as a move of the local.</li>
 *   <li>Shadowed bindings are separate locals with the same name. An async fn's parameters are upvars held in
 *       every state ({@code __argN} for a pattern, {@code _} stays {@code _}) and locals of the body, saved by
 *       the same rule. A {@code for} loop's hidden {@code iter} is borrowed by each {@code next()} and so saved
 *       at every await in the loop. A value awaited directly ({@code fut.await}) is moved into
 *       {@code __awaitee} and not saved under its own name.</li>
 * </ul>
 * <h2>Captures of async blocks and closures (edition 2021)</h2>
 * A block or closure captures the places it uses, not whole variables (RFC 2229; {@link
 * dev.rxray.analysis.async.CapturedPlace}): {@code order.note} moved in is the upvar {@code order__note}, borrowed
 * it is {@code _ref__order__note}; tuple fields are numbered ({@code t__0}) and derefs leave no trace in the name.
 * rustc then makes a place coarser: a by-value capture (any capture of a {@code move} body) stops before the first
 * deref ({@code b.a} with {@code b: Box<_>} captures {@code b}); a shared borrow through a shared reference stops
 * at that reference's deref ({@code r.a} with {@code r: &_} is {@code _ref__r}); a by-value capture stops at a
 * type with its own {@code Drop}; an overloaded deref ({@code Rc}, guards) borrows the place before it; a place
 * that contains another serves both, in the stronger mode; one variable's places are ordered by field
 * declaration. In the enclosing body, moving fields out is a partial move: the local stays live for its drop
 * while any field it still owns needs drop, and capturing a place behind a reference reads the reference rather
 * than borrowing the local.
 *
 * Awaits are numbered in evaluation order, through {@code if}/{@code match} arms and loop bodies; an await inside
 * {@code if false} still gets a state, one after an unconditional {@code return}, {@code break},
 * {@code continue} or {@code panic!} does not. Temporaries saved across an await: a borrowed temporary of the
 * enclosing statement ({@code &String::from(..)}, the guard of {@code m.lock().unwrap().push(..)}), an operand
 * evaluated before the await ({@code a} in {@code a + f().await}, earlier call arguments), and the autoref of a
 * receiver whose arguments await ({@code &mut v} in {@code v.push(x.await)}).
 *
 * <h2>Send, Sync and Unpin</h2>
 * A future is {@code Send} (or {@code Sync}) when every upvar, saved local, temporary and awaited future of the
 * file it may hold is, as rustc's auto-trait check of the coroutine's witness types decides. Each held value's
 * type is judged by {@link dev.rxray.analysis.async.HeldTraits} with the auto-trait solver of
 * {@code analysis.autotraits} over the file's own structs, enums and unions and its std table: {@code &T} is Send
 * only if {@code T} is Sync ({@code r: &Tally} with {@code Tally { count: Cell<u32> }} makes the future neither
 * Send nor Sync), {@code &mut T} is Send if {@code T} is, a type of the file is what its fields are unless the file
 * implements the trait itself, {@code Rc}, {@code MutexGuard}, {@code Ref}/{@code RefMut} and raw pointers are not
 * Send, {@code Cell}/{@code RefCell} are Send but not Sync, {@code Arc<T>} needs {@code T: Send + Sync}. Where the
 * solver cannot tell (a type from another crate, a generic parameter), the inference's own answer stands and the
 * fact is listed as assumed. A future of the file that is awaited or held is judged by the same check, to a fixed
 * point. Each blocker names the state, the value, its type, where it is declared, the await it is held across and
 * the reason (the field that decides). No async fn, block or closure future is {@code Unpin}.
 *
 * <h2>Assumed facts</h2>
 * A type the file does not reveal (from another crate, a generic parameter, an unannotated call) is taken as
 * rustc takes a generic parameter: it needs drop and is not Copy; it is assumed Send. Each such fact is listed in
 * {@link dev.rxray.analysis.async.CoroutineMachine#assumed()}.
 *
 * <h2>Invariants</h2>
 * Results are immutable records; the same tree gives the same report (coroutines sorted by start, locals by name
 * then declaration). Depends on the syntax tree, {@code analysis.variance}'s declarations ({@code FileTypes},
 * {@code TypeText}) and {@code analysis.autotraits}, none of which depends back on it ({@code
 * DependencyDirectionTest}). No JavaFX, no layout. Bad input (syntax errors) yields a partial report, never an
 * exception.
 */
package dev.rxray.analysis.async;
