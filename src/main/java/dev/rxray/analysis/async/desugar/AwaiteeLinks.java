package dev.rxray.analysis.async.desugar;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import java.util.List;
import java.util.Optional;

/**
 * Which coroutine of the same file a suspend point awaits. The analysis names the awaited future's type the way
 * rustc does ({@code {async fn body of read_pair()}}, also inside {@code Pin<Box<..>>}), and every machine carries
 * that same name, so the link is the machine whose rustc name the awaitee's type mentions; when several do (a
 * future of futures), the longest name wins, being the most specific.
 */
public final class AwaiteeLinks {
    private AwaiteeLinks() {
    }

    public static Optional<CoroutineMachine> awaited(AsyncReport report, MachineState.Suspend suspend) {
        String type = suspend.awaiteeType();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        CoroutineMachine best = null;
        for (CoroutineMachine machine : report.coroutines()) {
            if (type.contains(machine.rustcName())
                    && (best == null || machine.rustcName().length() > best.rustcName().length())) {
                best = machine;
            }
        }
        return Optional.ofNullable(best);
    }

    /** For each suspend point of {@code machine}, in order, the name of the coroutine it awaits or empty. */
    public static List<Optional<String>> of(AsyncReport report, CoroutineMachine machine) {
        return machine.suspends().stream().map(s -> awaited(report, s).map(CoroutineMachine::name)).toList();
    }
}
