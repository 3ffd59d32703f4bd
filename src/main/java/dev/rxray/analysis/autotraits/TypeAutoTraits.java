package dev.rxray.analysis.autotraits;

import dev.rxray.analysis.variance.TypeDeclaration;
import java.util.Map;

/** Send, Sync and Unpin of one declared type, generically: each yes, no, a condition, or unknown, with reasons. */
public record TypeAutoTraits(TypeDeclaration declaration, Map<AutoTrait, TraitAnswer> answers) {

    public TypeAutoTraits {
        answers = Map.copyOf(answers);
    }

    public TraitAnswer answer(AutoTrait trait) {
        return answers.get(trait);
    }
}
