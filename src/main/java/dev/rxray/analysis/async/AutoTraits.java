package dev.rxray.analysis.async;

import java.util.List;

/**
 * Send, Sync and Unpin of a coroutine's future, with a reason per held value that blocks it. Send and Sync come
 * from {@link SendCheck}, which judges every held value over the file's own types ({@link HeldTraits}); a future is
 * Sync when everything it holds is Sync, awaited futures of the file included. Unpin never holds for an async fn,
 * block or closure.
 */
public final class AutoTraits {

    private AutoTraits() {
    }

    public static List<TraitVerdict> of(CoroutineMachine machine, AsyncReport report) {
        return List.of(send(machine), sync(machine), unpin(machine));
    }

    static TraitVerdict send(CoroutineMachine machine) {
        return new TraitVerdict("Send", machine.send(), reasons(machine.sendBlockers()),
                !machine.assumed().isEmpty());
    }

    static TraitVerdict sync(CoroutineMachine machine) {
        return new TraitVerdict("Sync", machine.sync(), reasons(machine.syncBlockers()),
                !machine.assumed().isEmpty());
    }

    static TraitVerdict unpin(CoroutineMachine machine) {
        return new TraitVerdict("Unpin", machine.unpin(), List.of(machine.unpinReason()), false);
    }

    /** One line per blocker: which value of which type, held in which state across which await, and why. */
    private static List<String> reasons(List<SendBlocker> blockers) {
        return blockers.stream()
                .map(b -> "`" + b.value() + "` of type " + b.type() + " is held in " + b.state()
                        + (b.state().equals("Unresumed") ? " (an upvar, held in every state)" : " across the await at "
                        + b.await()) + ": " + b.reason())
                .toList();
    }
}
