package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.AutoTraits;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.TraitVerdict;
import dev.rxray.analysis.async.TypeFact;
import dev.rxray.analysis.async.Upvar;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.TypeText;
import dev.rxray.syntax.tree.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Send, Sync and Unpin of a coroutine's future: a future has an auto trait when everything it may hold has it
 * (its upvars in every state, the saved locals, temporaries and awaited futures of each suspended state). The
 * async analysis gives what is held and its own verdicts; this adds the file's own types, solved by the
 * auto-trait analysis, so a local of a user struct that contains an {@code Rc} makes the future neither Send nor
 * Sync, as rustc says ({@code samples/phantom/futures_hold_user_types.rs} and its {@code .futures.golden}).
 *
 * <p>Input: one coroutine, the file's async report and type facts. Output: a {@link TargetAnswer} of kind future.
 */
public final class FutureTraits {

    private static final int MAX_DEPTH = 16;

    private FutureTraits() {
    }

    public static TargetAnswer of(CoroutineMachine machine, AsyncReport async, TypesReport types) {
        return of(machine, async, types, 0);
    }

    private static TargetAnswer of(CoroutineMachine machine, AsyncReport async, TypesReport types, int depth) {
        Map<AutoTrait, TraitAnswer> answers = new EnumMap<>(AutoTrait.class);
        Map<AutoTrait, List<String>> reasons = new EnumMap<>(AutoTrait.class);
        Map<AutoTrait, Boolean> assumed = new EnumMap<>(AutoTrait.class);
        String subject = "`" + machine.rustcName() + "`";
        for (TraitVerdict v : AutoTraits.of(machine, async)) {
            AutoTrait trait = AutoTrait.ofRustName(v.trait()).orElseThrow();
            List<String> why = new ArrayList<>(v.reasons());
            if (trait != AutoTrait.UNPIN) {
                for (String r : held(machine, trait, async, types, depth)) {
                    // One reason per held value and state: the async analysis's own, when it names the value.
                    String key = key(r);
                    if (why.stream().noneMatch(w -> key(w).equals(key))) {
                        why.add(r);
                    }
                }
            }
            boolean holds = trait == AutoTrait.UNPIN ? v.holds() : why.isEmpty();
            answers.put(trait, holds
                    ? new TraitAnswer.Yes(why.isEmpty() ? subject + " is " + v.trait() + ": nothing it holds across "
                            + "an await is not " + v.trait() : String.join("; ", why))
                    : new TraitAnswer.No(subject + " is not " + v.trait() + " because " + String.join("; ", why)));
            reasons.put(trait, why);
            assumed.put(trait, v.assumed());
        }
        return new TargetAnswer("future", machine.rustcName(), Optional.of(machine.name()), answers, reasons,
                assumed);
    }

    private static final java.util.regex.Pattern HELD =
            java.util.regex.Pattern.compile("^(?:upvar |temporary )?(`[^`]*`) of type .*? is held in (\\w+)");

    /** The value and the state a reason is about ({@code `c`@Suspend0}), or the whole reason. */
    private static String key(String reason) {
        java.util.regex.Matcher m = HELD.matcher(reason);
        return m.find() ? m.group(1) + "@" + m.group(2) : reason;
    }

    /** The held values whose type, over the file's types, is certainly not {@code trait}. */
    private static List<String> held(CoroutineMachine machine, AutoTrait trait, AsyncReport async,
            TypesReport types, int depth) {
        List<String> out = new ArrayList<>();
        for (Upvar u : machine.upvars()) {
            lacks(u.type(), trait, types).ifPresent(why -> out.add("`" + u.name() + "` of type "
                    + u.type().text() + " is held in Unresumed (an upvar, held in every state): " + why));
        }
        for (MachineState.Suspend s : machine.suspends()) {
            for (SavedLocal l : s.locals()) {
                lacks(l.type(), trait, types).ifPresent(why -> out.add("`" + l.name() + "` of type "
                        + l.type().text() + " is held in " + s.name() + " across the await at " + s.await() + ": "
                        + why));
            }
            for (Temporary t : s.temporaries()) {
                lacks(t.type(), trait, types).ifPresent(why -> out.add("temporary `" + t.text() + "` of type "
                        + t.type().text() + " is held in " + s.name() + ": " + why));
            }
            if (depth < MAX_DEPTH) {
                async.coroutines().stream().filter(c -> c != machine && c.rustcName().equals(s.awaiteeType()))
                        .findFirst()
                        .map(c -> of(c, async, types, depth + 1).answers().get(trait))
                        .filter(a -> a instanceof TraitAnswer.No)
                        .ifPresent(a -> out.add("the awaited " + s.awaiteeType() + " is held in " + s.name()
                                + ": " + a.reason()));
            }
        }
        return out;
    }

    /** Why a held type is certainly not {@code trait} over the file's types; empty when it is or may be. */
    private static Optional<String> lacks(TypeFact fact, AutoTrait trait, TypesReport types) {
        Optional<Type> type = TypeText.parse(fact.text());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        TraitAnswer answer = types.evaluate(type.get()).get(trait);
        if (!(answer instanceof TraitAnswer.No no)) {
            return Optional.empty();
        }
        // A type of the file that is never the trait says why itself (the field that blocks it).
        if (type.get() instanceof Type.PathType p && !p.path().segments().isEmpty()) {
            Optional<TraitAnswer> own = types.type(p.path().lastName()).map(t -> t.autoTraits().answer(trait));
            if (own.isPresent() && own.get() instanceof TraitAnswer.No ownNo) {
                return Optional.of(ownNo.reason());
            }
        }
        return Optional.of(no.reason());
    }
}
