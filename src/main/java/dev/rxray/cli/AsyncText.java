package dev.rxray.cli;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.SendBlocker;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.Upvar;
import dev.rxray.diagram.async.AsyncFigures;
import java.io.PrintWriter;
import java.util.List;

/** The human-readable form of {@code analyze}: one block per coroutine, one line per state. */
final class AsyncText {
    private AsyncText() {
    }

    static void analysis(PrintWriter out, List<CoroutineMachine> machines, boolean partial) {
        if (machines.isEmpty()) {
            out.println("no async fn, async block or async closure in " + (partial ? "what parsed" : "this file"));
            return;
        }
        boolean first = true;
        for (CoroutineMachine m : machines) {
            if (!first) {
                out.println();
            }
            first = false;
            out.printf("%s  (%s)  %s%n", AsyncFigures.heading(m), m.start(), m.rustcName());
            out.println("  upvars: " + (m.upvars().isEmpty() ? "-"
                    : String.join(", ", m.upvars().stream().map(AsyncText::upvar).toList())));
            for (MachineState s : m.states()) {
                state(out, s);
            }
            verdict(out, "Send", m.send(), m.sendBlockers());
            verdict(out, "Sync", m.sync(), m.syncBlockers());
            out.println("  Unpin: no - " + m.unpinReason());
            for (String a : m.assumed()) {
                out.println("  assumed: " + a);
            }
        }
    }

    private static void verdict(PrintWriter out, String trait, boolean holds, List<SendBlocker> blockers) {
        out.println("  " + trait + ": " + (holds ? "yes" : "no"));
        for (SendBlocker b : blockers) {
            String where = b.state().equals("Unresumed") ? "an upvar, held in every state"
                    : "declared " + b.at() + ", across the await at " + b.await();
            out.printf("    %s holds `%s`: %s (%s) - %s%n", b.state(), b.value(), b.type(), where, b.reason());
        }
    }

    private static String upvar(Upvar u) {
        return u.name() + ": " + u.type().text();
    }

    private static void state(PrintWriter out, MachineState s) {
        switch (s) {
            case MachineState.Suspend suspend -> {
                out.printf("  %-10s await %s  %s%s%n", suspend.name(), suspend.await(), suspend.awaitee(),
                        suspend.awaiteeType().isEmpty() ? "" : "  : " + suspend.awaiteeType());
                for (SavedLocal l : suspend.locals()) {
                    out.printf("      local %s: %s (%s; %s)%s%n", l.name(), l.type().text(), l.declared(),
                            l.reason().text(), l.type().assumed() ? " [assumed]" : "");
                }
                for (Temporary t : suspend.temporaries()) {
                    out.printf("      temporary %s: %s (%s)%n", t.text(), t.type().text(), t.at());
                }
            }
            default -> out.println("  " + s.name());
        }
    }
}
