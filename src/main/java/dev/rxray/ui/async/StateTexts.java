package dev.rxray.ui.async;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SendBlocker;
import java.util.ArrayList;
import java.util.List;

/** The sentences the tab writes under the stepper about a state that was picked and about the Send badge. */
final class StateTexts {
    private StateTexts() {
    }

    /** What happens when {@code state} is resumed. */
    static String resume(MachineState state) {
        return switch (state) {
            case MachineState.Unresumed u -> "Unresumed: the first poll runs the selected code, from the start of "
                    + "the body to the first .await.";
            case MachineState.Suspend s -> s.name() + ": parked at " + s.awaitee() + ".await (" + s.await()
                    + "). When its future is Ready, the selected code runs, up to the next .await or the end.";
            case MachineState.Returned r -> "Returned: the body has finished; polling again panics.";
            case MachineState.Panicked p -> "Panicked: a poll panicked; polling again panics.";
        };
    }

    /** Why the future is Send, or which held values keep it from being Send. */
    static String send(CoroutineMachine machine) {
        if (machine.send()) {
            return "The future is Send: nothing it holds across an .await is tied to one thread. "
                    + "It is not Unpin: " + machine.unpinReason();
        }
        List<String> reasons = new ArrayList<>();
        for (SendBlocker b : machine.sendBlockers()) {
            reasons.add("`" + b.value() + "`: " + b.type() + " held across the await of " + b.state() + " ("
                    + b.reason() + ")");
        }
        return "The future is not Send: " + String.join("; ", reasons) + ".";
    }
}
