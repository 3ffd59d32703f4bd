package dev.rxray.analysis.async;

import dev.rxray.syntax.Span;
import java.util.List;

/**
 * The state machine rustc builds for one async fn, async block or async closure.
 *
 * @param name      the display name ({@code checkout}, {@code Account::close}, {@code <MemStore as Storage>::read},
 *                  {@code async block@12:5})
 * @param rustcName the coroutine's type name as rustc prints it ({@code {async fn body of checkout()}})
 * @param start     where the item or block starts (the {@code async} keyword for blocks and closures)
 * @param body      the coroutine's body as rustc spans it (the fn's block, or the whole {@code async} block)
 * @param assumed   facts taken as rustc's conservative answer because the file alone cannot tell
 * @param syncBlockers the held values whose type is not {@code Sync}, so that the future is not {@code Sync}
 *                     (a {@code &Fut} is then not {@code Send}); empty when it is
 */
public record CoroutineMachine(CoroutineKind kind, String name, String rustcName, Position start, Span body,
                               List<Upvar> upvars, List<MachineState> states, boolean send,
                               List<SendBlocker> sendBlockers, boolean unpin, String unpinReason,
                               List<String> assumed, List<SendBlocker> syncBlockers) {
    public CoroutineMachine {
        syncBlockers = List.copyOf(syncBlockers);
        upvars = List.copyOf(upvars);
        states = List.copyOf(states);
        sendBlockers = List.copyOf(sendBlockers);
        assumed = List.copyOf(assumed);
    }

    public List<MachineState.Suspend> suspends() {
        return states.stream()
                .flatMap(s -> s instanceof MachineState.Suspend suspend ? java.util.stream.Stream.of(suspend)
                        : java.util.stream.Stream.empty())
                .toList();
    }

    public boolean sync() {
        return syncBlockers.isEmpty();
    }

    public Position bodyStart() {
        return Position.startOf(body);
    }
}
