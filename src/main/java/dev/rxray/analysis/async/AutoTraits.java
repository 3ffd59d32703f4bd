package dev.rxray.analysis.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Send, Sync and Unpin of a coroutine's future. Send comes from {@link SendCheck}. Sync follows the same rule
 * with the types that are not Sync ({@code Rc}, {@code Weak}, {@code Cell}, {@code RefCell}, {@code Ref},
 * {@code RefMut}, raw pointers). Unpin never holds for an async fn, block or closure.
 */
public final class AutoTraits {
    private static final Pattern NOT_SYNC = Pattern.compile(
            "(^|[^A-Za-z_])(Rc|Weak|Cell|RefCell|UnsafeCell|Ref|RefMut)<|\\*const |\\*mut ");

    private static final int MAX_DEPTH = 16;

    private AutoTraits() {
    }

    public static List<TraitVerdict> of(CoroutineMachine machine, AsyncReport report) {
        return List.of(send(machine), sync(machine, report), unpin(machine));
    }

    static TraitVerdict send(CoroutineMachine machine) {
        List<String> reasons = machine.sendBlockers().stream()
                .map(b -> "`" + b.value() + "` of type " + b.type() + " is held in " + b.state()
                        + (b.state().equals("Unresumed") ? " (an upvar, held in every state)" : " across the await at "
                        + b.await()) + ": " + b.reason())
                .toList();
        return new TraitVerdict("Send", machine.send(), reasons, !machine.assumed().isEmpty());
    }

    static TraitVerdict sync(CoroutineMachine machine, AsyncReport report) {
        return sync(machine, report, 0);
    }

    /** {@code depth} bounds the walk through awaited futures: mutually recursive async fns must not loop. */
    private static TraitVerdict sync(CoroutineMachine machine, AsyncReport report, int depth) {
        List<String> reasons = new ArrayList<>();
        for (Upvar u : machine.upvars()) {
            notSync(u.type()).ifPresent(why -> reasons.add("upvar `" + u.name() + "` of type " + u.type().text()
                    + " is held in every state: " + why));
        }
        for (MachineState.Suspend s : machine.suspends()) {
            for (SavedLocal l : s.locals()) {
                notSync(l.type()).ifPresent(why -> reasons.add("`" + l.name() + "` of type " + l.type().text()
                        + " is held in " + s.name() + ": " + why));
            }
            for (Temporary t : s.temporaries()) {
                notSync(t.type()).ifPresent(why -> reasons.add("temporary `" + t.text() + "` of type "
                        + t.type().text() + " is held in " + s.name() + ": " + why));
            }
            report.coroutines().stream()
                    .filter(c -> depth < MAX_DEPTH && c != machine && c.rustcName().equals(s.awaiteeType()))
                    .findFirst()
                    .filter(c -> !sync(c, report, depth + 1).holds())
                    .ifPresent(c -> reasons.add("the awaited " + c.rustcName() + " in " + s.name()
                            + " is not Sync"));
        }
        return new TraitVerdict("Sync", reasons.isEmpty(), reasons, !machine.assumed().isEmpty());
    }

    static TraitVerdict unpin(CoroutineMachine machine) {
        return new TraitVerdict("Unpin", machine.unpin(), List.of(machine.unpinReason()), false);
    }

    private static Optional<String> notSync(TypeFact type) {
        if (NOT_SYNC.matcher(type.text()).find()) {
            return Optional.of(type.text() + " is not Sync");
        }
        return Optional.empty();
    }
}
