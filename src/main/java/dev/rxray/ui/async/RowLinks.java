package dev.rxray.ui.async;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.desugar.AwaiteeLinks;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.ui.diagram.RowEvent;
import java.util.List;
import java.util.Optional;

/**
 * Where a row of the state graph leads: a saved local to its declaration, an awaitee row to the machine of the
 * async fn it awaits when that fn is in the file. Answers from the analysis shown, never from the drawing.
 */
final class RowLinks {
    private RowLinks() {
    }

    /** Where the hovered field was declared: the field's own source link, else the saved local's {@code let}. */
    static Optional<Span> declarationOf(PipelineResult result, CoroutineMachine machine, RowEvent event) {
        Optional<Span> linked = event.field().source().location();
        if (linked.isPresent()) {
            return linked;
        }
        Optional<MachineState.Suspend> suspend = suspendOf(machine, event.nodeId());
        if (suspend.isEmpty()) {
            return Optional.empty();
        }
        int local = event.row() - machine.upvars().size();
        List<SavedLocal> locals = suspend.get().locals();
        if (local < 0 || local >= locals.size() || !locals.get(local).name().equals(event.field().label())) {
            return Optional.empty();
        }
        return Optional.of(identifierAt(result.source(), locals.get(local).declared()));
    }

    /** The coroutine of this file that an awaitee row awaits, if the row is one and the coroutine is here. */
    static Optional<String> awaiteeLink(PipelineResult result, CoroutineMachine machine, RowEvent event) {
        if (!event.field().label().equals(AsyncFigures.AWAITEE)) {
            return Optional.empty();
        }
        return suspendOf(machine, event.nodeId()).flatMap(s -> AwaiteeLinks.awaited(result.async(), s))
                .map(CoroutineMachine::name);
    }

    /** The coroutine of this file awaited in the state named {@code stateName}, if it is a Suspend state. */
    static Optional<String> awaitedIn(PipelineResult result, CoroutineMachine machine, String stateName) {
        return machine.suspends().stream().filter(s -> s.name().equals(stateName)).findFirst()
                .flatMap(s -> AwaiteeLinks.awaited(result.async(), s)).map(CoroutineMachine::name);
    }

    /** The identifier that starts at {@code position} (a 1-based line and column), at least one character. */
    static Span identifierAt(SourceFile source, Position position) {
        int at = CoroutineShape.offsetOf(source, position);
        int end = at;
        while (end < source.text().length() && Character.isJavaIdentifierPart(source.text().charAt(end))) {
            end++;
        }
        return source.span(at, Math.max(end, at + 1));
    }

    private static Optional<MachineState.Suspend> suspendOf(CoroutineMachine machine, String nodeId) {
        return machine.suspends().stream().filter(s -> AsyncFigures.nodeId(s.name()).equals(nodeId)).findFirst();
    }
}
