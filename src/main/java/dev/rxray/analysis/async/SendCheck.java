package dev.rxray.analysis.async;

import dev.rxray.analysis.autotraits.AutoTrait;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pass 3, input: the states of every coroutine of the file and {@link HeldTraits}; output: whether each future is
 * {@code Send} (or {@code Sync}), with the values that prevent it. A coroutine has the trait when everything it may
 * hold has it: its upvars (held in every state), the saved locals and temporaries of each suspended state, and the
 * futures it awaits or holds. A future of this file that is awaited or held is judged by the same check, to a
 * fixed point (a cycle counts as having the trait, as it does for rustc's coinductive auto-trait solver).
 */
final class SendCheck {
    /** A future of the file named inside a held value's type ({@code Pin<Box<{async fn body of f()}>>}). */
    private static final Pattern FUTURE = Pattern.compile("\\{async (?:fn body of |block@|closure body@)[^{}]*\\}");

    private SendCheck() {
    }

    /** The blockers of each coroutine for {@code trait}, keyed by its rustc name, in state order. */
    static Map<String, List<SendBlocker>> check(List<CoroutineSite> sites,
                                                Map<String, List<MachineState.Suspend>> states, HeldTraits held,
                                                AutoTrait trait) {
        Map<String, List<SendBlocker>> own = new HashMap<>();
        for (CoroutineSite site : sites) {
            own.put(site.rustcName(), ownBlockers(site, states.getOrDefault(site.rustcName(), List.of()), held,
                    trait));
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
                                "the awaited future is not " + trait.rustName() + ": " + inner.getFirst().reason()));
                    }
                    for (SavedLocal l : s.locals()) {
                        heldFuture(l.type().text(), site, result).ifPresent(why -> blockers.add(new SendBlocker(
                                s.name(), l.name(), l.declared(), s.await(), l.type().text(), why)));
                    }
                }
                blockers.sort(ORDER);
                if (!blockers.equals(result.get(site.rustcName()))) {
                    result.put(site.rustcName(), List.copyOf(blockers));
                    changed = true;
                }
            }
        }
        return result;
    }

    /**
     * Why a saved local that owns (or pins) a future of this file lacks the trait: that future lacks it. A
     * reference to a future is left to the solver's fallback, since {@code &F} needs {@code F: Sync}.
     */
    private static Optional<String> heldFuture(String type, CoroutineSite site, Map<String, List<SendBlocker>> known) {
        if (type.startsWith("&")) {
            return Optional.empty();
        }
        Matcher m = FUTURE.matcher(type);
        while (m.find()) {
            List<SendBlocker> inner = known.get(m.group());
            if (inner != null && !inner.isEmpty() && !m.group().equals(site.rustcName())) {
                return Optional.of("it holds " + m.group() + ", which is not: " + inner.getFirst().reason());
            }
        }
        return Optional.empty();
    }

    private static final Comparator<SendBlocker> ORDER = Comparator.comparing((SendBlocker b) ->
            b.state().equals("Unresumed") ? -1 : Integer.parseInt(b.state().substring("Suspend".length())))
            .thenComparing(SendBlocker::at);

    private static List<SendBlocker> ownBlockers(CoroutineSite site, List<MachineState.Suspend> suspends,
                                                 HeldTraits held, AutoTrait trait) {
        List<SendBlocker> blockers = new ArrayList<>();
        for (Upvar u : site.upvars()) {
            held.lacks(u.type(), trait).ifPresent(why -> blockers.add(new SendBlocker("Unresumed", u.name(),
                    site.start(), site.start(), u.type().text(), why)));
        }
        for (MachineState.Suspend s : suspends) {
            for (SavedLocal l : s.locals()) {
                held.lacks(l.type(), trait).ifPresent(why -> blockers.add(new SendBlocker(s.name(), l.name(),
                        l.declared(), s.await(), l.type().text(), why)));
            }
            for (Temporary t : s.temporaries()) {
                held.lacks(t.type(), trait).ifPresent(why -> blockers.add(new SendBlocker(s.name(), t.text(),
                        t.at(), s.await(), t.type().text(), "a temporary of the statement: " + why)));
            }
        }
        blockers.sort(ORDER);
        return List.copyOf(blockers);
    }
}
