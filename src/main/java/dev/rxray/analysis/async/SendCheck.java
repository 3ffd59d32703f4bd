package dev.rxray.analysis.async;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass 3, input: the states of every coroutine of the file; output: whether each future is {@code Send}, with the
 * values that prevent it. A coroutine is {@code Send} when everything it may hold is: its upvars (held in every
 * state), the saved locals and temporaries of each suspended state, and the futures it awaits. A future of this
 * file that is awaited is judged by the same check, to a fixed point (a cycle counts as Send, as it does for rustc's
 * auto-trait solver).
 */
final class SendCheck {
    private SendCheck() {
    }

    /** The blockers of each coroutine, keyed by its rustc name, in state order. */
    static Map<String, List<SendBlocker>> check(List<CoroutineSite> sites,
                                                Map<String, List<MachineState.Suspend>> states) {
        Map<String, List<SendBlocker>> own = new HashMap<>();
        for (CoroutineSite site : sites) {
            own.put(site.rustcName(), ownBlockers(site, states.getOrDefault(site.rustcName(), List.of())));
        }
        Map<String, List<SendBlocker>> result = new HashMap<>(own);
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ <= sites.size()) {
            changed = false;
            for (CoroutineSite site : sites) {
                List<SendBlocker> blockers = new ArrayList<>(own.get(site.rustcName()));
                for (MachineState.Suspend s : states.getOrDefault(site.rustcName(), List.of())) {
                    List<SendBlocker> inner = result.get(s.awaiteeType());
                    if (inner != null && !inner.isEmpty() && !s.awaiteeType().equals(site.rustcName())) {
                        blockers.add(new SendBlocker(s.name(), "__awaitee", s.await(), s.await(), s.awaiteeType(),
                                "the awaited future is not Send: " + inner.getFirst().reason()));
                    }
                }
                if (!blockers.equals(result.get(site.rustcName()))) {
                    result.put(site.rustcName(), List.copyOf(blockers));
                    changed = true;
                }
            }
        }
        return result;
    }

    private static List<SendBlocker> ownBlockers(CoroutineSite site, List<MachineState.Suspend> suspends) {
        List<SendBlocker> blockers = new ArrayList<>();
        for (Upvar u : site.upvars()) {
            if (!u.type().send()) {
                blockers.add(new SendBlocker("Unresumed", u.name(), site.start(), site.start(), u.type().text(),
                        u.type().whyNotSend()));
            }
        }
        for (MachineState.Suspend s : suspends) {
            for (SavedLocal l : s.locals()) {
                if (!l.type().send()) {
                    blockers.add(new SendBlocker(s.name(), l.name(), l.declared(), s.await(), l.type().text(),
                            l.type().whyNotSend()));
                }
            }
            for (Temporary t : s.temporaries()) {
                if (!t.type().send()) {
                    blockers.add(new SendBlocker(s.name(), t.text(), t.at(), s.await(), t.type().text(),
                            "a temporary of the statement: " + t.type().whyNotSend()));
                }
            }
        }
        blockers.sort(java.util.Comparator.comparing((SendBlocker b) -> b.state().equals("Unresumed") ? -1
                : Integer.parseInt(b.state().substring("Suspend".length()))).thenComparing(SendBlocker::at));
        return List.copyOf(blockers);
    }
}
