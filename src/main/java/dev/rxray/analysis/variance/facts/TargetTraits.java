package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.AutoTraitSolver;
import dev.rxray.analysis.autotraits.TargetCheck;
import dev.rxray.analysis.autotraits.TargetError;
import dev.rxray.analysis.autotraits.TargetType;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.autotraits.TypeAutoTraits;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.RustText;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Send, Sync and Unpin of a type written as text over one file: its own types, the std table, and its coroutines'
 * futures named in rustc's notation ({@code Wrapper<{async fn body of fetch()}>}), whose answers come from
 * {@link FutureTraits}. A type rustc would reject is answered with rustc's error instead (E0107, E0425).
 */
public final class TargetTraits {

    /** The answer for one type target. */
    public sealed interface Outcome {
    }

    public record Answered(TargetAnswer answer) implements Outcome {
    }

    /** The type has an error rustc would report. */
    public record Invalid(TargetError error) implements Outcome {
    }

    /** The text is not one well-formed type. */
    public record NotAType() implements Outcome {
    }

    private TargetTraits() {
    }

    public static Outcome ofType(String target, AsyncReport async, TypesReport types, Crate crate) {
        Optional<TargetType> parsed = TargetType.parse(target);
        if (parsed.isEmpty()) {
            return new NotAType();
        }
        TargetType t = parsed.get();
        Map<String, Map<AutoTrait, TraitAnswer>> opaque = new LinkedHashMap<>();
        boolean assumedFuture = false;
        for (Map.Entry<String, String> f : t.futures().entrySet()) {
            Optional<CoroutineMachine> machine = async.coroutines().stream()
                    .filter(m -> m.rustcName().equals(f.getValue())).findFirst();
            if (machine.isEmpty()) {
                String known = String.join(", ", async.coroutines().stream().map(CoroutineMachine::rustcName)
                        .toList());
                return new Invalid(new TargetError("", "no async fn, block or closure of the file is `"
                        + f.getValue() + "`; the file's futures: " + (known.isEmpty() ? "none" : known),
                        target.indexOf(f.getValue()) + 1));
            }
            TargetAnswer future = FutureTraits.of(machine.get(), async);
            opaque.put(f.getKey(), future.answers());
            assumedFuture |= future.assumed().values().stream().anyMatch(a -> a);
        }
        Optional<TargetError> error = TargetCheck.check(t, types.file(), crate);
        if (error.isPresent()) {
            return new Invalid(error.get());
        }
        List<TypeAutoTraits> solved = types.types().stream().map(TypeReport::autoTraits).toList();
        Map<AutoTrait, TraitAnswer> raw = AutoTraitSolver.evaluate(t.type(), types.file(), solved, opaque);
        Map<AutoTrait, TraitAnswer> answers = new EnumMap<>(AutoTrait.class);
        Map<AutoTrait, List<String>> reasons = new EnumMap<>(AutoTrait.class);
        Map<AutoTrait, Boolean> assumed = new EnumMap<>(AutoTrait.class);
        for (AutoTrait trait : AutoTrait.values()) {
            TraitAnswer a = restore(raw.get(trait), t);
            answers.put(trait, a);
            reasons.put(trait, List.of(a.reason()));
            assumed.put(trait, assumedFuture);
        }
        return new Answered(new TargetAnswer("type", t.restore(RustText.of(t.type())), Optional.empty(), answers,
                reasons, assumed));
    }

    /** The answer with each future placeholder written back as the future's rustc name. */
    private static TraitAnswer restore(TraitAnswer a, TargetType t) {
        return switch (a) {
            case TraitAnswer.Yes y -> new TraitAnswer.Yes(t.restore(y.reason()));
            case TraitAnswer.No n -> new TraitAnswer.No(t.restore(n.reason()));
            case TraitAnswer.If i -> new TraitAnswer.If(i.requirements(), t.restore(i.reason()));
            case TraitAnswer.Unknown u -> new TraitAnswer.Unknown(t.restore(u.reason()));
        };
    }
}
