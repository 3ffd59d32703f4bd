package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.AutoTraits;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.TraitVerdict;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Send, Sync and Unpin of a coroutine's future, as a target answer: a future has an auto trait when everything it
 * may hold has it (its upvars in every state, the saved locals, temporaries and awaited futures of each suspended
 * state). The async analysis already judges what is held over the file's own types (the pipeline hands it the
 * solved auto traits), so a local of a user struct that contains an {@code Rc} makes the future neither Send nor
 * Sync, as rustc says ({@code samples/phantom/futures_hold_user_types.rs} and its {@code .futures.golden}); this
 * only words its verdicts as answers with reasons.
 *
 * <p>Input: one coroutine and the file's async report. Output: a {@link TargetAnswer} of kind future.
 */
public final class FutureTraits {

    private FutureTraits() {
    }

    public static TargetAnswer of(CoroutineMachine machine, AsyncReport async) {
        Map<AutoTrait, TraitAnswer> answers = new EnumMap<>(AutoTrait.class);
        Map<AutoTrait, List<String>> reasons = new EnumMap<>(AutoTrait.class);
        Map<AutoTrait, Boolean> assumed = new EnumMap<>(AutoTrait.class);
        String subject = "`" + machine.rustcName() + "`";
        for (TraitVerdict v : AutoTraits.of(machine, async)) {
            AutoTrait trait = AutoTrait.ofRustName(v.trait()).orElseThrow();
            List<String> why = v.reasons();
            answers.put(trait, v.holds()
                    ? new TraitAnswer.Yes(why.isEmpty() ? subject + " is " + v.trait() + ": nothing it holds across "
                            + "an await is not " + v.trait() : String.join("; ", why))
                    : new TraitAnswer.No(subject + " is not " + v.trait() + " because " + String.join("; ", why)));
            reasons.put(trait, why);
            assumed.put(trait, v.assumed());
        }
        return new TargetAnswer("future", machine.rustcName(), Optional.of(machine.name()), answers, reasons,
                assumed);
    }
}
