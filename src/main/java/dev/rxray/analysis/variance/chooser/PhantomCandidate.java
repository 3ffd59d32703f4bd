package dev.rxray.analysis.variance.chooser;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.Variance;
import java.util.Map;

/**
 * One marker type for a parameter and what the passes computed it gives: the parameter's variance, the type's
 * Send, Sync and Unpin (as the analysis answers them for a struct holding only the marker), and drop-check ownership.
 */
public record PhantomCandidate(String marker, Variance variance, Map<AutoTrait, TraitAnswer> autoTraits,
        boolean ownsForDropCheck) {

    public PhantomCandidate {
        autoTraits = Map.copyOf(autoTraits);
    }

    /** How the candidate treats one auto trait, in the chooser's terms, for parameter {@code param}. */
    public TraitDemand behaviour(AutoTrait trait, String param) {
        TraitAnswer answer = autoTraits.get(trait);
        return switch (answer) {
            case TraitAnswer.Yes y -> TraitDemand.ALWAYS;
            case TraitAnswer.No n -> TraitDemand.NEVER;
            case TraitAnswer.If i -> i.requirements().size() == 1 && i.requirements().getFirst().param().equals(param)
                    && i.requirements().getFirst().traits().equals(java.util.List.of(trait))
                    ? TraitDemand.FOLLOWS : TraitDemand.ANY;
            case TraitAnswer.Unknown u -> TraitDemand.ANY;
            case null -> TraitDemand.ANY;
        };
    }
}
